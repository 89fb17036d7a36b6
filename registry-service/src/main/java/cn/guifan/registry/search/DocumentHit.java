package cn.guifan.registry.search;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A search hit as the API returns it.
 *
 * @param id the document's registry id
 * @param versionNo the version that matched
 * @param title 标题
 * @param docNumber 发文字号
 * @param issuers 发文机关
 * @param kind kind code
 * @param kindLabel 效力级别
 * @param status status code on the search's date
 * @param statusLabel 时效性 on the search's date
 * @param signedDate 成文日期
 * @param publishedDate 发布日期
 * @param effectiveDate 施行日期
 * @param inForceFrom first day in force, if known
 * @param inForceUntil last day in force, if it ends
 * @param endsAs how it ends after {@code inForceUntil}: REPEALED, EXPIRED or AMENDED
 * @param validityNote its end in words: 有效期至 2027-11-14, 将于 2027-01-01 废止, 2022-03-01 起废止
 * @param titleHighlight title with matches in {@code <em>}, HTML-escaped
 * @param snippet passage showing why it matched, HTML-escaped with {@code <em>}
 * @param score relevance
 * @param url the document's page
 */
public record DocumentHit(String id, int versionNo, String title, @Nullable String docNumber, List<String> issuers,
		String kind, String kindLabel, String status, String statusLabel, @Nullable LocalDate signedDate,
		@Nullable LocalDate publishedDate, @Nullable LocalDate effectiveDate, @Nullable LocalDate inForceFrom,
		@Nullable LocalDate inForceUntil, @Nullable String endsAs, @Nullable String validityNote,
		@Nullable String titleHighlight, @Nullable String snippet, double score, String url) {
}
