package cn.guifan.search.query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.guifan.search.index.DocumentFields;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import co.elastic.clients.util.NamedValue;
import org.jspecify.annotations.Nullable;

/**
 * Builds the Elasticsearch request of a search, as a value: the scoring query of the
 * understood text, the filters every entry carries (public, in force on the date, status,
 * kind, issuer, year, region), facets, highlight and order. Nothing is sent here.
 */
final class SearchQueryBuilder {

	private static final int HIGHLIGHTED_WORDS = 6;

	private static final int ISSUER_FACET_SIZE = 15;

	private static final int YEAR_FACET_SIZE = 30;

	private static final int KIND_FACET_SIZE = 10;

	private static final int REGION_FACET_SIZE = 15;

	private final String alias;

	SearchQueryBuilder(String alias) {
		this.alias = alias;
	}

	/** The request of a search on a day. */
	SearchRequest search(DocumentQuery query, LocalDate day, UnderstoodQuery u) {
		Filters filters = filters(query, day);
		RelevanceQuery.Scoring scoring = RelevanceQuery.build(u);
		BoolQuery.Builder main = new BoolQuery.Builder().must(scoring.query());
		if (!query.includeRestricted()) {
			main.filter(publicOnly());
		}
		main.filter(filters.statusBase());
		List<Query> post = new ArrayList<>();
		if (filters.statusSelection() != null) {
			post.add(filters.statusSelection());
		}
		post.addAll(filters.facet().values());
		Query highlightQuery = highlightQuery(u);
		Query rescore = scoring.rescore();
		return SearchRequest.of((s) -> {
			s.index(this.alias)
				.query(main.build()._toQuery())
				.from(query.from())
				.size(query.size())
				.trackTotalHits((t) -> t.enabled(true))
				.source((src) -> src.filter((f) -> f.includes(IndexedEntry.FIELDS)))
				.sort(sort(query.order(), rescore != null))
				.highlight((h) -> h.encoder(HighlighterEncoder.Html)
					.preTags("<em>")
					.postTags("</em>")
					.highlightQuery(highlightQuery)
					.fields(DocumentFields.BODY_CHARS, (f) -> f.fragmentSize(120).numberOfFragments(1).noMatchSize(120))
					.fields(DocumentFields.TITLE_CHARS, (f) -> f.numberOfFragments(0)));
			if (!post.isEmpty()) {
				s.postFilter(all(post));
			}
			if (rescore != null && query.order() == HitOrder.RELEVANCE) {
				int window = Math.max(RelevanceQuery.RESCORE_WINDOW, query.from() + query.size());
				s.rescore((r) -> r.windowSize(window)
					.query((q) -> q.query(rescore).queryWeight(1.0).rescoreQueryWeight(1.0)));
			}
			if (query.facets()) {
				s.aggregations(aggregations(query, filters, day));
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
	static Filters filters(DocumentQuery query, LocalDate day) {
		Query base;
		Query selection = null;
		if (query.inForceOnly()) {
			base = StatusQueries.inForce(day);
		}
		else {
			base = StatusQueries.anyOf(StatusFilter.all(), day);
			if (!query.allStatuses()) {
				selection = StatusQueries.anyOf(query.statuses(), day);
			}
		}
		Map<String, Query> facet = new LinkedHashMap<>();
		if (!query.kinds().isEmpty()) {
			facet.put("kind", terms(DocumentFields.KIND, query.kinds()));
		}
		if (!query.issuers().isEmpty()) {
			facet.put("issuer", terms(DocumentFields.ISSUERS, query.issuers()));
		}
		if (!query.years().isEmpty()) {
			facet.put("year", Query.of((q) -> q.terms((t) -> t.field(DocumentFields.YEAR)
				.terms((v) -> v.value(query.years().stream().map((y) -> FieldValue.of(y.longValue())).toList())))));
		}
		if (!query.regions().isEmpty()) {
			facet.put("region", terms(DocumentFields.REGION, query.regions()));
		}
		return new Filters(base, selection, facet);
	}

	private static Map<String, Aggregation> aggregations(DocumentQuery query, Filters filters, LocalDate day) {
		Map<String, Aggregation> aggs = new LinkedHashMap<>();
		aggs.put("kind", facetAggregation(filters, "kind",
				Aggregation.of((a) -> a.terms((t) -> t.field(DocumentFields.KIND).size(KIND_FACET_SIZE)))));
		aggs.put("issuer", facetAggregation(filters, "issuer",
				Aggregation.of((a) -> a.terms((t) -> t.field(DocumentFields.ISSUERS).size(ISSUER_FACET_SIZE)))));
		aggs.put("year",
				facetAggregation(filters, "year",
						Aggregation.of((a) -> a.terms((t) -> t.field(DocumentFields.YEAR)
							.size(YEAR_FACET_SIZE)
							.order(NamedValue.of("_key", SortOrder.Desc))))));
		aggs.put("region", facetAggregation(filters, "region",
				Aggregation.of((a) -> a.terms((t) -> t.field(DocumentFields.REGION).size(REGION_FACET_SIZE)))));
		if (!query.inForceOnly()) {
			Map<String, Aggregation> perStatus = new LinkedHashMap<>();
			for (StatusFilter status : StatusFilter.values()) {
				perStatus.put(status.code(), Aggregation.of((a) -> a.filter(StatusQueries.of(status, day))));
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

	private static Query highlightQuery(UnderstoodQuery u) {
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
				.sorted(Comparator.comparingInt(String::length).reversed())
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
	private static List<SortOptions> sort(HitOrder order, boolean rescored) {
		return switch (order) {
			case RELEVANCE -> rescored ? List.of(byScore()) : List.of(byScore(), byDate(SortOrder.Desc));
			case DATE_DESC -> List.of(byDate(SortOrder.Desc), byScore());
			case DATE_ASC -> List.of(byDate(SortOrder.Asc), byScore());
		};
	}

	static SortOptions byScore() {
		return SortOptions.of((s) -> s.score((sc) -> sc.order(SortOrder.Desc)));
	}

	static SortOptions byDate(SortOrder order) {
		return SortOptions.of((s) -> s.field((f) -> f.field(DocumentFields.SORT_DATE).order(order).missing("_last")));
	}

	static Query publicOnly() {
		return Query.of((q) -> q.term((t) -> t.field(DocumentFields.PUBLIC).value(true)));
	}

	static Query terms(String field, Collection<String> values) {
		return Query.of((q) -> q
			.terms((t) -> t.field(field).terms((v) -> v.value(values.stream().map(FieldValue::of).toList()))));
	}

	static Query all(List<Query> queries) {
		if (queries.isEmpty()) {
			return Query.of((q) -> q.matchAll((m) -> m));
		}
		if (queries.size() == 1) {
			return queries.get(0);
		}
		return Query.of((q) -> q.bool((b) -> b.filter(queries)));
	}

	/**
	 * @param statusBase entries searched at all
	 * @param statusSelection the chosen statuses among them, when not all
	 * @param facet the other filters, by facet name
	 */
	record Filters(Query statusBase, @Nullable Query statusSelection, Map<String, Query> facet) {
	}

}
