package cn.guifan.registry.ingest;

import java.time.Duration;
import java.util.List;

import cn.guifan.ingest.job.IngestMonitor;
import cn.guifan.ingest.job.IngestRunner;

/**
 * What an ingest run did, for the person who started it.
 *
 * @param runId the run (job execution) id
 * @param status how it ended: COMPLETED, FAILED, STOPPED…
 * @param counts files read, stored, merged, duplicate, skipped
 * @param issues every skipped file with its reason
 * @param stageFailures every document stored although a step of its metadata extraction
 * failed, with the step (the fields it reads are missing)
 * @param failure why the run failed, when it did
 * @param elapsed how long it took
 * @param indexPending documents still waiting to be indexed when the report was made
 */
public record IngestReport(long runId, String status, IngestRunner.RunCounts counts, List<Issue> issues,
		List<IngestMonitor.StageFailure> stageFailures, String failure, Duration elapsed, long indexPending) {

	public boolean completed() {
		return "COMPLETED".equals(this.status);
	}

	/**
	 * A file that could not be read.
	 *
	 * @param file the file, as named in the run
	 * @param code stable error code
	 * @param message the reason
	 */
	public record Issue(String file, String code, String message) {
	}

}
