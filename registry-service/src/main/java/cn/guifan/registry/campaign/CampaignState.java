package cn.guifan.registry.campaign;

/**
 * Where a campaign stands: 草拟 → 进行中 → 审核中 → 已发布, or 已撤销 before publication.
 */
enum CampaignState {

	/** 草拟: the bureau sets and previews the scope; departments do not see it yet. */
	DRAFT("草拟"),

	/** 进行中: departments propose decisions; the bureau may already review. */
	ACTIVE("进行中"),

	/**
	 * 审核中: the bureau's final review; returned items can still be proposed again.
	 */
	IN_REVIEW("审核中"),

	/** 已发布: the decision is published and the statuses applied. */
	PUBLISHED("已发布"),

	/** 已撤销: given up before publication, with the reason. */
	CANCELLED("已撤销");

	private final String label;

	CampaignState(String label) {
		this.label = label;
	}

	String label() {
		return this.label;
	}

	/** Whether the campaign can still change: its scope, proposals and reviews. */
	boolean isOpen() {
		return this == DRAFT || this == ACTIVE || this == IN_REVIEW;
	}

	/** Whether departments work on it: they see their items and propose. */
	boolean isUnderWay() {
		return this == ACTIVE || this == IN_REVIEW;
	}

}
