package cn.guifan.ingest.metadata;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

import cn.guifan.schemas.docnumber.DocNumber;
import cn.guifan.schemas.docnumber.DocNumberMatch;
import cn.guifan.schemas.docnumber.DocNumbers;
import cn.guifan.schemas.document.TextSpan;
import org.jspecify.annotations.Nullable;

/**
 * Reads 《title》 references where they stand (a title broken over lines is joined again):
 * the title up to its matching 》 (titles nested inside, in 《》, 〈〉 or <>, are the inner
 * titles), and the number printed right after it, in brackets (《…》（国办发〔2020〕17号）) or, in
 * the lists of a cleanup decision, after a space (《…》 青政发〔2015〕18号).
 */
final class Citations {

	/** A title longer than this is a runaway bracket, not a title. */
	private static final int MAX_TITLE = 150;

	/**
	 * Line breaks a title may be broken by (text exported from a web page puts a blank
	 * line where the page wrapped: 《…公开平\n\n台有关事项的通知》).
	 */
	private static final int MAX_BREAKS = 2;

	private static final Pattern SENTENCE_END = Pattern.compile("[。；！？]");

	private static final Pattern LINE_BREAK = Pattern.compile("[ \t\u3000]*\r?\n\s*");

	/** Every reference of a document, found once for the stages that need them. */
	static final Function<DocumentText, List<Reference>> OF = (text) -> all(text.text());

	private Citations() {
	}

	/** One 《》 reference in a text. */
	record Reference(String title, List<String> innerTitles, @Nullable DocNumber number, int start, int titleEnd,
			int end) {

		TextSpan span() {
			return new TextSpan(this.start, this.end);
		}

	}

	/** The reference whose 《 is at {@code open}, or null when it does not close. */
	static @Nullable Reference at(String text, int open) {
		int depth = 0;
		int breaks = 0;
		int limit = Math.min(text.length(), open + MAX_TITLE + 2);
		for (int i = open; i < limit; i++) {
			char c = text.charAt(i);
			if (c == '\n' && ++breaks > MAX_BREAKS) {
				return null;
			}
			if (c == '《') {
				depth++;
			}
			else if (c == '》' && --depth == 0) {
				String title = text.substring(open + 1, i).strip();
				if (breaks > 0) {
					// A title broken over lines by the layout: joined again, unless the
					// "title" holds a sentence's end and is a bracket left open instead.
					if (SENTENCE_END.matcher(title).find()) {
						return null;
					}
					title = LINE_BREAK.matcher(title).replaceAll("");
				}
				if (title.isEmpty()) {
					return null;
				}
				int[] end = { i + 1 };
				DocNumber number = numberAfter(text, i + 1, end);
				return new Reference(title, innerTitles(title), number, open, i + 1, end[0]);
			}
		}
		return null;
	}

	/** Every reference in a text, outermost only, in order. */
	static List<Reference> all(String text) {
		List<Reference> found = new ArrayList<>();
		int at = text.indexOf('《');
		while (at >= 0) {
			Reference r = at(text, at);
			if (r != null) {
				found.add(r);
				at = text.indexOf('《', r.titleEnd());
			}
			else {
				at = text.indexOf('《', at + 1);
			}
		}
		return found;
	}

	/**
	 * The number right after a title: in （）/() directly after it, or after spaces in a
	 * list. {@code end[0]} is moved past it.
	 */
	private static @Nullable DocNumber numberAfter(String text, int from, int[] end) {
		int i = from;
		while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '\u3000')) {
			i++;
		}
		if (i >= text.length()) {
			return null;
		}
		char c = text.charAt(i);
		if (c == '（' || c == '(') {
			int close = -1;
			for (int j = i + 1; j < Math.min(text.length(), i + 60); j++) {
				char d = text.charAt(j);
				if (d == '）' || d == ')') {
					close = j;
					break;
				}
				if (d == '\n' || d == '（' || d == '(') {
					break;
				}
			}
			if (close < 0) {
				return null;
			}
			String inside = text.substring(i + 1, close);
			List<DocNumberMatch> numbers = DocNumbers.findAll(inside);
			if (!numbers.isEmpty() && inside.substring(0, numbers.get(0).start()).isBlank()) {
				end[0] = close + 1;
				return numbers.get(0).number();
			}
			return null;
		}
		if (i == from) {
			return null;
		}
		int lineEnd = text.indexOf('\n', i);
		String rest = text.substring(i, Math.min((lineEnd < 0) ? text.length() : lineEnd, i + 40));
		List<DocNumberMatch> numbers = DocNumbers.findAll(rest);
		if (!numbers.isEmpty() && numbers.get(0).start() == 0) {
			end[0] = i + numbers.get(0).end();
			return numbers.get(0).number();
		}
		return null;
	}

	private static List<String> innerTitles(String title) {
		List<String> inner = new ArrayList<>();
		for (int i = 0; i < title.length(); i++) {
			char open = title.charAt(i);
			char close = switch (open) {
				case '《' -> '》';
				case '〈' -> '〉';
				case '<' -> '>';
				default -> 0;
			};
			if (close == 0) {
				continue;
			}
			int depth = 0;
			for (int j = i; j < title.length(); j++) {
				char c = title.charAt(j);
				if (c == open) {
					depth++;
				}
				else if (c == close && --depth == 0) {
					inner.add(title.substring(i + 1, j));
					i = j;
					break;
				}
			}
		}
		return inner;
	}

}
