package cn.guifan.ingest.sink;

/**
 * What the registry did with one ingested document.
 *
 * @param kind stored as new, recorded as another source of a known document, or a
 * duplicate
 * @param documentId the registry document the file now belongs to
 * @param file the file, as named in the run
 */
public record StoreOutcome(Kind kind, String documentId, String file) {

	/** The possible outcomes. */
	public enum Kind {

		/** A new document. */
		STORED,

		/** A new version (an amended or revised text) of a document the registry has. */
		VERSION_ADDED,

		/**
		 * Another file (format, copy) of a document the registry has: its source is
		 * added.
		 */
		SOURCE_ADDED,

		/** This very file was stored before: nothing changed. */
		DUPLICATE

	}

}
