package cn.guifan.search.query;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.guifan.schemas.docnumber.DocNumber;
import cn.guifan.schemas.docnumber.DocNumbers;
import cn.guifan.schemas.index.DocumentFields;
import cn.guifan.search.analysis.ChineseAnalyzer;
import cn.guifan.search.index.IndexUnavailableException;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import org.jspecify.annotations.Nullable;

/**
 * Full-text search over the documents index.
 * <p>
 * A query is understood before it is sent: a doc number typed in any form is matched
 * exactly on its normalized form; otherwise the text is matched as HanLP words on titles
 * and bodies, with boosts for the exact title, the title as a phrase and the body as a
 * phrase, so that a full title or a remembered sentence puts its document first.
 */
public final class DocumentSearch {

	private final ElasticsearchClient client;

	private final String alias;

	private final ChineseAnalyzer analyzer;

	public DocumentSearch(ElasticsearchClient client, String alias, ChineseAnalyzer analyzer) {
		this.client = client;
		this.alias = alias;
		this.analyzer = analyzer;
	}

	public SearchResult search(SearchRequest request) {
		String typed = request.query().strip();
		if (typed.isEmpty()) {
			throw new InvalidSearchException("q", "请输入检索词，例如文件标题中的几个字、发文字号或一句原文");
		}
		Query query = buildQuery(typed, request);
		Query highlightQuery = highlightQuery(typed);
		try {
			SearchResponse<Map> response = this.client.search((s) -> s.index(this.alias)
				.query(query)
				.from(request.from())
				.size(request.size())
				.trackTotalHits((t) -> t.enabled(true))
				.source((src) -> src.filter((f) -> f.excludes("title", "body", "aliases", "suggest")))
				.highlight((h) -> h.encoder(HighlighterEncoder.Html)
					.preTags("<em>")
					.postTags("</em>")
					.highlightQuery(highlightQuery)
					.fields(DocumentFields.BODY_CHARS, (f) -> f.fragmentSize(120).numberOfFragments(1).noMatchSize(120))
					.fields(DocumentFields.TITLE_CHARS, (f) -> f.numberOfFragments(0))), Map.class);
			List<SearchHit> hits = new ArrayList<>();
			for (Hit<Map> hit : response.hits().hits()) {
				hits.add(toHit(hit));
			}
			long total = (response.hits().total() != null) ? response.hits().total().value() : hits.size();
			return new SearchResult(total, hits, response.took());
		}
		catch (ElasticsearchException ex) {
			throw new IndexUnavailableException("search failed: " + ex.getMessage(), ex);
		}
		catch (IOException ex) {
			throw new IndexUnavailableException("search index unreachable: " + ex.getMessage(), ex);
		}
	}

	Query buildQuery(String typed, SearchRequest request) {
		BoolQuery.Builder bool = new BoolQuery.Builder();
		if (!request.includeRestricted()) {
			bool.filter((f) -> f.term((t) -> t.field(DocumentFields.PUBLIC).value(true)));
		}
		bool.filter((f) -> f.term((t) -> t.field(DocumentFields.LATEST).value(true)));
		Optional<DocNumber> number = DocNumbers.parseLenient(typed);
		number.ifPresent((n) -> bool.should((s) -> s.term((
				t) -> t.field(DocumentFields.DOC_NUMBER_NORMALIZED).value(FieldValue.of(n.normalized())).boost(100f))));
		String normalized = this.analyzer.normalize(typed);
		String words = this.analyzer.wordsJoined(typed);
		bool.should((s) -> s.term((t) -> t.field(DocumentFields.TITLE_RAW).value(normalized).boost(50f)));
		bool.should((s) -> s.term((t) -> t.field(DocumentFields.ALIASES_RAW).value(normalized).boost(40f)));
		bool.should((s) -> s.matchPhrase((m) -> m.field(DocumentFields.TITLE_CHARS).query(normalized).boost(10f)));
		if (!words.isEmpty()) {
			bool.should((s) -> s
				.match((m) -> m.field(DocumentFields.TITLE_WORDS).query(words).operator(Operator.And).boost(4f)));
			bool.should((s) -> s
				.match((m) -> m.field(DocumentFields.ALIASES_WORDS).query(words).operator(Operator.And).boost(3f)));
			bool.should(
					(s) -> s.match((m) -> m.field(DocumentFields.BODY_WORDS).query(words).minimumShouldMatch("75%")));
		}
		bool.should((s) -> s.matchPhrase((m) -> m.field(DocumentFields.BODY_CHARS).query(normalized).boost(3f)));
		bool.minimumShouldMatch("1");
		return bool.build()._toQuery();
	}

	private Query highlightQuery(String typed) {
		String normalized = this.analyzer.normalize(typed);
		BoolQuery.Builder bool = new BoolQuery.Builder();
		bool.should((s) -> s.matchPhrase((m) -> m.field(DocumentFields.BODY_CHARS).query(normalized)));
		bool.should((s) -> s.matchPhrase((m) -> m.field(DocumentFields.TITLE_CHARS).query(normalized)));
		for (String word : this.analyzer.words(typed)) {
			if (word.length() < 2) {
				// A lone character marks noise all over a text; the whole query still
				// marks it.
				continue;
			}
			bool.should((s) -> s.matchPhrase((m) -> m.field(DocumentFields.BODY_CHARS).query(word)));
			bool.should((s) -> s.matchPhrase((m) -> m.field(DocumentFields.TITLE_CHARS).query(word)));
		}
		return bool.build()._toQuery();
	}

	@SuppressWarnings("unchecked")
	private static SearchHit toHit(Hit<Map> hit) {
		Map<String, Object> source = (hit.source() != null) ? hit.source() : Map.of();
		Map<String, Object> docNumber = (Map<String, Object>) source.getOrDefault("docNumber", Map.of());
		List<String> titleHighlights = hit.highlight().getOrDefault(DocumentFields.TITLE_CHARS, List.of());
		List<String> bodyHighlights = hit.highlight().getOrDefault(DocumentFields.BODY_CHARS, List.of());
		return new SearchHit((String) source.get("documentId"),
				((Number) source.getOrDefault("versionNo", 1)).intValue(),
				(String) source.getOrDefault("displayTitle", ""), (String) docNumber.get("printed"),
				(List<String>) source.getOrDefault("issuers", List.of()), (String) source.get("kind"),
				(String) source.get("kindLabel"), (String) source.get("status"), date(source.get("signedDate")),
				date(source.get("publishedDate")), date(source.get("effectiveDate")),
				titleHighlights.isEmpty() ? null : mergeAdjacent(titleHighlights.get(0)),
				bodyHighlights.isEmpty() ? null : mergeAdjacent(bodyHighlights.get(0)),
				(hit.score() != null) ? hit.score() : 0);
	}

	/** The chars fields highlight one character at a time; join runs into one mark. */
	static String mergeAdjacent(String highlighted) {
		return highlighted.replace("</em><em>", "");
	}

	private static @Nullable LocalDate date(@Nullable Object value) {
		return (value instanceof String s) ? LocalDate.parse(s) : null;
	}

}
