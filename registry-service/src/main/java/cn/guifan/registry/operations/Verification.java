package cn.guifan.registry.operations;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** Checks a backup folder against its manifest, and unpacks its database copy. */
final class Verification {

	private Verification() {
	}

	/**
	 * Every file of the manifest is in the folder with its size and checksum; throws,
	 * naming what is wrong, otherwise.
	 */
	static void check(Path folder, BackupManifest manifest) {
		List<BackupManifest.Entry> entries = new ArrayList<>(manifest.files());
		entries.add(manifest.database().copy());
		if (manifest.credentials() != null) {
			entries.add(manifest.credentials());
		}
		List<String> wrong = new ArrayList<>();
		for (BackupManifest.Entry entry : entries) {
			Path file = folder.resolve(entry.path()).normalize();
			if (!file.startsWith(folder)) {
				wrong.add(entry.path() + "：路径不在备份目录内");
			}
			else if (!Files.isRegularFile(file)) {
				wrong.add(entry.path() + "：文件缺失");
			}
			else if (BackupManifest.size(file) != entry.bytes()) {
				wrong.add(entry.path() + "：大小不符（清单 " + entry.bytes() + " 字节，实际 " + BackupManifest.size(file) + " 字节）");
			}
			else if (!BackupManifest.sha256(file).equals(entry.sha256())) {
				wrong.add(entry.path() + "：校验和不符");
			}
		}
		if (!wrong.isEmpty()) {
			throw new BackupException("备份 " + folder + " 校验失败，共 " + wrong.size() + " 处："
					+ String.join("；", wrong.subList(0, Math.min(10, wrong.size())))
					+ ((wrong.size() > 10) ? "……" : ""));
		}
	}

	/**
	 * Unpacks an H2 {@code BACKUP TO} zip into {@code folder}; returns the database's
	 * path without H2's extension, for a JDBC URL.
	 */
	static Path unzipDatabase(Path zip, Path folder) throws IOException {
		Path database = null;
		try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				String name = entry.getName();
				if (entry.isDirectory() || name.contains("/") || name.contains("\\") || name.startsWith(".")) {
					throw new BackupException("数据库备份 " + zip + " 含有意外的条目：" + name);
				}
				Files.copy(in, folder.resolve(name));
				if (name.endsWith(".mv.db")) {
					database = folder.resolve(name.substring(0, name.length() - ".mv.db".length()));
				}
			}
		}
		if (database == null) {
			throw new BackupException("数据库备份 " + zip + " 中没有 H2 数据库文件（*.mv.db）");
		}
		return database;
	}

	static void deleteTree(Path root) {
		if (!Files.exists(root)) {
			return;
		}
		try (Stream<Path> walk = Files.walk(root)) {
			for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot delete " + root, ex);
		}
	}

	static boolean isEmptyFolder(Path folder) {
		if (!Files.isDirectory(folder)) {
			return true;
		}
		try (Stream<Path> walk = Files.walk(folder)) {
			return walk.noneMatch(Files::isRegularFile);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + folder, ex);
		}
	}

}
