package cn.guifan.registry.operations;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import javax.sql.DataSource;

import cn.guifan.registry.config.GuifanProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.stereotype.Component;

/**
 * {@code guifan backup DIR}: a consistent copy of the database (H2's {@code BACKUP TO}:
 * one transactionally consistent snapshot, taken while the service runs) and then of the
 * file store (its files are named by their digest and never change, so every file the
 * copied database names is already there), the H2 credentials file, and a manifest of row
 * counts and checksums. Everything is read back and checked before the manifest is
 * written.
 */
@Component
public class Backups {

	static final String DATABASE_COPY = "database.zip";

	static final String CREDENTIALS = "credentials.properties";

	static final String FILES = "files";

	private final DataSource dataSource;

	private final DataSourceProperties dataSourceProperties;

	private final GuifanProperties properties;

	private final Clock clock;

	Backups(DataSource dataSource, DataSourceProperties dataSourceProperties, GuifanProperties properties,
			Clock clock) {
		this.dataSource = dataSource;
		this.dataSourceProperties = dataSourceProperties;
		this.properties = properties;
		this.clock = clock;
	}

	/** What a backup holds. */
	public record Summary(Path folder, Map<String, Long> tables, int files, long bytes) {

		public long rows() {
			return this.tables.values().stream().mapToLong(Long::longValue).sum();
		}

	}

	/** Writes a backup into {@code folder}, which must be missing or empty. */
	public Summary backup(Path folder) {
		String url = String.valueOf(this.dataSourceProperties.getUrl());
		if (!url.toLowerCase(Locale.ROOT).startsWith("jdbc:h2:file:")) {
			throw new BackupException("guifan backup 备份内置的 H2 数据库；PostgreSQL 上请用 pg_dump 备份数据库，再复制数据目录下的 files/（"
					+ this.properties.fileStore() + "）");
		}
		Path target = folder.toAbsolutePath().normalize();
		prepare(target);
		try {
			Path copy = target.resolve(DATABASE_COPY);
			try (Connection connection = this.dataSource.getConnection();
					Statement statement = connection.createStatement()) {
				statement.execute("BACKUP TO '" + copy.toString().replace("'", "''") + "'");
			}
			BackupManifest.Entry credentials = null;
			Path credentialsFile = Path.of(url.substring("jdbc:h2:file:".length()).split(";", 2)[0])
				.toAbsolutePath()
				.resolveSibling(CREDENTIALS);
			if (Files.isRegularFile(credentialsFile)) {
				Files.copy(credentialsFile, target.resolve(CREDENTIALS), StandardCopyOption.COPY_ATTRIBUTES);
				credentials = BackupManifest.Entry.of(target, target.resolve(CREDENTIALS));
			}
			List<BackupManifest.Entry> files = copyFiles(this.properties.fileStore(), target.resolve(FILES), target);
			Map<String, Long> tables = countRows(copy);
			BackupManifest manifest = new BackupManifest(1, OffsetDateTime.now(this.clock).toString(),
					this.properties.dataDir().toAbsolutePath().normalize().toString(),
					new BackupManifest.Database("H2", BackupManifest.Entry.of(target, copy), tables), credentials,
					files);
			// Read back what was written before the backup is declared complete.
			Verification.check(target, manifest);
			manifest.write(target);
			long bytes = files.stream().mapToLong(BackupManifest.Entry::bytes).sum()
					+ manifest.database().copy().bytes();
			return new Summary(target, tables, files.size(), bytes);
		}
		catch (SQLException ex) {
			throw new BackupException("数据库备份失败：" + ex.getMessage(), ex);
		}
		catch (IOException ex) {
			throw new BackupException("写入备份目录 " + target + " 失败：" + ex.getMessage(), ex);
		}
	}

	private static void prepare(Path target) {
		try {
			if (Files.exists(target)) {
				if (!Files.isDirectory(target)) {
					throw new BackupException(target + " 不是目录");
				}
				try (Stream<Path> entries = Files.list(target)) {
					if (entries.findAny().isPresent()) {
						throw new BackupException("备份目录 " + target + " 不是空的：请给一个新的或空的目录");
					}
				}
			}
			Files.createDirectories(target);
			try {
				// The backup holds the database's password and every document.
				Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rwx------"));
			}
			catch (UnsupportedOperationException ex) {
				// Not a POSIX file system.
			}
		}
		catch (IOException ex) {
			throw new BackupException("无法创建备份目录 " + target + "：" + ex.getMessage(), ex);
		}
	}

	/** Copies the file store, leaving out files being written ({@code .part}). */
	static List<BackupManifest.Entry> copyFiles(Path store, Path into, Path folder) throws IOException {
		List<BackupManifest.Entry> entries = new ArrayList<>();
		if (!Files.isDirectory(store)) {
			return entries;
		}
		List<Path> files;
		try (Stream<Path> walk = Files.walk(store)) {
			files = walk.filter(Files::isRegularFile).filter((f) -> !f.toString().endsWith(".part")).sorted().toList();
		}
		for (Path file : files) {
			Path copy = into.resolve(store.relativize(file).toString());
			Files.createDirectories(copy.getParent());
			Files.copy(file, copy, StandardCopyOption.COPY_ATTRIBUTES);
			entries.add(BackupManifest.Entry.of(folder, copy));
		}
		return entries;
	}

	/**
	 * Opens the copy in a folder of its own, read-only, and counts the rows of its
	 * tables: the counts are the copy's, and a copy that does not open fails here.
	 */
	private Map<String, Long> countRows(Path copy) throws IOException, SQLException {
		Path scratch = Files.createTempDirectory("guifan-backup-check");
		try {
			Path database = Verification.unzipDatabase(copy, scratch);
			try (Connection connection = DriverManager.getConnection(
					"jdbc:h2:file:" + database + ";ACCESS_MODE_DATA=r;AUTO_SERVER=FALSE",
					this.dataSourceProperties.getUsername(), this.dataSourceProperties.getPassword())) {
				return DatabaseTables.counts(connection);
			}
		}
		finally {
			Verification.deleteTree(scratch);
		}
	}

}
