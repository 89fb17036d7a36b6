package cn.guifan.schemas.text;

/**
 * Character-level normalization shared by ingest, storage and search, so that a document
 * number or a phrase typed with full-width characters finds the text printed with
 * half-width ones.
 */
public final class ChineseText {

	private static final char FULL_WIDTH_FIRST = '\uFF01';

	private static final char FULL_WIDTH_LAST = '\uFF5E';

	private static final int FULL_TO_HALF_OFFSET = 0xFEE0;

	private ChineseText() {
	}

	/**
	 * Folds full-width ASCII forms (Ａ, １, （, ［) to their half-width equivalents and the
	 * ideographic space and no-break spaces to a plain space. Chinese punctuation that
	 * has no ASCII twin (〔〕《》、。) is left alone.
	 */
	public static String foldWidth(CharSequence text) {
		StringBuilder out = null;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			char folded = foldWidth(c);
			if (folded != c && out == null) {
				out = new StringBuilder(text.length());
				out.append(text, 0, i);
			}
			if (out != null) {
				out.append(folded);
			}
		}
		return (out != null) ? out.toString() : text.toString();
	}

	public static char foldWidth(char c) {
		if (c >= FULL_WIDTH_FIRST && c <= FULL_WIDTH_LAST) {
			return (char) (c - FULL_TO_HALF_OFFSET);
		}
		if (c == '\u3000' || c == '\u00A0' || c == '\u2002' || c == '\u2003' || c == '\u2009' || c == '\u202F') {
			return ' ';
		}
		return c;
	}

	/**
	 * True for whitespace including the ideographic space, zero-width and no-break
	 * spaces.
	 */
	public static boolean isSpace(char c) {
		return Character.isWhitespace(c) || c == '\u3000' || c == '\u00A0' || c == '\u200B' || c == '\uFEFF'
				|| c == '\u2002' || c == '\u2003' || c == '\u2009' || c == '\u202F';
	}

	/**
	 * Removes every kind of space: Chinese text carries no meaning in spaces between
	 * characters.
	 */
	public static String removeSpaces(CharSequence text) {
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (!isSpace(c)) {
				out.append(c);
			}
		}
		return out.toString();
	}

	/** Collapses runs of spaces to one plain space and trims the ends. */
	public static String collapseSpaces(CharSequence text) {
		StringBuilder out = new StringBuilder(text.length());
		boolean pendingSpace = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (isSpace(c)) {
				pendingSpace = out.length() > 0;
			}
			else {
				if (pendingSpace) {
					out.append(' ');
					pendingSpace = false;
				}
				out.append(c);
			}
		}
		return out.toString();
	}

	/** True for a CJK unified ideograph (the characters a Chinese title is made of). */
	public static boolean isHan(int codePoint) {
		return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
	}

}
