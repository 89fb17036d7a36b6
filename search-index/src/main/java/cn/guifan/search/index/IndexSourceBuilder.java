package cn.guifan.search.index;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.guifan.search.index.IndexDefinition;
import cn.guifan.search.analysis.ChineseAnalyzer;
import cn.guifan.search.analysis.TitleNames;
import org.jspecify.annotations.Nullable;

/**
 * Turns an {@link IndexEntry} into the JSON source of the index document: segments title
 * and body with HanLP for the {@code *.words} fields and normalizes them for the
 * {@code *.chars} fields, as {@link IndexDefinition} describes. This is where the CPU of
 * indexing goes, so callers may run it on several threads; the builder is thread-safe.
 */
public final class IndexSourceBuilder {

	/** The most characters of a body that are indexed (searchable). */
	public static final int MAX_INDEXED_BODY_CHARS = 2_000_000;

	private final ChineseAnalyzer analyzer;

	public IndexSourceBuilder(ChineseAnalyzer analyzer) {
		this.analyzer = analyzer;
	}

	public Map<String, Object> build(IndexEntry entry) {
		Map<String, Object> source = new LinkedHashMap<>();
		source.put("documentId", entry.documentId());
		source.put("versionId", entry.entryId());
		source.put("versionNo", entry.versionNo());
		source.put("latest", entry.latest());
		Map<String, Object> title = text(entry.title());
		title.put("raw", this.analyzer.key(entry.title()));
		source.put("title", title);
		source.put("displayTitle", entry.title());
		source.put("aliases", aliases(entry));
		Map<String, Object> docNumber = new LinkedHashMap<>();
		docNumber.put("printed", entry.docNumberPrinted());
		docNumber.put("normalized", entry.docNumberNormalized());
		source.put("docNumber", docNumber);
		source.put("issuers", entry.issuers());
		source.put("kind", entry.kind().name());
		source.put("kindLabel", entry.kind().label());
		source.put("disclosure", entry.disclosure());
		source.put("public", entry.publiclyVisible());
		source.put("region", entry.region());
		source.put("topic", entry.topic());
		LocalDate yearDate = firstNonNull(entry.signedDate(), entry.publishedDate(), entry.effectiveDate());
		source.put("year", (yearDate != null) ? yearDate.getYear() : null);
		source.put("signedDate", date(entry.signedDate()));
		source.put("publishedDate", date(entry.publishedDate()));
		source.put("effectiveDate", date(entry.effectiveDate()));
		source.put("expiryDate", date(entry.expiryDate()));
		source.put("sortDate", date(yearDate));
		source.put("inForce", range(entry.inForceFrom(), entry.inForceUntil()));
		source.put("status", entry.status());
		source.put("endReason", entry.endReason());
		source.put("partiallyInvalidFrom", date(entry.partiallyInvalidFrom()));
		source.put("body", text(indexedBody(entry.body())));
		source.put("sourceSha256", entry.sourceSha256());
		source.put("indexedAt", java.time.Instant.now().toString());
		return source;
	}

	/**
	 * The part of a body the index holds: at most {@link #MAX_INDEXED_BODY_CHARS}, never
	 * ending in half a surrogate pair (a body read cut to that length may). The registry
	 * keeps the whole text; a longer body would make one bulk request larger than
	 * Elasticsearch takes (100 MB by default, which fails every entry of the request) and
	 * its words more than the indexer's heap holds.
	 */
	public static String indexedBody(String body) {
		int end = Math.min(body.length(), MAX_INDEXED_BODY_CHARS);
		if (end > 0 && Character.isHighSurrogate(body.charAt(end - 1))) {
			// Cut here or by the database between the halves of a pair.
			end--;
		}
		return (end == body.length()) ? body : body.substring(0, end);
	}

	private Map<String, Object> text(String value) {
		Map<String, Object> field = new LinkedHashMap<>();
		field.put("words", this.analyzer.wordsJoined(value));
		field.put("chars", this.analyzer.normalize(value));
		return field;
	}

	private Map<String, Object> aliases(IndexEntry entry) {
		List<String> names = aliasNames(entry);
		Map<String, Object> field = new LinkedHashMap<>();
		field.put("raw", names.stream().map(this.analyzer::key).distinct().toList());
		field.put("words", names.stream().map(this.analyzer::wordsJoined).toList());
		field.put("chars", names.stream().map(this.analyzer::normalize).toList());
		return field;
	}

	/**
	 * The names the registry gave the document and those its title implies (会计法 for
	 * 中华人民共和国会计法, the instrument a 印发 notice publishes), for short-name search.
	 */
	static List<String> aliasNames(IndexEntry entry) {
		Set<String> names = new LinkedHashSet<>(entry.aliases());
		names.addAll(TitleNames.of(entry.title()));
		names.remove(entry.title());
		return new ArrayList<>(names);
	}

	/**
	 * The days in force as a date range, open at either end when the registry does not
	 * know the date: a document with no known dates counts as in force, as the registry
	 * says, rather than disappearing from the default search.
	 * <p>
	 * A version that ends on or before the day it begins (the parts of 民法典, registered as
	 * versions of one law that all take effect on 2021-01-01) was never in force on any
	 * day. Elasticsearch rejects such a range, which failed the entry and a whole
	 * reindex; it gets no range at all, which no "in force on D" query matches, and
	 * {@code StatusQueries} counts a newest version without one as ended.
	 */
	static @Nullable Map<String, Object> range(@Nullable LocalDate from, @Nullable LocalDate until) {
		if (from != null && until != null && !until.isAfter(from)) {
			return null;
		}
		Map<String, Object> range = new LinkedHashMap<>();
		range.put("gte", date(from));
		range.put("lt", date(until));
		return range;
	}

	private static @Nullable String date(@Nullable LocalDate date) {
		return (date != null) ? DateTimeFormatter.ISO_LOCAL_DATE.format(date) : null;
	}

	@SafeVarargs
	private static <T> @Nullable T firstNonNull(@Nullable T... values) {
		for (T value : values) {
			if (value != null) {
				return value;
			}
		}
		return null;
	}

}
