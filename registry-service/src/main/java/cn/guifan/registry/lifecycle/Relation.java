package cn.guifan.registry.lifecycle;

import cn.guifan.schemas.lifecycle.RelationType;
import org.jspecify.annotations.Nullable;

/**
 * A relation between two documents.
 *
 * @param id its id
 * @param fromDocumentId the document that refers
 * @param type how
 * @param toDocumentId the document referred to, when resolved
 * @param targetTitle the title as printed
 * @param targetNumber the doc number as printed
 * @param targetNumberNormalized the doc number normalized
 * @param start where the reference starts in the referring text
 * @param end where it ends
 * @param unresolvedReason why it is not resolved
 */
public record Relation(long id, long fromDocumentId, RelationType type, @Nullable Long toDocumentId,
		@Nullable String targetTitle, @Nullable String targetNumber, @Nullable String targetNumberNormalized,
		@Nullable Integer start, @Nullable Integer end, @Nullable String unresolvedReason) {

	/** The relation without its link to the document referred to. */
	public Relation unlinked() {
		return new Relation(this.id, this.fromDocumentId, this.type, null, this.targetTitle, this.targetNumber,
				this.targetNumberNormalized, this.start, this.end, this.unresolvedReason);
	}

}
