package cn.guifan.registry.document;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Where a document's metadata comes from, for a registrar: each field with its source
 * (the document, the site's table, the file name, an inference, a registrar) and, when
 * inferred, how sure; the fields on which the site's table and the document disagree; and
 * what the site's table said.
 *
 * @param fields the fields that have a value
 * @param disagreements the document's value and the site's, per field
 * @param siteFields the site's table as printed
 */
public record MetadataOrigins(List<Field> fields, List<Disagreement> disagreements, List<SiteValue> siteFields) {

	/**
	 * One field's origin.
	 *
	 * @param name the field's JSON name (title, docNumber …)
	 * @param label its Chinese name
	 * @param source the source in Chinese (正文, 网页信息表, 文件名, 推断, 登记人员)
	 * @param inferred true when the value was inferred rather than read as printed
	 * @param confidence how sure an inferred value is, from 0 to 1
	 * @param note how it was found
	 */
	public record Field(String name, String label, String source, boolean inferred, @Nullable Double confidence,
			@Nullable String note) {
	}

	/**
	 * A field on which the site's table says something else than the document.
	 *
	 * @param label the field's Chinese name
	 * @param body what the document says (the value kept)
	 * @param site what the site's table says
	 */
	public record Disagreement(String label, String body, String site) {
	}

	/**
	 * A value of the site's table.
	 *
	 * @param label as printed
	 * @param value as printed
	 */
	public record SiteValue(String label, String value) {
	}

}
