package cn.guifan.registry.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A document's text as blocks a page can show: headings, paragraphs and rules. The laws
 * of the corpus come as Markdown (# 标题, ## 第一章, a {@code <!-- INFO END -->} comment, ---
 * rules); a person reads headings and text, never the marks.
 */
final class TextBlocks {

	private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s*(.*?)\\s*#*$");

	private static final Pattern CHAPTER = Pattern.compile("^第[一二三四五六七八九十百零〇]+[编章节](?:[\\s\\u3000].*)?$");

	private static final Pattern RULE = Pattern.compile("^(?:-{3,}|\\*{3,}|_{3,})$");

	private static final Pattern COMMENT = Pattern.compile("<!--.*?-->");

	private TextBlocks() {
	}

	/**
	 * A block of text.
	 *
	 * @param kind heading, paragraph or rule
	 * @param level the heading's level (1 for the title), 0 otherwise
	 * @param text what it says
	 */
	record Block(String kind, int level, String text) {
	}

	static List<Block> of(String text) {
		List<Block> blocks = new ArrayList<>();
		String withoutComments = COMMENT.matcher(text).replaceAll("");
		for (String raw : withoutComments.split("\\R")) {
			String line = raw.strip();
			if (line.isEmpty() || line.startsWith("<!--") || line.endsWith("-->")) {
				continue;
			}
			var heading = HEADING.matcher(line);
			if (heading.matches() && !heading.group(2).isEmpty()) {
				blocks.add(new Block("heading", heading.group(1).length(), heading.group(2)));
			}
			else if (RULE.matcher(line).matches()) {
				blocks.add(new Block("rule", 0, ""));
			}
			else if (CHAPTER.matcher(line).matches() && line.length() <= 40) {
				blocks.add(new Block("heading", 3, line));
			}
			else {
				blocks.add(new Block("paragraph", 0, line));
			}
		}
		return blocks;
	}

}
