package cn.guifan.search.query;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A page of hits.
 *
 * @param asOf the date whose statuses were searched
 * @param total how many documents match in all
 * @param hits this page
 * @param tookMillis time Elasticsearch spent on the query
 * @param facets hit counts per filter value
 * @param understood how the query was read
 * @param help what to try instead, when nothing (or not the typed number) was found
 */
public record SearchResult(LocalDate asOf, long total, List<SearchHit> hits, long tookMillis, Facets facets,
		UnderstoodQuery understood, @Nullable NoResultsHelp help) {

	public SearchResult {
		hits = List.copyOf(hits);
	}

}
