package cn.guifan.search.index;

/** Field names of the documents index, for queries built in code. */
public final class DocumentFields {

	public static final String DOCUMENT_ID = "documentId";

	public static final String VERSION_ID = "versionId";

	public static final String VERSION_NO = "versionNo";

	public static final String LATEST = "latest";

	public static final String TITLE_RAW = "title.raw";

	public static final String TITLE_WORDS = "title.words";

	public static final String TITLE_CHARS = "title.chars";

	public static final String ALIASES_RAW = "aliases.raw";

	public static final String ALIASES_WORDS = "aliases.words";

	public static final String ALIASES_CHARS = "aliases.chars";

	public static final String DOC_NUMBER_NORMALIZED = "docNumber.normalized";

	public static final String ISSUERS = "issuers";

	public static final String KIND = "kind";

	public static final String DISCLOSURE = "disclosure";

	public static final String PUBLIC = "public";

	public static final String REGION = "region";

	public static final String TOPIC = "topic";

	public static final String YEAR = "year";

	public static final String SIGNED_DATE = "signedDate";

	public static final String SORT_DATE = "sortDate";

	public static final String IN_FORCE = "inForce";

	public static final String VERSION_VALID = "versionValid";

	public static final String STATUS = "status";

	public static final String END_REASON = "endReason";

	/** The first day some provisions of the document stopped applying (部分失效). */
	public static final String PARTIALLY_INVALID_FROM = "partiallyInvalidFrom";

	public static final String DISPLAY_TITLE = "displayTitle";

	public static final String DOC_NUMBER_PRINTED = "docNumber.printed";

	public static final String BODY_WORDS = "body.words";

	public static final String BODY_CHARS = "body.chars";

	private DocumentFields() {
	}

}
