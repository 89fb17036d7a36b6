package cn.guifan.registry.operations;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code manifest.json} of a backup: what it holds, with the row count of every table and
 * the size and SHA-256 of every file, so that a backup can be checked before it is
 * restored and the restored database compared with it. Written last: a folder without it
 * is not a complete backup.
 *
 * @param format the manifest's format (1)
 * @param created when the backup was taken (ISO-8601)
 * @param source the data folder it was taken from
 * @param database the database copy and its tables' row counts
 * @param credentials the H2 database's credentials file, when it had one
 * @param files the original files, by their path under {@code files/}
 */
record BackupManifest(int format, String created, String source, Database database, @Nullable Entry credentials,
		List<Entry> files) {

	static final String FILE = "manifest.json";

	private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	/**
	 * The database copy.
	 *
	 * @param product the database it was taken from ({@code H2})
	 * @param copy the copy (an H2 {@code BACKUP TO} zip)
	 * @param tables every table of the copy and its rows
	 */
	record Database(String product, Entry copy, Map<String, Long> tables) {

	}

	/**
	 * A file of the backup.
	 *
	 * @param path its path, relative to the backup folder
	 * @param bytes its size
	 * @param sha256 its SHA-256, hexadecimal
	 */
	record Entry(String path, long bytes, String sha256) {

		/** Describes a file of a backup folder as it is now. */
		static Entry of(Path folder, Path file) {
			return new Entry(folder.relativize(file).toString().replace('\\', '/'), BackupManifest.size(file),
					BackupManifest.sha256(file));
		}

	}

	void write(Path folder) {
		try {
			Path temporary = folder.resolve(FILE + ".tmp");
			Files.writeString(temporary, JSON.writeValueAsString(this));
			Files.move(temporary, folder.resolve(FILE), java.nio.file.StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write the manifest of " + folder, ex);
		}
	}

	static BackupManifest read(Path folder) {
		Path file = folder.resolve(FILE);
		try {
			return JSON.readValue(Files.readString(file), BackupManifest.class);
		}
		catch (NoSuchFileException ex) {
			throw new BackupException(folder + " 不是完整的备份：缺少 " + FILE + "（备份未完成，或不是 guifan backup 写的目录）");
		}
		catch (IOException | JacksonException ex) {
			throw new BackupException("无法读取备份清单 " + file + "：" + ex.getMessage());
		}
	}

	static String sha256(Path file) {
		try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
			byte[] buffer = new byte[65536];
			while (in.read(buffer) >= 0) {
				// reading updates the digest
			}
			return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + file, ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static long size(Path file) {
		try {
			return Files.size(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + file, ex);
		}
	}

}
