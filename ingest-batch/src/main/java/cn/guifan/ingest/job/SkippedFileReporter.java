package cn.guifan.ingest.job;

import cn.guifan.ingest.sink.DocumentSink;
import cn.guifan.ingest.sink.IngestedDocument;
import cn.guifan.ingest.sink.SkippedFile;
import cn.guifan.ingest.source.SourceFileItem;
import cn.guifan.ingest.text.ReadError;
import cn.guifan.ingest.text.UnreadableFileException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.listener.SkipListener;
import org.springframework.batch.core.scope.context.StepSynchronizationManager;

/** Reports every skipped file with its reason, so a run never drops a file silently. */
final class SkippedFileReporter implements SkipListener<SourceFileItem, IngestedDocument> {

	private static final Logger logger = LoggerFactory.getLogger(SkippedFileReporter.class);

	private final DocumentSink sink;

	private final IngestMonitor monitor;

	SkippedFileReporter(DocumentSink sink, IngestMonitor monitor) {
		this.sink = sink;
		this.monitor = monitor;
	}

	@Override
	public void onSkipInProcess(SourceFileItem item, Throwable t) {
		ReadError error = (t instanceof UnreadableFileException u) ? u.error() : ReadError.CORRUPT_FILE;
		String message = (t.getMessage() != null) ? t.getMessage() : t.getClass().getSimpleName();
		logger.info("Skipped {}: {}", item.name(), message);
		this.sink.reportSkipped(new SkippedFile(runId(), item.name(), error, message));
		this.monitor.skipped();
	}

	private static long runId() {
		var context = StepSynchronizationManager.getContext();
		return (context != null) ? context.getStepExecution().getJobExecutionId() : -1;
	}

}
