package cn.guifan.registry.document;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import cn.guifan.ingest.sink.IngestedDocument;
import cn.guifan.ingest.sink.StoreOutcome;
import cn.guifan.schemas.document.DocumentMetadata;
import cn.guifan.schemas.document.DocumentRecord;
import cn.guifan.schemas.document.SourceFile;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Takes an ingested file into the registry, in the caller's (the ingest chunk's)
 * transaction, so a document is either complete, with its lifecycle and its place in the
 * index queue, or not there at all.
 * <p>
 * The same file twice is a duplicate. The same text from another file (a .txt and a .md
 * of one document), or another copy of a known document (the page that publishes it),
 * adds a source to the document it already is. A file whose history block continues a
 * known document's is a version of it. Anything else is a new document. What the text
 * says of the document's life is recorded by whoever listens to {@link DocumentIngested}.
 */
@Component
public class DocumentIntake {

	private final DocumentStore store;

	private final FileStore files;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	DocumentIntake(DocumentStore store, FileStore files, ApplicationEventPublisher events, Clock clock) {
		this.store = store;
		this.files = files;
		this.events = events;
		this.clock = clock;
	}

	public StoreOutcome store(IngestedDocument document) {
		return store(document, false);
	}

	/**
	 * Stores a cleanup decision whose outcomes the caller records itself (a campaign's
	 * publication): the documents its lists name are related to it, but no event is
	 * recorded on them from its text, which would record each outcome twice.
	 */
	public StoreOutcome storeDecisionAppliedByCaller(IngestedDocument document) {
		return store(document, true);
	}

	private StoreOutcome store(IngestedDocument document, boolean listsApplied) {
		Instant now = this.clock.instant();
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
		String metadataJson = DocumentJson.toJsonString(record.metadata(), source);
		Optional<Long> work = sameWork(record.metadata());
		if (work.isPresent()) {
			return addVersion(work.get(), document, textSha, metadataJson, now);
		}
		DocumentMetadata metadata = record.metadata();
		long documentId = this.store.insertDocument(metadata, metadataJson, now);
		// The first version's metadata is the document's, stored once: the document row
		// holds it until the document's metadata changes, when the store gives the
		// version its own copy (DocumentStore.updateMetadata).
		long versionId = this.store.insertVersion(documentId, 1, Versions.label(metadata), Versions.validFrom(metadata),
				record.text(), textSha, source.sha256(), null, now);
		this.store.insertDocumentSource(documentId, source.sha256(), source.fileName(), versionId, now);
		this.events.publishEvent(new DocumentIngested(documentId, metadata, record.text(),
				DocumentIngested.Arrival.NEW_DOCUMENT, listsApplied));
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
		else {
			this.store.addNames(documentId, metadata.title());
		}
		this.store.insertDocumentSource(documentId, source.sha256(), source.fileName(), versionId, now);
		this.events.publishEvent(new DocumentIngested(documentId, metadata, record.text(),
				latest ? DocumentIngested.Arrival.LATEST_VERSION : DocumentIngested.Arrival.EARLIER_VERSION));
		return new StoreOutcome(StoreOutcome.Kind.VERSION_ADDED, Long.toString(documentId), source.fileName());
	}

	/**
	 * Fills what the known document's record lacks from the new copy; the document is
	 * reindexed if anything changed.
	 */
	private void enrich(long documentId, DocumentMetadata incoming, Instant now) {
		DocumentMetadata known = DocumentJson
			.fromJson(DocumentJson.mapper().readTree(this.store.metadataJson(documentId).orElseThrow()));
		DocumentMetadata merged = MetadataMerge.fillMissing(known, incoming);
		if (!merged.equals(known)) {
			this.store.updateMetadata(documentId, merged, DocumentJson.toJsonString(merged, null), now);
		}
	}

	/**
	 * Another copy of a known document: another format, or the page that publishes it.
	 */
	private Optional<DocumentStore.VersionRef> sameDocument(DocumentRecord record) {
		DocumentMetadata metadata = record.metadata();
		String number = (metadata.docNumber() != null) ? metadata.docNumber().normalized() : null;
		for (DocumentStore.Candidate candidate : this.store.candidates(number, metadata.title())) {
			DocumentMetadata known = DocumentJson.fromJson(DocumentJson.mapper().readTree(candidate.metadataJson()));
			if (!SameDocument.sameIdentity(metadata, known) || SameDocument.datesDisagree(metadata, known)) {
				continue;
			}
			Optional<DocumentStore.VersionText> latest = this.store.latestVersionText(candidate.documentId());
			if (latest.isPresent() && SameDocument.sameText(record.text(), latest.get().text())) {
				return Optional.of(new DocumentStore.VersionRef(candidate.documentId(), latest.get().versionId()));
			}
		}
		return Optional.empty();
	}

}
