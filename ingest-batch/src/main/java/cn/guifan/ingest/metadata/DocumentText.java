package cn.guifan.ingest.metadata;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A document's text cut into lines that remember where they are, so stages can look at
 * the head, the tail or one line and still report positions in the whole text.
 */
public final class DocumentText {

	private final String text;

	private final String fileName;

	private final List<Line> lines;

	public DocumentText(String text, String fileName) {
		this.text = text;
		this.fileName = fileName;
		List<Line> cut = new ArrayList<>();
		int start = 0;
		int index = 0;
		while (start <= text.length()) {
			int end = text.indexOf('\n', start);
			if (end < 0) {
				end = text.length();
			}
			cut.add(new Line(index++, text.substring(start, end), start));
			start = end + 1;
		}
		this.lines = Collections.unmodifiableList(cut);
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
		return this.lines.stream().filter((l) -> !l.isBlank()).toList();
	}

	/** One line of the text. */
	public record Line(int index, String text, int start) {

		public int end() {
			return this.start + this.text.length();
		}

		public boolean isBlank() {
			return this.text.isBlank() || this.text.strip().replace("\u3000", "").isEmpty();
		}

		/** The line without surrounding spaces of any width. */
		public String stripped() {
			return this.text.strip().replaceAll("^[\\u3000\\s]+|[\\u3000\\s]+$", "");
		}

	}

}
