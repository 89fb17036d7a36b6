package cn.guifan.search.query;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One document found.
 *
 * @param documentId the registry's id
 * @param versionNo the version that matched
 * @param title 标题
 * @param docNumber 发文字号 as printed
 * @param issuers 发文机关
 * @param kind kind code
 * @param kindLabel kind in Chinese
 * @param status the status code on the search's as-of date (a
 * {@link cn.guifan.schemas.lifecycle.DocumentStatus} name), computed when searching, so
 * it is right whatever day the entry was indexed
 * @param signedDate 成文日期
 * @param publishedDate 发布日期
 * @param effectiveDate 施行日期
 * @param inForceFrom first day in force, if known
 * @param inForceUntil last day in force, if it ends
 * @param endsAs how it ends after {@code inForceUntil} (REPEALED, EXPIRED, AMENDED),
 * known ahead: a repeal decided for a later day is 将于…废止, not an expiry
 * @param titleHighlight the title with the matched part in {@code <em>}, HTML-escaped
 * @param snippet a passage of the text showing why it matched, HTML-escaped with
 * {@code <em>}
 * @param score relevance score
 */
public record SearchHit(String documentId, int versionNo, String title, @Nullable String docNumber,
		List<String> issuers, String kind, String kindLabel, String status, @Nullable LocalDate signedDate,
		@Nullable LocalDate publishedDate, @Nullable LocalDate effectiveDate, @Nullable LocalDate inForceFrom,
		@Nullable LocalDate inForceUntil, @Nullable String endsAs, @Nullable String titleHighlight,
		@Nullable String snippet, double score) {

	public SearchHit {
		issuers = List.copyOf(issuers);
	}

}
