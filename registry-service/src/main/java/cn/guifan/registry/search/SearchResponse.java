package cn.guifan.registry.search;

import java.util.List;

/**
 * A page of search results.
 *
 * @param query the query as typed
 * @param total documents matching
 * @param page this page, from 1
 * @param size hits per page
 * @param tookMillis time spent in Elasticsearch
 * @param hits the hits
 */
public record SearchResponse(String query, long total, int page, int size, long tookMillis, List<DocumentHit> hits) {

	public long pages() {
		return (this.total + this.size - 1) / this.size;
	}

}
