package cn.guifan.ingest.job;

import cn.guifan.ingest.text.UnreadableFileException;
import org.springframework.batch.core.step.skip.SkipPolicy;
import org.springframework.core.retry.RetryException;

/**
 * What a run skips, with no limit: a file that cannot be read, and a document whose
 * storing fails for a reason of its own. A failure of the database, the disk or the
 * process is never skipped: it fails the run, which resumes from its last chunk.
 * <p>
 * A chunk whose writing fails for a document's reason makes the step write the chunk's
 * documents one by one (Spring Batch's scan), so the one at fault is found, skipped and
 * reported with its file, and the others are stored.
 */
final class IngestSkipPolicy implements SkipPolicy {

	@Override
	public boolean shouldSkip(Throwable failure, long skipCount) {
		Throwable t = (failure instanceof RetryException && failure.getCause() != null) ? failure.getCause() : failure;
		if (t instanceof UnreadableFileException) {
			return true;
		}
		return t instanceof DocumentWriteException && !Failures.ofTheRun(t.getCause());
	}

}
