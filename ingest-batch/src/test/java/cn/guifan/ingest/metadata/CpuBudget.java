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
