package cn.guifan.ingest.text;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The watchdog against a task that truly hangs: it ignores interrupts, as a parser stuck
 * in a loop does.
 */
class ParseWatchdogTest {

	@Test
	void aHangIsAbandonedAtItsDeadlineAndCountedUntilItEnds() throws Exception {
		ParseWatchdog watchdog = new ParseWatchdog(Duration.ofMillis(100), 2);
		CountDownLatch release = new CountDownLatch(1);
		AtomicBoolean abandonedAction = new AtomicBoolean();
		long start = System.nanoTime();
		assertThatExceptionOfType(TimeoutException.class)
			.isThrownBy(() -> watchdog.run(() -> hang(release), () -> abandonedAction.set(true)));
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
		assertThat(abandonedAction).isTrue();
		assertThat(watchdog.abandoned()).isEqualTo(1);

		release.countDown();
		for (int i = 0; i < 100 && watchdog.abandoned() > 0; i++) {
			Thread.sleep(10);
		}
		assertThat(watchdog.abandoned()).isZero();
		assertThat(watchdog.run(() -> "文字", () -> {
		})).isEqualTo("文字");
	}

	@Test
	void pastTheCapOfAbandonedParsesNothingMoreIsParsed() throws Exception {
		ParseWatchdog watchdog = new ParseWatchdog(Duration.ofMillis(50), 2);
		CountDownLatch release = new CountDownLatch(1);
		for (int i = 0; i < 2; i++) {
			assertThatExceptionOfType(TimeoutException.class).isThrownBy(() -> watchdog.run(() -> hang(release), () -> {
			}));
		}
		assertThatExceptionOfType(ParseWatchdog.ParsersExhaustedException.class)
			.isThrownBy(() -> watchdog.run(() -> "文字", () -> {
			}))
			.withMessageContaining("2 个超时的解析");
		release.countDown();
	}

	@Test
	void failuresOfTheTaskReachTheCaller() {
		ParseWatchdog watchdog = new ParseWatchdog(Duration.ofSeconds(5), 2);
		assertThatExceptionOfType(java.util.concurrent.ExecutionException.class).isThrownBy(() -> watchdog.run(() -> {
			throw new java.io.IOException("坏文件");
		}, () -> {
		})).withCauseInstanceOf(java.io.IOException.class);
	}

	/** Spins, deaf to interrupts, until released. */
	private static String hang(CountDownLatch release) {
		while (true) {
			try {
				if (release.await(10, TimeUnit.MILLISECONDS)) {
					return "done";
				}
			}
			catch (InterruptedException ex) {
				// Ignored, as a stuck parser would.
			}
		}
	}

}
