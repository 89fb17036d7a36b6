package cn.guifan.registry.campaign;

/**
 * Why a document may need attention in a campaign. Flags order the work; they decide
 * nothing.
 */
enum FlagKind {

	/** Its validity period ends within six months. */
	EXPIRING("有效期将届满"),

	/** Its validity period has ended. */
	EXPIRED("有效期已届满"),

	/** 暂行/试行 and made more than two years ago. */
	TRIAL_OVERDUE("暂行试行逾2年"),

	/** No validity period and made more than five years ago. */
	OLD_WITHOUT_PERIOD("无有效期逾5年"),

	/** A document it is based on or cites was amended or repealed after it was made. */
	UPPER_LEVEL_CHANGED("上位文件已变化"),

	/** It cites documents no longer in force. */
	CITES_INVALID("引用已失效文件"),

	/** A later document has the same subject words in its title. */
	LATER_SAME_SUBJECT("有同主题新文件"),

	/** The campaign's keywords occur in its text. */
	KEYWORD("含清理关键词");

	private final String label;

	FlagKind(String label) {
		this.label = label;
	}

	String label() {
		return this.label;
	}

}
