package cn.guifan.registry.operations;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

/**
 * {@code guifan restore DIR}, the part that runs with no application started: the backup
 * is checked against its manifest, the data folder must not be in use and, unless forced,
 * must hold no database or files; what it held is moved aside, never deleted. The
 * database copy and the files are put in place and the restored database's rows compared
 * with the manifest. The command then starts the application on the folder and rebuilds
 * the search index from it.
 */
public final class Restores {

	/** H2's "database may be already in use". */
	private static final int DATABASE_ALREADY_OPEN = 90020;

	private Restores() {
	}

	/**
	 * What was restored.
	 *
	 * @param created when the backup was taken
	 * @param tables the rows of every table, as the manifest and the restored database
	 * have them
	 * @param files original files restored
	 * @param movedAside where the data folder's previous database and files are, if any
	 */
	public record Result(String created, Map<String, Long> tables, int files, @Nullable Path movedAside) {

	}

	public static Result restore(Path backup, Path dataDir, boolean force) {
		Path folder = backup.toAbsolutePath().normalize();
		if (!Files.isDirectory(folder)) {
			throw new BackupException("备份目录 " + folder + " 不存在");
		}
		BackupManifest manifest = BackupManifest.read(folder);
		if (!"H2".equals(manifest.database().product())) {
			throw new BackupException("这份备份的数据库是 " + manifest.database().product() + "，guifan restore 只恢复 H2 备份");
		}
		Verification.check(folder, manifest);

		Path data = dataDir.toAbsolutePath().normalize();
		Path db = data.resolve("db");
		Path files = data.resolve(Backups.FILES);
		refuseIfInUse(db);
		boolean empty = Verification.isEmptyFolder(db) && Verification.isEmptyFolder(files);
		if (!empty && !force) {
			throw new BackupException("数据目录 " + data + " 已有数据库或文件：恢复会替换它们。确认要替换请加 --force（原有的 db/ 和 files/ 会移到数据目录下的 "
					+ "before-restore-<时间>/，不会删除）");
		}
		try {
			Path aside = empty ? null : moveAside(data, db, files);
			Files.createDirectories(db);
			ownerOnly(db, "rwx------");
			Path database = Verification.unzipDatabase(folder.resolve(manifest.database().copy().path()), db);
			BackupManifest.Entry credentials = manifest.credentials();
			if (credentials != null) {
				Files.copy(folder.resolve(credentials.path()), db.resolve(Backups.CREDENTIALS),
						StandardCopyOption.REPLACE_EXISTING);
			}
			try (Stream<Path> made = Files.list(db)) {
				for (Path file : made.toList()) {
					ownerOnly(file, "rw-------");
				}
			}
			Path source = folder.resolve(Backups.FILES);
			for (BackupManifest.Entry entry : manifest.files()) {
				Path from = folder.resolve(entry.path()).normalize();
				Path to = files.resolve(source.relativize(from).toString()).normalize();
				if (!to.startsWith(files)) {
					throw new BackupException("备份清单中的文件路径越界：" + entry.path());
				}
				Files.createDirectories(to.getParent());
				Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
				if (!BackupManifest.sha256(to).equals(entry.sha256())) {
					throw new BackupException("恢复后的文件 " + to + " 校验和不符");
				}
			}
			Map<String, Long> restored = countRows(database, db.resolve(Backups.CREDENTIALS));
			if (restored != null && !restored.equals(manifest.database().tables())) {
				throw new BackupException("恢复后的数据库与备份清单的行数不符：清单 " + manifest.database().tables() + "，恢复后 " + restored);
			}
			return new Result(manifest.created(), manifest.database().tables(), manifest.files().size(), aside);
		}
		catch (IOException ex) {
			throw new BackupException("恢复到 " + data + " 失败：" + ex.getMessage(), ex);
		}
	}

	/**
	 * A database another process has open (the service, an ingest) cannot be replaced
	 * under it.
	 */
	private static void refuseIfInUse(Path db) {
		if (!Files.exists(db.resolve("guifan.mv.db"))) {
			return;
		}
		// Opening takes the file lock before it checks the password: a wrong password
		// means nobody holds the database.
		try {
			DriverManager
				.getConnection("jdbc:h2:file:" + db.resolve("guifan") + ";IFEXISTS=TRUE;AUTO_SERVER=FALSE",
						"restore-probe", "restore-probe-" + System.nanoTime())
				.close();
		}
		catch (SQLException ex) {
			if (ex.getErrorCode() == DATABASE_ALREADY_OPEN) {
				throw new BackupException("数据库 " + db + " 正被其他进程使用：请先停止 Guifan 服务（以及正在运行的 guifan 命令），再恢复");
			}
		}
	}

	private static Path moveAside(Path data, Path db, Path files) throws IOException {
		Path aside = data
			.resolve("before-restore-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
		Files.createDirectories(aside);
		ownerOnly(aside, "rwx------");
		for (Path path : List.of(db, files)) {
			if (Files.exists(path)) {
				Files.move(path, aside.resolve(path.getFileName()));
			}
		}
		return aside;
	}

	/** The restored database's rows, when its credentials are known. */
	private static @Nullable Map<String, Long> countRows(Path database, Path credentialsFile) throws IOException {
		if (!Files.isRegularFile(credentialsFile)) {
			return null;
		}
		Properties credentials = new Properties();
		try (InputStream in = Files.newInputStream(credentialsFile)) {
			credentials.load(in);
		}
		try (Connection connection = DriverManager.getConnection(
				"jdbc:h2:file:" + database + ";IFEXISTS=TRUE;AUTO_SERVER=FALSE",
				credentials.getProperty("username", "guifan"), credentials.getProperty("password", ""))) {
			return DatabaseTables.counts(connection);
		}
		catch (SQLException ex) {
			throw new BackupException("恢复后的数据库无法打开：" + ex.getMessage(), ex);
		}
	}

	private static void ownerOnly(Path path, String permissions) throws IOException {
		try {
			Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
		}
		catch (UnsupportedOperationException ex) {
			// Not a POSIX file system.
		}
	}

}
