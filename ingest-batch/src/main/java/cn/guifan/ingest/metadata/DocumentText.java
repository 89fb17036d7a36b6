package cn.guifan.ingest.metadata;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import cn.guifan.schemas.text.ChineseText;

/**
 * A document's text cut into lines that remember where they are, so stages can look at
 * the head, the tail or one line and still report positions in the whole text.
 * <p>
 * Analyses that several stages need (the disclosure table of a web page, the end of the
 * head, the signature) are computed once per document and kept here ({@link #memo}). Not
 * thread-safe: one instance per document and thread.
 */
public final class DocumentText {

	/**
	 * The marker that ends the title and history block of the Markdown laws in the
	 * corpus.
	 */
	static final String INFO_END = "<!-- INFO END -->";

	private final String text;

	private final String fileName;

	private final List<Line> lines;

	private final List<Line> nonBlank;

	private final Map<Function<DocumentText, ?>, Object> memos = new HashMap<>();

	public DocumentText(String text, String fileName) {
		this.text = text;
		this.fileName = fileName;
		List<Line> cut = new ArrayList<>();
		List<Line> filled = new ArrayList<>();
		int start = 0;
		int index = 0;
		while (start <= text.length()) {
			int end = text.indexOf('\n', start);
			if (end < 0) {
				end = text.length();
			}
			int lineEnd = (end > start && text.charAt(end - 1) == '\r') ? end - 1 : end;
			Line line = new Line(index++, text.substring(start, lineEnd), start);
			cut.add(line);
			if (!line.isBlank()) {
				filled.add(line);
			}
			start = end + 1;
		}
		this.lines = Collections.unmodifiableList(cut);
		this.nonBlank = Collections.unmodifiableList(filled);
	}

	public String text() {
		return this.text;
	}

	/** The file's name, for stages that take hints from it (an .md law, a .html page). */
	public String fileName() {
		return this.fileName;
	}

	public List<Line> lines() {
		return this.lines;
	}

	/** The non-blank lines, in order. */
	public List<Line> nonBlankLines() {
		return this.nonBlank;
	}

	/**
	 * The result of an analysis of this text, computed on first use. {@code analysis}
	 * must be a constant (a static method reference held in a field), as it is the key.
	 */
	// An analysis may find nothing (a text without a signature): its memo is then null,
	// which its type says (Signature.OF gives a @Nullable Signature); NullAway does not
	// read nullness through the type parameter.
	@SuppressWarnings({ "unchecked", "NullAway" })
	<T> T memo(Function<DocumentText, T> analysis) {
		Object value = this.memos.get(analysis);
		if (value == null && !this.memos.containsKey(analysis)) {
			value = analysis.apply(this);
			this.memos.put(analysis, value);
		}
		return (T) value;
	}

	/** One line of the text. */
	public record Line(int index, String text, int start) {

		public int end() {
			return this.start + this.text.length();
		}

		public boolean isBlank() {
			for (int i = 0; i < this.text.length(); i++) {
				if (!ChineseText.isSpace(this.text.charAt(i))) {
					return false;
				}
			}
			return true;
		}

		/** Offset of the first non-space character in the whole text. */
		public int contentStart() {
			int i = 0;
			while (i < this.text.length() && ChineseText.isSpace(this.text.charAt(i))) {
				i++;
			}
			return this.start + i;
		}

		/**
		 * The line without surrounding spaces of any width; a line spaced out letter by
		 * letter (通 知, 某 县 人 民 政 府, 特 此 通 告: every Han character apart, as banners, kinds
		 * and signatures are printed) without its spaces, since the same line is printed
		 * unspaced on another site.
		 */
		public String stripped() {
			int from = 0;
			int to = this.text.length();
			while (from < to && ChineseText.isSpace(this.text.charAt(from))) {
				from++;
			}
			while (to > from && ChineseText.isSpace(this.text.charAt(to - 1))) {
				to--;
			}
			String s = (from == 0 && to == this.text.length()) ? this.text : this.text.substring(from, to);
			return letterSpaced(s) ? ChineseText.removeSpaces(s) : s;
		}

		/**
		 * True when a line is two to twenty Han characters, each apart from the next by
		 * one to four spaces: no word of two characters stands together.
		 */
		static boolean letterSpaced(String s) {
			if (s.length() < 3 || s.length() > 100 || !ChineseText.isSpace(s.charAt(1))) {
				return false;
			}
			int letters = 0;
			int i = 0;
			while (i < s.length()) {
				if (!ChineseText.isHan(s.codePointAt(i)) || Character.isSupplementaryCodePoint(s.codePointAt(i))) {
					return false;
				}
				letters++;
				i++;
				int spaces = 0;
				while (i < s.length() && ChineseText.isSpace(s.charAt(i))) {
					spaces++;
					i++;
				}
				if ((i < s.length() && (spaces == 0 || spaces > 4)) || letters > 20) {
					return false;
				}
			}
			return letters >= 2;
		}

		/**
		 * The line without any spaces: what a registrar reads, e.g. 青 禾 县 财 政 局 becomes
		 * 青禾县财政局.
		 */
		public String compact() {
			return ChineseText.removeSpaces(this.text);
		}

		/** The line without a Markdown heading marker ({@code ## 第一章} → 第一章). */
		public String unmarked() {
			String s = stripped();
			int i = 0;
			while (i < s.length() && s.charAt(i) == '#') {
				i++;
			}
			return (i > 0) ? s.substring(i).strip() : s;
		}

	}

}
