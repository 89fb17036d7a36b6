package cn.guifan.search.query;

import java.time.LocalDate;
import java.util.List;

import cn.guifan.search.index.DocumentFields;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/**
 * The part of an index entry's source a hit is read from, typed (the fields of
 * {@code documents-index.json}).
 *
 * @param documentId the registry's id
 * @param versionNo the version
 * @param latest whether it is the document's newest version
 * @param displayTitle the title as printed
 * @param docNumber the doc number
 * @param issuers 发文机关
 * @param kind kind code
 * @param kindLabel kind in Chinese
 * @param endReason why it stopped being in force
 * @param inForce its days in force
 * @param partiallyInvalidFrom the first day some provisions stopped applying
 * @param signedDate 成文日期
 * @param publishedDate 发布日期
 * @param effectiveDate 施行日期
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record IndexedEntry(@Nullable String documentId, @Nullable Integer versionNo, @Nullable Boolean latest,
		@Nullable String displayTitle, @Nullable DocNumberField docNumber, @Nullable List<String> issuers,
		@Nullable String kind, @Nullable String kindLabel, @Nullable String endReason, @Nullable Range inForce,
		@Nullable LocalDate partiallyInvalidFrom, @Nullable LocalDate signedDate, @Nullable LocalDate publishedDate,
		@Nullable LocalDate effectiveDate) {

	/** The source fields a hit needs; the texts stay in the index. */
	static final List<String> FIELDS = List.of(DocumentFields.DOCUMENT_ID, DocumentFields.VERSION_NO,
			DocumentFields.LATEST, DocumentFields.DISPLAY_TITLE, DocumentFields.DOC_NUMBER_PRINTED,
			DocumentFields.DOC_NUMBER_NORMALIZED, DocumentFields.ISSUERS, DocumentFields.KIND, "kindLabel",
			DocumentFields.END_REASON, DocumentFields.IN_FORCE, DocumentFields.PARTIALLY_INVALID_FROM,
			DocumentFields.SIGNED_DATE, "publishedDate", "effectiveDate");

	/**
	 * A doc number as indexed.
	 *
	 * @param printed as printed
	 * @param normalized normalized
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record DocNumberField(@Nullable String printed, @Nullable String normalized) {
	}

	/**
	 * A date range as indexed: from {@code gte} (inclusive) to {@code lt} (exclusive).
	 *
	 * @param gte first day, null when open
	 * @param lt first day after, null when open
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record Range(@Nullable LocalDate gte, @Nullable LocalDate lt) {
	}

	@Nullable String docNumberNormalized() {
		return (this.docNumber != null) ? this.docNumber.normalized() : null;
	}

	@Nullable String docNumberPrinted() {
		return (this.docNumber != null) ? this.docNumber.printed() : null;
	}

}
