package cn.guifan.search.index;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.guifan.schemas.index.IndexDefinition;
import cn.guifan.search.analysis.ChineseAnalyzer;
import org.jspecify.annotations.Nullable;

/**
 * Turns an {@link IndexEntry} into the JSON source of the index document: segments title
 * and body with HanLP for the {@code *.words} fields and normalizes them for the
 * {@code *.chars} fields, as {@link IndexDefinition} describes. This is where the CPU of
 * indexing goes, so callers may run it on several threads; the builder is thread-safe.
 */
public final class IndexSourceBuilder {

	/**
	 * Visibility context of the title suggester: only public entries are suggested to
	 * anonymous users.
	 */
	public static final String VISIBILITY_PUBLIC = "public";

	public static final String VISIBILITY_RESTRICTED = "restricted";

	private static final String NATIONAL_PREFIX = "中华人民共和国";

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
		title.put("raw", this.analyzer.normalize(entry.title()));
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
		source.put("body", text(entry.body()));
		source.put("suggest", suggest(entry));
		source.put("sourceSha256", entry.sourceSha256());
		source.put("indexedAt", java.time.Instant.now().toString());
		return source;
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
		field.put("raw", names.stream().map(this.analyzer::normalize).toList());
		field.put("words", names.stream().map(this.analyzer::wordsJoined).toList());
		field.put("chars", names.stream().map(this.analyzer::normalize).toList());
		return field;
	}

	/**
	 * The title without 中华人民共和国, and the names the registry gave, for short-name search.
	 */
	static List<String> aliasNames(IndexEntry entry) {
		Set<String> names = new LinkedHashSet<>(entry.aliases());
		String title = entry.title();
		if (title.startsWith(NATIONAL_PREFIX) && title.length() > NATIONAL_PREFIX.length()) {
			names.add(title.substring(NATIONAL_PREFIX.length()));
		}
		names.remove(title);
		return new ArrayList<>(names);
	}

	private static @Nullable Map<String, Object> range(@Nullable LocalDate from, @Nullable LocalDate until) {
		if (from == null && until == null) {
			return null;
		}
		Map<String, Object> range = new LinkedHashMap<>();
		if (from != null) {
			range.put("gte", date(from));
		}
		if (until != null) {
			range.put("lt", date(until));
		}
		return range;
	}

	private Map<String, Object> suggest(IndexEntry entry) {
		Set<String> inputs = new LinkedHashSet<>();
		inputs.add(this.analyzer.normalize(entry.title()));
		for (String alias : aliasNames(entry)) {
			inputs.add(this.analyzer.normalize(alias));
		}
		Map<String, Object> suggest = new LinkedHashMap<>();
		suggest.put("input", new ArrayList<>(inputs));
		suggest.put("contexts",
				Map.of("visibility", entry.publiclyVisible() ? VISIBILITY_PUBLIC : VISIBILITY_RESTRICTED));
		return suggest;
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
