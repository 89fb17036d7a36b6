package cn.guifan.registry.campaign;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What callers of the campaign API send; each field is checked with a message naming it.
 */
final class Requests {

	private Requests() {
	}

	/**
	 * A new campaign.
	 *
	 * @param name 名称
	 * @param kind COMPREHENSIVE (全面), SPECIAL (专项) or ROUTINE (日常)
	 * @param basisDocumentId the registry document it is based on
	 * @param basisText what it is based on, when not in the registry
	 * @param government who decides the result (default: configured, else the government
	 * most documents in scope come from)
	 * @param deadline proposals due (YYYY-MM-DD)
	 * @param keywords words to flag in the texts
	 * @param scope which documents
	 */
	record Create(@Nullable String name, @Nullable String kind, @Nullable Long basisDocumentId,
			@Nullable String basisText, @Nullable String government, @Nullable LocalDate deadline,
			@Nullable List<String> keywords, @Nullable Scope scope) {
	}

	/**
	 * A proposal on one document.
	 *
	 * @param decision CONTINUE, AMEND, REPEAL, INVALIDATE (evaluations: EXTEND, AMEND,
	 * REPEAL, LAPSE), or their Chinese names
	 * @param grounds 理由
	 * @param articles the articles to amend (required for AMEND)
	 * @param comment 说明
	 * @param newExpiryDate the new end of the validity period (required for EXTEND)
	 */
	record Proposal(@Nullable String decision, @Nullable String grounds, @Nullable String articles,
			@Nullable String comment, @Nullable LocalDate newExpiryDate) {
	}

	/**
	 * A review.
	 *
	 * @param approve true to approve, false to return
	 * @param comment the bureau's comment (required when returning)
	 */
	record Review(@Nullable Boolean approve, @Nullable String comment) {
	}

	/**
	 * A review of many proposals at once.
	 *
	 * @param documentIds the documents
	 * @param approve true to approve, false to return
	 * @param comment the comment
	 */
	record BulkReview(@Nullable List<Long> documentIds, @Nullable Boolean approve, @Nullable String comment) {
	}

	/**
	 * A move of the campaign.
	 *
	 * @param state ACTIVE (start), IN_REVIEW, CANCELLED
	 * @param reason why (required to cancel)
	 */
	record StateChange(@Nullable String state, @Nullable String reason) {
	}

	/**
	 * Documents to add to the scope.
	 *
	 * @param documentIds the documents
	 * @param reason why
	 */
	record AddItems(@Nullable List<Long> documentIds, @Nullable String reason) {
	}

	/**
	 * A document to take out of the scope.
	 *
	 * @param reason why
	 */
	record Removal(@Nullable String reason) {
	}

	/**
	 * A hand-over of an item to another organ (谁实施谁清理).
	 *
	 * @param organ the organ now responsible
	 * @param reason why
	 */
	record Assignment(@Nullable String organ, @Nullable String reason) {
	}

	/**
	 * The publication of the result.
	 *
	 * @param docNumber the decision's 发文字号
	 * @param date its date: the results take effect on it
	 * @param issuer the deciding organ, when not the campaign's
	 */
	record Publish(@Nullable String docNumber, @Nullable LocalDate date, @Nullable String issuer) {
	}

}
