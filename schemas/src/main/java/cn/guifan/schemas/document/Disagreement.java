package cn.guifan.schemas.document;

import java.util.Objects;

/**
 * A field on which the document and the site that published it say different things (the
 * page's 成文日期 is not the date under the signature). The document's value is kept; the
 * disagreement is recorded for a registrar to see rather than silently resolved.
 *
 * @param field the field
 * @param body what the document says, as recorded
 * @param site what the site's table says, as printed
 */
public record Disagreement(MetadataField field, String body, String site) {

	public Disagreement {
		Objects.requireNonNull(field, "field");
		Objects.requireNonNull(body, "body");
		Objects.requireNonNull(site, "site");
	}

}
