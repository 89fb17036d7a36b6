package cn.guifan.search.query;

import java.util.List;

/**
 * A page of hits.
 *
 * @param total how many documents match in all
 * @param hits this page
 * @param tookMillis time Elasticsearch spent on the query
 */
public record SearchResult(long total, List<SearchHit> hits, long tookMillis) {

	public SearchResult {
		hits = List.copyOf(hits);
	}

}
