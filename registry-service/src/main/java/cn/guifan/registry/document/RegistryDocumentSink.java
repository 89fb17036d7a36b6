package cn.guifan.registry.document;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import cn.guifan.ingest.json.DocumentJson;
import cn.guifan.ingest.sink.DocumentSink;
import cn.guifan.ingest.sink.IngestedDocument;
import cn.guifan.ingest.sink.SkippedFile;
import cn.guifan.ingest.sink.StoreOutcome;
import cn.guifan.registry.lifecycle.LifecycleRecorder;
import cn.guifan.registry.lifecycle.Versions;
import cn.guifan.registry.outbox.IndexOutbox;
import cn.guifan.schemas.document.DocumentMetadata;
import cn.guifan.schemas.document.DocumentRecord;
import cn.guifan.schemas.document.ExtractionError;
import cn.guifan.schemas.document.SourceFile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The registry's side of ingest: stores each document with its version, its source file
 * and an outbox entry, in the caller's (the chunk's) transaction, so a document is either
 * complete and queued for indexing or not there at all.
 * <p>
 * The same file twice is a duplicate. The same text from another file (a .txt and a .md
 * of one document) adds a source to the document it already is.
 */
@Component
class RegistryDocumentSink implements DocumentSink {

	private final DocumentStore store;

	private final FileStore files;

	private final IndexOutbox outbox;

	private final LifecycleRecorder lifecycle;

	private final Clock clock;

	private final TransactionTemplate separateTransaction;

	private final ExtractionFailures extractionFailures;

	RegistryDocumentSink(DocumentStore store, FileStore files, IndexOutbox outbox, LifecycleRecorder lifecycle,
			Clock clock, PlatformTransactionManager transactionManager, ExtractionFailures extractionFailures) {
		this.extractionFailures = extractionFailures;
		this.store = store;
		this.files = files;
		this.outbox = outbox;
		this.lifecycle = lifecycle;
		this.clock = clock;
		this.separateTransaction = new TransactionTemplate(transactionManager);
		this.separateTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	@Override
	public boolean hasSource(String sha256) {
		return this.store.hasSource(sha256);
	}

	@Override
	public List<StoreOutcome> store(List<IngestedDocument> documents) {
		Instant now = this.clock.instant();
		List<StoreOutcome> outcomes = new ArrayList<>(documents.size());
		for (IngestedDocument document : documents) {
			StoreOutcome outcome = storeOne(document, now);
			List<ExtractionError> errors = document.record().metadata().extractionErrors();
			if (outcome.kind() != StoreOutcome.Kind.DUPLICATE && !errors.isEmpty()) {
				// Listed for the registrar with the document: the fields of these steps
				// are
				// missing from what this file gave.
				this.extractionFailures.record(Long.parseLong(outcome.documentId()), outcome.file(), errors, now);
			}
			outcomes.add(outcome);
		}
		return outcomes;
	}

	private StoreOutcome storeOne(IngestedDocument document, Instant now) {
		DocumentRecord record = document.record();
		SourceFile source = record.source();
		Optional<Long> known = this.store.documentOfSource(source.sha256());
		if (known.isPresent()) {
			return new StoreOutcome(StoreOutcome.Kind.DUPLICATE, known.get().toString(), source.fileName());
		}
		this.files.store(document.content(), source.sha256());
		this.store.insertSourceFileIfAbsent(source, now);
		String textSha = TextFingerprint.of(record.text());
		Optional<DocumentStore.VersionRef> sameText = this.store.versionWithText(textSha)
			.or(() -> sameDocument(record));
		if (sameText.isPresent()) {
			DocumentStore.VersionRef version = sameText.get();
			this.store.insertDocumentSource(version.documentId(), source.sha256(), source.fileName(),
					version.versionId(), now);
			enrich(version.documentId(), record.metadata(), now);
			return new StoreOutcome(StoreOutcome.Kind.SOURCE_ADDED, Long.toString(version.documentId()),
					source.fileName());
		}
		String metadataJson = DocumentJson.toJson(record.metadata(), source).toString();
		Optional<Long> work = sameWork(record.metadata());
		if (work.isPresent()) {
			return addVersion(work.get(), document, textSha, metadataJson, now);
		}
		DocumentMetadata metadata = record.metadata();
		long documentId = this.store.insertDocument(metadata, metadataJson, now);
		long versionId = this.store.insertVersion(documentId, 1, Versions.label(metadata), Versions.validFrom(metadata),
				record.text(), textSha, source.sha256(), metadataJson, now);
		this.store.insertDocumentSource(documentId, source.sha256(), source.fileName(), versionId, now);
		this.lifecycle.recordIngested(documentId, metadata, record.text(), LifecycleRecorder.Arrival.NEW_DOCUMENT);
		this.outbox.enqueue(documentId, IndexOutbox.UPSERT);
		return new StoreOutcome(StoreOutcome.Kind.STORED, Long.toString(documentId), source.fileName());
	}

	/**
	 * A document whose history block this file's continues or precedes: a version of it.
	 */
	private Optional<Long> sameWork(DocumentMetadata incoming) {
		if (incoming.history().isEmpty()) {
			return Optional.empty();
		}
		for (DocumentStore.VersionMetadata known : this.store.versionsTitled(incoming.title())) {
			DocumentMetadata version = DocumentJson.fromJson(DocumentJson.mapper().readTree(known.metadataJson()));
			if (Versions.sameWork(incoming, version)) {
				return Optional.of(known.documentId());
			}
		}
		return Optional.empty();
	}

	private StoreOutcome addVersion(long documentId, IngestedDocument document, String textSha, String metadataJson,
			Instant now) {
		DocumentRecord record = document.record();
		DocumentMetadata metadata = record.metadata();
		SourceFile source = record.source();
		long versionId = this.store.insertVersion(documentId, this.store.versionCount(documentId) + 1000,
				Versions.label(metadata), Versions.validFrom(metadata), record.text(), textSha, source.sha256(),
				metadataJson, now);
		int versionNo = this.store.renumberVersions(documentId, versionId);
		boolean latest = versionNo == this.store.versionCount(documentId);
		if (latest) {
			// The newest text speaks for the document: its title, history and effect
			// clauses.
			this.store.updateMetadata(documentId, metadata, metadataJson, now);
		}
		this.store.insertDocumentSource(documentId, source.sha256(), source.fileName(), versionId, now);
		this.lifecycle.recordIngested(documentId, metadata, record.text(),
				latest ? LifecycleRecorder.Arrival.LATEST_VERSION : LifecycleRecorder.Arrival.EARLIER_VERSION);
		this.outbox.enqueue(documentId, IndexOutbox.UPSERT);
		return new StoreOutcome(StoreOutcome.Kind.VERSION_ADDED, Long.toString(documentId), source.fileName());
	}

	/**
	 * Fills what the known document's record lacks from the new copy, and reindexes it if
	 * anything changed.
	 */
	private void enrich(long documentId, DocumentMetadata incoming, Instant now) {
		DocumentMetadata known = DocumentJson
			.fromJson(DocumentJson.mapper().readTree(this.store.metadataJson(documentId)));
		DocumentMetadata merged = MetadataMerge.fillMissing(known, incoming);
		if (!merged.equals(known)) {
			this.store.updateMetadata(documentId, merged, DocumentJson.toJson(merged, null).toString(), now);
			this.outbox.enqueue(documentId, IndexOutbox.UPSERT);
		}
	}

	/**
	 * Another copy of a known document: another format, or the page that publishes it.
	 */
	private Optional<DocumentStore.VersionRef> sameDocument(DocumentRecord record) {
		DocumentMetadata metadata = record.metadata();
		String number = (metadata.docNumber() != null) ? metadata.docNumber().normalized() : null;
		SameDocument.Copy incoming = new SameDocument.Copy(metadata, record.text());
		for (DocumentStore.Candidate candidate : this.store.candidates(number, metadata.title())) {
			DocumentMetadata known = DocumentJson.fromJson(DocumentJson.mapper().readTree(candidate.metadataJson()));
			if (SameDocument.same(incoming, new SameDocument.Copy(known, candidate.text()))) {
				return Optional.of(new DocumentStore.VersionRef(candidate.documentId(), candidate.versionId()));
			}
		}
		return Optional.empty();
	}

	@Override
	public void reportSkipped(SkippedFile skipped) {
		this.separateTransaction.executeWithoutResult((status) -> this.store.recordIssue(skipped.runId(),
				skipped.file(), skipped.error().name(), skipped.message(), this.clock.instant()));
	}

}
