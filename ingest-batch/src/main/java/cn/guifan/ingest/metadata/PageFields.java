package cn.guifan.ingest.metadata;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.guifan.schemas.document.SiteField;
import cn.guifan.schemas.text.ChineseText;
import org.jspecify.annotations.Nullable;

/**
 * The metadata table a government web page or a law database prints with a document: the
 * disclosure table (索引号, 主题分类, 发文机关, 成文日期, 名称, 发文字号, 有效性 …), the portal line (来源, 发布时间)
 * and a law database's record header (【发文字号】, 【时效性】 …). What it says is the site's word,
 * kept as printed; the stages compare it with what the document itself says.
 * <p>
 * The text comes from Tika in several shapes, all read here: a label and its value on one
 * line, several pairs on one line separated by spaces or tabs ("索 引 号:
 * pjsrmzf-2020-003120 主题分类: 市政府信息公开制度"), labels in bullets (• 发文字号:), in 【】 or [], labels
 * without a colon in table cells followed by a tab, or each cell on a line of its own
 * (the label, then its value on the next line). Labels match with spaces between their
 * characters (标 题, 索 引 号).
 */
final class PageFields {

	/** The analysis, as a constant so {@link DocumentText#memo} can keep its result. */
	static final Function<DocumentText, PageFields> OF = PageFields::parse;

	/** How far down a page's fields can be (bullets and cells take two lines a field). */
	private static final int HEAD_LINES = 60;

	/** Labels whose value never stands on the next line: what follows is the document. */
	private static final List<String> NO_NEXT_LINE = List.of("内容概述", "内容概要", "摘要", "正文", "全文", "附件");

	/** Labels of the page itself, not of the document: read to be passed over. */
	private static final List<String> CHROME = List.of("字号", "浏览次数", "访问次数", "点击数", "访问量");

	/**
	 * Labels and the canonical name each is read under (发文日期 is read as it is, and
	 * compared as a 成文日期 by the stages that want one).
	 */
	private static final String[] LABELS = { "信息索引号", "索引号", "主题分类", "信息分类", "发文机关", "发文机构", "发布机构", "发文单位", "发布单位",
			"发布机关", "制发机关", "制定机关", "颁布机关", "发布部门", "成文日期", "发文日期", "生成日期", "印发日期", "签发日期", "标题", "文件名称", "信息名称",
			"法规标题", "法规名称", "文件标题", "名称", "发文字号", "文件编号", "发文编号", "文号", "发布日期", "发布时间", "公布日期", "颁布日期", "主题词", "关键词",
			"有效性", "时效性", "效力状态", "有效状态", "时效状态", "效力级别", "文件类型", "公文种类", "发布机构", "信息来源", "来源", "公开方式", "公开属性", "公开范围",
			"公开形式", "公开时限", "浏览次数", "访问次数", "字号", "信息类别", "关联文件", "生效日期", "实施日期", "施行日期", "失效日期", "废止日期", "废止时间",
			"失效时间", "统一登记号", "登记编号", "登记号", "体裁分类", "组配分类", "服务对象", "点击数", "访问量", "所属机构", "内容概述", "内容概要", "摘要" };

	/**
	 * Labels of three characters or more: specific enough to be read without a space
	 * before them.
	 */
	private static final Pattern LABEL;

	/** A label standing alone in a cell: the whole line, or followed by a tab. */
	private static final Pattern CELL_LABEL;

	private static final String BULLET = "[•·●◆■▪□▶►◇○\\-*]";

	static {
		StringBuilder any = new StringBuilder();
		StringBuilder longer = new StringBuilder();
		for (String label : LABELS) {
			String spaced = spaced(label);
			any.append(any.isEmpty() ? "" : "|").append(spaced);
			if (label.length() >= 3) {
				longer.append(longer.isEmpty() ? "" : "|").append(spaced);
			}
		}
		String sp = "[ \\t\\u3000]*";
		LABEL = Pattern.compile("[【\\[［]" + sp + "(" + any + ")" + sp + "[】\\]］]" + sp + "[:：]?"
				+ "|(?:^|(?<=[\\s\\u3000|｜" + BULLET.substring(1, BULLET.length() - 1) + "]))(" + any + ")" + sp
				+ "[:：]" + "|(" + longer + ")" + sp + "[:：]");
		CELL_LABEL = Pattern.compile("^(?:" + BULLET + sp + ")?(" + any + ")" + sp + "(?:\\t|$)");
	}

	private final Map<String, String> fields;

	private final BitSet lines;

	private PageFields(Map<String, String> fields, BitSet lines) {
		this.fields = fields;
		this.lines = lines;
	}

	private static String spaced(String label) {
		StringBuilder spaced = new StringBuilder();
		for (int i = 0; i < label.length(); i++) {
			if (i > 0) {
				spaced.append("[ \\t\\u3000]*");
			}
			spaced.append(label.charAt(i));
		}
		return spaced.toString();
	}

	/** The value of a field (label without spaces, e.g. 发文字号), or null. */
	@Nullable String get(String label) {
		String value = this.fields.get(label);
		return (value == null || value.isBlank()) ? null : value;
	}

	/** The first label of these the page gives a value for, or null. */
	@Nullable String labelOf(String... labels) {
		for (String label : labels) {
			if (get(label) != null) {
				return label;
			}
		}
		return null;
	}

	/**
	 * Every field with a value, in the order printed, without the page's own counters.
	 */
	List<SiteField> all() {
		List<SiteField> all = new ArrayList<>();
		this.fields.forEach((label, value) -> {
			if (!value.isBlank() && !CHROME.contains(label)) {
				all.add(new SiteField(label, value));
			}
		});
		return all;
	}

	/** True when the page shows a disclosure table (not only a portal line). */
	boolean isDisclosureTable() {
		return this.fields.containsKey("索引号") || this.fields.containsKey("发文字号") || this.fields.containsKey("成文日期");
	}

	/** True when the non-blank line at this index holds page fields. */
	boolean isFieldLine(int nonBlankIndex) {
		return this.lines.get(nonBlankIndex);
	}

	static PageFields parse(DocumentText text) {
		Map<String, String> fields = new LinkedHashMap<>();
		BitSet used = new BitSet();
		List<DocumentText.Line> lines = text.nonBlankLines();
		int limit = Math.min(lines.size(), HEAD_LINES);
		List<Integer> cells = new ArrayList<>();
		for (int i = 0; i < limit; i++) {
			String raw = lines.get(i).text();
			String line = lines.get(i).stripped();
			if (raw.indexOf('：') < 0 && raw.indexOf(':') < 0 && raw.indexOf('】') < 0 && raw.indexOf(']') < 0
					&& raw.indexOf('］') < 0) {
				if (line.length() <= 12 && CELL_LABEL.matcher(line).find() || raw.indexOf('\t') >= 0) {
					cells.add(i);
				}
				continue;
			}
			Matcher m = LABEL.matcher(line);
			if (!m.find()) {
				if (CELL_LABEL.matcher(line).find()) {
					cells.add(i);
				}
				continue;
			}
			read(lines, i, limit, line, m, fields, used);
		}
		// Labels without colons are table cells only on a page that shows a table.
		if (!cells.isEmpty() && (!fields.isEmpty() || cells.size() >= 2)) {
			for (int i : cells) {
				String line = lines.get(i).stripped();
				Matcher m = CELL_LABEL.matcher(line);
				if (!used.get(i) && m.find()) {
					readCells(lines, i, limit, line, fields, used);
				}
			}
		}
		return new PageFields(fields, used);
	}

	/** The pairs of one line, from the first label {@code m} found. */
	private static void read(List<DocumentText.Line> lines, int i, int limit, String line, Matcher m,
			Map<String, String> fields, BitSet used) {
		used.set(i);
		boolean more = true;
		while (more) {
			String label = ChineseText
				.removeSpaces((m.group(1) != null) ? m.group(1) : (m.group(2) != null) ? m.group(2) : m.group(3));
			int valueStart = m.end();
			more = m.find();
			String value = line.substring(valueStart, more ? m.start() : line.length()).strip();
			value = clean(value);
			if (value.isEmpty() && !more && i + 1 < limit && !hasLabel(lines.get(i + 1).stripped())
					&& isCellLayout(line) && !NO_NEXT_LINE.contains(label)) {
				// Cells on lines of their own: the value is the next line.
				value = clean(lines.get(i + 1).stripped());
				used.set(i + 1);
			}
			put(fields, label, value);
		}
	}

	/** A row of cells: label, tab, value (tab, label, tab, value …), or a label alone. */
	private static void readCells(List<DocumentText.Line> lines, int i, int limit, String line,
			Map<String, String> fields, BitSet used) {
		String[] cells = line.split("\\t+");
		int read = 0;
		for (int c = 0; c < cells.length; c++) {
			Matcher m = CELL_LABEL.matcher(cells[c].strip());
			if (!m.find() || m.end() != cells[c].strip().length()) {
				continue;
			}
			String label = ChineseText.removeSpaces(m.group(1));
			String value = "";
			if (c + 1 < cells.length && !CELL_LABEL.matcher(cells[c + 1].strip()).find()) {
				value = clean(cells[++c]);
			}
			else if (cells.length == 1 && i + 1 < limit && !hasLabel(lines.get(i + 1).stripped())
					&& !isLabelCell(lines.get(i + 1).stripped()) && !NO_NEXT_LINE.contains(label)) {
				value = clean(lines.get(i + 1).stripped());
				used.set(i + 1);
			}
			put(fields, label, value);
			read++;
		}
		if (read > 0) {
			used.set(i);
		}
	}

	private static void put(Map<String, String> fields, String label, String value) {
		String known = fields.get(label);
		if (known == null || known.isBlank()) {
			fields.put(label, value);
		}
	}

	private static String clean(String value) {
		String v = ChineseText.collapseSpaces(value);
		// A bullet or a separator left before the next label.
		while (!v.isEmpty() && "|｜•·●◆■▪".indexOf(v.charAt(v.length() - 1)) >= 0) {
			v = v.substring(0, v.length() - 1).strip();
		}
		return v;
	}

	private static boolean hasLabel(String line) {
		return (line.indexOf('：') >= 0 || line.indexOf(':') >= 0 || line.indexOf('】') >= 0)
				&& LABEL.matcher(line).find();
	}

	private static boolean isLabelCell(String line) {
		Matcher m = CELL_LABEL.matcher(line);
		return m.find() && m.end() >= line.length() - 1;
	}

	/**
	 * True when a label stands alone on its line (after a bullet) with the value below
	 * it, as Tika writes table cells one per line.
	 */
	private static boolean isCellLayout(String line) {
		String s = line;
		int i = 0;
		while (i < s.length() && (ChineseText.isSpace(s.charAt(i)) || "•·●◆■▪□▶►◇○-*".indexOf(s.charAt(i)) >= 0)) {
			i++;
		}
		s = s.substring(i);
		Matcher m = LABEL.matcher(s);
		return m.find() && m.start() == 0 && m.end() == s.length();
	}

}
