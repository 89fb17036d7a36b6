package cn.guifan.registry.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.guifan.schemas.text.ChineseNumerals;

/**
 * An article (条) of a text, or the text before the first article.
 *
 * @param label 第十二条, or 序言 for what comes before the first article
 * @param number the article's number (0 for the preamble)
 * @param text the article's text, its label included
 */
public record Article(String label, int number, String text) {

	private static final Pattern ARTICLE = Pattern
		.compile("(?m)^[\\s\\u3000#]*(第([〇零一二两三四五六七八九十百千0-9]+)条)(?:之[一二三四五六七八九十]+)?");

	private static final Pattern HEADING = Pattern.compile("(?m)^[\\s\\u3000#]*第[〇零一二三四五六七八九十百千0-9]+[编章节]");

	/**
	 * Cuts a text into its articles; chapter headings are left out of the articles around
	 * them.
	 */
	public static List<Article> split(String text) {
		List<Article> articles = new ArrayList<>();
		Matcher m = ARTICLE.matcher(text);
		List<int[]> starts = new ArrayList<>();
		while (m.find()) {
			starts.add(new int[] { m.start(1), ChineseNumerals.parse(m.group(2)).orElse(-1) });
		}
		int firstStart = starts.isEmpty() ? text.length() : starts.get(0)[0];
		String preamble = text.substring(0, firstStart).strip();
		if (!preamble.isEmpty()) {
			articles.add(new Article("序言", 0, preamble));
		}
		for (int i = 0; i < starts.size(); i++) {
			int start = starts.get(i)[0];
			int end = (i + 1 < starts.size()) ? starts.get(i + 1)[0] : text.length();
			String body = withoutHeadings(text.substring(start, end));
			String label = body.substring(0, body.indexOf('条') + 1);
			articles.add(new Article(label, starts.get(i)[1], body));
		}
		return articles;
	}

	private static String withoutHeadings(String body) {
		Matcher heading = HEADING.matcher(body);
		return (heading.find() ? body.substring(0, heading.start()) : body).strip();
	}

	/** The article's text without its label, for comparing content across renumbering. */
	public String content() {
		return this.text.substring(this.label.length()).strip();
	}

}
