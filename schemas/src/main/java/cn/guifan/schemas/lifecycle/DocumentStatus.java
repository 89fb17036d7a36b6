package cn.guifan.schemas.lifecycle;

/**
 * 时效性: a document's (or a version's) status on a date. Computed from what happened to the
 * document and when, never typed in. Each status says how the national databases name it.
 */
public enum DocumentStatus {

	/** Before its effective date. */
	NOT_YET_EFFECTIVE("尚未生效", "尚未生效", "尚未生效"),

	/** In force. */
	IN_FORCE("现行有效", "有效", "现行有效"),

	/**
	 * A version replaced by a later amendment or revision; the document itself stays in
	 * force.
	 */
	AMENDED("已修改", "已修改", "已被修改"),

	/** In force, but some provisions are repealed or invalid. */
	PARTIALLY_INVALID("部分失效", "有效", "部分失效"),

	/** Repealed (废止) by a decision or by a later document. */
	REPEALED("已废止", "已废止", "失效"),

	/**
	 * No longer in force: its validity period ended, or it was declared invalid (宣布失效).
	 */
	EXPIRED("失效", "已废止", "失效");

	private final String label;

	private final String flkLabel;

	private final String pkulawLabel;

	DocumentStatus(String label, String flkLabel, String pkulawLabel) {
		this.label = label;
		this.flkLabel = flkLabel;
		this.pkulawLabel = pkulawLabel;
	}

	/** The status as Guifan shows it. */
	public String label() {
		return this.label;
	}

	/** The status in the vocabulary of flk.npc.gov.cn (国家法律法规数据库): 有效, 已修改, 已废止, 尚未生效. */
	public String flkLabel() {
		return this.flkLabel;
	}

	/** The status in the vocabulary of 北大法宝: 现行有效, 尚未生效, 已被修改, 部分失效, 失效. */
	public String pkulawLabel() {
		return this.pkulawLabel;
	}

	/** Whether a document in this status may be cited as valid law on that date. */
	public boolean isCitable() {
		return this == IN_FORCE || this == PARTIALLY_INVALID;
	}

}
