package cn.guifan.registry.ingest;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Collectors;

import cn.guifan.ingest.job.IngestMonitor;
import cn.guifan.ingest.job.IngestRunner;
import cn.guifan.registry.indexing.OutboxIndexer;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.stereotype.Service;

/**
 * Runs ingest and reports what it did, with every skipped file and its reason, and every
 * document stored with a failed step of metadata extraction.
 */
@Service
public class IngestService {

	private final IngestRunner runner;

	private final IngestIssues issues;

	private final OutboxIndexer indexer;

	private final IngestMonitor monitor;

	IngestService(IngestRunner runner, IngestIssues issues, OutboxIndexer indexer, IngestMonitor monitor) {
		this.runner = runner;
		this.issues = issues;
		this.indexer = indexer;
		this.monitor = monitor;
	}

	/**
	 * Ingests a directory (or resumes an interrupted run over it) and, when
	 * {@code awaitIndex} is given, waits that long for the new documents to be
	 * searchable.
	 */
	public IngestReport ingest(Path directory, Duration awaitIndex) throws Exception {
		OutboxIndexer.BulkLoad load = this.indexer.bulkLoad();
		JobExecution execution;
		try {
			execution = this.runner.run(directory);
			if (!awaitIndex.isZero()) {
				this.indexer.awaitIdle(awaitIndex);
			}
		}
		finally {
			load.close();
		}
		return report(execution);
	}

	IngestReport report(JobExecution execution) {
		List<IngestReport.Issue> issues = this.issues.ofRun(execution.getId());
		String failure = execution.getAllFailureExceptions()
			.stream()
			.map(IngestService::describe)
			.collect(Collectors.joining("; "));
		LocalDateTime start = execution.getStartTime();
		LocalDateTime end = execution.getEndTime();
		Duration elapsed = (start != null && end != null) ? Duration.between(start, end) : Duration.ZERO;
		return new IngestReport(execution.getId(), execution.getStatus().name(), IngestRunner.counts(execution), issues,
				this.monitor.stageFailures(), failure, elapsed, this.indexer.pending());
	}

	/**
	 * A failure with the messages of its causes that add something: Spring Batch wraps
	 * what went wrong ("Unable to process chunk"); the cause names the file and the
	 * reason.
	 */
	static String describe(Throwable failure) {
		StringBuilder text = new StringBuilder();
		for (Throwable t = failure; t != null; t = (t.getCause() == t) ? null : t.getCause()) {
			String message = (t.getMessage() != null) ? t.getMessage() : t.getClass().getSimpleName();
			if (text.indexOf(message) < 0) {
				text.append((text.isEmpty()) ? "" : " ← ").append(message);
			}
		}
		return text.toString();
	}

}
