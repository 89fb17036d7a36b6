package cn.guifan.ingest.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ways the same document comes out of other sites and copy-pastes, applied to a page
 * of the wild set as found: each keeps every labelled fact in the text (a title, number,
 * date or organ may be spaced, wrapped or printed in other brackets and widths, which the
 * comparison folds, but is never cut or dropped), so the label still holds for the
 * variant. A perturbation that does not apply to a page (no blank lines to remove, no
 * site table to move) gives {@code null}.
 * <p>
 * Used by {@code scripts/benchmark accuracy --set wild --perturb} on the tune part only:
 * a field right on the page as found and wrong on a variant is a brittleness of the
 * rules, found without looking at a held-out page.
 */
enum WildPerturbation {

	/** Every blank line removed, as PDF text and some copy-pastes give it. */
	NO_BLANK_LINES("blank lines removed", (text) -> {
		String out = text.replaceAll("(?m)^[ \\t\\u3000\\u00a0]*\\n", "");
		return out.equals(text) ? null : out;
	}),

	/**
	 * A blank line after every line, as a page with a paragraph per line is often copied.
	 */
	BLANK_LINES_DOUBLED("blank lines doubled", (text) -> text.replace("\n", "\n\n")),

	/**
	 * The lines of each paragraph (a run of lines between blank lines) joined with a
	 * space, as a site that lost its line breaks prints a block: the signature's organ
	 * and date on one line, a title broken in two on one. Only on pages that separate
	 * paragraphs by blank lines and have a paragraph of several lines.
	 */
	PARAGRAPH_LINES_JOINED("paragraph lines joined", WildPerturbation::joinParagraphs),

	/** Every line broken after 30 characters, as a PDF or a narrow page wraps it. */
	HARD_WRAP_30("hard wrap at 30", WildPerturbation::wrap),

	/** A site's navigation and tools above the page and its footer below. */
	SITE_CHROME("site chrome around", (text) -> """
			首页 > 政务公开 > 政策文件
			字号：大 中 小
			【打印本页】【关闭窗口】
			分享到：

			""" + text + """

			【打印本页】【关闭窗口】
			分享到：
			主办单位：某某县人民政府办公室　承办单位：某某县大数据中心
			ICP备案号：某ICP备05001234号-1　联系电话：0000-12345678
			"""),

	/** A number's and date's digits full-width (１２号), as some sites print them. */
	FULL_WIDTH_DIGITS("full-width digits", (text) -> {
		StringBuilder out = new StringBuilder(text.length());
		boolean changed = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c >= '0' && c <= '9') {
				out.append((char) (c - '0' + '０'));
				changed = true;
			}
			else {
				out.append(c);
			}
		}
		return changed ? out.toString() : null;
	}),

	/** A number's year in half-width square brackets: [2019]3号. */
	SQUARE_BRACKETS("number in [ ]", (text) -> rebracket(text, "[", "]")),

	/** A number's year in full-width round brackets: （2019）3号. */
	ROUND_BRACKETS("number in （ ）", (text) -> rebracket(text, "（", "）")),

	/** A number's year in the standard 六角括号, where a page printed others: 〔2019〕3号. */
	HEXAGONAL_BRACKETS("number in 〔 〕", (text) -> rebracket(text, "〔", "〕")),

	/**
	 * Short lines of Han characters spaced out, as banners, kinds and signatures are
	 * printed (通 知, 某 县 人 民 政 府 办 公 室).
	 */
	SPACED_SHORT_LINES("short lines spaced", WildPerturbation::spaceShortLines),

	/**
	 * The site's table moved from above the body to below it (when the page has one above
	 * the body), as other sites of the same platform print it.
	 */
	TABLE_BELOW("site table below the body", WildPerturbation::tableBelow);

	final String label;

	private final UnaryOperator<String> variant;

	WildPerturbation(String label, UnaryOperator<String> variant) {
		this.label = label;
		this.variant = variant;
	}

	/**
	 * The page as this perturbation prints it, or {@code null} when it does not apply.
	 */
	String apply(String text) {
		String out = this.variant.apply(text);
		return (out == null || out.equals(text)) ? null : out;
	}

	private static final Pattern NUMBER_YEAR = Pattern
		.compile("[〔\\[［﹝【（(]\\s*((?:19|20)\\d{2})\\s*[〕\\]］﹞】）)](\\s*第?\\s*\\d{1,5}\\s*[号號])");

	private static String rebracket(String text, String open, String close) {
		Matcher m = NUMBER_YEAR.matcher(text);
		StringBuilder out = new StringBuilder();
		while (m.find()) {
			m.appendReplacement(out, Matcher.quoteReplacement(open + m.group(1) + close + m.group(2)));
		}
		m.appendTail(out);
		return out.toString();
	}

	private static String joinParagraphs(String text) {
		String[] lines = text.split("\n", -1);
		boolean blank = false;
		for (String line : lines) {
			blank |= line.isBlank();
		}
		if (!blank) {
			return null;
		}
		StringBuilder out = new StringBuilder();
		boolean inParagraph = false;
		for (String line : lines) {
			if (line.isBlank()) {
				out.append('\n').append(line);
				inParagraph = false;
				continue;
			}
			if (inParagraph) {
				out.append(' ').append(line.strip());
			}
			else {
				out.append((out.length() > 0) ? "\n" : "").append(line);
			}
			inParagraph = true;
		}
		return out.toString();
	}

	private static String wrap(String text) {
		StringBuilder out = new StringBuilder();
		for (String line : text.split("\n", -1)) {
			String s = line.strip();
			if (s.length() <= 30) {
				out.append(line).append('\n');
				continue;
			}
			for (int i = 0; i < s.length(); i += 30) {
				out.append(s, i, Math.min(s.length(), i + 30)).append('\n');
			}
		}
		return out.substring(0, out.length() - 1);
	}

	private static final Pattern SHORT_HAN_LINE = Pattern
		.compile("^([ \\t\\u3000]*)(\\p{IsHan}{2,16})([ \\t\\u3000]*)$");

	private static String spaceShortLines(String text) {
		StringBuilder out = new StringBuilder();
		for (String line : text.split("\n", -1)) {
			Matcher m = SHORT_HAN_LINE.matcher(line);
			if (m.matches()) {
				String han = m.group(2);
				String gap = (han.length() == 2) ? "  " : " ";
				StringBuilder spaced = new StringBuilder(m.group(1));
				for (int i = 0; i < han.length(); i++) {
					spaced.append((i > 0) ? gap : "").append(han.charAt(i));
				}
				out.append(spaced).append('\n');
			}
			else {
				out.append(line).append('\n');
			}
		}
		return out.substring(0, out.length() - 1);
	}

	/** A line that starts a site table's row: a label and its colon. */
	private static final Pattern TABLE_LABEL = Pattern
		.compile("^[ \\t\\u3000•·●◆■\\-*]*(?:信息索引号|索引号|主题分类|信息分类|组配分类|体裁分类"
				+ "|发文机关|发文机构|发布机构|发文单位|发布单位|制发机关|制定机关|成文日期|发文日期|生成日期|产生日期|印发日期|标题|文件名称|信息名称|名称"
				+ "|发文字号|发布文号|文件编号|文号|发布日期|发布时间|公布日期|公开日期|主题词|关键词|有效性|时效性|效力状态|公开方式|公开属性|公开范围|信息来源"
				+ "|来源|生效日期|实施日期|失效日期|废止日期|废止时间|统一登记号|登记号|所属机构|内容概述|摘要|地区)[ \\t\\u3000]*[:：]");

	/**
	 * The page with its site table (three labelled rows or more, within the first 60
	 * lines, each row's value on its line or the next lines) moved below the body.
	 */
	private static String tableBelow(String text) {
		String[] lines = text.split("\n", -1);
		List<Integer> rows = new ArrayList<>();
		for (int i = 0; i < Math.min(lines.length, 60); i++) {
			if (TABLE_LABEL.matcher(lines[i]).find()) {
				if (!rows.isEmpty() && i - rows.get(rows.size() - 1) > 4) {
					break;
				}
				rows.add(i);
			}
		}
		if (rows.size() < 3) {
			return null;
		}
		int first = rows.get(0);
		int last = rows.get(rows.size() - 1);
		// the last row's value may stand on the next non-blank line
		int end = last + 1;
		if (lines[last].strip().endsWith(":") || lines[last].strip().endsWith("：")) {
			while (end < lines.length && lines[end].isBlank()) {
				end++;
			}
			if (end < lines.length && lines[end].strip().length() <= 40) {
				end++;
			}
		}
		if (end >= lines.length - 3) {
			return null;
		}
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < lines.length; i++) {
			if (i < first || i >= end) {
				out.append(lines[i]).append('\n');
			}
		}
		out.append('\n');
		for (int i = first; i < end; i++) {
			out.append(lines[i]).append('\n');
		}
		return out.toString();
	}

}
