package cn.guifan.schemas.document;

/**
 * Where the value of a metadata field comes from, so that a registrar can tell what a
 * document says from what a web page said about it and from what Guifan inferred.
 */
public enum FieldSource {

	/** Printed in the document itself: its head, signature, effect clauses, history. */
	BODY("正文"),

	/**
	 * The metadata table a web page prints above or beside the document (索引号, 发文字号, 成文日期
	 * …), or a law database's record header: what the site says, not the document.
	 */
	SITE_TABLE("网页信息表"),

	/** The name of the file, when the text gives no title. */
	FILE_NAME("文件名"),

	/**
	 * Inferred from other fields or from the shape of the text (an issuer taken from the
	 * title when the signature gives only a date, an effective date resolved from 自印发之日起,
	 * the kind): carries a confidence.
	 */
	DERIVED("推断"),

	/** Set or corrected by a registrar. */
	REGISTRAR("登记人员");

	private final String label;

	FieldSource(String label) {
		this.label = label;
	}

	/** The Chinese name shown to registrars. */
	public String label() {
		return this.label;
	}

}
