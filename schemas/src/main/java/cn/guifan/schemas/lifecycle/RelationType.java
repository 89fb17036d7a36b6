package cn.guifan.schemas.lifecycle;

/** How one document refers to another. */
public enum RelationType {

	/** 引用: cites it. */
	CITES("引用"),

	/** 依据: is made on the basis of it (根据《…》制定). */
	BASED_ON("依据"),

	/** 修改: amends it. */
	AMENDS("修改"),

	/** 废止: repeals it. */
	REPEALS("废止"),

	/** 替代: replaces it (a new document on the same matter). */
	REPLACES("替代"),

	/** 解读: interprets it (政策解读). */
	INTERPRETS("解读");

	private final String label;

	RelationType(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
