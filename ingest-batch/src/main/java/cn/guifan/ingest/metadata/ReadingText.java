package cn.guifan.ingest.metadata;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.guifan.schemas.text.ChineseText;
import cn.guifan.schemas.text.SimplifiedChinese;
import org.jspecify.annotations.Nullable;

/**
 * The form of a text the stages read: traditional characters in simplified form
 * (某府辦〔2011〕7號 reads 某府办〔2011〕7号), full-width digits half-width (〔２０２０〕２２号 reads
 * 〔2020〕22号), and without the pinyin some law-database mirrors inject after characters
 * (發(fā)展 reads 发展). The text as found is kept beside it, with where each character of
 * the reading came from, so that what is printed (a title, a number as printed) and the
 * offsets of citations and articles can be given back in the text as found.
 * <p>
 * Most texts need neither: then the reading is the text itself and nothing is copied.
 */
final class ReadingText {

	/**
	 * The letters of pinyin besides a to z, in {@link #PINYIN} and
	 * {@link #mayHoldPinyin}.
	 */
	private static final String PINYIN_LETTERS = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ";

	/**
	 * Pinyin in brackets: lower-case letters with at least one tone mark, or a toneless
	 * syllable of the few that mirrors gloss (的(de)). Some mirrors leave a space inside
	 * the brackets (樂(lè )). Only right after a Han character ({@link #afterHan}):
	 * checked in code at each bracket, not by a look-behind the matcher would evaluate at
	 * every character of every text (a third of all metadata extraction's time).
	 */
	private static final Pattern PINYIN = Pattern.compile("[(（] ?([a-z" + PINYIN_LETTERS + "]{1,7}) ?[)）]");

	/**
	 * Question marks a page's export left where it lost spaces or an indent: two or more
	 * at the start of a line (????长沙市…), at its end (a signature's 2023年1月19日????????) or
	 * a line of nothing else, or inside a table's letter-spaced label at the start of a
	 * line (標??題:, 标 题 with its spaces lost). Read as spaces, one for one, so that
	 * offsets stay.
	 */
	private static final Pattern LOST_SPACES = Pattern
		.compile("(?m)^[ \\t\\u3000]*[?？]{2,}|(?<=[\\p{IsHan}\\d])[?？]{2,}[ \\t\\u3000]*$"
				+ "|(?<=^[ \\t\\u3000]{0,4}[\\p{IsHan}]{1,3})[?？]{1,4}(?=[\\p{IsHan}]{1,3}[ \\t\\u3000]*[:：])");

	/**
	 * The jammer a forum (Discuz) puts into its posts against copying: runs of one to
	 * three ASCII characters separated by single spaces, at a line's end or on lines of
	 * their own ({@code …的公告1 H3 [$ p/ H, K}). Read as spaces, one for one.
	 */
	private static final Pattern JAMMER = Pattern.compile("[\\x21-\\x7e]{1,3}(?: [\\x21-\\x7e]{1,3}){3,}");

	private static final Pattern JAMMER_PUNCT = Pattern.compile("[!-/:-@\\[-`{}~&&[^|]]");

	/**
	 * The HTML tags of a page saved with its markup ({@code
	 *
	<p style="text-align: right;">
	 * 山西省人民政府
	</p>
	}): read as spaces, a paragraph's or a line's tag as a line break, so that a signature
	 * and a title stand on lines of their own.
	 */
	private static final Pattern TAG = Pattern.compile(
			"</?(p|br|div|span|strong|b|i|em|u|font|table|tbody|thead|tr|td|th|li|ul|ol|h[1-6]|a|img|section|center|sub|sup)\\b[^<>]{0,300}>",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern BLOCK_TAG = Pattern.compile("p|br|div|table|tr|li|h[1-6]|section|center",
			Pattern.CASE_INSENSITIVE);

	/**
	 * A site's own lines around a document, which another site of the same document does
	 * not print: the font-size switch (字号：大 中 小), a line of buttons in brackets
	 * (【打印本页】【关闭窗口】), a share prompt standing alone (分享到：) and the footer's lines (a line
	 * with an ICP备案号, 公网安备 or 网站标识码, or with 主办单位 and 承办单位, 技术支持, 联系电话 or 版权所有: a notice
	 * of an event names its 主办单位 alone), and a document-sharing site's blurb
	 * (简介：…小编为你整理了多篇相关的 《…》…), which repeats the site's title with what the site added to
	 * it. Read as spaces, one for one: none of them is the document's, and a place a
	 * footer names is not the document's place.
	 */
	static final Pattern CHROME = Pattern.compile("(?m)^[ \\t\\u3000]*(?:"
			+ "[【\\[]?字[号体][:：]\\s*[【\\[]?大\\s*[】\\]]?\\s*[【\\[]?中\\s*[】\\]]?\\s*[【\\[]?小[】\\]]?"
			+ "|(?:[【\\[](?:打印本页|打印|关闭窗口|关闭本页|关闭|收藏|返回顶部|返回|加入收藏|打印文章|我要纠错)[】\\]][ \\t\\u3000]*)+" + "|分享到[:：]?"
			+ "|(?=[^\\n]{0,160}(?:ICP备|公网安备|网站标识码))[^\\n]{1,160}"
			+ "|(?=[^\\n]{0,160}主办单位)(?=[^\\n]{0,160}(?:承办单位|技术支持|联系电话|版权所有))[^\\n]{1,160}"
			+ "|简介[:：](?=[^\\n]{0,40}(?:为你|为您)整理了)[^\\n]*" + ")[ \\t\\u3000]*$");

	/**
	 * What every line {@link #CHROME} matches holds: the font-size switch's 字号 or 字体, a
	 * button's bracket, the share prompt, a footer's 备案 marks or its 主办单位, a blurb's 简介.
	 */
	private static final String[] CHROME_MARKS = { "字号", "字体", "【", "[", "分享到", "ICP备", "公网安备", "网站标识码", "主办单位", "简介" };

	private static final Pattern TONE = Pattern.compile("[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ]");

	private static final Pattern TONELESS = Pattern.compile("de|le|me|ne|ma|ba|zi|men|zhe|guo|li|ge");

	/**
	 * A syllable of Mandarin without tone marks (ren, min, zhou, huan): some mirrors
	 * inject pinyin without tones after any character. Read as pinyin only where a text
	 * has {@link #TONELESS_PAGE} of them or more, so that a bracketed unit or a list
	 * letter is never taken for one.
	 */
	private static final Pattern SYLLABLE = Pattern.compile(
			"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|er|ia|ie|iu|in|ua|uo|ui|un|ve|ue|a|o|e|i|u|v)");

	private static final int TONELESS_PAGE = 5;

	private final String original;

	private final String text;

	/**
	 * For each offset of the reading (and its end), the offset in the original; null:
	 * same.
	 */
	private final int @Nullable [] toOriginal;

	private ReadingText(String original, String text, int @Nullable [] toOriginal) {
		this.original = original;
		this.text = text;
		this.toOriginal = toOriginal;
	}

	static ReadingText of(String original) {
		String spaced = withRunOnParagraphsBroken(withoutChrome(
				withoutEditLinks(withoutCompilationHeading(withoutTags(withoutJammer(withoutLostSpaces(original)))))));
		int @Nullable [] unwrapped = unwrapMap(spaced);
		if (unwrapped == null) {
			ReadingText read = ofSpaced(spaced);
			return (spaced == original) ? read : new ReadingText(original, read.text, read.toOriginal);
		}
		StringBuilder joined = new StringBuilder(unwrapped.length);
		for (int i = 0; i < unwrapped.length - 1; i++) {
			joined.append(spaced.charAt(unwrapped[i]));
		}
		ReadingText read = ofSpaced(joined.toString());
		int[] map = new int[read.text.length() + 1];
		for (int i = 0; i < map.length; i++) {
			map[i] = unwrapped[(read.toOriginal != null) ? read.toOriginal[i] : i];
		}
		return new ReadingText(original, read.text, map);
	}

	/** Lines this long or longer may be a hard-wrapped text's. */
	private static final int WRAP_MIN = 16;

	/**
	 * A text whose lines were broken at a fixed width (a PDF's or a narrow page's lines,
	 * a copy from a viewer: 阿里地区行政公署关于印发《阿里地区行政公署工作规 / 则》的通知), read with each full line
	 * joined to the next: a title, a table's value, a date or a mirror's pinyin the width
	 * broke reads whole. A text is hard-wrapped when one length, the longest, is that of
	 * five lines or more and of two in five of its lines at least {@link #WRAP_MIN} long;
	 * a line of that length is joined to the next non-blank line right below it. Returns,
	 * for each offset of the joined text (and its end), the offset in the text; null when
	 * the text is not hard-wrapped.
	 */
	private static int @Nullable [] unwrapMap(String text) {
		String[] lines = text.split("\n", -1);
		int[] counts = new int[0];
		int longLines = 0;
		int longest = 0;
		for (String line : lines) {
			int n = strippedLength(line);
			if (n >= WRAP_MIN) {
				longLines++;
				longest = Math.max(longest, n);
				if (n >= counts.length) {
					counts = Arrays.copyOf(counts, Math.max(n + 1, counts.length * 2));
				}
				counts[n]++;
			}
		}
		if (longest == 0 || longest > 200 || counts[longest] < 5 || counts[longest] * 5 < longLines * 2) {
			return null;
		}
		int[] map = new int[text.length() + 1];
		int size = 0;
		int at = 0;
		for (int k = 0; k < lines.length; k++) {
			String line = lines[k];
			boolean join = k + 1 < lines.length && strippedLength(line) == longest && !lines[k + 1].isBlank()
					&& !endsSentence(line);
			int end = line.length();
			if (join) {
				while (end > 0 && ChineseText.isSpace(line.charAt(end - 1))) {
					end--;
				}
			}
			for (int i = 0; i < end; i++) {
				map[size++] = at + i;
			}
			at += line.length();
			if (k + 1 < lines.length) {
				if (join) {
					String next = lines[k + 1];
					int lead = 0;
					while (lead < next.length() && ChineseText.isSpace(next.charAt(lead))) {
						lead++;
					}
					at++;
					for (int i = 0; i < lead; i++) {
						at++;
					}
					lines[k + 1] = next.substring(lead);
				}
				else {
					map[size++] = at;
					at++;
				}
			}
		}
		map[size++] = at;
		return Arrays.copyOf(map, size);
	}

	/**
	 * True when a line ends a sentence (。！？；：): a paragraph that ends right at the width
	 * is not run into the next (its signature, the addressee's body).
	 */
	private static boolean endsSentence(String line) {
		int end = line.length();
		while (end > 0 && ChineseText.isSpace(line.charAt(end - 1))) {
			end--;
		}
		return end > 0 && "。！？；：!?;:".indexOf(line.charAt(end - 1)) >= 0;
	}

	private static int strippedLength(String line) {
		int from = 0;
		int to = line.length();
		while (from < to && ChineseText.isSpace(line.charAt(from))) {
			from++;
		}
		while (to > from && ChineseText.isSpace(line.charAt(to - 1))) {
			to--;
		}
		return to - from;
	}

	private static String withoutLostSpaces(String original) {
		if (original.indexOf('?') < 0 && original.indexOf('？') < 0) {
			return original;
		}
		Matcher m = LOST_SPACES.matcher(original);
		if (!m.find()) {
			return original;
		}
		StringBuilder out = new StringBuilder(original);
		do {
			for (int i = m.start(); i < m.end(); i++) {
				char c = out.charAt(i);
				if (c == '?' || c == '？') {
					out.setCharAt(i, (c == '?') ? ' ' : '\u3000');
				}
			}
		}
		while (m.find());
		return out.toString();
	}

	private static String withoutJammer(String text) {
		if (!mayHoldJammer(text)) {
			return text;
		}
		Matcher m = JAMMER.matcher(text);
		StringBuilder out = null;
		while (m.find()) {
			int punct = 0;
			boolean letter = false;
			for (String token : m.group().split(" ")) {
				if (JAMMER_PUNCT.matcher(token).find()) {
					punct++;
				}
				letter |= token.chars().anyMatch((ch) -> (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z'));
			}
			if (punct < 2 || !letter) {
				continue;
			}
			if (out == null) {
				out = new StringBuilder(text);
			}
			for (int i = m.start(); i < m.end(); i++) {
				out.setCharAt(i, ' ');
			}
		}
		return (out == null) ? text : out.toString();
	}

	/**
	 * Where a paragraph's indent of two ideographic spaces ({@code 　　}) stands inside a
	 * line: a crawler or a site's search interface that kept a document's text in one
	 * field joined its paragraphs so ({@code DOCCONTENT: 　　 桂政发〔2006〕17 号　　 各市、县人民政府…　　
	 * 某某自治区人民政府　　 二〇〇六年三月十四日}).
	 */
	private static final Pattern RUN_ON_INDENT = Pattern.compile("(?<=[^\\s\\u3000])[ \\t]*\\u3000\\u3000");

	/** A line holds a run-on text when it is this long and has this many indents. */
	private static final int RUN_ON_LINE = 300;

	private static final int RUN_ON_INDENTS = 3;

	/**
	 * A text whose paragraphs a crawler ran into one long line, each opened by its indent
	 * of two ideographic spaces ({@link #RUN_ON_INDENT}), read with a line break at each
	 * indent, one for one (the indent's first space reads as the break), so that the
	 * number, the addressee and the signature stand on lines of their own. Only in a line
	 * {@link #RUN_ON_LINE} long or longer with {@link #RUN_ON_INDENTS} indents or more: a
	 * table's letter-spaced label (标 题) is in a short line.
	 */
	private static String withRunOnParagraphsBroken(String text) {
		if (text.indexOf("\u3000\u3000") < 0) {
			return text;
		}
		StringBuilder out = null;
		int from = 0;
		while (from < text.length()) {
			int end = text.indexOf('\n', from);
			if (end < 0) {
				end = text.length();
			}
			if (end - from >= RUN_ON_LINE) {
				Matcher m = RUN_ON_INDENT.matcher(text).region(from, end);
				List<Integer> breaks = new ArrayList<>();
				while (m.find()) {
					breaks.add(m.end() - 2);
				}
				if (breaks.size() >= RUN_ON_INDENTS) {
					if (out == null) {
						out = new StringBuilder(text);
					}
					for (int at : breaks) {
						out.setCharAt(at, '\n');
					}
				}
			}
			from = end + 1;
		}
		return (out == null) ? text : out.toString();
	}

	/**
	 * A wiki's edit link at the end of a heading (…部分條款的決定[編輯]): read as spaces, one for
	 * one, so that the heading is the title it prints.
	 */
	private static final Pattern EDIT_LINK = Pattern.compile("\\[(?:编辑|編輯|编辑源代码|編輯原始碼)\\](?=[ \\t\\u3000]*$)",
			Pattern.MULTILINE);

	static String withoutEditLinks(String text) {
		if (text.indexOf("编辑]") < 0 && text.indexOf("編輯]") < 0 && text.indexOf("編輯原始碼]") < 0) {
			return text;
		}
		StringBuilder out = null;
		Matcher edit = EDIT_LINK.matcher(text);
		while (edit.find()) {
			if (out == null) {
				out = new StringBuilder(text);
			}
			for (int i = edit.start(); i < edit.end(); i++) {
				out.setCharAt(i, ' ');
			}
		}
		return (out == null) ? text : out.toString();
	}

	/**
	 * A compilation page of a document-sharing site: its own heading on the first line,
	 * then 第一篇 on a line of its own, then the first document from its addressee on
	 * (2015年区划调整批复 / 第一篇 / 某某自治州人民政府:). The heading names the collection, not the
	 * document; it is read as spaces, one for one, with the 第一篇 line. A 第一篇 that carries
	 * the document's own heading (第一篇:关于…) is left as it is.
	 */
	private static final Pattern COMPILATION_HEADING = Pattern
		.compile("\\A[ \\t\\u3000\\n]*([^\\n]{2,40})\\n(?:[ \\t\\u3000]*\\n)*[ \\t\\u3000]*第一篇[ \\t\\u3000]*(?=\\n)");

	static String withoutCompilationHeading(String text) {
		if (text.indexOf("第一篇") < 0) {
			return text;
		}
		Matcher m = COMPILATION_HEADING.matcher(text);
		if (!m.find()) {
			return text;
		}
		StringBuilder out = new StringBuilder(text);
		for (int i = m.start(1); i < m.end(); i++) {
			if (out.charAt(i) != '\n') {
				out.setCharAt(i, ' ');
			}
		}
		return out.toString();
	}

	static String withoutChrome(String text) {
		Matcher m = null;
		StringBuilder out = null;
		for (int start : linesHoldingChromeMarks(text)) {
			int end = text.indexOf('\n', start);
			if (m == null) {
				m = CHROME.matcher(text);
			}
			m.region(start, (end < 0) ? text.length() : end);
			if (!m.find() || m.end() == m.start()) {
				continue;
			}
			if (out == null) {
				out = new StringBuilder(text);
			}
			for (int i = m.start(); i < m.end(); i++) {
				if (out.charAt(i) != '\n') {
					out.setCharAt(i, ' ');
				}
			}
		}
		return (out == null) ? text : out.toString();
	}

	/**
	 * The starts of the lines that hold one of {@link #CHROME_MARKS}, in order: the only
	 * lines {@link #CHROME} can match. Its lookaheads scan up to 160 characters from the
	 * start of every line it is tried on, so trying it on every line of a law (whose text
	 * nearly always holds a 大) cost a quarter of all metadata extraction.
	 */
	private static SortedSet<Integer> linesHoldingChromeMarks(String text) {
		SortedSet<Integer> starts = new TreeSet<>();
		for (String mark : CHROME_MARKS) {
			for (int at = text.indexOf(mark); at >= 0; at = text.indexOf(mark, at + mark.length())) {
				int start = text.lastIndexOf('\n', at) + 1;
				starts.add(start);
				int end = text.indexOf('\n', at);
				if (end < 0) {
					break;
				}
				at = end - mark.length() + 1;
			}
		}
		return starts;
	}

	/**
	 * Whether the text has what every match of {@link #JAMMER} begins with: an ASCII
	 * character, a space, two tokens of one to three ASCII characters each followed by a
	 * space, and an ASCII character. Looked for from each space found with
	 * {@code indexOf}, which is many times faster than the matcher trying the pattern at
	 * every character of a text that holds none (every law has spaces between ASCII
	 * characters: {@code <!-- INFO END -->}).
	 */
	static boolean mayHoldJammer(String text) {
		for (int at = text.indexOf(' ', 1); at >= 0; at = text.indexOf(' ', at + 1)) {
			if (!isJammerCharacter(text.charAt(at - 1))) {
				continue;
			}
			int second = shortTokenThenSpace(text, at + 1);
			int third = (second >= 0) ? shortTokenThenSpace(text, second + 1) : -1;
			if (third >= 0 && third + 1 < text.length() && isJammerCharacter(text.charAt(third + 1))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The index of the space after one to three ASCII characters starting at
	 * {@code from}, or -1.
	 */
	private static int shortTokenThenSpace(String text, int from) {
		int at = from;
		while (at < text.length() && at - from < 3 && isJammerCharacter(text.charAt(at))) {
			at++;
		}
		return (at > from && at < text.length() && text.charAt(at) == ' ') ? at : -1;
	}

	private static boolean isJammerCharacter(char c) {
		return c >= 0x21 && c <= 0x7e;
	}

	private static String withoutTags(String text) {
		if (!text.contains("</p>") && !text.contains("</P>") && !text.contains("<br") && !text.contains("<BR")) {
			return text;
		}
		Matcher m = TAG.matcher(text);
		StringBuilder out = null;
		while (m.find()) {
			if (out == null) {
				out = new StringBuilder(text);
			}
			for (int i = m.start(); i < m.end(); i++) {
				out.setCharAt(i, ' ');
			}
			if (BLOCK_TAG.matcher(m.group(1)).matches()) {
				out.setCharAt(m.start(), '\n');
			}
		}
		return (out == null) ? text : out.toString();
	}

	private static ReadingText ofSpaced(String original) {
		int @Nullable [] map = null;
		String withoutPinyin = original;
		if (mayHoldPinyin(original)) {
			Matcher m = PINYIN.matcher(original);
			int toneless = 0;
			while (m.find() && toneless < TONELESS_PAGE) {
				if (afterHan(original, m.start()) && !TONE.matcher(m.group(1)).find()
						&& SYLLABLE.matcher(m.group(1)).matches()) {
					toneless++;
				}
			}
			boolean tonelessPage = toneless >= TONELESS_PAGE;
			m.reset();
			StringBuilder out = null;
			int last = 0;
			while (m.find()) {
				if (!afterHan(original, m.start())) {
					continue;
				}
				String syllable = m.group(1);
				if (!TONE.matcher(syllable).find() && !TONELESS.matcher(syllable).matches()
						&& !(tonelessPage && SYLLABLE.matcher(syllable).matches())) {
					continue;
				}
				if (out == null || map == null) {
					out = new StringBuilder(original.length());
					map = new int[original.length() + 1];
				}
				for (int i = last; i < m.start(); i++) {
					map[out.length()] = i;
					out.append(original.charAt(i));
				}
				last = m.end();
			}
			if (out != null && map != null) {
				for (int i = last; i < original.length(); i++) {
					map[out.length()] = i;
					out.append(original.charAt(i));
				}
				map[out.length()] = original.length();
				withoutPinyin = out.toString();
			}
		}
		String simplified = halfWidthDigits(SimplifiedChinese.of(withoutPinyin));
		return new ReadingText(original, simplified, map);
	}

	/**
	 * Full-width digits (２０２２年１２月７日, 〔２０２０〕２２号) read as ASCII ones, one for one: some
	 * sites print a number's and a date's digits full-width, others half-width, and the
	 * same document must read the same from either. The same instance when there are
	 * none.
	 */
	static String halfWidthDigits(String text) {
		char[] chars = null;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c >= '０' && c <= '９') {
				if (chars == null) {
					chars = text.toCharArray();
				}
				chars[i] = (char) (c - '０' + '0');
			}
		}
		return (chars == null) ? text : new String(chars);
	}

	/**
	 * Whether a bracket is followed by a letter of pinyin (after a space or not), as in
	 * every match of {@link #PINYIN}: the brackets of most texts hold Han characters and
	 * digits ((一), （以下简称…）), and the two passes of the matcher over the whole text were a
	 * tenth of all metadata extraction's time on the corpus.
	 */
	static boolean mayHoldPinyin(String text) {
		return bracketBeforeLetter(text, '(') || bracketBeforeLetter(text, '（');
	}

	private static boolean bracketBeforeLetter(String text, char bracket) {
		for (int at = text.indexOf(bracket); at >= 0; at = text.indexOf(bracket, at + 1)) {
			int next = at + 1;
			if (next < text.length() && text.charAt(next) == ' ') {
				next++;
			}
			if (next < text.length() && isPinyinLetter(text.charAt(next))) {
				return true;
			}
		}
		return false;
	}

	private static boolean isPinyinLetter(char c) {
		return (c >= 'a' && c <= 'z') || PINYIN_LETTERS.indexOf(c) >= 0;
	}

	/** Whether the character before this index is a Han character. */
	private static boolean afterHan(String text, int index) {
		return index > 0 && ChineseText.isHan(Character.codePointBefore(text, index));
	}

	/** The text as found, read as it is. */
	static ReadingText asIs(String original) {
		return new ReadingText(original, original, null);
	}

	/** The text the stages read. */
	String text() {
		return this.text;
	}

	/** True when the reading differs from the text as found. */
	boolean differs() {
		return this.text != this.original;
	}

	/** The offset in the text as found of an offset in the reading. */
	int originalOffset(int offset) {
		if (this.toOriginal == null) {
			return offset;
		}
		return this.toOriginal[Math.max(0, Math.min(offset, this.toOriginal.length - 1))];
	}

	/**
	 * A value read from the reading (a title, a number as printed) as the text prints it:
	 * in its script, without injected pinyin. Spaces in the value separate parts found
	 * apart (joint issuers); a part not found is given as read.
	 */
	String asFound(String value) {
		if (!differs() || value.isEmpty()) {
			return value;
		}
		StringBuilder out = new StringBuilder(value.length());
		for (String part : value.split(" ", -1)) {
			if (!out.isEmpty()) {
				out.append(' ');
			}
			out.append(partAsFound(part));
		}
		return out.toString();
	}

	private String partAsFound(String part) {
		String wanted = ChineseText.removeSpaces(part);
		if (wanted.isEmpty()) {
			return part;
		}
		// Search the reading with its spaces removed: the value may have been joined from
		// lines.
		StringBuilder compact = new StringBuilder(this.text.length());
		int[] at = new int[this.text.length()];
		for (int i = 0; i < this.text.length(); i++) {
			char c = this.text.charAt(i);
			if (!ChineseText.isSpace(c)) {
				at[compact.length()] = i;
				compact.append(c);
			}
		}
		int found = compact.indexOf(wanted);
		if (found < 0) {
			return part;
		}
		int from = originalOffset(at[found]);
		int to = originalOffset(at[found + wanted.length() - 1] + 1);
		String printed = ChineseText.removeSpaces(this.original.substring(from, to));
		String withoutPinyin = of(printed).text;
		return (withoutPinyin.equals(wanted) || halfWidthDigits(SimplifiedChinese.of(withoutPinyin)).equals(wanted))
				? stripPinyin(printed) : part;
	}

	private static String stripPinyin(String printed) {
		ReadingText r = of(printed);
		if (r.toOriginal == null) {
			return printed;
		}
		StringBuilder out = new StringBuilder();
		int reading = r.text.length();
		for (int i = 0; i < reading; i++) {
			out.append(printed.charAt(r.toOriginal[i]));
		}
		return out.toString();
	}

}
