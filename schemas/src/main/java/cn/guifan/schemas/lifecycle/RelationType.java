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

	/** 解读: interprets it (政策解读). A relation only, never an event on the document. */
	INTERPRETS("解读"),

	/** 宣布失效: declares it no longer in force (a cleanup decision's 宣布失效目录). */
	DECLARES_INVALID("宣布失效"),

	/** 继续有效: lists it as continuing in force (a cleanup decision's 继续有效目录). */
	CONFIRMS("确认继续有效"),

	/** 予以修改: lists it for amendment (a cleanup decision's 修改目录). */
	MARKS_FOR_AMENDMENT("列入修改目录");

	private final String label;

	RelationType(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
