package cn.guifan.registry.document;

import cn.guifan.schemas.document.DocumentMetadata;

/**
 * A file's text was stored as a new document or as a version of one. Published inside the
 * ingest chunk's transaction, so that what the text says of the document's life (its
 * history, effect and repeal clauses, citations) is recorded with it, or not at all.
 *
 * @param documentId the document
 * @param metadata what was read from the file
 * @param text the file's text
 * @param arrival how the file relates to the document
 * @param listsApplied whether whoever stored the document records what its cleanup lists
 * decide (a cleanup campaign's own decision: its publication records each outcome with
 * the registrar's grounds), so that reading the lists relates the documents they name but
 * records no event on them
 */
public record DocumentIngested(long documentId, DocumentMetadata metadata, String text, Arrival arrival,
		boolean listsApplied) {

	public DocumentIngested(long documentId, DocumentMetadata metadata, String text, Arrival arrival) {
		this(documentId, metadata, text, arrival, false);
	}

	/** How the file ingested relates to its document. */
	public enum Arrival {

		/** The document's first file. */
		NEW_DOCUMENT,

		/**
		 * A newer version of a document the registry held: its text now speaks for the
		 * document.
		 */
		LATEST_VERSION,

		/** An older version, added to the document's past. */
		EARLIER_VERSION

	}

}
