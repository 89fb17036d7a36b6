package cn.guifan.registry.citation;

/** What a citation check says of one citation. */
public enum Verdict {

	/** In force on the date: may be cited. */
	OK("可以引用"),

	/**
	 * In force, but amended since the text the citation points to: cite the current
	 * version.
	 */
	AMENDED("已修改，请引用现行文本"),

	/** Repealed by the date. */
	REPEALED("已废止"),

	/** Expired or declared invalid by the date. */
	EXPIRED("已失效"),

	/** Not yet in force on the date. */
	NOT_YET_EFFECTIVE("尚未生效"),

	/** The registry does not hold the document. */
	NOT_IN_REGISTRY("登记库未收录"),

	/**
	 * The doc number and the title name different documents, or cannot belong together.
	 */
	NUMBER_TITLE_MISMATCH("发文字号与标题不符"),

	/** Several documents answer to the citation. */
	AMBIGUOUS("有多个同名文件");

	private final String label;

	Verdict(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
