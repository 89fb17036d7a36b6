package cn.guifan.ingest.metadata;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;

import org.junit.jupiter.api.function.ThrowingSupplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Guards against a stage's cost growing with the square of its input (the fuzz
 * benchmark's reproducers): the work must fit a budget of CPU time of the thread that
 * does it, not of wall time, so that a loaded build machine (other forks, browsers) does
 * not fail it; a wall-clock limit far above the budget still stops a runaway.
 */
final class CpuBudget {

	private static final Duration RUNAWAY = Duration.ofSeconds(90);

	private CpuBudget() {
	}

	/**
	 * The work must cost at most {@code factor} times a reference computation of the same
	 * size that is known to be linear, and never less than {@code floor}: a budget that
	 * follows the machine's speed, so that a slow machine does not fail it and a fast one
	 * does not hide a square. Both run once first, to load and compile their code (the
	 * work's own paths may be ones the reference never takes); then the reference counts
	 * by the least of three runs, and the work passes when one of up to three runs fits
	 * (a collection or a compilation makes a run longer, never shorter).
	 */
	static <T> T withinTimesReference(double factor, Duration floor, ThrowingSupplier<?> reference,
			ThrowingSupplier<T> work) {
		return assertTimeoutPreemptively(RUNAWAY, () -> {
			reference.get();
			work.get();
			Duration linear = cpuOf(reference);
			for (int i = 0; i < 2; i++) {
				Duration again = cpuOf(reference);
				linear = (again.compareTo(linear) < 0) ? again : linear;
			}
			Duration budget = Duration.ofNanos(Math.max(floor.toNanos(), (long) (linear.toNanos() * factor)));
			ThreadMXBean threads = ManagementFactory.getThreadMXBean();
			T result = null;
			Duration least = null;
			for (int i = 0; i < 3 && (least == null || least.compareTo(budget) >= 0); i++) {
				long start = threads.getCurrentThreadCpuTime();
				result = work.get();
				Duration used = Duration.ofNanos(threads.getCurrentThreadCpuTime() - start);
				least = (least == null || used.compareTo(least) < 0) ? used : least;
			}
			assertThat(least).as("CPU time of the work, least of its runs (the reference took %s)", linear)
				.isLessThan(budget);
			return result;
		});
	}

	private static Duration cpuOf(ThrowingSupplier<?> work) throws Throwable {
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		long start = threads.getCurrentThreadCpuTime();
		work.get();
		return Duration.ofNanos(threads.getCurrentThreadCpuTime() - start);
	}

	static <T> T within(Duration cpu, ThrowingSupplier<T> work) {
		return assertTimeoutPreemptively(RUNAWAY, () -> {
			ThreadMXBean threads = ManagementFactory.getThreadMXBean();
			long start = threads.getCurrentThreadCpuTime();
			T result = work.get();
			Duration used = Duration.ofNanos(threads.getCurrentThreadCpuTime() - start);
			assertThat(used).as("CPU time of the work").isLessThan(cpu);
			return result;
		});
	}

}
