package cn.guifan.registry.campaign;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A cleanup campaign as stored.
 *
 * @param id its number
 * @param name 名称
 * @param kind 全面, 专项 or 日常
 * @param state where it stands
 * @param basisDocumentId the registry document it is based on (the 清理通知, the changed
 * upper-level document)
 * @param basisText what it is based on, when that is not in the registry
 * @param government the organ that decides and publishes the result (县人民政府)
 * @param deadline the day departments' proposals are due
 * @param keywords words whose occurrence in a text flags it (证明 for a 证明事项 campaign)
 * @param scope which documents it reviews
 * @param triggerDocumentId the upper-level document whose change proposed it
 * @param triggerEvent that change (AMENDED, REPEALED…)
 * @param triggerDate when the change was decided
 * @param createdBy who created it
 * @param createdAt when
 * @param updatedAt last change
 * @param stateReason why it was cancelled (or another note on its last move)
 * @param decisionTitle the published decision's title
 * @param decisionDocNumber its 发文字号
 * @param decisionIssuer its issuer
 * @param decisionDate its date, the day the results take effect
 * @param decisionDocumentId the decision as a registry document
 * @param publishedBy who published it
 * @param publishedAt when
 */
record Campaign(long id, String name, CampaignKind kind, CampaignState state, @Nullable Long basisDocumentId,
		@Nullable String basisText, @Nullable String government, LocalDate deadline, List<String> keywords, Scope scope,
		@Nullable Long triggerDocumentId, @Nullable String triggerEvent, @Nullable LocalDate triggerDate,
		String createdBy, Instant createdAt, Instant updatedAt, @Nullable String stateReason,
		@Nullable String decisionTitle, @Nullable String decisionDocNumber, @Nullable String decisionIssuer,
		@Nullable LocalDate decisionDate, @Nullable Long decisionDocumentId, @Nullable String publishedBy,
		@Nullable Instant publishedAt) {

	/** Whether proposals are overdue on this day. */
	boolean isOverdueOn(LocalDate day) {
		return this.state.isUnderWay() && day.isAfter(this.deadline);
	}

}
