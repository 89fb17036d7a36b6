package cn.guifan.search.query;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.guifan.search.analysis.ChineseAnalyzer;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.JsonpUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static cn.guifan.search.query.EsCalls.call;

/**
 * Full-text search over the documents index: a query is understood
 * ({@link QueryUnderstanding}), built into one request ({@link SearchQueryBuilder}), and
 * its answer read into typed hits and facets ({@link HitReader}, {@link FacetReader});
 * when nothing (or not the typed number) is found, {@link NoResultsAdvisor} says what to
 * try. Title suggestions while typing come from {@link TitleSuggester}.
 * <p>
 * One search is one request to Elasticsearch (two more only when nothing is found).
 * {@link #plan(DocumentQuery)} gives that request exactly as it is sent; it is also
 * logged at debug level.
 */
public final class DocumentSearch {

	private static final Logger logger = LoggerFactory.getLogger(DocumentSearch.class);

	private final ElasticsearchClient client;

	private final QueryUnderstanding understanding;

	private final SearchQueryBuilder builder;

	private final NoResultsAdvisor advisor;

	private final TitleSuggester suggester;

	private final Clock clock;

	public DocumentSearch(ElasticsearchClient client, String alias, ChineseAnalyzer analyzer, Clock clock) {
		this.client = client;
		this.understanding = new QueryUnderstanding(analyzer);
		this.builder = new SearchQueryBuilder(alias);
		this.advisor = new NoResultsAdvisor(client, alias);
		this.suggester = new TitleSuggester(client, alias, analyzer);
		this.clock = clock;
	}

	/** How a query is read, without searching. */
	public UnderstoodQuery understand(String typed) {
		return this.understanding.understand(typed);
	}

	public SearchResult search(DocumentQuery query) {
		return search(query, this.understanding.understand(query.query()));
	}

	/**
	 * Every document the query's filters let through, whatever its text: the home page's
	 * newest documents and its ways in (by issuer, kind, year).
	 */
	public SearchResult browse(DocumentQuery query) {
		return search(query, this.understanding.browse());
	}

	private SearchResult search(DocumentQuery query, UnderstoodQuery understood) {
		LocalDate day = query.asOfOr(LocalDate.now(this.clock));
		SearchRequest request = this.builder.search(query, day, understood);
		if (logger.isDebugEnabled()) {
			logger.debug("Search {}: {}", query.query(), JsonpUtils.toJsonString(request, this.client._jsonpMapper()));
		}
		SearchResponse<IndexedEntry> response = call(() -> this.client.search(request, IndexedEntry.class));
		List<SearchHit> hits = new ArrayList<>();
		boolean docNumberFound = false;
		for (Hit<IndexedEntry> hit : response.hits().hits()) {
			hits.add(HitReader.read(hit, day));
			docNumberFound |= understood.docNumber() != null && hit.source() != null
					&& understood.docNumber().equals(hit.source().docNumberNormalized());
		}
		long total = (response.hits().total() != null) ? response.hits().total().value() : hits.size();
		Facets facets = query.facets() ? FacetReader.read(query, response.aggregations(), total) : Facets.NONE;
		NoResultsHelp help = null;
		if (total == 0 || (understood.docNumber() != null && !docNumberFound && query.page() == 1)) {
			help = this.advisor.help(query, day, understood);
		}
		return new SearchResult(day, total, hits, response.took(), facets, understood, help);
	}

	/** The request {@link #search} sends for this search, exactly. */
	public SearchPlan plan(DocumentQuery query) {
		LocalDate day = query.asOfOr(LocalDate.now(this.clock));
		SearchRequest request = this.builder.search(query, day, this.understanding.understand(query.query()));
		var endpoint = SearchRequest._ENDPOINT;
		return new SearchPlan(endpoint.method(request), endpoint.requestUrl(request), endpoint.queryParameters(request),
				JsonpUtils.toJsonString(request, this.client._jsonpMapper()));
	}

	/**
	 * Titles of documents in force on the date that begin with, or contain, what has been
	 * typed; public ones only unless {@code includeRestricted}.
	 */
	public List<TitleSuggestion> suggest(String typed, LocalDate asOf, int size, boolean includeRestricted) {
		return this.suggester.suggest(typed, DocumentQuery.requireSearchable("asOf", asOf), size, includeRestricted);
	}

}
