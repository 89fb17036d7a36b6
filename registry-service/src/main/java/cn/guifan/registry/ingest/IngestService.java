package cn.guifan.registry.ingest;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Collectors;

import cn.guifan.ingest.job.IngestRunner;
import cn.guifan.registry.indexing.OutboxIndexer;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.stereotype.Service;

/** Runs ingest and reports what it did, with every skipped file and its reason. */
@Service
public class IngestService {

	private final IngestRunner runner;

	private final IngestIssues issues;

	private final OutboxIndexer indexer;

	IngestService(IngestRunner runner, IngestIssues issues, OutboxIndexer indexer) {
		this.runner = runner;
		this.issues = issues;
		this.indexer = indexer;
	}

	/**
	 * Ingests a directory (or resumes an interrupted run over it) and, when
	 * {@code awaitIndex} is given, waits that long for the new documents to be
	 * searchable.
	 */
	public IngestReport ingest(Path directory, Duration awaitIndex) throws Exception {
		JobExecution execution = this.runner.run(directory);
		if (!awaitIndex.isZero()) {
			this.indexer.awaitIdle(awaitIndex);
		}
		return report(execution);
	}

	IngestReport report(JobExecution execution) {
		List<IngestReport.Issue> issues = this.issues.ofRun(execution.getId());
		String failure = execution.getAllFailureExceptions()
			.stream()
			.map((t) -> (t.getMessage() != null) ? t.getMessage() : t.toString())
			.collect(Collectors.joining("; "));
		LocalDateTime start = execution.getStartTime();
		LocalDateTime end = execution.getEndTime();
		Duration elapsed = (start != null && end != null) ? Duration.between(start, end) : Duration.ZERO;
		return new IngestReport(execution.getId(), execution.getStatus().name(), IngestRunner.counts(execution), issues,
				failure, elapsed, this.indexer.pending());
	}

}
