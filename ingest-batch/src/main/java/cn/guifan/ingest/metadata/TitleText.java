package cn.guifan.ingest.metadata;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.guifan.schemas.docnumber.DocNumber;
import cn.guifan.schemas.docnumber.DocNumberMatch;
import cn.guifan.schemas.docnumber.DocNumbers;
import cn.guifan.schemas.text.ChineseText;
import org.jspecify.annotations.Nullable;

/**
 * Titles as a registrar writes them down. A title broken over lines, or spaced out by a
 * web page, is joined without spaces, except between the names of joint issuers (青禾县教育局
 * 青禾县财政局关于…), where one space stays.
 */
final class TitleText {

	/** The document a notice issues or forwards: 关于印发《X》的通知 → X. */
	private static final Pattern INSTRUMENT = Pattern.compile("(?:印发|颁布|发布|公布|转发)《(.+)》");

	/**
	 * 转发省民政厅省财政厅制定的《…》的通知, 印发〈…〉的通知, 印发《…》实施办法的通知: words may stand between the verb and
	 * the title, which a site may nest in 〈〉.
	 */
	private static final Pattern WRAPPED_INSTRUMENT = Pattern
		.compile("(?:印发|颁布|发布|公布|转发)([^《》〈〉]{0,30}?)[《〈](.+)[》〉]([^《》〈〉]{0,20}?)的(?:通知|决定|公告|通告)$");

	private static final Pattern BARE_INSTRUMENT = Pattern.compile("(?:印发|转发)([^《》]{2,80})的通知$");

	/**
	 * Documents a title names as its object: issued or forwarded (印发《X》), amended (修改《X》)
	 * or interpreted (《X》解读).
	 */
	private static final Pattern OBJECT = Pattern.compile("(?:印发|颁布|发布|公布|转发|修改|废止)《(.+)》|^《(.+)》(?:的)?(?:政策)?解读");

	/** A site's status mark before a title: 【已失效】, [废止], （现行有效）. */
	private static final Pattern STATUS_PREFIX = Pattern
		.compile("^[【\\[［(（]\\s*(?:已失效|失效|已废止|废止|已修改|已修订|部分失效|现行有效|有效|尚未生效|已被修改)\\s*[】\\]］)）]\\s*");

	/** A number printed before the title it names: 鲁政发〔2014〕20号《山东省…意见》. */
	private static final Pattern NUMBER_THEN_TITLE = Pattern.compile("^[^《》]{4,30}?号\\s*《(.+)》$");

	/**
	 * A number a site put before the title, with a space or a dash: 盘政发〔2010〕22号 盘锦市….
	 */
	private static final Pattern NUMBER_FIRST = Pattern
		.compile("^([^\\s《》]{4,30}?号)[\\s\\u3000]*[—–\\-－:：]?[\\s\\u3000]*(?=\\S)");

	/**
	 * A site's column name before the title: 政务服务丨…, or a listing page's column heading
	 * above the bullet of its first item (政策法规 / • 市发展改革委关于…, read as one line).
	 */
	private static final Pattern COLUMN = Pattern
		.compile("^(?:[^丨｜|《•●]{2,12}[丨｜|•●]|【[^】]{2,16}】(?=[^】]{6,}$))[\\s\\u3000]*");

	/** A date a list puts after the title: …的函 2020-11-13. */
	private static final Pattern TRAILING_DATE = Pattern.compile(
			"(?:(?<=\\p{IsHan})(?:19|20)\\d{2}-\\d{1,2}-\\d{1,2}|[\\s\\u3000]+(?:(?:19|20)\\d{2}[-/.]\\d{1,2}[-/.]\\d{1,2}|(?:19|20)\\d{2}年\\d{1,2}月\\d{1,2}日))[\\s\\u3000]*$");

	/** A headline a site cut short: …的通... */
	private static final Pattern CUT = Pattern.compile("(?:\\.{2,}|…+)$");

	/**
	 * The serial a site appends to an announcement's title: …指挥部通告（第1号）,
	 * 关于…的通告（2022年第76号通告）. The title is the announcement's name; the serial is its
	 * number.
	 */
	static final Pattern SERIAL_APPENDED = Pattern.compile(
			"[\\s\\u3000]*[（(](?:((?:19|20)\\d{2})[\\s\\u3000]*年[\\s\\u3000]*(?:第[\\s\\u3000]*)?|第[\\s\\u3000]*)([0-9０-９一二三四五六七八九十百零〇]{1,6})[\\s\\u3000]*[号號](?:通告|公告)?[）)][\\s\\u3000]*$");

	/**
	 * A year a site glued before a title: 2022石柱…封山令. A title that starts with its year
	 * writes 年 after it (2022年…).
	 */
	private static final Pattern GLUED_YEAR = Pattern.compile("^(?:19|20)\\d{2}(?=[\\p{IsHan}&&[^年届度]])");

	/**
	 * The month and day a site's list puts before a headline: 06.18 某县人民政府关于…的通告 (the
	 * space may be lost). A title does not start with a bare date before its place's
	 * name.
	 */
	private static final Pattern LISTING_DAY = Pattern
		.compile("^(?:0?[1-9]|1[0-2])[.．/](?:0?[1-9]|[12][0-9]|3[01])[\\s\\u3000]*"
				+ "(?=[\\p{IsHan}]{2,12}?(?:省|自治区|市|自治州|州|县|区|旗|盟|镇|乡)[\\p{IsHan}])");

	/** A revision note a site appends: (2019修订). */
	private static final Pattern SITE_REVISION = Pattern.compile("[（(](?:19|20)\\d{2}(?:修订|修正)[）)]$");

	/** What a site appends in brackets: the number or the date. */
	private static final Pattern APPENDED = Pattern
		.compile("[\\s\\u3000]*[（(\\[［【]([^（()）]{4,40})[）)\\]］】][\\s\\u3000]*$");

	/** A site's labels running on after the title: 名称: …, 主题分类 …, 有效性 …, 发文日期: …. */
	private static final Pattern RUN_ON = Pattern
		.compile("[\\s\\u3000]*(?:(?:名[ \\u3000]*称|标[ \\u3000]*题|文件名称|索引号|主题分类|"
				+ "发文机关|发布机构|发文字号|文[ \\u3000]*号|成文日期|发文日期|发布日期|发布时间|生成日期|有效性|时效性|效力状态)[ \\u3000]*[:：]"
				+ "|[\\s\\u3000]+(?:索引号|主题分类|有效性|时效性|发文日期|成文日期|发布日期|发文字号|发文机关)(?=[\\s\\u3000:：]|$)).*$");

	private TitleText() {
	}

	/**
	 * A title without what a site put around it: a status mark before it (【已失效】), its
	 * number or date in brackets after it, a number before it (…号《title》), the labels and
	 * values of the site's table run on after it. Brackets that belong to the title
	 * ((试行), (2021—2025年), (2021年修订)) stay.
	 */
	static String clean(String title) {
		String t = title.strip();
		Matcher run = RUN_ON.matcher(t);
		if (run.find() && run.start() > 0) {
			t = t.substring(0, run.start()).strip();
		}
		boolean changed = true;
		while (changed) {
			changed = false;
			Matcher status = STATUS_PREFIX.matcher(t);
			if (status.find() && status.end() < t.length()) {
				t = t.substring(status.end());
				changed = true;
			}
			Matcher listed = LISTING_DAY.matcher(t);
			if (listed.find() && t.length() - listed.end() >= 8) {
				t = t.substring(listed.end());
				changed = true;
			}
			Matcher column = COLUMN.matcher(t);
			if (column.find() && column.end() < t.length()) {
				t = t.substring(column.end());
				changed = true;
			}
			Matcher first = NUMBER_FIRST.matcher(t);
			if (first.find() && DocNumbers.parse(ChineseText.removeSpaces(first.group(1))).isPresent()
					&& first.end() < t.length()) {
				t = t.substring(first.end());
				changed = true;
			}
			Matcher appended = APPENDED.matcher(t);
			if (appended.find() && appended.start() > 0 && isSiteNote(appended.group(1))) {
				t = t.substring(0, appended.start());
				changed = true;
			}
			DocNumberMatch after = numberAfter(t);
			if (after != null) {
				t = t.substring(0, after.start()).strip();
				changed = true;
			}
			Matcher day = DAY_APPENDED.matcher(t);
			if (day.find() && day.start() > 0) {
				t = t.substring(0, day.start());
				changed = true;
			}
			Matcher serial = SERIAL_APPENDED.matcher(t);
			if (serial.find() && serial.start() > 0) {
				t = t.substring(0, serial.start());
				changed = true;
			}
			Matcher year = GLUED_YEAR.matcher(t);
			if (year.find() && year.end() < t.length() && HeadLayout.endsLikeTitle(t)) {
				t = t.substring(year.end());
				changed = true;
			}
			Matcher revision = SITE_REVISION.matcher(t);
			if (revision.find() && revision.start() > 0) {
				t = t.substring(0, revision.start());
				changed = true;
			}
			Matcher date = TRAILING_DATE.matcher(t);
			if (date.find() && date.start() > 0) {
				t = t.substring(0, date.start());
				changed = true;
			}
		}
		Matcher numbered = NUMBER_THEN_TITLE.matcher(t);
		if (numbered.matches() && DocNumbers.findAll(t.substring(0, t.indexOf('《'))).size() == 1) {
			t = numbered.group(1);
		}
		if (t.startsWith("《") && t.endsWith("》") && t.indexOf('《', 1) < 0) {
			// A site wraps the whole title in 《》 (what it contains is in 〈〉).
			t = t.substring(1, t.length() - 1);
		}
		Matcher cut = CUT.matcher(t);
		if (cut.find() && t.substring(0, cut.start()).endsWith("的通") && (t.contains("印发") || t.contains("转发"))) {
			// A notice that issues or forwards a document is a 通知.
			t = t.substring(0, cut.start()) + "知";
		}
		return t.strip();
	}

	/**
	 * A number a list prints after the title without brackets (…的通知 青政办〔2021〕12号), or
	 * null: the text ends with it and what stands before it ends like a title.
	 */
	private static @Nullable DocNumberMatch numberAfter(String title) {
		String t = title.strip();
		if (t.indexOf('号') < 0) {
			return null;
		}
		List<DocNumberMatch> found = DocNumbers.findAll(t);
		if (found.isEmpty()) {
			return null;
		}
		DocNumberMatch last = found.get(found.size() - 1);
		return (last.end() == t.length() && last.start() > 0
				&& HeadLayout.endsLikeTitle(t.substring(0, last.start()).strip())) ? last : null;
	}

	/** True when a site cut the title short (…的通...). */
	static boolean isCut(String title) {
		return CUT.matcher(title).find();
	}

	/**
	 * The form in which two titles compare: width folded (NFKC), without spaces and
	 * quotation marks.
	 */
	static String key(String title) {
		String folded = java.text.Normalizer.normalize(title, java.text.Normalizer.Form.NFKC);
		StringBuilder out = new StringBuilder(folded.length());
		for (int i = 0; i < folded.length(); i++) {
			char c = folded.charAt(i);
			if (!ChineseText.isSpace(c) && "《》〈〉<>“”‘’\"'「」『』".indexOf(c) < 0) {
				out.append(c);
			}
		}
		return out.toString();
	}

	/**
	 * The number printed in brackets after a title or before it (…的通知（青政办〔2021〕12号）,
	 * 鲁政发〔2014〕20号《…》), or null.
	 */
	static @Nullable DocNumber appendedNumber(String title) {
		String t = title.strip();
		Matcher run = RUN_ON.matcher(t);
		if (run.find() && run.start() > 0) {
			t = t.substring(0, run.start()).strip();
		}
		Matcher appended = APPENDED.matcher(t);
		if (appended.find() && appended.start() > 0) {
			var number = DocNumbers.parse(ChineseText.removeSpaces(appended.group(1)));
			if (number.isPresent()) {
				return number.get();
			}
		}
		DocNumberMatch after = numberAfter(t);
		if (after != null) {
			return after.number();
		}
		Matcher first = NUMBER_FIRST.matcher(t);
		if (first.find() && first.end() < t.length()) {
			var number = DocNumbers.parse(ChineseText.removeSpaces(first.group(1)));
			if (number.isPresent()) {
				return number.get();
			}
		}
		Matcher numbered = NUMBER_THEN_TITLE.matcher(t);
		if (numbered.matches()) {
			var found = DocNumbers.findAll(t.substring(0, t.indexOf('《')));
			if (found.size() == 1) {
				return found.get(0).number();
			}
		}
		return null;
	}

	/** The status mark a site put before a title (已失效), or null. */
	static @Nullable String statusMark(String title) {
		Matcher status = STATUS_PREFIX.matcher(title.strip());
		return status.find() ? status.group().replaceAll("[【\\[［(（】\\]］)）\\s]", "") : null;
	}

	/** A bracketed note that is a number or a date, not part of a title. */
	private static boolean isSiteNote(String note) {
		String n = ChineseText.removeSpaces(note);
		if (DocNumbers.parse(n).isPresent()) {
			return true;
		}
		return DateText.parseWhole(n) != null;
	}

	/** A day a news site adds to a title it reposts every day: …的通告(29日). */
	private static final Pattern DAY_APPENDED = Pattern
		.compile("[\\s\\u3000]*[（(][0-9]{1,2}(?:月[0-9]{1,2})?日[）)][\\s\\u3000]*$");

	/** Joins title lines and settles their spaces (see the class comment). */
	static String normalize(String raw) {
		List<String> tokens = new ArrayList<>();
		for (String token : raw.split("[\\s\\u3000\\u00A0]+")) {
			if (!token.isEmpty()) {
				tokens.add(token);
			}
		}
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < tokens.size(); i++) {
			String token = tokens.get(i);
			if (i > 0 && Organs.isOrgan(tokens.get(i - 1)) && Organs.isOrgan(issuerPart(token))) {
				out.append(' ');
			}
			out.append(token);
		}
		return out.toString();
	}

	/** Collapses spaces: for a title given whole, as in a Markdown heading. */
	static String collapse(String title) {
		return ChineseText.collapseSpaces(title);
	}

	/**
	 * The title of the document a notice issues or forwards, in 《》 or not (关于印发青禾县2022年
	 * 政务公开工作要点的通知), or null.
	 */
	static @Nullable String instrument(String title) {
		Matcher w = WRAPPED_INSTRUMENT.matcher(title);
		if (w.find()) {
			String after = w.group(3);
			// 印发《…自治条例》实施办法的通知 issues the 实施办法, not the 条例.
			return (after.isEmpty() || "和及与、等".indexOf(after.charAt(0)) >= 0) ? w.group(2) : w.group(2) + after;
		}
		Matcher m = INSTRUMENT.matcher(title);
		if (m.find()) {
			return m.group(1);
		}
		m = BARE_INSTRUMENT.matcher(title);
		return m.find() ? m.group(1) : null;
	}

	/** The title of the document this title names as its object, or null. */
	static @Nullable String object(String title) {
		Matcher m = OBJECT.matcher(title);
		if (!m.find()) {
			return null;
		}
		return (m.group(1) != null) ? m.group(1) : m.group(2);
	}

	private static String issuerPart(String token) {
		int about = token.indexOf("关于");
		return (about >= 0) ? token.substring(0, about) : token;
	}

}
