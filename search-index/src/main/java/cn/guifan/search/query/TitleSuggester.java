package cn.guifan.search.query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.guifan.search.analysis.ChineseAnalyzer;
import cn.guifan.search.index.DocumentFields;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import org.jspecify.annotations.Nullable;

import static cn.guifan.search.query.EsCalls.call;

/**
 * Titles that begin with, or contain, what has been typed so far, among the documents the
 * same search would show: public and in force on the date.
 * <p>
 * A prefix query on the title and short-name keys and a phrase query on the title
 * characters, not a completion suggester: a completion field can only be filtered by
 * categories fixed at index time, while "in force" depends on the day asked about, so its
 * suggestions would be wrong as soon as a document expires, and wrong for any as-of date.
 * With the search's own filters, a suggestion is never something the search would hide.
 */
final class TitleSuggester {

	private final ElasticsearchClient client;

	private final String alias;

	private final ChineseAnalyzer analyzer;

	TitleSuggester(ElasticsearchClient client, String alias, ChineseAnalyzer analyzer) {
		this.client = client;
		this.alias = alias;
		this.analyzer = analyzer;
	}

	List<TitleSuggestion> suggest(String typed, LocalDate asOf, int size, boolean includeRestricted) {
		String key = this.analyzer.key(typed);
		if (key.isEmpty()) {
			return List.of();
		}
		String text = this.analyzer.normalize(typed).strip();
		BoolQuery.Builder bool = new BoolQuery.Builder();
		if (!includeRestricted) {
			bool.filter(SearchQueryBuilder.publicOnly());
		}
		bool.filter(StatusQueries.inForce(asOf));
		bool.should(RelevanceQuery
			.constant(Query.of((q) -> q.prefix((p) -> p.field(DocumentFields.TITLE_RAW).value(key))), 20f));
		bool.should(RelevanceQuery
			.constant(Query.of((q) -> q.prefix((p) -> p.field(DocumentFields.ALIASES_RAW).value(key))), 15f));
		bool.should(RelevanceQuery.phrase(DocumentFields.TITLE_CHARS, text, 0, 1f));
		String numberPrefix = docNumberPrefix(text);
		if (numberPrefix != null) {
			bool.should(RelevanceQuery.constant(
					Query.of((q) -> q.prefix((p) -> p.field(DocumentFields.DOC_NUMBER_NORMALIZED).value(numberPrefix))),
					30f));
		}
		bool.minimumShouldMatch("1");
		SearchResponse<IndexedEntry> response = call(
				() -> this.client.search(
						(s) -> s.index(this.alias)
							.query(bool.build()._toQuery())
							.size(size)
							.collapse((c) -> c.field(DocumentFields.TITLE_RAW))
							.sort(SearchQueryBuilder.byScore(), SearchQueryBuilder.byDate(SortOrder.Desc))
							.source((src) -> src.filter((f) -> f.includes(DocumentFields.DOCUMENT_ID,
									DocumentFields.DISPLAY_TITLE, DocumentFields.DOC_NUMBER_PRINTED))),
						IndexedEntry.class));
		List<TitleSuggestion> suggestions = new ArrayList<>();
		for (Hit<IndexedEntry> hit : response.hits().hits()) {
			IndexedEntry e = hit.source();
			if (e != null) {
				suggestions.add(new TitleSuggestion(String.valueOf(e.documentId()),
						(e.displayTitle() != null) ? e.displayTitle() : "", e.docNumberPrinted()));
			}
		}
		return suggestions;
	}

	private static @Nullable String docNumberPrefix(String text) {
		String compact = text.replaceAll("\\s+", "");
		if (compact.isEmpty() || !Character.isLetter(compact.charAt(0))) {
			return null;
		}
		String normalized = compact.replaceAll("[\\[(（【［{]", "〔").replaceAll("[\\])）】］}]", "〕");
		return normalized.matches(".*\\d.*") || normalized.contains("〔") ? normalized : null;
	}

}
