package cn.guifan.ingest.metadata;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.guifan.schemas.document.DocumentMetadata;
import cn.guifan.schemas.document.Provision;
import cn.guifan.schemas.document.TextSpan;
import cn.guifan.schemas.text.ChineseNumerals;
import cn.guifan.schemas.text.ChineseText;
import org.jspecify.annotations.Nullable;

/**
 * The body's structure as a tree: 编, 章 and 节 headings (第一章 总 则, also as Markdown headings
 * of any depth), 第X条 articles, their 款 (each paragraph of an article) and （一） items, each
 * with the span of text it covers.
 * <p>
 * One pass over the lines, looking only at lines that start with 第 or a bracket. An
 * article ends where the next unit starts or where the 版记 (抄送, the 印发 line), a 附件
 * heading, a signature or the trailer of the web page it was saved from (相关文件, 上一篇, the
 * footer) begins. A table of contents (chapters without articles, listed again further
 * down) is dropped.
 */
final class StructureStage implements ExtractionStage {

	private static final String NUMERALS = "一二三四五六七八九十百千零〇两0123456789０１２３４５６７８９";

	private static final Pattern ITEM = Pattern.compile("^[（(](" + "[一二三四五六七八九十]{1,3}" + ")[）)]");

	private static final Pattern END_OF_BODY = Pattern.compile("^(?:抄送|抄报|主送|附件|附表|（此件|\\(此件|此件|联系人)");

	/**
	 * What a web page prints below a document, as its saved text keeps it: a list of
	 * related pages (相关文件, 相关链接, 相关解读), the links to the previous and next page (上一篇：…),
	 * a button standing alone (打印本页, 关闭窗口, 收藏) and the footer's lines (网站标识码, 主办单位 with
	 * 承办 or a telephone number: an event's notice names its 主办单位 alone). None of them is
	 * part of the last article.
	 */
	private static final Pattern PAGE_TRAILER = Pattern.compile("^(?:" + "相关(?:文件|链接|阅读|新闻|信息|稿件|解读|附件|政策|推荐|文章)[:：]?$"
			+ "|(?:上一篇|下一篇|上一条|下一条)(?:[:：]|$)" + "|[【\\[]?(?:打印本页|打印正文|打印|关闭窗口|关闭本页|关闭|收藏|返回顶部|加入收藏|分享到)[】\\]]?[:：]?$"
			+ "|(?:网站标识码|技术支持|版权所有)[:：]" + "|主办单位[:：][^。；]*(?:承办|技术支持|电话|地址|版权)" + ")");

	@Override
	public void apply(DocumentText text, DocumentMetadata.Builder metadata) {
		List<Node> roots = new ArrayList<>();
		Node[] open = new Node[Provision.Level.values().length];
		int articles = 0;
		for (DocumentText.Line line : text.nonBlankLines()) {
			String raw = line.text();
			int at = firstContent(raw);
			char first = raw.charAt(at);
			if (first == '第') {
				Unit unit = unit(raw, at);
				if (unit != null && unit.kind != '条') {
					String rest = raw.substring(unit.end).strip();
					if (rest.length() <= 50 && rest.indexOf('。') < 0) {
						Provision.Level level = switch (unit.kind) {
							case '编' -> Provision.Level.PART;
							case '章' -> Provision.Level.CHAPTER;
							default -> Provision.Level.SECTION;
						};
						String heading = ChineseText.removeSpaces(rest);
						attach(roots, open, new Node(level, unit.label, unit.number, heading.isEmpty() ? null : heading,
								line.start() + at, line));
						continue;
					}
				}
				else if (unit != null) {
					attach(roots, open,
							new Node(Provision.Level.ARTICLE, unit.label, unit.number, null, line.start() + at, line));
					articles++;
					int body = firstContent(raw, unit.end);
					if (body < raw.length()) {
						attach(roots, open,
								new Node(Provision.Level.PARAGRAPH, "", 1, null, line.start() + body, line));
					}
					continue;
				}
			}
			Node article = open[Provision.Level.ARTICLE.ordinal()];
			if (article == null) {
				continue;
			}
			String s = raw.substring(at).strip();
			if (endsBody(s) || isSignatureLine(s)) {
				closeFrom(open, Provision.Level.PART);
				continue;
			}
			if (first == '（' || first == '(') {
				Matcher item = ITEM.matcher(s);
				if (item.find()) {
					if (open[Provision.Level.PARAGRAPH.ordinal()] == null) {
						attach(roots, open, new Node(Provision.Level.PARAGRAPH, "", 1, null, line.start() + at, line));
					}
					attach(roots, open, new Node(Provision.Level.ITEM, item.group(), number(item.group(1)), null,
							line.start() + at, line));
					continue;
				}
			}
			int count = article.children.size() + 1;
			attach(roots, open, new Node(Provision.Level.PARAGRAPH, "", count, null, line.start() + at, line));
		}
		metadata.structure((articles == 0) ? List.of() : build(withoutContents(roots)));
	}

	/** 第…条, 第…章, 第…节 or 第…编 at {@code at}, with 之一 for an inserted article. */
	private record Unit(String label, int number, char kind, int end) {
	}

	private static @Nullable Unit unit(String raw, int at) {
		int i = at + 1;
		while (i < raw.length() && i - at <= 8 && NUMERALS.indexOf(raw.charAt(i)) >= 0) {
			i++;
		}
		if (i == at + 1 || i >= raw.length()) {
			return null;
		}
		char kind = raw.charAt(i);
		if ("条章节编".indexOf(kind) < 0) {
			return null;
		}
		int number = number(raw.substring(at + 1, i));
		int end = i + 1;
		if (kind == '条' && end + 1 < raw.length() && raw.charAt(end) == '之'
				&& NUMERALS.indexOf(raw.charAt(end + 1)) >= 0) {
			end += 2;
			while (end < raw.length() && NUMERALS.indexOf(raw.charAt(end)) >= 0) {
				end++;
			}
		}
		// 第三条规定的… in running text is a reference, not an article.
		if (end < raw.length() && kind == '条' && !ChineseText.isSpace(raw.charAt(end))
				&& "的之规第和、，。所中款项".indexOf(raw.charAt(end)) >= 0) {
			return null;
		}
		return new Unit(raw.substring(at, end), number, kind, end);
	}

	private static int firstContent(String raw) {
		int i = firstContent(raw, 0);
		while (i < raw.length() && raw.charAt(i) == '#') {
			i = firstContent(raw, i + 1);
		}
		return (i < raw.length()) ? i : 0;
	}

	private static int firstContent(String raw, int from) {
		int i = from;
		while (i < raw.length() && ChineseText.isSpace(raw.charAt(i))) {
			i++;
		}
		return i;
	}

	/**
	 * The 版记, a 附件 or a 附注 after the last article, or what the page the text was saved
	 * from prints below it.
	 */
	private static boolean endsBody(String s) {
		return ("抄主附（(此联".indexOf(s.charAt(0)) >= 0 && END_OF_BODY.matcher(s).find()) || s.endsWith("印发")
				|| PAGE_TRAILER.matcher(s).lookingAt();
	}

	/** A date or organ names standing alone: the signature under a body. */
	private static boolean isSignatureLine(String s) {
		if (s.length() > 40 || s.indexOf('，') >= 0 || s.indexOf('。') >= 0 || s.indexOf('；') >= 0) {
			return false;
		}
		return (s.indexOf('年') >= 0 && DateText.parseWhole(s) != null) || Organs.isOrganList(s);
	}

	/** Adds a node under the innermost open node of a higher level, and extends spans. */
	private static void attach(List<Node> roots, Node[] open, Node node) {
		int level = node.level.ordinal();
		closeFrom(open, node.level);
		Node parent = null;
		for (int i = level - 1; i >= 0; i--) {
			if (open[i] != null) {
				parent = open[i];
				break;
			}
		}
		if (parent != null) {
			parent.children.add(node);
		}
		else {
			roots.add(node);
		}
		open[level] = node;
		for (int i = 0; i < level; i++) {
			if (open[i] != null) {
				open[i].end = Math.max(open[i].end, node.end);
			}
		}
	}

	private static void closeFrom(Node[] open, Provision.Level level) {
		for (int i = level.ordinal(); i < open.length; i++) {
			open[i] = null;
		}
	}

	/** Drops headings listed before the body as a table of contents. */
	private static List<Node> withoutContents(List<Node> roots) {
		int firstWithArticles = 0;
		while (firstWithArticles < roots.size() && !roots.get(firstWithArticles).hasArticles()) {
			firstWithArticles++;
		}
		if (firstWithArticles == 0 || firstWithArticles == roots.size()) {
			return roots;
		}
		Node first = roots.get(firstWithArticles);
		for (int i = 0; i < firstWithArticles; i++) {
			Node n = roots.get(i);
			if (n.level == first.level && n.label.equals(first.label)) {
				return roots.subList(firstWithArticles, roots.size());
			}
		}
		return roots;
	}

	private static List<Provision> build(List<Node> nodes) {
		if (nodes.isEmpty()) {
			return List.of();
		}
		Provision[] out = new Provision[nodes.size()];
		for (int i = 0; i < out.length; i++) {
			Node n = nodes.get(i);
			out[i] = new Provision(n.level, n.label, n.number, n.heading, new TextSpan(n.start, n.end),
					build(n.children));
		}
		// Immutable already: the record keeps it without copying.
		return List.of(out);
	}

	private static int number(String numeral) {
		OptionalInt n = ChineseNumerals.parse(numeral);
		return n.isPresent() ? n.getAsInt() : 0;
	}

	private static final class Node {

		private final Provision.Level level;

		private final String label;

		private final int number;

		private final @Nullable String heading;

		private final List<Node> children = new ArrayList<>();

		private int start;

		private int end;

		Node(Provision.Level level, String label, int number, @Nullable String heading, int start,
				DocumentText.Line line) {
			this.level = level;
			this.label = label;
			this.number = number;
			this.heading = heading;
			this.start = start;
			this.end = line.end();
		}

		boolean hasArticles() {
			if (this.level == Provision.Level.ARTICLE) {
				return true;
			}
			for (Node child : this.children) {
				if (child.hasArticles()) {
					return true;
				}
			}
			return false;
		}

	}

}
