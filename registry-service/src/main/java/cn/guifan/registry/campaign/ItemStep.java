package cn.guifan.registry.campaign;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A step in an item's history.
 *
 * @param id its number
 * @param documentId the item's document
 * @param action ADDED, REMOVED, REASSIGNED, PROPOSED, RETURNED, APPROVED, PUBLISHED
 * @param decision the decision proposed or approved
 * @param grounds 理由
 * @param articles the articles to amend
 * @param comment the comment or reason given
 * @param organ the responsible organ then
 * @param actor who
 * @param at when
 */
record ItemStep(long id, long documentId, String action, @Nullable Decision decision, @Nullable String grounds,
		@Nullable String articles, @Nullable String comment, @Nullable String organ, String actor, Instant at) {

	/** The action in words. */
	String actionLabel() {
		return switch (this.action) {
			case "ADDED" -> "列入清理范围";
			case "REMOVED" -> "移出清理范围";
			case "REASSIGNED" -> "改由其他机关清理";
			case "PROPOSED" -> "提出清理意见";
			case "RETURNED" -> "退回";
			case "APPROVED" -> "审核通过";
			case "PUBLISHED" -> "随清理结果发布";
			default -> this.action;
		};
	}

}
