package cn.guifan.search.query;

import java.util.ArrayList;
import java.util.List;

import cn.guifan.search.index.DocumentFields;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import org.jspecify.annotations.Nullable;

/**
 * The scoring part of a search: which entries match an understood query, and in which
 * order.
 * <p>
 * Signals, strongest first:
 * <ol>
 * <li>the document number, exactly, on its normalized form (a number is an identifier:
 * its document comes first whatever else matches);</li>
 * <li>the whole text as the exact title, or as one of the document's short names (会计法,
 * the instrument a 印发 notice publishes);</li>
 * <li>the text as a phrase inside the title or a short name (a few characters of a
 * title);</li>
 * <li>the text as a phrase in the body (a remembered sentence): scored like any phrase,
 * so a long sentence weighs more than two common characters;</li>
 * <li>HanLP words on title, short names and body (BM25), with proximity boosts: words
 * close together in the title or in the body count more than the same words scattered.
 * Characters back them up where HanLP splits a title differently from the query.</li>
 * </ol>
 * The body phrases (4, and the proximity of words in the body) re-rank only the best
 * matches ({@link Scoring#rescore}); a long sentence is found among all matches by the
 * phrase of its words. Constant scores for the identifier-like signals keep them above
 * any BM25 sum; the phrase and word signals keep BM25's preference for short fields and
 * rare words.
 */
final class RelevanceQuery {

	static final float DOC_NUMBER_BOOST = 1000f;

	static final float DOC_NUMBER_PREFIX_BOOST = 40f;

	static final float EXACT_TITLE_BOOST = 300f;

	static final float EXACT_ALIAS_BOOST = 250f;

	/**
	 * A name one character off what was typed: below the exact name, above any text
	 * match.
	 */
	static final float FUZZY_NAME_BOOST = 120f;

	/** From this many characters on, a query found verbatim in a body is a sentence. */
	static final int SENTENCE_LENGTH = 8;

	static final float SENTENCE_BOOST_PER_CHAR = 10f;

	static final float SENTENCE_BOOST_MAX = 200f;

	static final int BODY_PROXIMITY_MAX_WORDS = 6;

	/** How many of the best matches the body phrases re-rank. */
	static final int RESCORE_WINDOW = 100;

	private static final java.util.Set<String> FUNCTION_WORDS = java.util.Set.of("的", "了", "和", "与", "或", "及", "等", "在",
			"是", "对", "为", "其", "之", "以", "并", "由", "于", "将", "把", "被", "从", "向", "也", "而", "或者", "以及", "并且", "其他",
			"有关", "按照", "依照", "根据");

	/** How far apart the characters of a query may be in a title and still count. */
	static final int TITLE_CHARS_SLOP = 12;

	private RelevanceQuery() {
	}

	/**
	 * The query in two parts: what finds and ranks every match (title signals are cheap:
	 * titles are short), and what re-ranks only the best of them
	 * ({@link Scoring#rescore}): phrases and proximity in bodies, which read the
	 * positions of common characters and words all over long texts and would otherwise be
	 * computed for every match of a broad query, as facets and exact totals need every
	 * match.
	 */
	static Scoring build(UnderstoodQuery u) {
		BoolQuery.Builder bool = new BoolQuery.Builder();
		List<Query> signals = new ArrayList<>();
		List<Query> rescore = new ArrayList<>();
		if (u.docNumber() != null) {
			signals.add(constant(
					Query.of((q) -> q.term(
							(t) -> t.field(DocumentFields.DOC_NUMBER_NORMALIZED).value(FieldValue.of(u.docNumber())))),
					DOC_NUMBER_BOOST));
			if (u.isDocNumberOnly()) {
				// Documents that cite the number: found when the number itself is not in
				// the registry, and ranked after it when it is.
				signals.add(phrase(DocumentFields.BODY_CHARS, u.docNumber(), 0, 1f));
				signals.add(phrase(DocumentFields.TITLE_CHARS, u.docNumber(), 0, 2f));
			}
		}
		if (u.docNumberPrefix() != null) {
			signals.add(constant(Query
				.of((q) -> q.prefix((p) -> p.field(DocumentFields.DOC_NUMBER_NORMALIZED).value(u.docNumberPrefix()))),
					DOC_NUMBER_PREFIX_BOOST));
		}
		if (u.hasText()) {
			textSignals(u, signals, rescore);
		}
		for (String phrase : u.phrases()) {
			signals.add(phrase(DocumentFields.TITLE_CHARS, phrase, 0, 6f));
			signals.add(phrase(DocumentFields.ALIASES_CHARS, phrase, 0, 4f));
			rescore.add(phrase(DocumentFields.BODY_CHARS, phrase, 0, 1f));
			bool.filter((f) -> f.bool((b) -> b.should(phrase(DocumentFields.TITLE_CHARS, phrase, 0, 1f))
				.should(phrase(DocumentFields.ALIASES_CHARS, phrase, 0, 1f))
				.should(phrase(DocumentFields.BODY_CHARS, phrase, 0, 1f))
				.minimumShouldMatch("1")));
		}
		if (!u.phrases().isEmpty()) {
			// Quoted phrases are the filter; the other signals only rank what passes it.
			signals.add(Query.of((q) -> q.matchAll((m) -> m.boost(0.001f))));
		}
		if (signals.isEmpty()) {
			// Browsing by filters alone: everything they let through.
			signals.add(Query.of((q) -> q.matchAll((m) -> m)));
		}
		bool.should(signals).minimumShouldMatch("1");
		Query rescoreQuery = rescore.isEmpty() ? null : Query.of((q) -> q.bool((b) -> b.should(rescore)));
		return new Scoring(bool.build()._toQuery(), rescoreQuery);
	}

	private static Query fuzzyName(String field, String key) {
		return Query.of((q) -> q.fuzzy((f) -> f.field(field)
			.value(FieldValue.of(key))
			.fuzziness("1")
			.prefixLength(0)
			.maxExpansions(20)
			.transpositions(true)));
	}

	private static void textSignals(UnderstoodQuery u, List<Query> signals, List<Query> rescore) {
		String text = u.text();
		String words = String.join(" ", u.words());
		if (!u.key().isEmpty()) {
			signals.add(constant(
					Query.of((q) -> q.term((t) -> t.field(DocumentFields.TITLE_RAW).value(FieldValue.of(u.key())))),
					EXACT_TITLE_BOOST));
			signals.add(constant(
					Query.of((q) -> q.term((t) -> t.field(DocumentFields.ALIASES_RAW).value(FieldValue.of(u.key())))),
					EXACT_ALIAS_BOOST));
			if (u.key().length() >= 3 && u.key().length() <= 60) {
				// A one-character slip in a full title or a short name (会记法,
				// 居家养老服务补帖管理办法) still names the document: one edit away, scored just
				// below the exact name.
				signals.add(constant(fuzzyName(DocumentFields.TITLE_RAW, u.key()), FUZZY_NAME_BOOST));
				signals.add(constant(fuzzyName(DocumentFields.ALIASES_RAW, u.key()), FUZZY_NAME_BOOST));
			}
		}
		// A few characters of a title or a short name, as typed.
		signals.add(phrase(DocumentFields.TITLE_CHARS, text, 0, 6f));
		signals.add(phrase(DocumentFields.ALIASES_CHARS, text, 0, 4f));
		// The characters in order, close together: a few words of a title with a gap, or
		// pieces HanLP segments differently from the query.
		signals.add(phrase(DocumentFields.TITLE_CHARS, text, TITLE_CHARS_SLOP, 2f));
		// Characters, for titles HanLP segments differently from the query.
		signals.add(Query.of((q) -> q.match((m) -> m.field(DocumentFields.TITLE_CHARS)
			.query(text)
			.operator(Operator.Or)
			.minimumShouldMatch("3<85%")
			.boost(0.5f))));
		if (!words.isEmpty()) {
			signals.add(Query.of((q) -> q.match((m) -> m.field(DocumentFields.TITLE_WORDS)
				.query(words)
				.operator(Operator.Or)
				.minimumShouldMatch("2<75%")
				.boost(3f))));
			signals.add(Query.of((q) -> q.match((m) -> m.field(DocumentFields.ALIASES_WORDS)
				.query(words)
				.operator(Operator.Or)
				.minimumShouldMatch("2<75%")
				.boost(2f))));
			// Function words (的, 和, 等…) match nearly every body: left out of the body
			// match, where they only cost.
			String bodyWords = String.join(" ", contentWords(u.words()));
			signals.add(Query.of((q) -> q.match((m) -> m.field(DocumentFields.BODY_WORDS)
				.query(bodyWords)
				.operator(Operator.Or)
				.minimumShouldMatch("2<75%")
				.boost(1f))));
			if (u.words().size() > 1) {
				signals.add(phrase(DocumentFields.TITLE_WORDS, words, 3, 3f));
				// Proximity in the body: the words near each other. Only for a few words:
				// a longer query is a sentence, which the exact phrase finds.
				if (u.words().size() <= BODY_PROXIMITY_MAX_WORDS) {
					rescore.add(phrase(DocumentFields.BODY_WORDS, words, 6, 1f));
				}
			}
		}
		// A remembered sentence. Characters are common in bodies, so the phrase's BM25
		// score is small beside title signals; a long exact phrase is strong evidence all
		// the same, worth more the longer it is. The phrase of its words (far fewer
		// positions to read than its characters) finds it among all matches; the exact
		// phrase of its characters confirms it among the best.
		int length = letterOrDigitCount(text);
		if (length >= SENTENCE_LENGTH && u.words().size() > 1) {
			signals.add(constant(phrase(DocumentFields.BODY_WORDS, words, 1, 1f),
					Math.min(SENTENCE_BOOST_PER_CHAR * length, SENTENCE_BOOST_MAX) / 2));
		}
		if (length >= SENTENCE_LENGTH) {
			rescore.add(constant(phrase(DocumentFields.BODY_CHARS, text, 0, 1f),
					Math.min(SENTENCE_BOOST_PER_CHAR * length, SENTENCE_BOOST_MAX)));
		}
		else {
			rescore.add(phrase(DocumentFields.BODY_CHARS, text, 0, 1.5f));
		}
	}

	/** The words without function words, or all of them when nothing else is left. */
	static List<String> contentWords(List<String> words) {
		List<String> content = words.stream().filter((w) -> !FUNCTION_WORDS.contains(w)).toList();
		return content.isEmpty() ? words : content;
	}

	/**
	 * The query that finds and ranks every match, and the one that re-ranks the best of
	 * them.
	 *
	 * @param query finds and ranks
	 * @param rescore added to the score of the top hits, or null
	 */
	record Scoring(Query query, @Nullable Query rescore) {
	}

	private static int letterOrDigitCount(String text) {
		int count = 0;
		for (int i = 0; i < text.length(); i++) {
			if (Character.isLetterOrDigit(text.charAt(i))) {
				count++;
			}
		}
		return count;
	}

	static Query phrase(String field, String text, int slop, float boost) {
		return Query.of((q) -> q.matchPhrase((m) -> m.field(field).query(text).slop(slop).boost(boost)));
	}

	static Query constant(Query filter, float boost) {
		return Query.of((q) -> q.constantScore((c) -> c.filter(filter).boost(boost)));
	}

}
