package cn.guifan.registry.indexing;

import java.util.function.LongSupplier;

/**
 * The commits that enqueue documents for the index, as the indexer sees them arrive: when
 * they come in a stream (an ingest commits a chunk of files every fraction of a second),
 * the indexer waits a moment for the next ones and sends one larger bulk request instead
 * of one per commit; a lone change (a registrar's edit) is indexed at once.
 * <p>
 * Larger bulks cost Elasticsearch and the segmenting threads less per document (fewer
 * requests, fewer and larger segments): with bulks of one 50-file chunk each the ingest
 * of the corpus spent about 6 % more CPU than with bulks of 100–200 documents.
 */
final class CommitStream {

	private final long lingerNanos;

	private final LongSupplier nanoTime;

	private long commits;

	private long last;

	private long previous;

	private boolean hurried;

	/**
	 * @param lingerNanos the longest the indexer waits for more, and the longest gap
	 * between commits that still makes a stream
	 * @param nanoTime the clock ({@link System#nanoTime()} but in tests)
	 */
	CommitStream(long lingerNanos, LongSupplier nanoTime) {
		this.lingerNanos = lingerNanos;
		this.nanoTime = nanoTime;
	}

	/** A transaction that enqueued documents has committed. */
	synchronized void committed() {
		this.previous = this.last;
		this.last = this.nanoTime.getAsLong();
		this.commits++;
		this.hurried = false;
		notifyAll();
	}

	/**
	 * Someone waits for everything committed to be indexed (an ingest has ended): no
	 * batch waits for more until the next commit.
	 */
	synchronized void hurry() {
		this.hurried = true;
		notifyAll();
	}

	/** Commits seen so far. */
	synchronized long commits() {
		return this.commits;
	}

	/**
	 * Whether more commits are likely in a moment: the last two came within the linger of
	 * each other, and the last within the linger of now.
	 */
	synchronized boolean streaming() {
		if (this.commits < 2 || this.lingerNanos <= 0 || this.hurried) {
			return false;
		}
		long now = this.nanoTime.getAsLong();
		return this.last - this.previous <= this.lingerNanos && now - this.last <= this.lingerNanos;
	}

	/** The deadline for gathering a batch that starts now. */
	long deadline() {
		return this.nanoTime.getAsLong() + this.lingerNanos;
	}

	/**
	 * Waits until a commit later than the {@code seen}-th one, the deadline, or a
	 * {@link #hurry()}. Returns whether a commit came.
	 */
	synchronized boolean awaitCommitAfter(long seen, long deadline) throws InterruptedException {
		while (this.commits <= seen) {
			if (this.hurried) {
				return false;
			}
			long left = deadline - this.nanoTime.getAsLong();
			if (left <= 0) {
				return false;
			}
			long millis = Math.max(1, left / 1_000_000);
			wait(millis);
		}
		return true;
	}

}
