package cn.guifan.registry.export;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A document's text as the lines a printed page shows: blank lines dropped, spaces at the
 * ends trimmed, and the 编/章/节 headings of a law told apart so they can be centred.
 */
final class TextLines {

	private static final Pattern DIVISION = Pattern.compile("^第[一二三四五六七八九十百零〇○两0-9]+[编章节](\\s|　|$).{0,40}$");

	private TextLines() {
	}

	static List<Line> of(String text) {
		List<Line> lines = new ArrayList<>();
		for (String raw : text.split("\\R")) {
			String line = clean(raw).strip();
			if (line.isEmpty()) {
				continue;
			}
			lines.add(new Line(line, DIVISION.matcher(line).matches()));
		}
		return lines;
	}

	/**
	 * The text without characters a file cannot hold (XML 1.0 forbids most control
	 * characters; unpaired surrogates break both formats).
	 */
	static String clean(String text) {
		StringBuilder out = null;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			boolean ok;
			if (Character.isHighSurrogate(c)) {
				ok = i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
				if (ok) {
					if (out != null) {
						out.append(c).append(text.charAt(i + 1));
					}
					i++;
					continue;
				}
			}
			else if (Character.isLowSurrogate(c)) {
				ok = false;
			}
			else {
				ok = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF && c != 0x7F);
			}
			if (!ok && out == null) {
				out = new StringBuilder(text.length()).append(text, 0, i);
			}
			else if (ok && out != null) {
				out.append(c);
			}
		}
		return (out != null) ? out.toString() : text;
	}

	/**
	 * A line of text.
	 *
	 * @param text the line
	 * @param division whether it is a 编/章/节 heading
	 */
	record Line(String text, boolean division) {
	}

}
