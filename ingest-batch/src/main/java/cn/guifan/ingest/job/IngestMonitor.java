package cn.guifan.ingest.job;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import cn.guifan.ingest.sink.SkippedFile;
import cn.guifan.schemas.document.ExtractionError;

/**
 * Live counts of a running ingest, read by whoever shows progress (the command line's
 * progress bar, the web page of a job), and the files that need a person's look: those
 * skipped, and those stored with a failed step of metadata extraction. Updated from the
 * processing threads; thread-safe.
 */
public final class IngestMonitor {

	/** Files listed of each kind; beyond this only counted, so memory stays bounded. */
	static final int MAX_LISTED = 10_000;

	private final AtomicLong total = new AtomicLong();

	private final AtomicLong alreadyDone = new AtomicLong();

	private final AtomicLong read = new AtomicLong();

	private final AtomicLong stored = new AtomicLong();

	private final AtomicLong merged = new AtomicLong();

	private final AtomicLong duplicates = new AtomicLong();

	private final AtomicLong skipped = new AtomicLong();

	private final AtomicLong withStageFailures = new AtomicLong();

	private final List<SkippedFile> skippedFiles = new ArrayList<>();

	private final List<StageFailure> stageFailures = new ArrayList<>();

	/** A run starts (or resumes after {@code resumedAt} files): all counts restart. */
	public void started(long totalFiles, long resumedAt) {
		this.total.set(totalFiles);
		this.alreadyDone.set(resumedAt);
		this.read.set(0);
		this.stored.set(0);
		this.merged.set(0);
		this.duplicates.set(0);
		this.skipped.set(0);
		this.withStageFailures.set(0);
		synchronized (this) {
			this.skippedFiles.clear();
			this.stageFailures.clear();
		}
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

	/** A file was skipped: counted and listed with its reason. */
	public void skipped(SkippedFile file) {
		this.skipped.incrementAndGet();
		synchronized (this) {
			if (this.skippedFiles.size() < MAX_LISTED) {
				this.skippedFiles.add(file);
			}
		}
	}

	/** A file was stored although steps of its metadata extraction failed. */
	public void stageFailures(String file, List<ExtractionError> errors) {
		this.withStageFailures.incrementAndGet();
		synchronized (this) {
			for (ExtractionError e : errors) {
				if (this.stageFailures.size() < MAX_LISTED) {
					this.stageFailures.add(new StageFailure(file, e.stage(), e.message()));
				}
			}
		}
	}

	/**
	 * The files skipped in this execution, with reasons (at most {@value #MAX_LISTED}).
	 */
	public synchronized List<SkippedFile> skippedFiles() {
		return List.copyOf(this.skippedFiles);
	}

	/**
	 * The failed steps of the documents stored in this execution, a line per file and
	 * step (at most {@value #MAX_LISTED}).
	 */
	public synchronized List<StageFailure> stageFailures() {
		return List.copyOf(this.stageFailures);
	}

	public Counts snapshot() {
		return new Counts(this.total.get(), this.alreadyDone.get(), this.read.get(), this.stored.get(),
				this.merged.get(), this.duplicates.get(), this.skipped.get(), this.withStageFailures.get());
	}

	/**
	 * A document stored with a step of its metadata extraction failed: that step's fields
	 * are missing.
	 *
	 * @param file the file, as named in the run
	 * @param stage the step (e.g. RepealStage)
	 * @param message what went wrong, for a person
	 */
	public record StageFailure(String file, String stage, String message) {
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
	 * @param withStageFailures files stored (or merged) with a failed step of metadata
	 * extraction
	 */
	public record Counts(long total, long resumedAt, long read, long stored, long merged, long duplicates, long skipped,
			long withStageFailures) {

		/**
		 * Files finished (stored, duplicate or skipped), counting an interrupted
		 * execution's.
		 */
		public long done() {
			return this.resumedAt + this.stored + this.merged + this.duplicates + this.skipped;
		}

	}

}
