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

/**
 * Reports every skipped file with its reason, so a run never drops a file silently: a
 * file that could not be read, and one whose document the registry could not store for a
 * reason of its own (found by writing the chunk's documents one by one).
 */
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
		report(new SkippedFile(runId(), item.name(), error, message));
	}

	@Override
	public void onSkipInWrite(IngestedDocument item, Throwable t) {
		String file = item.record().source().fileName();
		Throwable cause = (t instanceof DocumentWriteException && t.getCause() != null) ? t.getCause() : t;
		logger.warn("Skipped {}: the registry could not store it", file, cause);
		report(new SkippedFile(runId(), file, ReadError.INTERNAL_ERROR,
				ReadError.INTERNAL_ERROR.label() + "：写入登记库时出错：" + Failures.describe(cause)));
	}

	private void report(SkippedFile skipped) {
		this.sink.reportSkipped(skipped);
		this.monitor.skipped(skipped);
	}

	private static long runId() {
		var context = StepSynchronizationManager.getContext();
		return (context != null) ? context.getStepExecution().getJobExecutionId() : -1;
	}

}
