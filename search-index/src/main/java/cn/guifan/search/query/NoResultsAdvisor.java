package cn.guifan.search.query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.guifan.search.index.DocumentFields;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import org.jspecify.annotations.Nullable;

import static cn.guifan.search.query.EsCalls.call;

/**
 * What to try when nothing (or not the typed number) was found: numbers or titles close
 * to the query that the same search would find, and how many hits dropping the status or
 * the other filters would give. Two more requests, only when they are needed.
 */
final class NoResultsAdvisor {

	private final ElasticsearchClient client;

	private final String alias;

	NoResultsAdvisor(ElasticsearchClient client, String alias) {
		this.client = client;
		this.alias = alias;
	}

	NoResultsHelp help(DocumentQuery query, LocalDate day, UnderstoodQuery u) {
		SearchQueryBuilder.Filters filters = SearchQueryBuilder.filters(query, day);
		List<String> didYouMean = didYouMean(query, u, filters);
		Long withAllStatuses = null;
		Long withoutFilters = null;
		if (!query.allStatuses() || query.hasFacetFilters()) {
			BoolQuery.Builder base = new BoolQuery.Builder().must(RelevanceQuery.build(u).query())
				.filter(StatusQueries.anyOf(StatusFilter.all(), day));
			if (!query.includeRestricted()) {
				base.filter(SearchQueryBuilder.publicOnly());
			}
			Query selection = (filters.statusSelection() != null) ? filters.statusSelection()
					: query.inForceOnly() ? filters.statusBase() : null;
			Map<String, Aggregation> aggs = new LinkedHashMap<>();
			aggs.put("allStatuses",
					Aggregation.of((a) -> a.filter(SearchQueryBuilder.all(new ArrayList<>(filters.facet().values())))));
			aggs.put("withoutFilters", Aggregation
				.of((a) -> a.filter(SearchQueryBuilder.all((selection != null) ? List.of(selection) : List.of()))));
			SearchResponse<Void> counts = call(() -> this.client.search((s) -> s.index(this.alias)
				.query(base.build()._toQuery())
				.size(0)
				.trackTotalHits((t) -> t.enabled(true))
				.aggregations(aggs), Void.class));
			if (!query.allStatuses()) {
				withAllStatuses = count(counts, "allStatuses");
			}
			if (query.hasFacetFilters()) {
				withoutFilters = count(counts, "withoutFilters");
			}
		}
		return new NoResultsHelp(didYouMean, withAllStatuses, withoutFilters);
	}

	private static @Nullable Long count(SearchResponse<Void> counts, String aggregation) {
		Aggregate a = counts.aggregations().get(aggregation);
		return (a != null && a.isFilter()) ? a.filter().docCount() : null;
	}

	private List<String> didYouMean(DocumentQuery query, UnderstoodQuery u, SearchQueryBuilder.Filters filters) {
		BoolQuery.Builder bool = new BoolQuery.Builder().filter(filters.statusBase());
		if (!query.includeRestricted()) {
			bool.filter(SearchQueryBuilder.publicOnly());
		}
		if (filters.statusSelection() != null) {
			bool.filter(filters.statusSelection());
		}
		filters.facet().values().forEach(bool::filter);
		String number = u.docNumber();
		if (number != null) {
			bool.must((m) -> m.fuzzy((f) -> f.field(DocumentFields.DOC_NUMBER_NORMALIZED)
				.value(FieldValue.of(number))
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
		SearchResponse<IndexedEntry> response = call(() -> this.client.search(
				(s) -> s.index(this.alias)
					.query(bool.build()._toQuery())
					.size(5)
					.source((src) -> src
						.filter((f) -> f.includes(DocumentFields.DISPLAY_TITLE, "docNumber.normalized"))),
				IndexedEntry.class));
		Set<String> found = new LinkedHashSet<>();
		for (Hit<IndexedEntry> hit : response.hits().hits()) {
			IndexedEntry e = hit.source();
			if (e == null) {
				continue;
			}
			String value = (number != null) ? e.docNumberNormalized() : e.displayTitle();
			if (value != null && !value.equals(number)) {
				found.add(value);
			}
		}
		return found.stream().limit(3).toList();
	}

}
