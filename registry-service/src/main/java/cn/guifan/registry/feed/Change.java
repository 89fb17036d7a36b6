package cn.guifan.registry.feed;

import java.time.Instant;

import cn.guifan.registry.document.Documents;
import cn.guifan.registry.lifecycle.Timelines;
import org.jspecify.annotations.Nullable;

/**
 * One entry of a change feed: a document stored, a version added, or an event recorded.
 *
 * @param kind what changed
 * @param documentId the document
 * @param rowId the id of the record within its kind
 * @param at when it was recorded
 * @param version the version added (for {@link Kind#VERSION})
 * @param event the event recorded (for {@link Kind#EVENT})
 */
record Change(Kind kind, long documentId, long rowId, Instant at, Documents.@Nullable AddedVersion version,
		Timelines.@Nullable RecordedEvent event) {

	/** Where the change stands in the feed's order. */
	Cursor cursor() {
		return new Cursor(this.at, this.kind.ordinal(), this.rowId);
	}

	/** The kinds of change, in their order among changes recorded at the same moment. */
	enum Kind {

		/** A new document. */
		DOCUMENT,

		/** A new version of a document. */
		VERSION,

		/** A lifecycle event (废止, 修正, 有效期届满…). */
		EVENT

	}

}
