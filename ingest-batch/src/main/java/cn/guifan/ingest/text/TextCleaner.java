package cn.guifan.ingest.text;

/**
 * Tidies extracted text without changing what it says: LF line ends, no trailing spaces,
 * at most one blank line in a row, no blank lines at the ends.
 */
public final class TextCleaner {

	private TextCleaner() {
	}

	public static String clean(String text) {
		String unified = text.replace("\r\n", "\n").replace('\r', '\n').replace("\uFEFF", "");
		StringBuilder out = new StringBuilder(unified.length());
		int blankRun = 0;
		for (String line : unified.split("\n", -1)) {
			String trimmed = stripTrailing(line);
			if (trimmed.isBlank()) {
				blankRun++;
				continue;
			}
			if (out.length() > 0) {
				out.append(blankRun > 0 ? "\n\n" : "\n");
			}
			blankRun = 0;
			out.append(trimmed);
		}
		return out.toString();
	}

	private static String stripTrailing(String line) {
		int end = line.length();
		while (end > 0 && (Character.isWhitespace(line.charAt(end - 1)) || line.charAt(end - 1) == '\u3000'
				|| line.charAt(end - 1) == '\u00A0')) {
			end--;
		}
		return line.substring(0, end);
	}

}
