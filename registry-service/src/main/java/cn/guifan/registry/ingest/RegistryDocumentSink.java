package cn.guifan.registry.ingest;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import cn.guifan.ingest.sink.DocumentSink;
import cn.guifan.ingest.sink.IngestedDocument;
import cn.guifan.ingest.sink.SkippedFile;
import cn.guifan.ingest.sink.StoreOutcome;
import cn.guifan.ingest.timing.StageEvent;
import cn.guifan.registry.document.DocumentIntake;
import cn.guifan.registry.document.Documents;
import cn.guifan.schemas.document.ExtractionError;
import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The registry's side of the ingest job: each chunk's documents go into the registry in
 * the chunk's transaction ({@link DocumentIntake}), with the failed metadata stages of
 * each, for the registrar; files that could not be read are reported in a transaction of
 * their own, so the report survives a rolled-back chunk.
 */
@Component
class RegistryDocumentSink implements DocumentSink {

	private final DocumentIntake intake;

	private final Documents documents;

	private final IngestIssues issues;

	private final ExtractionFailures extractionFailures;

	private final Clock clock;

	private final TransactionTemplate separateTransaction;

	RegistryDocumentSink(DocumentIntake intake, Documents documents, IngestIssues issues,
			ExtractionFailures extractionFailures, Clock clock, PlatformTransactionManager transactionManager) {
		this.intake = intake;
		this.documents = documents;
		this.issues = issues;
		this.extractionFailures = extractionFailures;
		this.clock = clock;
		this.separateTransaction = new TransactionTemplate(transactionManager);
		this.separateTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	@Override
	public boolean hasSource(String sha256) {
		return this.documents.hasSource(sha256);
	}

	@Override
	public List<StoreOutcome> store(List<IngestedDocument> documents) {
		List<StoreOutcome> outcomes = new ArrayList<>(documents.size());
		timeCommit(documents.size());
		for (IngestedDocument document : documents) {
			StageEvent timing = StageEvent.start(StageEvent.STORE);
			StoreOutcome outcome = this.intake.store(document);
			List<ExtractionError> errors = document.record().metadata().extractionErrors();
			if (outcome.kind() != StoreOutcome.Kind.DUPLICATE && !errors.isEmpty()) {
				// Listed for the registrar with the document: the fields of these steps
				// are missing from what this file gave.
				this.extractionFailures.record(Long.parseLong(outcome.documentId()), outcome.file(), errors,
						this.clock.instant());
			}
			outcomes.add(outcome);
			timing.finish();
		}
		return outcomes;
	}

	/**
	 * Times the chunk's commit, from the first thing done before it (queueing the
	 * documents for the index) to its end.
	 */
	private static void timeCommit(int documents) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

			private @Nullable StageEvent commit;

			@Override
			public void beforeCommit(boolean readOnly) {
				this.commit = StageEvent.start(StageEvent.COMMIT);
			}

			@Override
			public void afterCompletion(int status) {
				if (this.commit != null) {
					this.commit.finish(documents);
				}
			}

			@Override
			public int getOrder() {
				return Ordered.HIGHEST_PRECEDENCE;
			}

		});
	}

	@Override
	public void reportSkipped(SkippedFile skipped) {
		this.separateTransaction.executeWithoutResult((status) -> this.issues.record(skipped.runId(), skipped.file(),
				skipped.error().name(), skipped.message(), this.clock.instant()));
	}

}
