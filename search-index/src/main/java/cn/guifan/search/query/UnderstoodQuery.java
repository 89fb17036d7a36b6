package cn.guifan.search.query;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What a typed query was understood to ask for, before anything is sent to Elasticsearch.
 *
 * @param typed the query as typed
 * @param text the free text: the query without quoted phrases and without a document
 * number, normalized (half-width, simplified, lower case, spaces collapsed)
 * @param key the free text as a name key (no spaces, quotation or book-title marks), for
 * exact title and short-name matches
 * @param words the HanLP words of the free text
 * @param phrases quoted phrases, normalized: each must occur exactly
 * @param docNumber the normalized document number the query is or contains, if any
 * @param docNumberPrefix the normalized beginning of document numbers (agency and year)
 * when that is all the query is
 */
public record UnderstoodQuery(String typed, String text, String key, List<String> words, List<String> phrases,
		@Nullable String docNumber, @Nullable String docNumberPrefix) {

	public UnderstoodQuery {
		words = List.copyOf(words);
		phrases = List.copyOf(phrases);
	}

	public boolean hasText() {
		return !this.text.isEmpty();
	}

	/** Whether the query is a document number and nothing else. */
	public boolean isDocNumberOnly() {
		return this.docNumber != null && this.text.isEmpty() && this.phrases.isEmpty();
	}

}
