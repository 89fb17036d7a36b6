package cn.guifan.registry.search;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import cn.guifan.registry.elasticsearch.SearchBackend;
import cn.guifan.search.query.DocumentQuery;
import cn.guifan.search.query.InvalidSearchException;
import cn.guifan.search.query.NoResultsHelp;
import cn.guifan.search.query.SearchPlan;
import cn.guifan.search.query.SearchResult;
import cn.guifan.search.query.StatusFilter;
import cn.guifan.search.query.TitleSuggestion;
import org.springframework.stereotype.Service;

/**
 * Searches the registry for the API and the pages alike: what a query finds, as the API
 * returns it and the search page shows it. Who may see restricted documents is decided
 * when the query is bound ({@link SearchForm#toQuery}).
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

	public SearchResults search(DocumentQuery query) {
		return results(query, this.backend.search().search(query));
	}

	/**
	 * Every document the filters let through, whatever its text (the home page and its
	 * ways in by issuer, kind and year).
	 */
	public SearchResults browse(DocumentQuery query) {
		return results(query, this.backend.search().browse(query));
	}

	private SearchResults results(DocumentQuery query, SearchResult result) {
		var facets = result.facets();
		NoResultsHelp help = result.help();
		return new SearchResults(query.query(), result.total(), query.page(), query.size(), result.tookMillis(),
				result.asOf(),
				query.allStatuses() ? List.of("all")
						: query.statuses().stream().sorted().map(StatusFilter::code).toList(),
				new SearchResults.Understood(result.understood().docNumber(), result.understood().phrases(),
						result.understood().words()),
				new SearchResults.Facets(
						facets.status(), facets.kind(), facets.issuer(), facets.year(), facets.region()),
				result.hits().stream().map(this.mapper::toApi).toList(),
				(help != null && !help.isEmpty())
						? new SearchResults.Help(help.didYouMean(), help.withAllStatuses(), help.withoutFilters())
						: null);
	}

	/**
	 * The request to Elasticsearch that {@link #search} sends for this query, exactly
	 * (for diagnosis and the latency benchmark).
	 */
	public SearchPlan plan(DocumentQuery query) {
		return this.backend.search().plan(query);
	}

	/**
	 * Titles of documents in force on the date that begin with, or contain, what has been
	 * typed; public ones only unless {@code includeRestricted}.
	 */
	public List<TitleSuggestion> suggest(String typed, LocalDate asOf, int size, boolean includeRestricted) {
		if (size < 1 || size > MAX_SUGGESTIONS) {
			throw new InvalidSearchException("size", "建议条数须在 1 到 " + MAX_SUGGESTIONS + " 之间，收到 " + size);
		}
		if (typed.length() > DocumentQuery.MAX_QUERY_LENGTH) {
			throw new InvalidSearchException("q", "检索词过长，请控制在 " + DocumentQuery.MAX_QUERY_LENGTH + " 字以内");
		}
		return this.backend.search().suggest(typed, asOf, size, includeRestricted);
	}

	public LocalDate today() {
		return LocalDate.now(this.clock);
	}

}
