package cn.guifan.registry.indexing;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CommitStreamTest {

	private static final long MS = 1_000_000;

	private final AtomicLong now = new AtomicLong(1_000 * MS);

	private final CommitStream stream = new CommitStream(500 * MS, this.now::get);

	@Test
	void aLoneCommitIsNoStream() {
		this.stream.committed();

		assertThat(this.stream.streaming()).isFalse();
	}

	@Test
	void commitsInQuickSuccessionAreAStreamUntilTheyStop() {
		this.stream.committed();
		this.now.addAndGet(300 * MS);
		this.stream.committed();

		assertThat(this.stream.streaming()).isTrue();
		this.now.addAndGet(400 * MS);
		assertThat(this.stream.streaming()).as("the last commit within the linger").isTrue();
		this.now.addAndGet(200 * MS);
		assertThat(this.stream.streaming()).as("nothing for longer than the linger").isFalse();
	}

	@Test
	void commitsFurtherApartThanTheLingerAreNoStream() {
		this.stream.committed();
		this.now.addAndGet(800 * MS);
		this.stream.committed();

		assertThat(this.stream.streaming()).isFalse();
	}

	@Test
	void noLingerNeverWaits() {
		CommitStream never = new CommitStream(0, this.now::get);
		never.committed();
		never.committed();

		assertThat(never.streaming()).isFalse();
	}

	@Test
	void aWaitEndsAtTheNextCommitOrAtTheDeadline() throws Exception {
		CommitStream real = new CommitStream(TimeUnit.SECONDS.toNanos(30), System::nanoTime);
		real.committed();
		long seen = real.commits();
		Thread committer = new Thread(() -> {
			sleep(50);
			real.committed();
		});
		committer.start();

		assertThat(real.awaitCommitAfter(seen, real.deadline())).isTrue();
		committer.join();
		assertThat(real.commits()).isEqualTo(seen + 1);
		assertThat(real.awaitCommitAfter(real.commits(), System.nanoTime() + 20 * MS)).isFalse();
	}

	@Test
	void aHurryEndsTheWaitAndTheStreamUntilTheNextCommit() throws Exception {
		CommitStream real = new CommitStream(TimeUnit.SECONDS.toNanos(30), System::nanoTime);
		real.committed();
		real.committed();
		assertThat(real.streaming()).isTrue();
		Thread hurrying = new Thread(() -> {
			sleep(50);
			real.hurry();
		});
		hurrying.start();

		long start = System.nanoTime();
		assertThat(real.awaitCommitAfter(real.commits(), real.deadline())).isFalse();
		hurrying.join();
		assertThat(System.nanoTime() - start).as("ended long before the 30 s linger")
			.isLessThan(TimeUnit.SECONDS.toNanos(20));
		assertThat(real.streaming()).isFalse();
		real.committed();
		real.committed();
		assertThat(real.streaming()).as("a new stream").isTrue();
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
