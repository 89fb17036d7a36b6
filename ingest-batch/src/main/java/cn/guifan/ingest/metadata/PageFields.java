package cn.guifan.ingest.metadata;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.Objects;

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
	private static final List<String> CHROME = List.of("字号", "浏览次数", "访问次数", "点击数", "点击", "访问量", "浏览量", "作者", "下载地址",
			"阅读");

	/**
	 * The labels sites and law databases print, longest first where one contains another.
	 */
	private static final String[] LABELS = { "信息索引号", "索引号", "主题分类", "信息分类", "组配分类", "体裁分类", "分类", "发文机关", "发文机构",
			"发布机构", "发文单位", "发布单位", "发布机关", "制发机关", "制定机关", "颁布机关", "颁布单位", "发布部门", "成文日期", "发文日期", "发文时间", "生成日期",
			"产生日期", "印发日期", "签发日期", "标题", "文件名称", "信息名称", "法规标题", "法规名称", "文件标题", "名称", "发文字号", "发文文号", "发布文号", "文件编号",
			"发文编号", "文号", "发布日期", "发布时间", "公布日期", "颁布日期", "公开日期", "主题词", "关键词", "有效性", "时效性", "效力状态", "有效状态", "时效状态",
			"公文时效", "文件时效", "效力级别", "效力等级", "文件类型", "公文种类", "所属类别", "法规类别", "信息来源", "文件来源", "来源", "公开方式", "公开属性",
			"公开范围", "公开形式", "公开时限", "浏览次数", "访问次数", "字号", "信息类别", "关联文件", "生效日期", "实施日期", "施行日期", "失效日期", "废止日期",
			"废止时间", "失效时间", "统一登记号", "登记编号", "登记号", "服务对象", "点击数", "点击", "访问量", "浏览量", "阅读", "所属机构", "内容概述", "内容概要",
			"摘要", "作者", "下载地址", "地区", "时间" };

	/**
	 * For a quick look at a line: for each character, the labels that start with it (in
	 * the order of {@link #LABELS}), as an index into {@link #LABELS_STARTING} (0: none).
	 * A line is looked at from each of its characters; trying all labels at each of the
	 * many that start some label (发, 文, 公, 时 …) was a sixth of all metadata extraction's
	 * time.
	 */
	private static final byte[] FIRST = new byte[Character.MAX_VALUE + 1];

	private static final String[][] LABELS_STARTING;

	static {
		Map<Character, List<String>> byFirst = new LinkedHashMap<>();
		for (String label : LABELS) {
			byFirst.computeIfAbsent(label.charAt(0), (c) -> new ArrayList<>()).add(label);
		}
		LABELS_STARTING = new String[byFirst.size() + 1][];
		LABELS_STARTING[0] = new String[0];
		int index = 1;
		for (Map.Entry<Character, List<String>> first : byFirst.entrySet()) {
			FIRST[first.getKey()] = (byte) index;
			LABELS_STARTING[index++] = first.getValue().toArray(new String[0]);
		}
	}

	private static final String SP = "[ \\t\\u3000]*";

	private static final String BULLETS = "•·∙●◆■▪□▶►◇○\\-*";

	/**
	 * A label and its colon (at the start of a line or after a space or a bullet; a label
	 * of three characters or more anywhere, as in 发布日期:2023-03-21访问次数:), or a label in 【】
	 * or [] (a law database's record header, whose labels vary: any short label in
	 * brackets at the start of a line).
	 */
	private static final Pattern LABEL;

	/** A label standing alone in a cell: the whole cell, without a colon. */
	private static final Pattern CELL_LABEL;

	/** A label without a colon before a space: "索引号 0010…/2011-204477 主题分类 综合类". */
	private static final Pattern SPACED_LABEL;

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
		LABEL = Pattern.compile("[【\\[［]" + SP + "(" + any + ")" + SP + "[】\\]］]" + SP + "[:：]?" + "|^(?:[" + BULLETS
				+ "]" + SP + ")?[【\\[［]" + SP + "(?!(?:已|部分)?(?:失效|废止|有效|修改|修订)|现行有效|尚未生效)([\\p{IsHan}]{2,6})" + SP
				+ "[】\\]］]" + SP + "[:：]?" + "|(?:^|(?<=[\\s\\u3000/、" + BULLETS + "]))(" + any + ")" + SP + "[:：]"
				+ "|(" + longer + ")" + SP + "[:：]");
		CELL_LABEL = Pattern.compile("^(?:[" + BULLETS + "]" + SP + ")?(" + any + ")" + SP + "$");
		SPACED_LABEL = Pattern.compile("(?:^|(?<=[ \\u3000]))(" + any + ")(?=[ \\u3000]|$)");
	}

	/**
	 * A field of a record a crawler or a site's search interface kept, under the record's
	 * own ASCII name ({@code FileName: …}, {@code fileNum: 其它}, {@code PUBDATE: …}); not
	 * a link ({@code http://…}).
	 */
	private static final Pattern RECORD_FIELD = Pattern
		.compile("^([A-Za-z][A-Za-z0-9_]{1,30})[ \\t]*[:：](?!//)[ \\t\\u3000]*(.*)$");

	/** A record is a page's head with this many {@link #RECORD_FIELD} lines or more. */
	private static final int RECORD_FIELDS = 3;

	/** The record names that hold the document's title, read as the table's 标题. */
	private static final List<String> RECORD_TITLES = List.of("filename", "doctitle", "title", "bt");

	private final Map<String, String> fields;

	private final BitSet lines;

	private PageFields(Map<String, String> fields, BitSet lines) {
		this.fields = fields;
		this.lines = lines;
	}

	/** The value of a field (label without spaces, e.g. 发文字号), or null. */
	@Nullable String get(String label) {
		String value = this.fields.get(label);
		return (value == null || value.isBlank()) ? null : value;
	}

	/** The value under a label {@link #labelOf} gave: the page has one. */
	String value(String label) {
		return Objects.requireNonNull(get(label), label);
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
			// 字号 is the page's font size (【大 中 小】), or a law database's 发文字号.
			boolean chrome = CHROME.contains(label) && !(label.equals("字号") && value.matches(".*\\d.*"));
			if (!value.isBlank() && !chrome) {
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

	static PageFields parse(DocumentText text) {
		Map<String, String> fields = new LinkedHashMap<>();
		BitSet used = new BitSet();
		List<DocumentText.Line> all = text.nonBlankLines();
		int limit = Math.min(all.size(), HEAD_LINES);
		List<String> lines = new ArrayList<>(limit);
		for (int i = 0; i < limit; i++) {
			// The borders of a table drawn with bars separate cells, as tabs do.
			lines.add(all.get(i).stripped().replace('|', '\t').replace('｜', '\t'));
		}
		BitSet record = record(lines, limit, fields);
		used.or(record);
		List<Integer> rows = new ArrayList<>();
		for (int i = 0; i < limit; i++) {
			if (record.get(i)) {
				continue;
			}
			String line = lines.get(i);
			String compact = ChineseText.removeSpaces(line);
			if (!mentionsLabel(compact)) {
				// Most lines of a document name no label: the patterns need not run.
				continue;
			}
			if (line.indexOf('：') >= 0 || line.indexOf(':') >= 0 || line.indexOf('】') >= 0 || line.indexOf(']') >= 0
					|| line.indexOf('］') >= 0) {
				Matcher m = LABEL.matcher(line);
				if (m.find()) {
					read(lines, i, limit, line, m, fields, used);
					continue;
				}
			}
			if (line.length() <= 300 && startsWithLabel(line)) {
				rows.add(i);
			}
		}
		// Labels without colons make a table only where the page shows one: two such
		// rows, or one beside labels with colons, or one that holds three labels (a
		// table whose rows a page ran into one line).
		if (!rows.isEmpty() && (!fields.isEmpty() || rows.size() >= 2 || spacedLabels(lines.get(rows.get(0))) >= 3)) {
			for (int i : rows) {
				if (!used.get(i)) {
					readRow(lines, i, limit, fields, used);
				}
			}
		}
		return new PageFields(fields, used);
	}

	/**
	 * The fields of a record printed one to a line under ASCII names
	 * ({@link #RECORD_FIELD}), when the head has {@link #RECORD_FIELDS} of them or more:
	 * the site's or the crawler's fields, never the document's title lines. A title field
	 * ({@link #RECORD_TITLES}) reads as the table's 标题; the others keep their names,
	 * which no stage asks for. Returns the record's lines.
	 */
	private static BitSet record(List<String> lines, int limit, Map<String, String> fields) {
		BitSet used = new BitSet();
		List<Integer> found = new ArrayList<>();
		for (int i = 0; i < limit; i++) {
			String line = lines.get(i);
			if (!line.isEmpty() && line.charAt(0) < 0x80 && RECORD_FIELD.matcher(line).matches()) {
				found.add(i);
			}
		}
		if (found.size() < RECORD_FIELDS) {
			return used;
		}
		for (int i : found) {
			Matcher m = RECORD_FIELD.matcher(lines.get(i));
			if (m.matches()) {
				String name = m.group(1);
				String label = RECORD_TITLES.contains(name.toLowerCase(java.util.Locale.ROOT)) ? "标题" : name;
				fields.putIfAbsent(label, m.group(2).strip());
				used.set(i);
			}
		}
		return used;
	}

	/**
	 * True when a line, its spaces removed, holds a label or a bracketed record label.
	 */
	private static boolean mentionsLabel(String compact) {
		if (compact.indexOf('【') >= 0 || compact.indexOf('[') >= 0 || compact.indexOf('［') >= 0) {
			return true;
		}
		for (int at = 0; at < compact.length(); at++) {
			int first = FIRST[compact.charAt(at)];
			if (first == 0) {
				continue;
			}
			for (String label : LABELS_STARTING[first]) {
				if (!compact.startsWith(label, at)) {
					continue;
				}
				if (label.length() >= 3) {
					return true;
				}
				// A short label (名称, 来源, 时间) is a word of any sentence: a label only at
				// the start of a cell or before a colon.
				int after = at + label.length();
				if (at == 0 || after == compact.length() || ":：|｜\t".indexOf(compact.charAt(after)) >= 0) {
					return true;
				}
			}
		}
		return false;
	}

	/** The number of labels standing between spaces in a line. */
	private static int spacedLabels(String line) {
		Matcher m = SPACED_LABEL.matcher(line);
		int n = 0;
		while (m.find()) {
			n++;
		}
		return n;
	}

	private static boolean startsWithLabel(String line) {
		String first = line.split("\t", 2)[0].strip();
		if (CELL_LABEL.matcher(first).matches()) {
			return true;
		}
		Matcher spaced = SPACED_LABEL.matcher(line);
		return spaced.find() && spaced.start() == 0 && spaced.end() < line.length();
	}

	/** The pairs of one line, from the first label {@code m} found. */
	private static void read(List<String> lines, int i, int limit, String line, Matcher m, Map<String, String> fields,
			BitSet used) {
		used.set(i);
		boolean more = true;
		while (more) {
			String label = ChineseText.removeSpaces(group(m));
			int valueStart = m.end();
			more = m.find();
			String value = clean(line.substring(valueStart, more ? m.start() : line.length()));
			if (value.isEmpty() && !more && i + 1 < limit && !hasLabel(lines.get(i + 1)) && isCellLayout(line)
					&& mayBeValueBelow(label, lines.get(i + 1))) {
				// Cells on lines of their own: the value is the next line.
				value = clean(lines.get(i + 1));
				used.set(i + 1);
			}
			put(fields, label, value);
		}
	}

	private static String group(Matcher m) {
		for (int g = 1; g <= m.groupCount(); g++) {
			if (m.group(g) != null) {
				return m.group(g);
			}
		}
		return "";
	}

	/**
	 * A row of a table without colons: cells (label, value, label, value …) or labels and
	 * values separated by spaces; a label alone on its line has its value on the next.
	 */
	private static void readRow(List<String> lines, int i, int limit, Map<String, String> fields, BitSet used) {
		String line = lines.get(i);
		List<String> cells = new ArrayList<>();
		for (String cell : line.split("\t")) {
			if (!cell.isBlank()) {
				cells.add(cell.strip());
			}
		}
		if (cells.size() == 1 && !CELL_LABEL.matcher(cells.get(0)).matches()) {
			Matcher m = SPACED_LABEL.matcher(line);
			List<int[]> at = new ArrayList<>();
			while (m.find()) {
				at.add(new int[] { m.start(), m.end() });
			}
			for (int k = 0; k < at.size(); k++) {
				String label = ChineseText.removeSpaces(line.substring(at.get(k)[0], at.get(k)[1]));
				int end = (k + 1 < at.size()) ? at.get(k + 1)[0] : line.length();
				put(fields, label, clean(line.substring(at.get(k)[1], end)));
			}
			used.set(i);
			return;
		}
		for (int c = 0; c < cells.size(); c++) {
			Matcher m = CELL_LABEL.matcher(cells.get(c));
			if (!m.matches()) {
				continue;
			}
			String label = ChineseText.removeSpaces(m.group(1));
			String value = "";
			if (c + 1 < cells.size() && !CELL_LABEL.matcher(cells.get(c + 1)).matches()) {
				value = clean(cells.get(++c));
			}
			else if (cells.size() == 1 && i + 1 < limit && !hasLabel(lines.get(i + 1))
					&& !startsWithLabel(lines.get(i + 1)) && mayBeValueBelow(label, lines.get(i + 1))) {
				value = clean(lines.get(i + 1));
				used.set(i + 1);
			}
			put(fields, label, value);
		}
		used.set(i);
	}

	/**
	 * True when the line below an empty label may be its value: short, and no title
	 * unless the label names one (an empty 主题词 stands above the document's title line).
	 */
	private static boolean mayBeValueBelow(String label, String below) {
		if (NO_NEXT_LINE.contains(label)) {
			return false;
		}
		boolean titleLabel = List.of(TitleStage.SITE_LABELS).contains(label);
		return titleLabel || (below.length() <= 40 && !HeadLayout.endsLikeTitle(ChineseText.removeSpaces(below)));
	}

	private static void put(Map<String, String> fields, String label, String value) {
		String known = fields.get(label);
		if (known == null || known.isBlank()) {
			fields.put(label, value);
		}
	}

	private static String clean(String value) {
		String v = ChineseText.collapseSpaces(value.replace('\t', ' '));
		// A bullet or a separator left before the next label.
		while (!v.isEmpty() && "|｜•·∙●◆■▪-".indexOf(v.charAt(v.length() - 1)) >= 0) {
			v = v.substring(0, v.length() - 1).strip();
		}
		return v;
	}

	private static boolean hasLabel(String line) {
		return (line.indexOf('：') >= 0 || line.indexOf(':') >= 0 || line.indexOf('】') >= 0)
				&& LABEL.matcher(line).find();
	}

	/**
	 * True when a label stands alone on its line (after a bullet) with the value below
	 * it, as Tika writes table cells one per line.
	 */
	private static boolean isCellLayout(String line) {
		int i = 0;
		while (i < line.length() && (ChineseText.isSpace(line.charAt(i)) || BULLETS.indexOf(line.charAt(i)) >= 0)) {
			i++;
		}
		String s = line.substring(i).strip();
		Matcher m = LABEL.matcher(s);
		return m.find() && m.start() == 0 && m.end() == s.length();
	}

}
