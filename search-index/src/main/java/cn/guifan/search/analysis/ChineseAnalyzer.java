package cn.guifan.search.analysis;

import java.util.ArrayList;
import java.util.List;

import cn.guifan.schemas.text.ChineseText;
import cn.guifan.schemas.text.SimplifiedChinese;
import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;

/**
 * The one analyzer for index time and query time: HanLP segments the text in the
 * application and Elasticsearch receives the words joined by spaces, so any stock cluster
 * can search Chinese without plugins.
 * <p>
 * Before segmenting, text is normalized the same way on both sides: full-width forms
 * folded to half-width, traditional characters converted to simplified (by
 * {@link SimplifiedChinese}, the table ingest uses too), Latin letters lower-cased.
 * HanLP's recognisers for names, places and organizations are turned off: they double the
 * cost and do not help find regulatory documents, whose vocabulary the core dictionary
 * covers.
 * <p>
 * Thread-safe: HanLP's viterbi segment keeps no state between calls.
 */
public final class ChineseAnalyzer {

	/** Marks that do not change which document a name means. */
	private static final String KEY_DROPPED = "《》〈〉<>“”‘’\"'「」『』";

	/** Texts longer than this are segmented in slices of at most this many characters. */
	static final int SLICE_CHARS = 100_000;

	private static final String SENTENCE_ENDS = "。！？；!?;\n";

	private final Segment segment;

	static {
		// Place names (行政区划) and law abbreviations are words: 从化区 must not become 从 化 区,
		// whose single characters match most of any text.
		Lexicon.loadInto();
	}

	public ChineseAnalyzer() {
		this.segment = HanLP.newSegment()
			.enableNameRecognize(false)
			.enableTranslatedNameRecognize(false)
			.enableJapaneseNameRecognize(false)
			.enablePlaceRecognize(false)
			.enableOrganizationRecognize(false)
			.enableNumberQuantifierRecognize(false)
			.enableCustomDictionary(true)
			.enablePartOfSpeechTagging(false);
	}

	/**
	 * The normalized text that {@code *.chars} fields hold and that phrase queries are
	 * run with: width folded, simplified, lower case.
	 */
	public String normalize(String text) {
		String folded = ChineseText.foldWidth(text);
		return SimplifiedChinese.of(folded).toLowerCase(java.util.Locale.ROOT);
	}

	/**
	 * The comparison key of a name (a title, a short name): normalized, without spaces,
	 * quotation and book-title marks, so that 《中华人民共和国 会计法》 and 中华人民共和国会计法 are one key.
	 * Exact title and short-name matches compare keys.
	 */
	public String key(String text) {
		String normalized = normalize(text);
		StringBuilder out = new StringBuilder(normalized.length());
		for (int i = 0; i < normalized.length(); i++) {
			char c = normalized.charAt(i);
			if (!ChineseText.isSpace(c) && KEY_DROPPED.indexOf(c) < 0) {
				out.append(c);
			}
		}
		return out.toString();
	}

	/** The words of a text, normalized, without punctuation and spaces. */
	public List<String> words(String text) {
		String normalized = normalize(text);
		List<Term> terms = this.segment.seg(normalized);
		List<String> words = new ArrayList<>(terms.size());
		for (Term term : terms) {
			if (isWord(term.word)) {
				words.add(term.word);
			}
		}
		return words;
	}

	/**
	 * The words joined by single spaces: the value of a {@code *.words} field or query.
	 */
	public String wordsJoined(String text) {
		if (text.length() <= SLICE_CHARS) {
			return String.join(" ", words(text));
		}
		// A long text is segmented a slice at a time, cut after a sentence: HanLP's terms
		// for a whole 15-million-character text took more than a 1 GB heap, and the words
		// of one slice are all that is held besides the result.
		StringBuilder joined = new StringBuilder(text.length() + text.length() / 2);
		int start = 0;
		while (start < text.length()) {
			int end = sliceEnd(text, start);
			for (String word : words(text.substring(start, end))) {
				if (!joined.isEmpty()) {
					joined.append(' ');
				}
				joined.append(word);
			}
			start = end;
		}
		return joined.toString();
	}

	/**
	 * Where the slice from {@code start} ends: after the last sentence end (or line
	 * break) within {@link #SLICE_CHARS}, else at the limit, never between the halves of
	 * a surrogate pair.
	 */
	static int sliceEnd(String text, int start) {
		int limit = Math.min(text.length(), start + SLICE_CHARS);
		if (limit == text.length()) {
			return limit;
		}
		for (int i = limit - 1; i > start + SLICE_CHARS / 2; i--) {
			if (SENTENCE_ENDS.indexOf(text.charAt(i)) >= 0) {
				return i + 1;
			}
		}
		return Character.isHighSurrogate(text.charAt(limit - 1)) ? limit - 1 : limit;
	}

	private static boolean isWord(String token) {
		for (int i = 0; i < token.length(); i++) {
			if (Character.isLetterOrDigit(token.charAt(i))) {
				return true;
			}
		}
		return false;
	}

}
