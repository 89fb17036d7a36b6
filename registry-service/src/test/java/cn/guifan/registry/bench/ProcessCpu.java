package cn.guifan.registry.bench;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Where a run's CPU went by thread and process, from the kernel's accounting in
 * {@code /proc}: this JVM's threads grouped by name (Guifan's workers, the garbage
 * collector, the JIT compilers, the HTTP client, H2) and the Elasticsearch node's whole
 * process tree. The stage table says what each stage of the pipeline cost on the threads
 * that ran it; this says what the rest cost: collection, compilation, the index.
 * <p>
 * Threads that ended during the run are not in the end snapshot; their CPU is the
 * process's total less what the surviving threads account for ("threads that ended").
 */
final class ProcessCpu {

	/**
	 * Trailing numbers ({@code #N}, {@code -N}, {@code N}): one group per pool, not per
	 * thread.
	 */
	private static final Pattern NUMBERING = Pattern.compile("(?:[#-]?\\d+)+$");

	private static final double TICKS_PER_SECOND = 100.0;

	private final Map<String, Long> threads;

	private final long selfTotal;

	private final long nodeTotal;

	private final long nodePid;

	/** This JVM's system ticks (the kernel's work for it: writes, page faults). */
	private final long selfSystem;

	/** Bytes this JVM handed to write calls ({@code wchar} of {@code /proc/self/io}). */
	private final long selfWritten;

	/** Bytes of files this JVM dirtied ({@code write_bytes}): H2's, not the sockets'. */
	private final long selfToFiles;

	private ProcessCpu(long nodePid) {
		this.nodePid = nodePid;
		this.threads = threadTicks();
		this.selfTotal = processTicks(ProcessHandle.current().pid());
		this.selfSystem = systemTicks(ProcessHandle.current().pid());
		this.selfWritten = io("wchar");
		this.selfToFiles = io("write_bytes");
		this.nodeTotal = treeTicks(nodePid);
	}

	/**
	 * A snapshot to measure from.
	 * @param nodePid the Elasticsearch node's pid (its launch process), or {@code -1}
	 * @return the snapshot
	 */
	static ProcessCpu mark(long nodePid) {
		return new ProcessCpu(nodePid);
	}

	/**
	 * Prints the CPU seconds used since this snapshot: the JVM by thread group, then the
	 * Elasticsearch node.
	 * @param label the run
	 */
	void print(String label) {
		Map<String, Long> now = threadTicks();
		Map<String, Long> groups = new HashMap<>();
		long accounted = 0;
		for (Map.Entry<String, Long> e : now.entrySet()) {
			long delta = e.getValue() - this.threads.getOrDefault(e.getKey(), 0L);
			if (delta > 0) {
				groups.merge(group(e.getKey()), delta, Long::sum);
				accounted += delta;
			}
		}
		long self = processTicks(ProcessHandle.current().pid()) - this.selfTotal;
		long node = treeTicks(this.nodePid) - this.nodeTotal;
		if (self > accounted) {
			groups.put("(threads that ended)", self - accounted);
		}
		Map<String, Long> sorted = new LinkedHashMap<>();
		groups.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Long>comparingByValue().reversed())
			.forEach((e) -> sorted.put(e.getKey(), e.getValue()));
		long system = systemTicks(ProcessHandle.current().pid()) - this.selfSystem;
		long written = io("wchar") - this.selfWritten;
		long toFiles = io("write_bytes") - this.selfToFiles;
		System.out.printf(Locale.ROOT,
				"    %-12s CPU by thread: this JVM %.1f s (system %.1f s; wrote %.0f MB, %.0f MB of it to files), "
						+ "Elasticsearch %.1f s, together %.1f s%n",
				"", self / TICKS_PER_SECOND, system / TICKS_PER_SECOND, written / 1e6, toFiles / 1e6,
				node / TICKS_PER_SECOND, (self + node) / TICKS_PER_SECOND);
		List<String> cells = new ArrayList<>();
		sorted.forEach((name, ticks) -> {
			if (ticks >= 0.005 * Math.max(1, self)) {
				cells.add(String.format(Locale.ROOT, "%s %.1f", name, ticks / TICKS_PER_SECOND));
			}
		});
		for (int i = 0; i < cells.size(); i += 4) {
			System.out.printf(Locale.ROOT, "    %-12s   %s%n", "",
					String.join(" · ", cells.subList(i, Math.min(cells.size(), i + 4))));
		}
	}

	/** One group per pool: {@code GC Thread#1} and {@code GC Thread#0} together. */
	static String group(String thread) {
		int slash = thread.indexOf('/');
		String name = (slash >= 0) ? thread.substring(slash + 1) : thread;
		String grouped = NUMBERING.matcher(name).replaceAll("").trim();
		return grouped.isEmpty() ? name : grouped;
	}

	/** Each live thread of this JVM ("tid/name") with its user + system ticks. */
	private static Map<String, Long> threadTicks() {
		Map<String, Long> ticks = new HashMap<>();
		try (DirectoryStream<Path> tasks = Files.newDirectoryStream(Path.of("/proc/self/task"))) {
			for (Path task : tasks) {
				String stat = read(task.resolve("stat"));
				if (stat != null) {
					ticks.put(task.getFileName() + "/" + comm(stat), ticks(stat));
				}
			}
		}
		catch (IOException ex) {
			// Not Linux: nothing to tell.
		}
		return ticks;
	}

	private static long treeTicks(long pid) {
		if (pid <= 0) {
			return 0;
		}
		return ProcessHandle.of(pid)
			.map((root) -> Stream.concat(Stream.of(root), root.descendants())
				.mapToLong((p) -> processTicks(p.pid()))
				.sum())
			.orElse(0L);
	}

	/** A process's own user + system ticks (its threads, live and ended). */
	private static long processTicks(long pid) {
		String stat = read(Path.of("/proc", Long.toString(pid), "stat"));
		return (stat != null) ? ticks(stat) : 0;
	}

	/** A process's own system ticks. */
	private static long systemTicks(long pid) {
		String stat = read(Path.of("/proc", Long.toString(pid), "stat"));
		return (stat != null) ? systemTicks(stat) : 0;
	}

	/**
	 * A counter of this JVM's {@code /proc/self/io}, or 0 where the kernel does not say.
	 */
	private static long io(String counter) {
		String io = read(Path.of("/proc/self/io"));
		return (io != null) ? io(io, counter) : 0;
	}

	/**
	 * A line of {@code /proc/<pid>/io}: {@code wchar}, the bytes passed to write calls
	 * (files and sockets: the bulk requests too), or {@code write_bytes}, the bytes of
	 * files dirtied (H2's pages, logs), counted when written whether or not they reached
	 * the disk yet.
	 */
	static long io(String io, String counter) {
		String prefix = counter + ":";
		return io.lines()
			.filter((line) -> line.startsWith(prefix))
			.mapToLong((line) -> Long.parseLong(line.substring(prefix.length()).strip()))
			.findFirst()
			.orElse(0);
	}

	private static String comm(String stat) {
		return stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
	}

	/** utime + stime: fields 14 and 15, counted after the command name's parenthesis. */
	static long ticks(String stat) {
		String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
		return Long.parseLong(f[11]) + Long.parseLong(f[12]);
	}

	/** stime: field 15. */
	static long systemTicks(String stat) {
		String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
		return Long.parseLong(f[12]);
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			return null;
		}
	}

}
