package cn.guifan.registry.campaign;

/** Where one document of a campaign stands. */
enum ItemState {

	/** 待提出意见: the responsible organ has not proposed a decision yet. */
	PENDING("待提出意见"),

	/** 待审核: proposed, waiting for the bureau's review. */
	PROPOSED("待审核"),

	/** 已退回: the bureau returned the proposal with a comment; to be proposed again. */
	RETURNED("已退回"),

	/** 已通过: the bureau approved the proposal; it is what will be published. */
	APPROVED("已通过"),

	/** 已移出: taken out of scope, with the reason. */
	REMOVED("已移出");

	private final String label;

	ItemState(String label) {
		this.label = label;
	}

	String label() {
		return this.label;
	}

	/** Whether the responsible organ may (still) propose a decision. */
	boolean awaitsProposal() {
		return this == PENDING || this == RETURNED || this == PROPOSED;
	}

	/** Whether the organ still owes a proposal: overdue once the deadline has passed. */
	boolean owesProposal() {
		return this == PENDING || this == RETURNED;
	}

}
