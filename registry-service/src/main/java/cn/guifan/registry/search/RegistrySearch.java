package cn.guifan.registry.search;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import cn.guifan.registry.indexing.SearchBackend;
import cn.guifan.registry.security.CurrentUser;
import cn.guifan.search.query.InvalidSearchException;
import cn.guifan.search.query.NoResultsHelp;
import cn.guifan.search.query.SearchPlan;
import cn.guifan.search.query.SearchRequest;
import cn.guifan.search.query.SearchResult;
import cn.guifan.search.query.StatusFilter;
import cn.guifan.search.query.Suggestion;
import org.springframework.stereotype.Service;

/**
 * Searches the registry for the API and the pages alike: public documents only (signed-in
 * registrars also see restricted ones), in force today unless asked otherwise.
 */
@Service
public class RegistrySearch {

	public static final int MAX_SUGGESTIONS = 10;

	private final SearchBackend backend;

	private final DocumentHitMapper mapper;

	private final Clock clock;

	RegistrySearch(SearchBackend backend, DocumentHitMapper mapper, Clock clock) {
		this.backend = backend;
		this.mapper = mapper;
		this.clock = clock;
	}

	/** A query with the defaults: in force today, by relevance. */
	public SearchResponse search(String query, int page, int size) {
		SearchParams params = SearchParams.of(query);
		return search(new SearchParams(params.q(), page, size, params.statuses(), List.of(), List.of(), List.of(),
				List.of(), null, params.sort()));
	}

	public SearchResponse search(SearchParams params) {
		SearchRequest request = request(params);
		SearchResult result = this.backend.search().search(request);
		var facets = result.facets();
		NoResultsHelp help = result.help();
		return new SearchResponse(params.q(), result.total(), params.page(), params.size(), result.tookMillis(),
				request.asOf(),
				params.allStatuses() ? List.of("all")
						: params.statuses().stream().sorted().map(StatusFilter::code).toList(),
				new SearchResponse.Understood(result.understood().docNumber(), result.understood().phrases(),
						result.understood().words()),
				new SearchResponse.Facets(
						facets.status(), facets.kind(), facets.issuer(), facets.year(), facets.region()),
				result.hits().stream().map(this.mapper::toApi).toList(),
				(help != null && !help.isEmpty())
						? new SearchResponse.Help(help.didYouMean(), help.withAllStatuses(), help.withoutFilters())
						: null);
	}

	/**
	 * The request to Elasticsearch that {@link #search(SearchParams)} sends for these
	 * parameters, exactly (for diagnosis and the latency benchmark).
	 */
	public SearchPlan plan(SearchParams params) {
		return this.backend.search().plan(request(params));
	}

	/**
	 * Titles of public documents in force on the date that begin with, or contain, what
	 * has been typed.
	 */
	public List<Suggestion> suggest(String typed, LocalDate asOf, int size) {
		if (size < 1 || size > MAX_SUGGESTIONS) {
			throw new InvalidSearchException("size", "建议条数须在 1 到 " + MAX_SUGGESTIONS + " 之间，收到 " + size);
		}
		if (typed.length() > SearchRequest.MAX_QUERY_LENGTH) {
			throw new InvalidSearchException("q", "检索词过长，请控制在 " + SearchRequest.MAX_QUERY_LENGTH + " 字以内");
		}
		return this.backend.search().suggest(typed, asOf, size, CurrentUser.maySeeRestricted());
	}

	public LocalDate today() {
		return LocalDate.now(this.clock);
	}

	private SearchRequest request(SearchParams params) {
		return params.toRequest(today(), CurrentUser.maySeeRestricted());
	}

}
