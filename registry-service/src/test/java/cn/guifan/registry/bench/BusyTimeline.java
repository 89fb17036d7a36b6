package cn.guifan.registry.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The cores a run kept busy over time, in slices, and who kept them busy: the ingest
 * job's threads, the indexer's ({@code guifan-index-*}), the rest of this JVM (the JIT,
 * the collector) and the Elasticsearch node. A run's busy share says that a core stood
 * idle; this says when (the job's start, a hand-off that waits, the index's tail after
 * the job). Sampled from {@code /proc} on a daemon thread; {@code --timeline} of the
 * ingest benchmark.
 */
final class BusyTimeline implements AutoCloseable {

	private static final double TICKS_PER_SECOND = 100.0;

	private final long nodePid;

	private final long sliceNanos;

	private final long start = System.nanoTime();

	private final List<Sample> samples = new ArrayList<>();

	private final Thread sampler;

	private volatile boolean running = true;

	private BusyTimeline(long nodePid, long sliceMillis) {
		this.nodePid = nodePid;
		this.sliceNanos = sliceMillis * 1_000_000L;
		this.samples.add(sample());
		this.sampler = new Thread(this::run, "bench-timeline");
		this.sampler.setDaemon(true);
		this.sampler.start();
	}

	/**
	 * Starts sampling.
	 * @param nodePid the Elasticsearch node's pid, or {@code -1}
	 * @param sliceMillis the length of a slice
	 * @return the running timeline
	 */
	static BusyTimeline start(long nodePid, long sliceMillis) {
		return new BusyTimeline(nodePid, sliceMillis);
	}

	private void run() {
		long next = this.start + this.sliceNanos;
		while (this.running) {
			long wait = next - System.nanoTime();
			if (wait > 0) {
				try {
					Thread.sleep(wait / 1_000_000L, (int) (wait % 1_000_000L));
				}
				catch (InterruptedException ex) {
					return;
				}
			}
			Sample sample = sample();
			synchronized (this.samples) {
				this.samples.add(sample);
			}
			next += this.sliceNanos;
		}
	}

	private Sample sample() {
		long nanos = System.nanoTime();
		long job = 0;
		long index = 0;
		long runtime = 0;
		for (Map.Entry<String, long[]> thread : ProcessCpu.threadTicks().entrySet()) {
			switch (role(ProcessCpu.group(thread.getKey()))) {
				case JOB -> job += thread.getValue()[0];
				case INDEX -> index += thread.getValue()[0];
				default -> runtime += thread.getValue()[0];
			}
		}
		long[] machine = ProcessCpu.machineTicks(ProcessCpu.read(Path.of("/proc/stat")));
		return new Sample(nanos, machine[0], job, index, runtime, ProcessCpu.treeTicks(this.nodePid));
	}

	/** Whose work a thread of this JVM does. */
	static Role role(String group) {
		if (group.startsWith("guifan-index")) {
			return Role.INDEX;
		}
		if (group.startsWith("C1 Compiler") || group.startsWith("C2 Compiler") || group.startsWith("GC ")
				|| group.startsWith("G1 ") || group.equals("VM Thread") || group.startsWith("Sweeper")
				|| group.equals("bench-timeline")) {
			return Role.RUNTIME;
		}
		return Role.JOB;
	}

	enum Role {

		/** The ingest job and everything else of Guifan's that is not the indexer. */
		JOB,

		/** The outbox indexer: reading, segmenting, bulk requests. */
		INDEX,

		/** The JIT compilers, the garbage collector, this sampler. */
		RUNTIME

	}

	@Override
	public void close() {
		if (!this.running) {
			return;
		}
		this.running = false;
		this.sampler.interrupt();
		try {
			this.sampler.join(1_000);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		synchronized (this.samples) {
			this.samples.add(sample());
		}
	}

	/**
	 * Prints one line a slice: cores busy on the machine, and of them the job's, the
	 * indexer's, the runtime's and the node's; the slice in which the job ended is
	 * marked.
	 * @param label the run
	 * @param jobEndSeconds when the ingest job ended, from the start
	 */
	void print(String label, double jobEndSeconds) {
		List<Sample> taken;
		synchronized (this.samples) {
			taken = List.copyOf(this.samples);
		}
		System.out.printf(Locale.ROOT, "    %-12s cores busy over time (machine: job + index + runtime + node)%n",
				label);
		double idle = 0;
		double tailIdle = 0;
		for (int i = 1; i < taken.size(); i++) {
			Sample a = taken.get(i - 1);
			Sample b = taken.get(i);
			double seconds = (b.nanos() - a.nanos()) / 1e9;
			if (seconds <= 0) {
				continue;
			}
			double from = (a.nanos() - this.start) / 1e9;
			double to = (b.nanos() - this.start) / 1e9;
			double machine = cores(b.machine() - a.machine(), seconds);
			double sliceIdle = Math.max(0, Runtime.getRuntime().availableProcessors() - machine) * seconds;
			idle += sliceIdle;
			if (from >= jobEndSeconds) {
				tailIdle += sliceIdle;
			}
			System.out.printf(Locale.ROOT, "      %5.1f–%5.1f s  %4.2f : %4.2f + %4.2f + %4.2f + %4.2f%s%n", from, to,
					machine, cores(b.job() - a.job(), seconds), cores(b.index() - a.index(), seconds),
					cores(b.runtime() - a.runtime(), seconds), cores(b.node() - a.node(), seconds),
					(from < jobEndSeconds && jobEndSeconds <= to) ? "  ← the job ended" : "");
		}
		System.out.printf(Locale.ROOT, "    %-12s idle %.1f core-s in all, %.1f of it after the job ended%n", "", idle,
				tailIdle);
	}

	/** Slices sampled so far. */
	int slices() {
		synchronized (this.samples) {
			return this.samples.size() - 1;
		}
	}

	private static double cores(long ticks, double seconds) {
		return ticks / TICKS_PER_SECOND / seconds;
	}

	private record Sample(long nanos, long machine, long job, long index, long runtime, long node) {
	}

}
