package cn.guifan.search.query;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.guifan.schemas.document.DocumentKind;
import cn.guifan.search.index.DocumentFields;
import cn.guifan.schemas.lifecycle.DocumentStatus;
import cn.guifan.search.analysis.ChineseAnalyzer;
import cn.guifan.search.index.IndexUnavailableException;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.LongTermsBucket;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.JsonpUtils;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Full-text search over the documents index: query understanding, filters on the fields
 * every entry carries (public, in force on a date, status, kind, issuer, year, region),
 * facets with counts, highlighted snippets, title suggestions and help when nothing is
 * found.
 * <p>
 * One search is one request to Elasticsearch (two more only when nothing is found).
 * {@link #plan(SearchRequest)} gives that request exactly as it is sent; it is also
 * logged at debug level.
 */
public final class DocumentSearch {

	private static final Logger logger = LoggerFactory.getLogger(DocumentSearch.class);

	/** Source fields a hit needs; the texts stay in the index. */
	private static final List<String> HIT_FIELDS = List.of(DocumentFields.DOCUMENT_ID, DocumentFields.VERSION_NO,
			DocumentFields.LATEST, DocumentFields.DISPLAY_TITLE, "docNumber.printed", "docNumber.normalized",
			DocumentFields.ISSUERS, DocumentFields.KIND, "kindLabel", DocumentFields.STATUS, DocumentFields.END_REASON,
			DocumentFields.IN_FORCE, DocumentFields.SIGNED_DATE, "publishedDate", "effectiveDate");

	private static final int HIGHLIGHTED_WORDS = 6;

	private static final int ISSUER_FACET_SIZE = 15;

	private static final int YEAR_FACET_SIZE = 30;

	private static final int KIND_FACET_SIZE = 10;

	private static final int REGION_FACET_SIZE = 15;

	private final ElasticsearchClient client;

	private final String alias;

	private final QueryUnderstanding understanding;

	private final ChineseAnalyzer analyzer;

	public DocumentSearch(ElasticsearchClient client, String alias, ChineseAnalyzer analyzer) {
		this.client = client;
		this.alias = alias;
		this.analyzer = analyzer;
		this.understanding = new QueryUnderstanding(analyzer);
	}

	/** How a query is read, without searching. */
	public UnderstoodQuery understand(String typed) {
		return this.understanding.understand(typed);
	}

	public SearchResult search(SearchRequest request) {
		UnderstoodQuery understood = this.understanding.understand(request.query());
		co.elastic.clients.elasticsearch.core.SearchRequest esRequest = searchRequest(request, understood);
		if (logger.isDebugEnabled()) {
			logger.debug("Search {}: {}", request.query(),
					JsonpUtils.toJsonString(esRequest, this.client._jsonpMapper()));
		}
		SearchResponse<Map> response = call(() -> this.client.search(esRequest, Map.class));
		List<SearchHit> hits = new ArrayList<>();
		boolean docNumberFound = false;
		for (Hit<Map> hit : response.hits().hits()) {
			@SuppressWarnings("unchecked")
			Map<String, Object> source = (hit.source() != null) ? hit.source() : Map.of();
			hits.add(toHit(hit, source, request.asOf()));
			docNumberFound |= understood.docNumber() != null
					&& understood.docNumber().equals(nested(source, "docNumber", "normalized"));
		}
		long total = (response.hits().total() != null) ? response.hits().total().value() : hits.size();
		Facets facets = request.facets() ? facets(request, response.aggregations(), total) : Facets.NONE;
		NoResultsHelp help = null;
		if (total == 0 || (understood.docNumber() != null && !docNumberFound && request.page() == 1)) {
			help = help(request, understood, total);
		}
		return new SearchResult(total, hits, response.took(), facets, understood, help);
	}

	/** The request {@link #search} sends for this search, exactly. */
	public SearchPlan plan(SearchRequest request) {
		co.elastic.clients.elasticsearch.core.SearchRequest esRequest = searchRequest(request,
				this.understanding.understand(request.query()));
		var endpoint = co.elastic.clients.elasticsearch.core.SearchRequest._ENDPOINT;
		return new SearchPlan(endpoint.method(esRequest), endpoint.requestUrl(esRequest),
				endpoint.queryParameters(esRequest), JsonpUtils.toJsonString(esRequest, this.client._jsonpMapper()));
	}

	/**
	 * Titles that begin with, or contain, what has been typed so far, among the documents
	 * the same search would show: public and in force on the date.
	 * <p>
	 * A prefix query on the title and short-name keys and a phrase query on the title
	 * characters, not a completion suggester: a completion field can only be filtered by
	 * categories fixed at index time, while "in force" depends on the day asked about, so
	 * its suggestions would be wrong as soon as a document expires, and wrong for any
	 * as-of date. With the search's own filters, a suggestion is never something the
	 * search would hide.
	 */
	public List<Suggestion> suggest(String typed, LocalDate asOf, int size, boolean includeRestricted) {
		String key = this.analyzer.key(typed);
		if (key.isEmpty()) {
			return List.of();
		}
		String text = this.analyzer.normalize(typed).strip();
		BoolQuery.Builder bool = new BoolQuery.Builder();
		if (!includeRestricted) {
			bool.filter(publicOnly());
		}
		bool.filter(StatusOnDate.inForce(asOf));
		bool.should(RelevanceQuery
			.constant(Query.of((q) -> q.prefix((p) -> p.field(DocumentFields.TITLE_RAW).value(key))), 20f));
		bool.should(RelevanceQuery
			.constant(Query.of((q) -> q.prefix((p) -> p.field(DocumentFields.ALIASES_RAW).value(key))), 15f));
		bool.should(RelevanceQuery.phrase(DocumentFields.TITLE_CHARS, text, 0, 1f));
		String numberPrefix = docNumberPrefix(text);
		if (numberPrefix != null) {
			bool.should(RelevanceQuery.constant(
					Query.of((q) -> q.prefix((p) -> p.field(DocumentFields.DOC_NUMBER_NORMALIZED).value(numberPrefix))),
					30f));
		}
		bool.minimumShouldMatch("1");
		SearchResponse<Map> response = call(() -> this.client.search((s) -> s.index(this.alias)
			.query(bool.build()._toQuery())
			.size(size)
			.collapse((c) -> c.field(DocumentFields.TITLE_RAW))
			.sort(byScore(), byDate(co.elastic.clients.elasticsearch._types.SortOrder.Desc))
			.source((src) -> src.filter(
					(f) -> f.includes(DocumentFields.DOCUMENT_ID, DocumentFields.DISPLAY_TITLE, "docNumber.printed"))),
				Map.class));
		List<Suggestion> suggestions = new ArrayList<>();
		for (Hit<Map> hit : response.hits().hits()) {
			@SuppressWarnings("unchecked")
			Map<String, Object> source = (hit.source() != null) ? hit.source() : Map.of();
			suggestions.add(new Suggestion(String.valueOf(source.get(DocumentFields.DOCUMENT_ID)),
					String.valueOf(source.getOrDefault(DocumentFields.DISPLAY_TITLE, "")),
					nested(source, "docNumber", "printed")));
		}
		return suggestions;
	}

	co.elastic.clients.elasticsearch.core.SearchRequest searchRequest(SearchRequest request, UnderstoodQuery u) {
		LocalDate date = request.asOf();
		Filters filters = filters(request);
		RelevanceQuery.Scoring scoring = RelevanceQuery.build(u);
		BoolQuery.Builder main = new BoolQuery.Builder().must(scoring.query());
		if (!request.includeRestricted()) {
			main.filter(publicOnly());
		}
		main.filter(filters.statusBase());
		List<Query> post = new ArrayList<>();
		if (filters.statusSelection() != null) {
			post.add(filters.statusSelection());
		}
		post.addAll(filters.facet().values());
		Query highlightQuery = highlightQuery(u);
		return co.elastic.clients.elasticsearch.core.SearchRequest.of((s) -> {
			s.index(this.alias)
				.query(main.build()._toQuery())
				.from(request.from())
				.size(request.size())
				.trackTotalHits((t) -> t.enabled(true))
				.source((src) -> src.filter((f) -> f.includes(HIT_FIELDS)))
				.sort(sort(request.sort(), scoring.rescore() != null))
				.highlight((h) -> h.encoder(HighlighterEncoder.Html)
					.preTags("<em>")
					.postTags("</em>")
					.highlightQuery(highlightQuery)
					.fields(DocumentFields.BODY_CHARS, (f) -> f.fragmentSize(120).numberOfFragments(1).noMatchSize(120))
					.fields(DocumentFields.TITLE_CHARS, (f) -> f.numberOfFragments(0)));
			if (!post.isEmpty()) {
				s.postFilter(all(post));
			}
			if (scoring.rescore() != null && request.sort() == SortOrder.RELEVANCE) {
				int window = Math.max(RelevanceQuery.RESCORE_WINDOW, request.from() + request.size());
				s.rescore((r) -> r.windowSize(window)
					.query((q) -> q.query(scoring.rescore()).queryWeight(1.0).rescoreQueryWeight(1.0)));
			}
			if (request.facets()) {
				s.aggregations(aggregations(request, filters, date));
			}
			return s;
		});
	}

	/**
	 * The status filters of a search. In the default search only entries in force on the
	 * date are searched at all. Otherwise every entry that represents its document on the
	 * date is searched, and the chosen statuses are a post filter, so that the status
	 * facet can count the others.
	 */
	private Filters filters(SearchRequest request) {
		LocalDate date = request.asOf();
		Query base;
		Query selection = null;
		if (request.inForceOnly()) {
			base = StatusOnDate.inForce(date);
		}
		else {
			base = StatusOnDate.anyOf(StatusFilter.all(), date);
			if (!request.statuses().equals(StatusFilter.all())) {
				selection = StatusOnDate.anyOf(request.statuses(), date);
			}
		}
		Map<String, Query> facet = new LinkedHashMap<>();
		if (!request.kinds().isEmpty()) {
			facet.put("kind", terms(DocumentFields.KIND, request.kinds()));
		}
		if (!request.issuers().isEmpty()) {
			facet.put("issuer", terms(DocumentFields.ISSUERS, request.issuers()));
		}
		if (!request.years().isEmpty()) {
			facet.put("year", Query.of((q) -> q.terms((t) -> t.field(DocumentFields.YEAR)
				.terms((v) -> v.value(request.years().stream().map((y) -> FieldValue.of(y.longValue())).toList())))));
		}
		if (!request.regions().isEmpty()) {
			facet.put("region", terms(DocumentFields.REGION, request.regions()));
		}
		return new Filters(base, selection, facet);
	}

	private Map<String, Aggregation> aggregations(SearchRequest request, Filters filters, LocalDate date) {
		Map<String, Aggregation> aggs = new LinkedHashMap<>();
		aggs.put("kind", facetAggregation(filters, "kind",
				Aggregation.of((a) -> a.terms((t) -> t.field(DocumentFields.KIND).size(KIND_FACET_SIZE)))));
		aggs.put("issuer", facetAggregation(filters, "issuer",
				Aggregation.of((a) -> a.terms((t) -> t.field(DocumentFields.ISSUERS).size(ISSUER_FACET_SIZE)))));
		aggs.put("year",
				facetAggregation(filters, "year",
						Aggregation.of((a) -> a.terms((t) -> t.field(DocumentFields.YEAR)
							.size(YEAR_FACET_SIZE)
							.order(co.elastic.clients.util.NamedValue.of("_key",
									co.elastic.clients.elasticsearch._types.SortOrder.Desc))))));
		aggs.put("region", facetAggregation(filters, "region",
				Aggregation.of((a) -> a.terms((t) -> t.field(DocumentFields.REGION).size(REGION_FACET_SIZE)))));
		if (!request.inForceOnly()) {
			Map<String, Aggregation> perStatus = new LinkedHashMap<>();
			for (StatusFilter status : StatusFilter.values()) {
				perStatus.put(status.code(), Aggregation.of((a) -> a.filter(StatusOnDate.of(status, date))));
			}
			aggs.put("status", Aggregation
				.of((a) -> a.filter(all(new ArrayList<>(filters.facet().values()))).aggregations(perStatus)));
		}
		return aggs;
	}

	/** A facet counts under every filter but its own. */
	private static Aggregation facetAggregation(Filters filters, String name, Aggregation terms) {
		List<Query> others = new ArrayList<>();
		if (filters.statusSelection() != null) {
			others.add(filters.statusSelection());
		}
		filters.facet().forEach((facet, query) -> {
			if (!facet.equals(name)) {
				others.add(query);
			}
		});
		return Aggregation.of((a) -> a.filter(all(others)).aggregations("values", terms));
	}

	private Facets facets(SearchRequest request, Map<String, Aggregate> aggs, long total) {
		List<FacetBucket> status = new ArrayList<>();
		if (request.inForceOnly()) {
			status.add(new FacetBucket(StatusFilter.IN_FORCE.code(), StatusFilter.IN_FORCE.label(), total, true));
		}
		else if (aggs.containsKey("status")) {
			Map<String, Aggregate> perStatus = aggs.get("status").filter().aggregations();
			for (StatusFilter filter : StatusFilter.values()) {
				Aggregate a = perStatus.get(filter.code());
				long count = (a != null) ? a.filter().docCount() : 0;
				status.add(new FacetBucket(filter.code(), filter.label(), count,
						request.statuses().contains(filter) && !request.statuses().equals(StatusFilter.all())));
			}
		}
		List<FacetBucket> kind = new ArrayList<>();
		for (StringTermsBucket b : stringBuckets(aggs, "kind")) {
			String code = b.key().stringValue();
			kind.add(new FacetBucket(code, kindLabel(code), b.docCount(), request.kinds().contains(code)));
		}
		List<FacetBucket> issuer = new ArrayList<>();
		for (StringTermsBucket b : stringBuckets(aggs, "issuer")) {
			String name = b.key().stringValue();
			issuer.add(new FacetBucket(name, name, b.docCount(), request.issuers().contains(name)));
		}
		List<FacetBucket> year = new ArrayList<>();
		Aggregate yearAgg = values(aggs, "year");
		if (yearAgg != null && yearAgg.isLterms()) {
			for (LongTermsBucket b : yearAgg.lterms().buckets().array()) {
				year.add(new FacetBucket(Long.toString(b.key()), b.key() + "年", b.docCount(),
						request.years().contains((int) b.key())));
			}
		}
		List<FacetBucket> region = new ArrayList<>();
		for (StringTermsBucket b : stringBuckets(aggs, "region")) {
			String name = b.key().stringValue();
			region.add(new FacetBucket(name, name, b.docCount(), request.regions().contains(name)));
		}
		return new Facets(status, kind, issuer, year, region);
	}

	private static @Nullable Aggregate values(Map<String, Aggregate> aggs, String name) {
		Aggregate wrapper = aggs.get(name);
		if (wrapper == null || !wrapper.isFilter()) {
			return null;
		}
		return wrapper.filter().aggregations().get("values");
	}

	private static List<StringTermsBucket> stringBuckets(Map<String, Aggregate> aggs, String name) {
		Aggregate values = values(aggs, name);
		if (values == null || !values.isSterms()) {
			return List.of();
		}
		return values.sterms().buckets().array();
	}

	/**
	 * When nothing (or not the typed number) was found: numbers or titles close to the
	 * query that the same search would find, and how many hits dropping the status or the
	 * other filters would give.
	 */
	private NoResultsHelp help(SearchRequest request, UnderstoodQuery u, long total) {
		Filters filters = filters(request);
		List<String> didYouMean = didYouMean(request, u, filters);
		Long withAllStatuses = null;
		Long withoutFilters = null;
		if (!request.statuses().equals(StatusFilter.all()) || request.hasFacetFilters()) {
			BoolQuery.Builder base = new BoolQuery.Builder().must(RelevanceQuery.build(u).query())
				.filter(StatusOnDate.anyOf(StatusFilter.all(), request.asOf()));
			if (!request.includeRestricted()) {
				base.filter(publicOnly());
			}
			Query selection = (filters.statusSelection() != null) ? filters.statusSelection()
					: request.inForceOnly() ? filters.statusBase() : null;
			Map<String, Aggregation> aggs = new LinkedHashMap<>();
			aggs.put("allStatuses", Aggregation.of((a) -> a.filter(all(new ArrayList<>(filters.facet().values())))));
			aggs.put("withoutFilters",
					Aggregation.of((a) -> a.filter(all((selection != null) ? List.of(selection) : List.of()))));
			SearchResponse<Void> counts = call(() -> this.client.search((s) -> s.index(this.alias)
				.query(base.build()._toQuery())
				.size(0)
				.trackTotalHits((t) -> t.enabled(true))
				.aggregations(aggs), Void.class));
			if (!request.statuses().equals(StatusFilter.all())) {
				withAllStatuses = counts.aggregations().get("allStatuses").filter().docCount();
			}
			if (request.hasFacetFilters()) {
				withoutFilters = counts.aggregations().get("withoutFilters").filter().docCount();
			}
		}
		return new NoResultsHelp(didYouMean, withAllStatuses, withoutFilters);
	}

	private List<String> didYouMean(SearchRequest request, UnderstoodQuery u, Filters filters) {
		BoolQuery.Builder bool = new BoolQuery.Builder().filter(filters.statusBase());
		if (!request.includeRestricted()) {
			bool.filter(publicOnly());
		}
		if (filters.statusSelection() != null) {
			bool.filter(filters.statusSelection());
		}
		filters.facet().values().forEach(bool::filter);
		boolean byNumber = u.docNumber() != null;
		if (byNumber) {
			bool.must((m) -> m.fuzzy((f) -> f.field(DocumentFields.DOC_NUMBER_NORMALIZED)
				.value(FieldValue.of(u.docNumber()))
				.fuzziness("2")
				.transpositions(true)));
		}
		else if (u.hasText()) {
			bool.must((m) -> m
				.match((f) -> f.field(DocumentFields.TITLE_CHARS).query(u.text()).minimumShouldMatch("60%")));
		}
		else {
			return List.of();
		}
		SearchResponse<Map> response = call(
				() -> this.client.search(
						(s) -> s.index(this.alias)
							.query(bool.build()._toQuery())
							.size(5)
							.source((src) -> src
								.filter((f) -> f.includes(DocumentFields.DISPLAY_TITLE, "docNumber.normalized"))),
						Map.class));
		Set<String> found = new LinkedHashSet<>();
		for (Hit<Map> hit : response.hits().hits()) {
			@SuppressWarnings("unchecked")
			Map<String, Object> source = (hit.source() != null) ? hit.source() : Map.of();
			String value = byNumber ? nested(source, "docNumber", "normalized")
					: (String) source.get(DocumentFields.DISPLAY_TITLE);
			if (value != null && !value.equals(u.docNumber())) {
				found.add(value);
			}
		}
		return found.stream().limit(3).toList();
	}

	private Query highlightQuery(UnderstoodQuery u) {
		BoolQuery.Builder bool = new BoolQuery.Builder();
		List<String> phrases = new ArrayList<>(u.phrases());
		if (u.hasText()) {
			phrases.add(u.text());
			// A lone character marks noise all over a text (the whole query still marks
			// it); and each phrase costs the highlighter on every hit, so the longest
			// words only.
			u.words()
				.stream()
				.filter((w) -> w.length() >= 2)
				.distinct()
				.sorted(java.util.Comparator.comparingInt(String::length).reversed())
				.limit(HIGHLIGHTED_WORDS)
				.forEach(phrases::add);
		}
		if (u.docNumber() != null) {
			phrases.add(u.docNumber());
		}
		for (String phrase : phrases) {
			bool.should(RelevanceQuery.phrase(DocumentFields.BODY_CHARS, phrase, 0, 1f));
			bool.should(RelevanceQuery.phrase(DocumentFields.TITLE_CHARS, phrase, 0, 1f));
		}
		return bool.build()._toQuery();
	}

	/**
	 * The order of hits. By relevance, newer first among equal scores, except when a
	 * rescore re-ranks the top hits: Elasticsearch allows no other sort with it.
	 */
	private static List<SortOptions> sort(SortOrder order, boolean rescored) {
		return switch (order) {
			case RELEVANCE -> rescored ? List.of(byScore())
					: List.of(byScore(), byDate(co.elastic.clients.elasticsearch._types.SortOrder.Desc));
			case DATE_DESC -> List.of(byDate(co.elastic.clients.elasticsearch._types.SortOrder.Desc), byScore());
			case DATE_ASC -> List.of(byDate(co.elastic.clients.elasticsearch._types.SortOrder.Asc), byScore());
		};
	}

	private static SortOptions byScore() {
		return SortOptions.of((s) -> s.score((sc) -> sc.order(co.elastic.clients.elasticsearch._types.SortOrder.Desc)));
	}

	private static SortOptions byDate(co.elastic.clients.elasticsearch._types.SortOrder order) {
		return SortOptions.of((s) -> s.field((f) -> f.field(DocumentFields.SORT_DATE).order(order).missing("_last")));
	}

	private static Query publicOnly() {
		return Query.of((q) -> q.term((t) -> t.field(DocumentFields.PUBLIC).value(true)));
	}

	private static Query terms(String field, Set<String> values) {
		return Query.of((q) -> q
			.terms((t) -> t.field(field).terms((v) -> v.value(values.stream().map(FieldValue::of).toList()))));
	}

	private static Query all(List<Query> queries) {
		if (queries.isEmpty()) {
			return Query.of((q) -> q.matchAll((m) -> m));
		}
		if (queries.size() == 1) {
			return queries.get(0);
		}
		return Query.of((q) -> q.bool((b) -> b.filter(queries)));
	}

	private static @Nullable String docNumberPrefix(String text) {
		String compact = text.replaceAll("\\s+", "");
		if (compact.isEmpty() || !Character.isLetter(compact.charAt(0))) {
			return null;
		}
		String normalized = compact.replaceAll("[\\[(（【［{]", "〔").replaceAll("[\\])）】］}]", "〕");
		return normalized.matches(".*\\d.*") || normalized.contains("〔") ? normalized : null;
	}

	@SuppressWarnings("unchecked")
	private static SearchHit toHit(Hit<Map> hit, Map<String, Object> source, LocalDate asOf) {
		List<String> titleHighlights = hit.highlight().getOrDefault(DocumentFields.TITLE_CHARS, List.of());
		List<String> bodyHighlights = hit.highlight().getOrDefault(DocumentFields.BODY_CHARS, List.of());
		Map<String, Object> inForce = (source.get(DocumentFields.IN_FORCE) instanceof Map<?, ?> m)
				? (Map<String, Object>) m : Map.of();
		LocalDate from = date(inForce.get("gte"));
		LocalDate until = date(inForce.get("lt"));
		boolean latest = !Boolean.FALSE.equals(source.get(DocumentFields.LATEST));
		DocumentStatus status = StatusOnDate.status(from, until, (String) source.get(DocumentFields.END_REASON),
				(String) source.get(DocumentFields.STATUS), latest, asOf);
		String kind = String.valueOf(source.getOrDefault(DocumentFields.KIND, DocumentKind.OTHER.name()));
		return new SearchHit(String.valueOf(source.get(DocumentFields.DOCUMENT_ID)),
				((Number) source.getOrDefault(DocumentFields.VERSION_NO, 1)).intValue(),
				String.valueOf(source.getOrDefault(DocumentFields.DISPLAY_TITLE, "")),
				nested(source, "docNumber", "printed"),
				(List<String>) source.getOrDefault(DocumentFields.ISSUERS, List.of()), kind,
				(String) source.getOrDefault("kindLabel", kindLabel(kind)), status.name(),
				date(source.get(DocumentFields.SIGNED_DATE)), date(source.get("publishedDate")),
				date(source.get("effectiveDate")), from, (until != null) ? until.minusDays(1) : null,
				titleHighlights.isEmpty() ? null : mergeAdjacent(titleHighlights.get(0)),
				bodyHighlights.isEmpty() ? null : mergeAdjacent(bodyHighlights.get(0)),
				(hit.score() != null) ? hit.score() : 0);
	}

	private static String kindLabel(String code) {
		try {
			return DocumentKind.valueOf(code).label();
		}
		catch (IllegalArgumentException ex) {
			return code;
		}
	}

	private static @Nullable String nested(Map<String, Object> source, String object, String field) {
		Object value = source.get(object);
		if (value instanceof Map<?, ?> map) {
			Object inner = map.get(field);
			return (inner != null) ? inner.toString() : null;
		}
		return null;
	}

	/** The chars fields highlight one character at a time; join runs into one mark. */
	static String mergeAdjacent(String highlighted) {
		return highlighted.replace("</em><em>", "");
	}

	private static @Nullable LocalDate date(@Nullable Object value) {
		return (value instanceof String s && !s.isEmpty()) ? LocalDate.parse(s) : null;
	}

	private static <T> T call(IoCall<T> call) {
		try {
			return call.run();
		}
		catch (ElasticsearchException ex) {
			String cause = ex.error().rootCause().isEmpty() ? "" : " (" + ex.error().rootCause().get(0).reason() + ")";
			throw new IndexUnavailableException("search failed: " + ex.getMessage() + cause, ex);
		}
		catch (IOException ex) {
			throw new IndexUnavailableException("search index unreachable: " + ex.getMessage(), ex);
		}
	}

	@FunctionalInterface
	private interface IoCall<T> {

		T run() throws IOException;

	}

	/**
	 * @param statusBase entries searched at all
	 * @param statusSelection the chosen statuses among them, when not all
	 * @param facet the other filters, by facet name
	 */
	private record Filters(Query statusBase, @Nullable Query statusSelection, Map<String, Query> facet) {
	}

}
