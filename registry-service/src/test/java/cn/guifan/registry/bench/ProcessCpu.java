package cn.guifan.registry.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
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

import org.jspecify.annotations.Nullable;

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

	/** Each live thread's ticks: user + system, system, minor page faults. */
	private final Map<String, long[]> threads;

	private final long selfTotal;

	private final long nodeTotal;

	private final long nodePid;

	/** This JVM's system ticks (the kernel's work for it: writes, page faults). */
	private final long selfSystem;

	/** Bytes this JVM handed to write calls ({@code wchar} of {@code /proc/self/io}). */
	private final long selfWritten;

	/** Bytes of files this JVM dirtied ({@code write_bytes}): H2's, not the sockets'. */
	private final long selfToFiles;

	/** This JVM's minor page faults (memory it touched for the first time). */
	private final long selfFaults;

	/** Classes this JVM has loaded so far (each new one is compiled anew by the JIT). */
	private final long classesLoaded;

	/** The whole machine's ticks from {@code /proc/stat}: busy (all cores), iowait. */
	private final long[] machine;

	/** Bytes of dirty page cache waiting to be written back when the run started. */
	private final long dirtyAtStart;

	private ProcessCpu(long nodePid) {
		this.nodePid = nodePid;
		this.threads = threadTicks();
		this.selfTotal = processTicks(ProcessHandle.current().pid());
		this.selfSystem = systemTicks(ProcessHandle.current().pid());
		this.selfWritten = io("wchar");
		this.selfToFiles = io("write_bytes");
		this.selfFaults = minorFaults(ProcessHandle.current().pid());
		this.classesLoaded = ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount();
		this.nodeTotal = treeTicks(nodePid);
		this.machine = machineTicks(read(Path.of("/proc/stat")));
		this.dirtyAtStart = dirty(read(Path.of("/proc/meminfo")));
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
		Map<String, long[]> now = threadTicks();
		Map<String, Long> groups = new HashMap<>();
		Map<String, Long> groupSystem = new HashMap<>();
		Map<String, Long> groupFaults = new HashMap<>();
		long accounted = 0;
		for (Map.Entry<String, long[]> e : now.entrySet()) {
			long[] before = this.threads.getOrDefault(e.getKey(), new long[3]);
			long delta = e.getValue()[0] - before[0];
			if (delta > 0) {
				String group = group(e.getKey());
				groups.merge(group, delta, Long::sum);
				groupSystem.merge(group, e.getValue()[1] - before[1], Long::sum);
				groupFaults.merge(group, e.getValue()[2] - before[2], Long::sum);
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
		long faults = minorFaults(ProcessHandle.current().pid()) - this.selfFaults;
		long classes = ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount() - this.classesLoaded;
		System.out.printf(Locale.ROOT,
				"    %-12s CPU by thread: this JVM %.1f s (system %.1f s; wrote %.0f MB, %.0f MB of it to files; "
						+ "%.0fk minor page faults; %d classes loaded), Elasticsearch %.1f s, together %.1f s%n",
				"", self / TICKS_PER_SECOND, system / TICKS_PER_SECOND, written / 1e6, toFiles / 1e6, faults / 1e3,
				classes, node / TICKS_PER_SECOND, (self + node) / TICKS_PER_SECOND);
		long[] machineNow = machineTicks(read(Path.of("/proc/stat")));
		long busy = machineNow[0] - this.machine[0];
		System.out.printf(Locale.ROOT,
				"    %-12s machine: busy %.1f CPU-s, of it outside this JVM and the node %.1f s (other processes, the "
						+ "kernel's writeback); iowait %.1f s; %.0f MB dirty page cache at the start%n",
				"", busy / TICKS_PER_SECOND, Math.max(0, busy - self - node) / TICKS_PER_SECOND,
				(machineNow[1] - this.machine[1]) / TICKS_PER_SECOND, this.dirtyAtStart / 1e6);
		List<String> cells = new ArrayList<>();
		sorted.forEach((name, ticks) -> {
			if (ticks >= 0.005 * Math.max(1, self)) {
				cells.add(cell(name, ticks, groupSystem.getOrDefault(name, 0L), groupFaults.getOrDefault(name, 0L)));
			}
		});
		for (int i = 0; i < cells.size(); i += 4) {
			System.out.printf(Locale.ROOT, "    %-12s   %s%n", "",
					String.join(" · ", cells.subList(i, Math.min(cells.size(), i + 4))));
		}
	}

	/**
	 * A group's CPU seconds, with the kernel's share and the page faults when they are
	 * worth saying: {@code guifan-index-se 8.1 (system 0.4, 120k faults)}.
	 */
	static String cell(String name, long ticks, long systemTicks, long faults) {
		String cell = String.format(Locale.ROOT, "%s %.1f", name, ticks / TICKS_PER_SECOND);
		List<String> notes = new ArrayList<>();
		if (systemTicks >= 10) {
			notes.add(String.format(Locale.ROOT, "system %.1f", systemTicks / TICKS_PER_SECOND));
		}
		if (faults >= 10_000) {
			notes.add(String.format(Locale.ROOT, "%.0fk faults", faults / 1e3));
		}
		return notes.isEmpty() ? cell : cell + " (" + String.join(", ", notes) + ")";
	}

	/** One group per pool: {@code GC Thread#1} and {@code GC Thread#0} together. */
	static String group(String thread) {
		int slash = thread.indexOf('/');
		String name = (slash >= 0) ? thread.substring(slash + 1) : thread;
		String grouped = NUMBERING.matcher(name).replaceAll("").trim();
		return grouped.isEmpty() ? name : grouped;
	}

	/**
	 * Each live thread of this JVM ("tid/name") with its user + system ticks, its system
	 * ticks and its minor page faults.
	 */
	static Map<String, long[]> threadTicks() {
		Map<String, long[]> ticks = new HashMap<>();
		try (DirectoryStream<Path> tasks = Files.newDirectoryStream(Path.of("/proc/self/task"))) {
			for (Path task : tasks) {
				String stat = read(task.resolve("stat"));
				if (stat != null) {
					ticks.put(task.getFileName() + "/" + comm(stat),
							new long[] { ticks(stat), systemTicks(stat), minorFaults(stat) });
				}
			}
		}
		catch (IOException ex) {
			// Not Linux: nothing to tell.
		}
		return ticks;
	}

	static long treeTicks(long pid) {
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

	/** A process's minor page faults. */
	private static long minorFaults(long pid) {
		String stat = read(Path.of("/proc", Long.toString(pid), "stat"));
		return (stat != null) ? minorFaults(stat) : 0;
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

	/**
	 * The first line of {@code /proc/stat} (ticks of all cores: user nice system idle
	 * iowait irq softirq steal ...): busy ticks (all but idle and iowait) and iowait, or
	 * zeros where the kernel does not say.
	 */
	static long[] machineTicks(@Nullable String stat) {
		if (stat == null || !stat.startsWith("cpu ")) {
			return new long[2];
		}
		String[] f = stat.lines().findFirst().orElse("").substring(4).strip().split("\\s+");
		long total = 0;
		for (int i = 0; i < Math.min(f.length, 8); i++) {
			total += Long.parseLong(f[i]);
		}
		long idle = Long.parseLong(f[3]);
		long iowait = (f.length > 4) ? Long.parseLong(f[4]) : 0;
		return new long[] { total - idle - iowait, iowait };
	}

	/** {@code Dirty:} of {@code /proc/meminfo} in bytes, or 0. */
	static long dirty(@Nullable String meminfo) {
		if (meminfo == null) {
			return 0;
		}
		return meminfo.lines()
			.filter((line) -> line.startsWith("Dirty:"))
			.mapToLong((line) -> Long.parseLong(line.substring(6).replace("kB", "").strip()) * 1024)
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

	/** minflt: field 10. */
	static long minorFaults(String stat) {
		String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
		return Long.parseLong(f[7]);
	}

	static @Nullable String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			return null;
		}
	}

}
