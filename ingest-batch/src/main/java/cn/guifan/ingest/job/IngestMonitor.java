package cn.guifan.ingest.job;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Live counts of a running ingest, read by whoever shows progress (the command line's
 * progress bar, the web page of a job). Updated from the processing threads; thread-safe.
 */
public final class IngestMonitor {

	private final AtomicLong total = new AtomicLong();

	private final AtomicLong alreadyDone = new AtomicLong();

	private final AtomicLong read = new AtomicLong();

	private final AtomicLong stored = new AtomicLong();

	private final AtomicLong merged = new AtomicLong();

	private final AtomicLong duplicates = new AtomicLong();

	private final AtomicLong skipped = new AtomicLong();

	/** A run starts (or resumes after {@code resumedAt} files): all counts restart. */
	public void started(long totalFiles, long resumedAt) {
		this.total.set(totalFiles);
		this.alreadyDone.set(resumedAt);
		this.read.set(0);
		this.stored.set(0);
		this.merged.set(0);
		this.duplicates.set(0);
		this.skipped.set(0);
	}

	/** An archive was expanded: its members are more files than the one it counted as. */
	public void moreFiles(long count) {
		this.total.addAndGet(count);
	}

	public void read() {
		this.read.incrementAndGet();
	}

	public void stored(long count) {
		this.stored.addAndGet(count);
	}

	public void merged(long count) {
		this.merged.addAndGet(count);
	}

	public void duplicates(long count) {
		this.duplicates.addAndGet(count);
	}

	public void skipped() {
		this.skipped.incrementAndGet();
	}

	public Counts snapshot() {
		return new Counts(this.total.get(), this.alreadyDone.get(), this.read.get(), this.stored.get(),
				this.merged.get(), this.duplicates.get(), this.skipped.get());
	}

	/**
	 * What a run has done so far.
	 *
	 * @param total files in the run
	 * @param resumedAt files done by an earlier, interrupted execution of the same run
	 * @param read files read in this execution
	 * @param stored new documents stored
	 * @param merged files recognized as another copy or format of a document in the
	 * registry, recorded as one more source of it
	 * @param duplicates files already in the registry (the same bytes)
	 * @param skipped files that could not be read
	 */
	public record Counts(long total, long resumedAt, long read, long stored, long merged, long duplicates,
			long skipped) {

		/**
		 * Files finished (stored, duplicate or skipped), counting an interrupted
		 * execution's.
		 */
		public long done() {
			return this.resumedAt + this.stored + this.merged + this.duplicates + this.skipped;
		}

	}

}
