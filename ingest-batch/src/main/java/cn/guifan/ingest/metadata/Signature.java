package cn.guifan.ingest.metadata;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The 发文机关署名 and 成文日期: the first line after the title that is a date and nothing else,
 * under one or more lines of organ names (丰原市生态环境局青禾分局 青禾县住房和城乡建设局) or under the official
 * who signs an order (市长 ×××). A 印发 line of the 版记 is no signature.
 * <p>
 * In a notice that issues an 办法 the signature stands in the middle of the text, before
 * the 办法; the first one is the notice's.
 * <p>
 * Pages print signatures in other shapes too: the date alone below the last paragraph
 * (the organ left to the seal), the organ and the date on one line, the date with its 年月日
 * lost (2016729, {@code repaired}), or the whole text on one line.
 */
record Signature(LocalDate date, List<String> organs, int dateLine, boolean repaired) {

	static final Function<DocumentText, @Nullable Signature> OF = Signature::find;

	/** How many lines of organ names may stand above the date. */
	private static final int ORGAN_LINES = 4;

	private static final Pattern ORGAN_THEN_DATE = Pattern.compile(
			"^([\\p{IsHan}（）()]{2,40}?)[\\s\\u3000]{2,}((?:19|20)\\d{2}[\\s\\u3000]*年[\\s\\u3000]*\\d{1,2}[\\s\\u3000]*月[\\s\\u3000]*\\d{1,2}[\\s\\u3000]*日?)$");

	private static final Pattern INLINE = Pattern.compile(
			"(?:(?<=^)|(?<=[\\s\\u3000]))([\\p{IsHan}（）()]{4,40})[\\s\\u3000]+((?:19|20)\\d{2}年\\d{1,2}月\\d{1,2}日|[二〇○O零一三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日)(?=[\\s\\u3000]|$)");

	private static final Pattern DATE_AFTER_SENTENCE = Pattern.compile(
			"[。！][\\s\\u3000]+([二〇○O零一三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日|(?:19|20)\\d{2}年\\d{1,2}月\\d{1,2}日)(?=[\\s\\u3000]|$)");

	/**
	 * A run-together text that ends with the date and then the organ, apart
	 * (…严防聚集性疫情发生。2022年5月6日 平顶山市文化广电和旅游局): the page put the signature's two lines on one,
	 * in the other order.
	 */
	private static final Pattern DATE_THEN_ORGAN = Pattern.compile(
			"[。！!][\\s\\u3000]*((?:19|20)\\d{2}年\\d{1,2}月\\d{1,2}日|[二〇○O零一三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日)[\\s\\u3000]{2,}([\\p{IsHan}（）()]{4,40})[\\s\\u3000]*$");

	/**
	 * A record's content with every line run together, the signature glued to the last
	 * sentence and to its 附注 (…省机械科学研究院。某省经济和信息化委员会2017年7月21日（此件主动公开）,政务,…): the organ
	 * between the sentence's end and the date, the date followed by the note or by the
	 * end.
	 */
	private static final Pattern GLUED = Pattern
		.compile("[。！]([\\p{IsHan}（）()]{4,40}?)((?:19|20)\\d{2}年\\d{1,2}月\\d{1,2}日)(?=[（(]此件|$)");

	/** An organ's name right after the last sentence of a paragraph, ending the line. */
	private static final Pattern RUN_INTO_PARAGRAPH = Pattern.compile("[。！]([\\p{IsHan}（）()]{4,40})$");

	/**
	 * A time of day (16:49), looked for only on a line with a colon: a matcher for every
	 * short line of every text was 3 % of all metadata extraction's time on the corpus.
	 */
	private static final Pattern TIME_OF_DAY = Pattern.compile("\\d{1,2}:\\d{2}");

	/**
	 * The number and the date in parentheses under a party and government document's
	 * title when the signature is left out: （某市委发〔2010〕5号 2010年2月11日）, a party
	 * committee's number (…委发, …委办…). Under a government's title the same note is a
	 * mirror's 题注, whose date is no 成文日期.
	 */
	private static final Pattern NUMBER_THEN_DATE = Pattern.compile(
			"^[（(][\\p{IsHan}]{0,8}委(?:发|办)[\\p{IsHan}]{0,4}[〔\\[［(（]\\d{4}[〕\\]］)）]\\d{1,4}号[\\s\\u3000,，]*((?:19|20)\\d{2}年\\d{1,2}月\\d{1,2}日)[）)]$");

	/** A text of so few lines had them run together. */
	private static final int RUN_TOGETHER_LINES = 20;

	/** A 附注 printed on the date's line: 2020年9月8日（此件公开发布）. */
	private static final Pattern NOTE_AFTER = Pattern.compile("[（(]此件[^）)]{0,10}[）)]$");

	/**
	 * Where the seal stands after the organ's name: 某县人民政府（印）. The match starts where a
	 * run of spaces starts (as the leftmost match does anyway): else every character of a
	 * long run (27,000 carriage returns a page left inside one line) would start a scan
	 * to its end, and the search would cost the square of the run.
	 */
	private static final Pattern SEAL = Pattern.compile("(?<![\\s\\u3000])[\\s\\u3000]*[（(](?:印|章|盖章|公章)[）)]$");

	/**
	 * Who signs an order, as pages print it: 市长 ×××, 市长：×××, 市长: 何 健 (a colon, the name
	 * spaced out).
	 */
	private static final Pattern OFFICIAL = Pattern
		.compile("(?:长|主任|书记|主席|总理|部长|厅长|局长|院长|检察长|负责人)[:：]?[\\s\\u3000]*(?:\\S[\\s\\u3000]*){0,4}$|×");

	static @Nullable Signature find(DocumentText text) {
		List<DocumentText.Line> lines = text.nonBlankLines();
		HeadLayout head = text.memo(HeadLayout.OF);
		int from = Math.max(1, Math.max(head.titleTo(), 0));
		for (int i = from; i < lines.size(); i++) {
			if (lines.get(i).text().length() > 200) {
				continue;
			}
			String s = lines.get(i).stripped();
			if (s.length() > 1 && s.indexOf('|') == s.length() - 1) {
				// A table cell's border the page left after the signature: 某局 2024年1月30日
				// |.
				s = s.substring(0, s.length() - 1).strip();
			}
			if (s.indexOf("此件") > 0) {
				s = NOTE_AFTER.matcher(s).replaceFirst("");
			}
			if (s.length() > 40 || s.contains("印发")) {
				if (s.length() <= ORGANS_AND_DATE_MAX && s.indexOf('年') > 0 && !s.contains("印发")) {
					// The organs spread apart over the line, the date after them.
					Signature inline = organsAndDate(s, i);
					if (inline != null && (head.addressee() < 0 || i > head.addressee())) {
						return inline;
					}
				}
				continue;
			}
			boolean repaired = false;
			LocalDate date = null;
			if (s.indexOf(':') >= 0 && TIME_OF_DAY.matcher(s).find()) {
				// 2022-09-09 16:49: a page's timestamp, not the date a document bears.
				continue;
			}
			if (s.length() <= 24
					&& (s.indexOf('年') >= 0 || s.indexOf('-') >= 0 || s.indexOf('/') >= 0 || s.indexOf('.') >= 0)) {
				date = DateText.parseWhole(s);
			}
			Matcher numbered = (date == null && i <= head.bodyStart()) ? NUMBER_THEN_DATE.matcher(s) : null;
			if (numbered != null && numbered.matches()) {
				// (某市委发〔2010〕5号2010年2月11日) under the title: read below as a date
				// under the title and number.
				date = DateText.parseWhole(numbered.group(1));
			}
			if (date == null && s.length() <= 8) {
				// 2016729: a page lost 年, 月 and 日.
				date = DateText.parseDigits(s, publishedOn(text));
				repaired = date != null;
			}
			if (date == null) {
				Signature inline = (s.indexOf('年') > 0) ? organAndDate(s, i) : null;
				if (inline == null && s.indexOf('年') > 0) {
					inline = organsAndDate(s, i);
					if (inline != null && head.addressee() >= 0 && i <= head.addressee()) {
						// Above the 主送机关: a page's header.
						inline = null;
					}
				}
				if (inline == null && s.indexOf('年') > 0 && (head.addressee() < 0 || i > head.addressee())) {
					inline = officialAndDate(s, i);
				}
				if (inline != null) {
					return inline;
				}
				continue;
			}
			List<String> organs = new ArrayList<>();
			int j = i - 1;
			while (j >= from && i - j <= ORGAN_LINES) {
				List<String> names = Organs.split(SEAL.matcher(lines.get(j).stripped()).replaceFirst(""));
				if (names.isEmpty()) {
					String broken = brokenOrgan(lines.get(j).compact(), organs);
					if (broken != null) {
						organs.set(0, broken);
					}
					Matcher runInto = RUN_INTO_PARAGRAPH.matcher(lines.get(j).stripped());
					if (broken == null && !organs.isEmpty() && runInto.find() && Organs.isOrgan(runInto.group(1))
							&& PLACE_FIRST.matcher(runInto.group(1)).find()) {
						// The page ran the signature's first organ into the last
						// paragraph (…依法进行严肃查处。高邮市环境保护局 / 高邮市建筑工程管理局).
						organs.add(0, runInto.group(1));
					}
					break;
				}
				organs.addAll(0, names);
				j--;
			}
			if (!organs.isEmpty() && (head.addressee() < 0 || i > head.addressee())) {
				// Above the 主送机关 an organ and a date are a page's header, not the
				// signature.
				return new Signature(date, organs, i, repaired);
			}
			String above = lines.get(i - 1).stripped();
			if (above.length() <= 16 && OFFICIAL.matcher(above).find()) {
				return new Signature(date, List.of(), i, repaired);
			}
			if (i - 1 == 0 && above.startsWith("# ") || i == head.titleTo()) {
				// A date standing under the title: the date the document bears.
				return new Signature(date, List.of(), i, repaired);
			}
			if (!repaired && (s.startsWith("（") || s.startsWith("(")) && i <= head.bodyStart()) {
				// (二○○八年十月二十九日) under the title and number of a 决定 or 通报.
				return new Signature(date, List.of(), i, false);
			}
			if ((!repaired || CLOSING.matcher(above).find()) && endsParagraph(above) && i > head.bodyStart()) {
				// A signature that prints only the date, below the last paragraph.
				return new Signature(date, List.of(), i, false);
			}
		}
		// Only a text whose lines were run together holds its signature inside a line.
		return (lines.size() <= RUN_TOGETHER_LINES) ? inlineSignature(lines, (head.titleTo() >= 0) ? from : 0) : null;
	}

	/**
	 * A long organ name the page broke over two lines (某县新型冠状病毒感染的 / 肺炎疫情防控指挥部): the line
	 * above the first organ read is no organ, but joined to it makes one.
	 */
	private static final Pattern PLACE_FIRST = Pattern.compile("^[\\p{IsHan}]{1,8}?(?:省|自治区|市|自治州|州|县|区|旗|盟|镇|乡)");

	private static final Pattern CLOSING = Pattern.compile("^(?:特此|此复|此令|专此)");

	private static @Nullable String brokenOrgan(String above, List<String> organs) {
		if (organs.size() != 1 || above.isEmpty() || above.length() > 24 || !above.chars().allMatch(Character::isLetter)
				|| PLACE_FIRST.matcher(organs.get(0)).find() || CLOSING.matcher(above).find()) {
			// An organ that starts with its place is whole (特此公告 / 某某县水利局).
			return null;
		}
		String joined = above + organs.get(0);
		return Organs.isOrgan(joined) ? joined : null;
	}

	/** The site's publication date, which a signature's date cannot follow. */
	private static @Nullable LocalDate publishedOn(DocumentText text) {
		PageFields page = text.memo(PageFields.OF);
		for (String label : new String[] { "发布日期", "发布时间", "公开日期", "时间" }) {
			String value = page.get(label);
			LocalDate date = (value != null) ? DateText.parseLeading(value) : null;
			if (date != null) {
				return date;
			}
		}
		return null;
	}

	/**
	 * The organ and the date on one line, apart: 寿县人民政府督查室 2022年8月19 (the 日 may be lost
	 * at the end of the line).
	 */
	private static @Nullable Signature organAndDate(String s, int line) {
		Matcher m = ORGAN_THEN_DATE.matcher(s);
		if (!m.matches() || !Organs.isOrgan(m.group(1))) {
			return null;
		}
		LocalDate date = DateText.parseWhole(m.group(2));
		boolean repaired = false;
		if (date == null && !m.group(2).endsWith("日")) {
			date = DateText.parseWhole(m.group(2) + "日");
			repaired = date != null;
		}
		return (date != null) ? new Signature(date, List.of(m.group(1)), line, repaired) : null;
	}

	/**
	 * The official who signs an order and the date on one line, apart (自治区主席 某某
	 * 二○○八年一月四日, 省 长 某某 2021年6月9日): the signature's two lines joined by a page. No organ
	 * is named. A name of ×× is a template's blank, not a signature.
	 */
	private static @Nullable Signature officialAndDate(String s, int line) {
		Matcher m = LINE_ENDING_IN_DATE.matcher(s);
		if (!m.matches() || m.group(1).length() > 16 || !OFFICIAL.matcher(m.group(1)).find()
				|| m.group(1).indexOf('×') >= 0) {
			return null;
		}
		LocalDate date = DateText.parseWhole(m.group(2));
		return (date != null) ? new Signature(date, List.of(), line, false) : null;
	}

	private static final Pattern LINE_ENDING_IN_DATE = Pattern.compile("^(\\S.*?)[\\s\\u3000]+"
			+ "((?:19|20)\\d{2}年\\d{1,2}月\\d{1,2}日|[二〇○O零一三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日)$");

	/** The longest line read as organs followed by the date (spaces included). */
	private static final int ORGANS_AND_DATE_MAX = 120;

	/**
	 * Organs and the date on one line, a space apart: 泉州市财政局 泉州市农业农村局 2019年6月10日, 市发展改革委
	 * (spaces) 市财政局 2020年11月13日 — the lines of a signature joined by a page or a PDF that
	 * lost their breaks. Every part before the date must be an organ.
	 */
	private static @Nullable Signature organsAndDate(String s, int line) {
		Matcher m = ORGANS_THEN_DATE.matcher(s);
		if (!m.matches()) {
			return null;
		}
		List<String> organs = Organs.split(SEAL.matcher(m.group(1)).replaceFirst(""));
		if (organs.isEmpty()) {
			return null;
		}
		LocalDate date = DateText.parseWhole(m.group(2));
		return (date != null) ? new Signature(date, organs, line, false) : null;
	}

	private static final Pattern ORGANS_THEN_DATE = Pattern.compile("^([\\p{IsHan}（）()\\s\\u3000]{4,100}?)[\\s\\u3000]+"
			+ "((?:19|20)\\d{2}年\\d{1,2}月\\d{1,2}日|[二〇○O零一三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日)$");

	/**
	 * A text whose lines were run together: the organ and the date of the signature
	 * between spaces inside a long line (…附件：… 温州市鹿城区山福镇人民政府 2020年10月22日 山福镇…), or at the
	 * start of one that goes on with an attachment (某州人民政府法制办公室 2016年12月1日 ------
	 * 某条例（草案）…).
	 */
	private static @Nullable Signature inlineSignature(List<DocumentText.Line> lines, int from) {
		for (int i = from; i < lines.size(); i++) {
			String text = lines.get(i).text();
			if (text.length() <= 200 || text.indexOf('日') < 0) {
				continue;
			}
			Matcher last = DATE_THEN_ORGAN.matcher(text);
			if (last.find() && Organs.isOrgan(last.group(2))) {
				LocalDate date = DateText.parseWhole(last.group(1));
				if (date != null) {
					return new Signature(date, List.of(last.group(2)), i, false);
				}
			}
			Matcher glued = GLUED.matcher(text);
			while (glued.find()) {
				if (Organs.isOrgan(glued.group(1))) {
					LocalDate date = DateText.parseWhole(glued.group(2));
					if (date != null) {
						return new Signature(date, List.of(glued.group(1)), i, false);
					}
				}
			}
			Matcher alone = DATE_AFTER_SENTENCE.matcher(text);
			Matcher m = INLINE.matcher(text);
			int firstInline = m.find() ? m.start() : Integer.MAX_VALUE;
			m.reset();
			if (alone.find() && alone.start() < firstInline) {
				// …请认真遵照执行。 二OO六年五月二日 …: a signature of the date alone.
				LocalDate date = DateText.parseWhole(alone.group(1));
				if (date != null) {
					return new Signature(date, List.of(), i, false);
				}
			}
			while (m.find()) {
				if (!Organs.isOrgan(m.group(1)) || text.startsWith("印发", m.end())) {
					continue;
				}
				LocalDate date = DateText.parseWhole(m.group(2));
				if (date != null) {
					return new Signature(date, cosigners(text.substring(0, m.start()), m.group(1)), i, false);
				}
			}
		}
		return null;
	}

	/** An organ's name that stands alone between spaces, or after a sentence's end. */
	private static final Pattern ORGAN_BEFORE = Pattern
		.compile("(?:^|[\\s\\u3000。！])([\\p{IsHan}（）()]{4,40})[\\s\\u3000]*$");

	/**
	 * The organs of a joint signature run into the text, each a space apart before the
	 * last one and its date (…的行为。 某州农牧局 某州渔政执法支队 2016年3月11日): the organs standing alone
	 * before {@code last}, in order, then {@code last}.
	 */
	private static List<String> cosigners(String before, String last) {
		List<String> organs = new ArrayList<>(List.of(last));
		String rest = before;
		for (int k = 0; k < 3; k++) {
			Matcher m = ORGAN_BEFORE.matcher(rest);
			if (!m.find() || !Organs.isOrgan(m.group(1))) {
				break;
			}
			organs.add(0, m.group(1));
			rest = rest.substring(0, m.start(1));
		}
		return organs;
	}

	/** True when a line ends a paragraph of the body or its 附件 list. */
	private static boolean endsParagraph(String line) {
		if (line.isEmpty()) {
			return false;
		}
		char last = line.charAt(line.length() - 1);
		return "。！”；;".indexOf(last) >= 0 || line.startsWith("附件") || line.matches("^\\d+[.．、].+")
				|| (line.length() <= 8 && CLOSING.matcher(line).find());
	}

}
