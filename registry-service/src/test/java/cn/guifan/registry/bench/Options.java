package cn.guifan.registry.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Command-line options of the benchmarks: {@code --name value} and flags. */
final class Options {

	private Options() {
	}

	static String stringOption(String[] args, String name, String fallback) {
		for (int i = 0; i < args.length - 1; i++) {
			if (args[i].equals(name)) {
				return args[i + 1];
			}
		}
		return fallback;
	}

	static int intOption(String[] args, String name, int fallback) {
		return Integer.parseInt(stringOption(args, name, Integer.toString(fallback)));
	}

	static long longOption(String[] args, String name, long fallback) {
		return Long.parseLong(stringOption(args, name, Long.toString(fallback)));
	}

	/**
	 * Every value of a repeatable option as a Spring Boot argument:
	 * {@code --set guifan.x=1 --set guifan.y=2} gives {@code --guifan.x=1},
	 * {@code --guifan.y=2}.
	 */
	static List<String> properties(String[] args, String name) {
		List<String> properties = new ArrayList<>();
		for (int i = 0; i < args.length - 1; i++) {
			if (args[i].equals(name)) {
				properties.add("--" + args[i + 1]);
			}
		}
		return properties;
	}

	static boolean flag(String[] args, String name) {
		for (String arg : args) {
			if (arg.equals(name)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Deletes a folder and everything in it (a benchmark's data, on --fresh).
	 * <p>
	 * The ingest benchmarks call it once, when a run ends, and keep each round's registry
	 * until then: deleting a registry's thousands of files just before the next round
	 * made that round's file creations slow. On an ext4 file system without a journal
	 * (this machine's), the kernel skips every inode deleted in the last minutes when it
	 * allocates one (perf: {@code ext4_create} → {@code find_inode_bit} →
	 * {@code recently_deleted}), so each file the next round stored cost a scan over the
	 * previous rounds' deletions: the storing thread's system time grew round by round,
	 * from 1.8 to 4.7 CPU-s. A registry's load does not follow a mass deletion.
	 */
	static void deleteTree(Path dir) {
		if (!Files.exists(dir)) {
			return;
		}
		try (Stream<Path> walk = Files.walk(dir)) {
			for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(p);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot delete " + dir, ex);
		}
	}

}
