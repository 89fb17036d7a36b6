package cn.guifan.registry.lifecycle;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.guifan.schemas.text.ChineseNumerals;
import org.jspecify.annotations.Nullable;

/**
 * The items of an amending decision (关于修改《…》的决定) and the text they make when applied to
 * the amended document: 将第三条修改为："…"; 将第五条第一款修改为："…"; 在第七条中增加一款，作为第二款："…"; 增加一条，作为第十条："…";
 * 删除第十二条; 将第十八条中的"A"修改为"B". Article numbers in the items are those of the text amended,
 * except where an item says where a new article goes (作为第十条), which is its place in the
 * new text; the articles are numbered afresh at the end, as the decision's 对条文顺序作相应调整
 * asks.
 * <p>
 * Pure code. An item this reader does not understand, or one that names an article the
 * text does not have, makes the whole amendment unapplied: the registry then records it
 * as pending consolidation rather than make a text the decision did not.
 */
final class Amendments {

	private static final String NUM = "[一二三四五六七八九十百零〇两]+";

	private static final Pattern ITEM = Pattern.compile("^[\\s\\u3000]*(" + NUM + ")、(.*)$");

	private static final Pattern REPLACE_ARTICLE = Pattern.compile("^将第(" + NUM + ")条修改为[：:]");

	private static final Pattern REPLACE_PARAGRAPH = Pattern.compile("^将第(" + NUM + ")条第(" + NUM + ")款修改为[：:]");

	private static final Pattern ADD_PARAGRAPH = Pattern.compile("^在第(" + NUM + ")条中增加一款[，,]作为第(" + NUM + ")款[：:]");

	private static final Pattern ADD_ARTICLE = Pattern.compile("^增加一条[，,]作为第(" + NUM + ")条[：:]");

	private static final Pattern DELETE_ARTICLE = Pattern.compile("^删除第(" + NUM + ")条[。；;]?$");

	private static final Pattern REPLACE_WORDS = Pattern
		.compile("^将第(" + NUM + ")条中的[\"“'‘](.+?)[\"”'’]修改为[\"“'‘](.+?)[\"”'’][。；;]?$");

	private static final Pattern ARTICLE = Pattern.compile("^[\\s\\u3000]*第(" + NUM + ")条[\\s\\u3000]+(.*)$");

	private static final Pattern CHAPTER = Pattern.compile("^[\\s\\u3000]*第" + NUM + "[章节编][\\s\\u3000].*$");

	private static final Pattern ITEM_LINE = Pattern.compile("^[\\s\\u3000]*[（(]" + NUM + "[)）]");

	private static final Pattern TRAILER = Pattern.compile("^[\\s\\u3000]*(?:抄送|附件|.*\\d{4}年\\d{1,2}月\\d{1,2}日印发)");

	private static final String OPEN = "\"“";

	private static final String CLOSE = "\"”";

	private Amendments() {
	}

	/** One change an item makes. */
	sealed interface Item
			permits ReplaceArticle, ReplaceParagraph, AddParagraph, AddArticle, DeleteArticle, ReplaceWords {

		/** The article of the amended text it concerns (0 for a new article). */
		int article();

	}

	record ReplaceArticle(int article, List<String> paragraphs) implements Item {
	}

	record ReplaceParagraph(int article, int paragraph, List<String> lines) implements Item {
	}

	record AddParagraph(int article, int paragraph, List<String> lines) implements Item {
	}

	record AddArticle(int position, List<String> paragraphs) implements Item {

		@Override
		public int article() {
			return 0;
		}

	}

	record DeleteArticle(int article) implements Item {
	}

	record ReplaceWords(int article, String from, String to) implements Item {
	}

	/**
	 * What an amending decision says, read from its text.
	 *
	 * @param items the changes it makes, in order
	 * @param understood whether every numbered item was read; when not, the decision
	 * cannot be applied
	 */
	record Decision(List<Item> items, boolean understood) {

		/** The new wording of the articles it rewrites or adds, for its effect clause. */
		String newWording() {
			StringBuilder out = new StringBuilder();
			for (Item item : this.items) {
				List<String> lines = List.of();
				if (item instanceof ReplaceArticle r) {
					lines = r.paragraphs();
				}
				else if (item instanceof ReplaceParagraph r) {
					lines = r.lines();
				}
				else if (item instanceof AddParagraph a) {
					lines = a.lines();
				}
				else if (item instanceof AddArticle a) {
					lines = a.paragraphs();
				}
				lines.forEach((l) -> out.append(l).append('\n'));
			}
			return out.toString();
		}

	}

	/** Reads the numbered items of an amending decision. */
	static Decision read(String decisionText) {
		List<String> lines = decisionText.lines().map(String::strip).filter((l) -> !l.isEmpty()).toList();
		List<Item> items = new ArrayList<>();
		boolean understood = true;
		int expected = 1;
		for (int i = 0; i < lines.size(); i++) {
			Matcher m = ITEM.matcher(lines.get(i));
			if (!m.matches() || number(m.group(1)) != expected) {
				continue;
			}
			expected++;
			String body = m.group(2).strip();
			// The quoted new wording may run over several paragraphs, each opening with a
			// quotation mark and only the last closing it.
			List<String> quoted = new ArrayList<>();
			int colon = quoteStart(body);
			if (colon >= 0) {
				String first = body.substring(colon);
				i = collectQuote(first, lines, i, quoted);
			}
			Item item = item(body, quoted);
			if (item == null) {
				understood = false;
			}
			else {
				items.add(item);
			}
		}
		return new Decision(items, understood && !items.isEmpty());
	}

	private static int quoteStart(String body) {
		int colon = Math.max(body.indexOf("为："), body.indexOf("款："));
		colon = Math.max(colon, body.indexOf("条："));
		if (colon < 0) {
			return -1;
		}
		int at = colon + 2;
		return (at < body.length() && OPEN.indexOf(body.charAt(at)) >= 0) ? at : -1;
	}

	/**
	 * Collects the quoted paragraphs from {@code first} on; returns the last line used.
	 */
	private static int collectQuote(String first, List<String> lines, int at, List<String> out) {
		String paragraph = first;
		int i = at;
		while (true) {
			String p = paragraph.strip();
			if (!p.isEmpty() && OPEN.indexOf(p.charAt(0)) >= 0) {
				p = p.substring(1);
			}
			boolean closes = !p.isEmpty() && CLOSE.indexOf(p.charAt(p.length() - 1)) >= 0;
			if (closes) {
				out.add(unquoteInner(p.substring(0, p.length() - 1).strip()));
				return i;
			}
			out.add(unquoteInner(p));
			if (i + 1 >= lines.size() || OPEN.indexOf(lines.get(i + 1).charAt(0)) < 0) {
				return i;
			}
			i++;
			paragraph = lines.get(i);
		}
	}

	/**
	 * Quotation marks inside a quotation are single (‘丰原通’); in the text they are quoted
	 * into they are double again (“丰原通”).
	 */
	private static String unquoteInner(String line) {
		return line.replace('‘', '“').replace('’', '”').replace('\'', '"');
	}

	private static @Nullable Item item(String body, List<String> quoted) {
		Matcher m;
		if ((m = REPLACE_PARAGRAPH.matcher(body)).find() && !quoted.isEmpty()) {
			return new ReplaceParagraph(number(m.group(1)), number(m.group(2)), quoted);
		}
		if ((m = REPLACE_ARTICLE.matcher(body)).find() && !quoted.isEmpty()) {
			return new ReplaceArticle(number(m.group(1)), quoted);
		}
		if ((m = ADD_PARAGRAPH.matcher(body)).find() && !quoted.isEmpty()) {
			return new AddParagraph(number(m.group(1)), number(m.group(2)), quoted);
		}
		if ((m = ADD_ARTICLE.matcher(body)).find() && !quoted.isEmpty()) {
			return new AddArticle(number(m.group(1)), quoted);
		}
		if ((m = DELETE_ARTICLE.matcher(body)).find()) {
			return new DeleteArticle(number(m.group(1)));
		}
		if ((m = REPLACE_WORDS.matcher(body)).find()) {
			return new ReplaceWords(number(m.group(1)), m.group(2), m.group(3));
		}
		return null;
	}

	/** An article of the text: its number and its paragraphs (款, each with its items). */
	private record Article(int number, @Nullable String heading, List<List<String>> paragraphs) {

		List<String> lines() {
			List<String> lines = new ArrayList<>();
			this.paragraphs.forEach(lines::addAll);
			return lines;
		}

	}

	/**
	 * The text the decision makes of the amended text: its title, a line saying what it
	 * was amended by, and every article, numbered afresh. Empty when the decision cannot
	 * be applied to it.
	 * @param amended the text of the version amended
	 * @param decision the decision's items
	 * @param title the amended document's name, the first line of the new text
	 * @param note the line under the title (根据…修正)
	 */
	static Optional<String> apply(String amended, Decision decision, String title, String note) {
		if (!decision.understood()) {
			return Optional.empty();
		}
		List<Article> articles = articles(amended);
		if (articles.isEmpty()) {
			return Optional.empty();
		}
		List<Article> result = new ArrayList<>();
		List<AddArticle> added = new ArrayList<>();
		for (Item item : decision.items()) {
			if (item instanceof AddArticle a) {
				added.add(a);
			}
			else if (articles.stream().noneMatch((x) -> x.number() == item.article())) {
				return Optional.empty();
			}
		}
		for (Article article : articles) {
			Article changed = article;
			boolean deleted = false;
			for (Item item : decision.items()) {
				if (item.article() != article.number()) {
					continue;
				}
				if (item instanceof DeleteArticle) {
					deleted = true;
				}
				else if (item instanceof ReplaceArticle r) {
					changed = new Article(changed.number(), changed.heading(), paragraphs(r.paragraphs()));
				}
				else if (item instanceof ReplaceParagraph r) {
					if (r.paragraph() < 1 || r.paragraph() > changed.paragraphs().size()) {
						return Optional.empty();
					}
					List<List<String>> ps = new ArrayList<>(changed.paragraphs());
					ps.set(r.paragraph() - 1, List.copyOf(r.lines()));
					changed = new Article(changed.number(), changed.heading(), ps);
				}
				else if (item instanceof AddParagraph a) {
					if (a.paragraph() < 1 || a.paragraph() > changed.paragraphs().size() + 1) {
						return Optional.empty();
					}
					List<List<String>> ps = new ArrayList<>(changed.paragraphs());
					ps.add(a.paragraph() - 1, List.copyOf(a.lines()));
					changed = new Article(changed.number(), changed.heading(), ps);
				}
				else if (item instanceof ReplaceWords w) {
					if (!String.join("\n", changed.lines()).contains(w.from())) {
						return Optional.empty();
					}
					List<List<String>> ps = new ArrayList<>();
					for (List<String> p : changed.paragraphs()) {
						ps.add(p.stream().map((l) -> l.replace(w.from(), w.to())).toList());
					}
					changed = new Article(changed.number(), changed.heading(), ps);
				}
			}
			if (!deleted) {
				result.add(changed);
			}
		}
		added.sort(Comparator.comparingInt(AddArticle::position));
		for (AddArticle a : added) {
			if (a.position() < 1 || a.position() > result.size() + 1) {
				return Optional.empty();
			}
			result.add(a.position() - 1, new Article(0, null, paragraphs(a.paragraphs())));
		}
		StringBuilder out = new StringBuilder(title).append("\n\n").append(note).append("\n\n");
		for (int i = 0; i < result.size(); i++) {
			Article article = result.get(i);
			if (article.heading() != null) {
				out.append(article.heading()).append("\n\n");
			}
			List<String> lines = article.lines();
			out.append("\u3000\u3000第").append(numeral(i + 1)).append("条\u3000").append(lines.get(0)).append("\n\n");
			for (String line : lines.subList(1, lines.size())) {
				out.append("\u3000\u3000").append(line).append("\n\n");
			}
		}
		return Optional.of(out.toString().stripTrailing() + "\n");
	}

	/**
	 * Groups lines into paragraphs: an item line (（一）…) belongs to the paragraph before.
	 */
	private static List<List<String>> paragraphs(List<String> lines) {
		List<List<String>> paragraphs = new ArrayList<>();
		for (String line : lines) {
			if (ITEM_LINE.matcher(line).find() && !paragraphs.isEmpty()) {
				paragraphs.get(paragraphs.size() - 1).add(line);
			}
			else {
				paragraphs.add(new ArrayList<>(List.of(line)));
			}
		}
		return paragraphs.stream().map(List::copyOf).toList();
	}

	/** The articles of a text, from its first 第一条 to what follows its last one. */
	private static List<Article> articles(String text) {
		List<String> lines = text.lines().map(String::strip).filter((l) -> !l.isEmpty()).toList();
		List<Article> articles = new ArrayList<>();
		int expected = 1;
		String heading = null;
		String nextHeading = null;
		List<String> current = null;
		for (String line : lines) {
			Matcher m = ARTICLE.matcher(line);
			if (m.matches() && number(m.group(1)) == expected) {
				if (current != null) {
					articles.add(new Article(expected - 1, heading, paragraphs(current)));
				}
				heading = nextHeading;
				nextHeading = null;
				current = new ArrayList<>(List.of(m.group(2).strip()));
				expected++;
			}
			else if (CHAPTER.matcher(line).matches()) {
				nextHeading = line;
			}
			else if (current != null && TRAILER.matcher(line).find()) {
				break;
			}
			else if (current != null) {
				current.add(line);
			}
		}
		if (current != null) {
			articles.add(new Article(expected - 1, heading, paragraphs(current)));
		}
		return articles;
	}

	private static int number(String numeral) {
		OptionalInt n = ChineseNumerals.parse(numeral);
		return n.isPresent() ? n.getAsInt() : -1;
	}

	/** 1 → 一, 10 → 十, 21 → 二十一, 105 → 一百零五. */
	static String numeral(int n) {
		String digits = "零一二三四五六七八九";
		if (n < 10) {
			return String.valueOf(digits.charAt(n));
		}
		if (n < 20) {
			return "十" + ((n % 10 != 0) ? String.valueOf(digits.charAt(n % 10)) : "");
		}
		if (n < 100) {
			return digits.charAt(n / 10) + "十" + ((n % 10 != 0) ? String.valueOf(digits.charAt(n % 10)) : "");
		}
		int rest = n % 100;
		String tail = (rest == 0) ? ""
				: (rest < 10) ? "零" + digits.charAt(rest) : (rest < 20) ? "一" + numeral(rest) : numeral(rest);
		return digits.charAt(n / 100) + "百" + tail;
	}

}
