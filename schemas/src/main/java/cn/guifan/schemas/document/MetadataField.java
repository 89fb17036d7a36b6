package cn.guifan.schemas.document;

import java.util.Arrays;
import java.util.Optional;

/**
 * The fields of {@link DocumentMetadata} that carry a provenance and that a site's table
 * can disagree on, by their JSON name and the Chinese name registrars know.
 */
public enum MetadataField {

	TITLE("title", "标题"),

	DOC_NUMBER("docNumber", "发文字号"),

	REGISTRATION_NUMBER("registrationNumber", "统一登记号"),

	ISSUERS("issuers", "发文机关"),

	ADDRESSEES("addressees", "主送机关"),

	SIGNED_DATE("signedDate", "成文日期"),

	PUBLISHED_DATE("publishedDate", "发布日期"),

	EFFECTIVE_DATE("effectiveDate", "施行日期"),

	VALIDITY("validity", "有效期"),

	EXPIRY_DATE("expiryDate", "有效期届满日期"),

	DISCLOSURE("disclosure", "公开属性"),

	KIND("kind", "效力级别"),

	INDEX_NUMBER("indexNumber", "索引号"),

	TOPIC("topic", "主题分类");

	private final String jsonName;

	private final String label;

	MetadataField(String jsonName, String label) {
		this.jsonName = jsonName;
		this.label = label;
	}

	/** The name of the field in the JSON record. */
	public String jsonName() {
		return this.jsonName;
	}

	/** The Chinese name shown to registrars. */
	public String label() {
		return this.label;
	}

	/** The field with this JSON name. */
	public static Optional<MetadataField> fromJsonName(String name) {
		return Arrays.stream(values()).filter((f) -> f.jsonName.equals(name)).findFirst();
	}

}
