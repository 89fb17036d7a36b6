package cn.guifan.schemas.document;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * Where one field's value comes from and, when it was inferred rather than read, how sure
 * the inference is.
 *
 * @param source where the value comes from
 * @param confidence between 0 and 1 for a value that was inferred
 * ({@link FieldSource#DERIVED}, {@link FieldSource#FILE_NAME}); null for a value read as
 * printed
 * @param note how it was found, in words a registrar can check (e.g. 落款只有日期，发文机关取自标题);
 * null when the source says enough
 */
public record FieldProvenance(FieldSource source, @Nullable Double confidence, @Nullable String note) {

	public FieldProvenance {
		Objects.requireNonNull(source, "source");
		if (confidence != null && (confidence < 0 || confidence > 1)) {
			throw new IllegalArgumentException("confidence must be between 0 and 1: " + confidence);
		}
	}

	/** Printed in the document. */
	public static FieldProvenance body() {
		return new FieldProvenance(FieldSource.BODY, null, null);
	}

	/** Printed in the document, found in a way worth telling. */
	public static FieldProvenance body(String note) {
		return new FieldProvenance(FieldSource.BODY, null, note);
	}

	/** Taken from the site's metadata table, under the given label. */
	public static FieldProvenance siteTable(String label) {
		return new FieldProvenance(FieldSource.SITE_TABLE, null, "网页信息表“" + label + "”");
	}

	/** Inferred, with how sure and how. */
	public static FieldProvenance derived(double confidence, String note) {
		return new FieldProvenance(FieldSource.DERIVED, confidence, note);
	}

	/** True when the value was inferred rather than read as printed. */
	public boolean inferred() {
		return this.confidence != null;
	}

}
