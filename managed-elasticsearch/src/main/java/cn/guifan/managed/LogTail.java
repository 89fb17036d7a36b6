package cn.guifan.managed;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The last lines of a log, for error messages that show why the node failed.
 */
final class LogTail {

	private static final int MAX_BYTES = 32 * 1024;

	private LogTail() {
	}

	static String of(Path file, int lines) {
		if (!Files.isRegularFile(file)) {
			return "(" + file + " does not exist)";
		}
		try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
			long length = in.length();
			int size = (int) Math.min(length, MAX_BYTES);
			byte[] bytes = new byte[size];
			in.seek(length - size);
			in.readFully(bytes);
			List<String> all = Arrays.asList(new String(bytes, StandardCharsets.UTF_8).split("\r?\n"));
			// The first line of a cut-off window may be partial.
			int from = Math.max((size < length) ? 1 : 0, all.size() - lines);
			return String.join("\n", all.subList(Math.min(from, all.size()), all.size()));
		}
		catch (IOException ex) {
			return "(cannot read " + file + ": " + ex.getMessage() + ")";
		}
	}

}
