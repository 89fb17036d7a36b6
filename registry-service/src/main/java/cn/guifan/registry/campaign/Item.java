package cn.guifan.registry.campaign;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One document of a campaign: who is responsible for it, their proposal, the bureau's
 * review and the candidate flags.
 *
 * @param campaignId the campaign
 * @param documentId the document
 * @param responsibleOrgan the organ that proposes (谁制定谁清理: the lead issuer, unless the
 * bureau reassigned it)
 * @param consulted the other issuers of a joint document, to be consulted
 * @param state where it stands
 * @param decision the proposed (then approved) decision
 * @param grounds 理由
 * @param articles the articles to amend (修改)
 * @param proposalComment what the organ adds
 * @param newExpiryDate the new end of the validity period (延长)
 * @param proposedBy who proposed
 * @param proposedAt when
 * @param reviewComment the bureau's comment (why it was returned)
 * @param reviewedBy who reviewed
 * @param reviewedAt when
 * @param flags the candidate flags, when it was added or last refreshed
 * @param addedBy who put it in scope
 * @param addedReason why, when added by hand
 * @param addedAt when
 * @param removedReason why it was taken out of scope
 * @param outcome what publication did (REPEALED, CONFIRMED…)
 */
record Item(long campaignId, long documentId, String responsibleOrgan, List<String> consulted, ItemState state,
		@Nullable Decision decision, @Nullable String grounds, @Nullable String articles,
		@Nullable String proposalComment, @Nullable LocalDate newExpiryDate, @Nullable String proposedBy,
		@Nullable Instant proposedAt, @Nullable String reviewComment, @Nullable String reviewedBy,
		@Nullable Instant reviewedAt, List<Flag> flags, String addedBy, @Nullable String addedReason, Instant addedAt,
		@Nullable String removedReason, @Nullable String outcome) {

	/** Whether the organ still owes a proposal after the campaign's deadline. */
	boolean isOverdue(Campaign campaign, LocalDate today) {
		return campaign.isOverdueOn(today) && this.state.owesProposal();
	}

}
