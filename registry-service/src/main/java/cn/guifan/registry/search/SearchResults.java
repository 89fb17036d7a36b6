package cn.guifan.registry.search;

import java.time.LocalDate;
import java.util.List;

import cn.guifan.search.query.FacetBucket;
import org.jspecify.annotations.Nullable;

/**
 * A page of search results, as the API returns it and the search page shows it.
 *
 * @param query the query as typed
 * @param total documents matching
 * @param page this page, from 1
 * @param size hits per page
 * @param tookMillis time spent in Elasticsearch
 * @param asOf the date whose statuses are searched and shown
 * @param statuses the status filter ({@code in_force} by default, or the codes chosen)
 * @param understood how the query was read
 * @param facets hit counts per filter value
 * @param hits the hits
 * @param help what to try when nothing (or not the typed number) was found
 */
public record SearchResults(String query, long total, int page, int size, long tookMillis, LocalDate asOf,
		List<String> statuses, Understood understood, Facets facets, List<DocumentHit> hits, @Nullable Help help) {

	public long pages() {
		return (this.total + this.size - 1) / this.size;
	}

	/**
	 * How the query was read.
	 *
	 * @param docNumber the normalized document number it is or contains
	 * @param phrases quoted phrases that must occur exactly
	 * @param words the words of the free text
	 */
	public record Understood(@Nullable String docNumber, List<String> phrases, List<String> words) {
	}

	/**
	 * Hit counts per value of each filter, counted under the other filters.
	 *
	 * @param status per status on the date (in the default search: in force only)
	 * @param kind per 效力级别
	 * @param issuer per 发文机关
	 * @param year per year
	 * @param region per region
	 */
	public record Facets(List<FacetBucket> status, List<FacetBucket> kind, List<FacetBucket> issuer,
			List<FacetBucket> year, List<FacetBucket> region) {
	}

	/**
	 * What to try instead.
	 *
	 * @param didYouMean close numbers or titles the same search would find
	 * @param withAllStatuses hits when documents not in force are included
	 * @param withoutFilters hits without the kind, issuer, year and region filters
	 */
	public record Help(List<String> didYouMean, @Nullable Long withAllStatuses, @Nullable Long withoutFilters) {
	}

}
