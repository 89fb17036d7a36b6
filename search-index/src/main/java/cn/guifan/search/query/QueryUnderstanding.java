package cn.guifan.search.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.guifan.schemas.docnumber.DocNumber;
import cn.guifan.schemas.docnumber.DocNumberMatch;
import cn.guifan.schemas.docnumber.DocNumbers;
import cn.guifan.schemas.text.ChineseText;
import cn.guifan.search.analysis.ChineseAnalyzer;
import cn.guifan.search.analysis.Lexicon;
import org.jspecify.annotations.Nullable;

/**
 * Reads a typed query before it is sent: quoted phrases (exact), a document number typed
 * any way (国办发2020 17号, 国办发〔2020〕17号, 国办发[2020]17, 国务院第686号令), an agency and year alone
 * (青政办规2022), and the free text around them, normalized the way the index is (full-width
 * to half-width, traditional to simplified, lower case).
 */
public final class QueryUnderstanding {

	/** "…", “…”, 「…」, 『…』: the text inside must occur exactly. */
	private static final Pattern QUOTED = Pattern.compile("\"([^\"]+)\"|“([^“”]+)”|「([^「」]+)」|『([^『』]+)』");

	private static final String EMPTY_MESSAGE = "请输入检索词，例如文件标题中的几个字、发文字号或一句原文";

	private final ChineseAnalyzer analyzer;

	public QueryUnderstanding(ChineseAnalyzer analyzer) {
		this.analyzer = analyzer;
	}

	/**
	 * The empty query of a browse by filters alone (an issuer, a kind, a year): every
	 * document the filters let through, newest first.
	 */
	public UnderstoodQuery browse() {
		return new UnderstoodQuery("", "", "", List.of(), List.of(), null, null);
	}

	public UnderstoodQuery understand(String typed) {
		String stripped = ChineseText.collapseSpaces(typed);
		if (stripped.isEmpty()) {
			throw new InvalidSearchException("q", EMPTY_MESSAGE);
		}
		List<String> phrases = new ArrayList<>();
		StringBuilder rest = new StringBuilder();
		Matcher quoted = QUOTED.matcher(stripped);
		int last = 0;
		while (quoted.find()) {
			rest.append(stripped, last, quoted.start()).append(' ');
			String inside = firstGroup(quoted);
			String phrase = ChineseText.collapseSpaces(this.analyzer.normalize(inside));
			if (hasLetterOrDigit(phrase)) {
				phrases.add(phrase);
			}
			last = quoted.end();
		}
		rest.append(stripped.substring(last));
		// Simplified and half-width before numbers are read: 國辦發〔２０２０〕17號 is
		// 国办发〔2020〕17号.
		String remainder = ChineseText.collapseSpaces(this.analyzer.normalize(rest.toString()));
		String docNumber = null;
		String prefix = null;
		Optional<DocNumber> whole = DocNumbers.parseLenient(remainder);
		if (whole.isPresent()) {
			docNumber = whole.get().normalized();
			remainder = "";
		}
		else {
			List<DocNumberMatch> inside = DocNumbers.findAll(remainder);
			if (!inside.isEmpty()) {
				DocNumberMatch first = inside.get(0);
				docNumber = first.number().normalized();
				remainder = ChineseText
					.collapseSpaces(remainder.substring(0, first.start()) + " " + remainder.substring(first.end()));
			}
			else {
				prefix = DocNumbers.agencyYearPrefix(remainder).orElse(null);
			}
		}
		String text = remainder;
		if (!hasLetterOrDigit(text)) {
			text = "";
		}
		List<String> words = text.isEmpty() ? List.of() : this.analyzer.words(text);
		// A widely used abbreviation (行诉法) means the law's short title (行政诉讼法): searched
		// as that, so the exact-name boost finds the law.
		if (words.stream().anyMatch(Lexicon::isAbbreviation)) {
			text = String.join("", words.stream().map(Lexicon::expand).toList());
			words = this.analyzer.words(text);
		}
		if (text.isEmpty() && phrases.isEmpty() && docNumber == null) {
			throw new InvalidSearchException("q", EMPTY_MESSAGE);
		}
		return new UnderstoodQuery(typed, text, this.analyzer.key(text), words, phrases, docNumber, prefix);
	}

	private static String firstGroup(Matcher m) {
		for (int i = 1; i <= m.groupCount(); i++) {
			if (m.group(i) != null) {
				return m.group(i);
			}
		}
		return "";
	}

	private static boolean hasLetterOrDigit(String s) {
		for (int i = 0; i < s.length(); i++) {
			if (Character.isLetterOrDigit(s.charAt(i))) {
				return true;
			}
		}
		return false;
	}

}
