package cn.guifan.ingest.job;

import java.util.List;

import cn.guifan.ingest.sink.DocumentSink;
import cn.guifan.ingest.sink.IngestedDocument;
import cn.guifan.ingest.sink.StoreOutcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.StepSynchronizationManager;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Hands each chunk to the registry in the chunk's transaction and counts what it did,
 * live (for progress) and in the step's execution context (for the run's report,
 * committed with the chunk). Documents stored with a failed step of metadata extraction
 * are counted and listed for the run's summary. A failing chunk is a
 * {@link DocumentWriteException} that names its files.
 */
final class DocumentSinkWriter implements ItemWriter<IngestedDocument> {

	/** Execution-context keys of the counts of a run. */
	static final String STORED_KEY = "guifan.stored";

	static final String MERGED_KEY = "guifan.merged";

	static final String DUPLICATES_KEY = "guifan.duplicates";

	static final String STAGE_FAILURES_KEY = "guifan.stageFailures";

	private static final Logger logger = LoggerFactory.getLogger(DocumentSinkWriter.class);

	private final DocumentSink sink;

	private final IngestMonitor monitor;

	DocumentSinkWriter(DocumentSink sink, IngestMonitor monitor) {
		this.sink = sink;
		this.monitor = monitor;
	}

	@Override
	public void write(Chunk<? extends IngestedDocument> chunk) {
		List<IngestedDocument> documents = List.copyOf(chunk.getItems());
		List<StoreOutcome> outcomes;
		try {
			outcomes = this.sink.store(documents);
		}
		catch (RuntimeException | OutOfMemoryError | StackOverflowError ex) {
			// Errors too: a heap exhausted while a chunk was stored (where the JVM is not
			// started to exit on it) failed the run with "Unable to process chunk" and no
			// file named. An OutOfMemoryError stays the run's failure (Failures), not
			// skipped.
			logger.warn("A chunk of {} files failed to be stored ({}); its files are stored one at a time",
					documents.size(), ex.toString(), ex);
			throw new DocumentWriteException(documents.stream().map((d) -> d.record().source().fileName()).toList(),
					ex);
		}
		long stored = count(outcomes, StoreOutcome.Kind.STORED) + count(outcomes, StoreOutcome.Kind.VERSION_ADDED);
		long merged = count(outcomes, StoreOutcome.Kind.SOURCE_ADDED);
		long duplicates = count(outcomes, StoreOutcome.Kind.DUPLICATE);
		long stageFailures = 0;
		for (int i = 0; i < documents.size() && i < outcomes.size(); i++) {
			IngestedDocument d = documents.get(i);
			if (outcomes.get(i).kind() != StoreOutcome.Kind.DUPLICATE
					&& !d.record().metadata().extractionErrors().isEmpty()) {
				this.monitor.stageFailures(d.record().source().fileName(), d.record().metadata().extractionErrors());
				stageFailures++;
			}
		}
		this.monitor.stored(stored);
		this.monitor.merged(merged);
		this.monitor.duplicates(duplicates);
		var context = StepSynchronizationManager.getContext();
		if (context != null) {
			ExecutionContext counts = context.getStepExecution().getExecutionContext();
			add(counts, STORED_KEY, stored);
			add(counts, MERGED_KEY, merged);
			add(counts, DUPLICATES_KEY, duplicates);
			add(counts, STAGE_FAILURES_KEY, stageFailures);
		}
	}

	private static long count(List<StoreOutcome> outcomes, StoreOutcome.Kind kind) {
		return outcomes.stream().filter((o) -> o.kind() == kind).count();
	}

	private static void add(ExecutionContext context, String key, long value) {
		context.putLong(key, context.getLong(key, 0L) + value);
	}

}
