package cn.guifan.registry.search;

import cn.guifan.registry.indexing.SearchBackend;
import cn.guifan.registry.security.CurrentUser;
import cn.guifan.search.query.SearchRequest;
import cn.guifan.search.query.SearchResult;
import org.springframework.stereotype.Service;

/** Searches the registry for the API and the pages alike. */
@Service
public class RegistrySearch {

	private final SearchBackend backend;

	private final DocumentHitMapper mapper;

	RegistrySearch(SearchBackend backend, DocumentHitMapper mapper) {
		this.backend = backend;
		this.mapper = mapper;
	}

	public SearchResponse search(String query, int page, int size) {
		SearchRequest request = new SearchRequest(query, page, size, CurrentUser.maySeeRestricted());
		SearchResult result = this.backend.search().search(request);
		return new SearchResponse(query, result.total(), page, size, result.tookMillis(),
				result.hits().stream().map(this.mapper::toApi).toList());
	}

}
