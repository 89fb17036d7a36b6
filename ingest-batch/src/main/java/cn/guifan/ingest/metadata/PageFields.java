package cn.guifan.ingest.metadata;

import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.guifan.schemas.text.ChineseText;
import org.jspecify.annotations.Nullable;

/**
 * The labelled fields a government web page prints above a document: the disclosure table
 * (索引号, 主题分类, 发文机关, 成文日期, 标题, 发文字号, 发布日期 …) and the portal line (来源, 发布时间).
 * <p>
 * The text comes from Tika in several shapes, all read here: a label and its value on one
 * line ("索 引 号: pjsrmzf-2020-003120 主题分类: 市政府信息公开制度"), table cells separated by tabs, or
 * each cell on a line of its own (the label, then its value on the next line). Labels are
 * matched with spaces between their characters (标 题, 索 引 号).
 */
final class PageFields {

	/** The analysis, as a constant so {@link DocumentText#memo} can keep its result. */
	static final Function<DocumentText, PageFields> OF = PageFields::parse;

	/** How far down a page's fields can be. */
	private static final int HEAD_LINES = 40;

	private static final String[] LABELS = { "索引号", "主题分类", "发文机关", "成文日期", "标题", "发文字号", "文号", "发布日期", "发布时间", "主题词",
			"有效性", "发布机构", "发文单位", "信息来源", "来源", "公开方式", "公开属性", "公开范围", "浏览次数", "字号", "信息类别", "关联文件", "生效日期", "实施日期",
			"失效日期", "统一登记号", "登记号", "体裁分类", "组配分类", "服务对象", "点击数", "访问量" };

	private static final Pattern LABEL;

	static {
		StringBuilder alternatives = new StringBuilder();
		for (String label : LABELS) {
			if (!alternatives.isEmpty()) {
				alternatives.append('|');
			}
			StringBuilder spaced = new StringBuilder();
			for (int i = 0; i < label.length(); i++) {
				if (i > 0) {
					spaced.append("[ \\t\\u3000]*");
				}
				spaced.append(label.charAt(i));
			}
			alternatives.append(spaced);
		}
		LABEL = Pattern.compile("(?:^|(?<=[\\s\\u3000|｜]))(" + alternatives + ")[ \\t\\u3000]*[:：]");
	}

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
		for (int i = 0; i < limit; i++) {
			String raw = lines.get(i).text();
			if (raw.indexOf('：') < 0 && raw.indexOf(':') < 0) {
				continue;
			}
			String line = lines.get(i).stripped();
			Matcher m = LABEL.matcher(line);
			if (!m.find()) {
				continue;
			}
			used.set(i);
			boolean more = true;
			while (more) {
				String label = ChineseText.removeSpaces(m.group(1));
				int valueStart = m.end();
				more = m.find();
				String value = line.substring(valueStart, more ? m.start() : line.length()).strip();
				value = ChineseText.collapseSpaces(value);
				if (value.isEmpty() && !more && i + 1 < limit && !hasLabel(lines.get(i + 1).stripped())
						&& isCellLayout(lines, i)) {
					// Cells on lines of their own: the value is the next line.
					value = lines.get(i + 1).stripped();
					used.set(i + 1);
				}
				fields.putIfAbsent(label, value);
			}
		}
		return new PageFields(fields, used);
	}

	private static boolean hasLabel(String line) {
		return (line.indexOf('：') >= 0 || line.indexOf(':') >= 0) && LABEL.matcher(line).find();
	}

	/**
	 * True when labels stand alone on their lines with the values below them, as Tika
	 * writes table cells one per line.
	 */
	private static boolean isCellLayout(List<DocumentText.Line> lines, int i) {
		String line = lines.get(i).stripped();
		Matcher m = LABEL.matcher(line);
		return m.find() && m.start() == 0 && m.end() == line.length();
	}

}
