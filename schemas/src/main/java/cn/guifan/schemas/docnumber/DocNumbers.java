package cn.guifan.schemas.docnumber;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.guifan.schemas.text.ChineseNumerals;
import cn.guifan.schemas.text.ChineseText;
import org.jspecify.annotations.Nullable;

/**
 * Parses and normalizes 发文字号.
 * <p>
 * Real texts print the year in 〔〕, [], (), （）, 【】 or ［］, with full-width digits and stray
 * spaces, and users type it without brackets at all (国办发2020 17号). All of these parse to
 * the same {@link DocNumber#normalized() normalized} form.
 */
public final class DocNumbers {

	private static final String OPEN = "[〔\\[(（【［{｛<〈﹝„]";

	private static final String CLOSE = "[〕\\])）】］}｝>〉﹞‟]";

	private static final String SPACE = "[\\s\\u3000\\u00A0]*";

	/** Agency code: Han characters and Latin letters, as in 国办发, 京政发, 青市监规, XX政办发. */
	private static final String AGENCY = "[\\p{IsHan}A-Za-z]{1,16}";

	private static final String YEAR = "((?:19|20)\\d{2})";

	private static final String SERIAL = "(?:第" + SPACE + ")?(\\d{1,5})";

	private static final Pattern BRACKETED = Pattern
		.compile("(" + AGENCY + ")" + SPACE + OPEN + SPACE + YEAR + SPACE + CLOSE + SPACE + SERIAL + SPACE + "号");

	/** Brackets and 号 optional: the forms people type into a search box. */
	private static final Pattern LENIENT = Pattern.compile("^(" + AGENCY + ")" + SPACE + OPEN + "?" + SPACE + YEAR
			+ SPACE + CLOSE + "?" + SPACE + "[-—－_年]?" + SPACE + SERIAL + SPACE + "号?$");

	private static final String ORDER_NUMBER = "([0-9]{1,5}|[〇零一二两三四五六七八九十百千]{1,8})";

	private static final Pattern ORDER = Pattern.compile("(" + AGENCY + "?)" + SPACE + "令" + SPACE + "(?:" + YEAR
			+ SPACE + "年" + SPACE + ")?" + "第" + SPACE + ORDER_NUMBER + SPACE + "号");

	private static final Pattern LENIENT_ORDER = Pattern.compile("^(" + AGENCY + "?)" + SPACE + "令" + SPACE + "(?:"
			+ YEAR + SPACE + "年" + SPACE + ")?" + "第?" + SPACE + ORDER_NUMBER + SPACE + "号?$");

	/**
	 * 曲靖市人民政府公告第75号, …常务委员会公告第3号, …指挥部通告2022年第3号: the number of an announcement (公告, 通告)
	 * in its series.
	 */
	private static final Pattern ANNOUNCEMENT = Pattern.compile("(" + AGENCY + "?)" + SPACE + "(公告|通告)" + SPACE + "(?:"
			+ YEAR + SPACE + "年" + SPACE + ")?" + "第" + SPACE + ORDER_NUMBER + SPACE + "号");

	/**
	 * The issuer of an announcement or order may be a long name (某县新型冠状病毒感染的肺炎防控指挥部): as
	 * a whole value its number may have one, longer than an agency code.
	 */
	private static final String ORGAN = "\\p{IsHan}{1,36}?" + "(?:指挥部|领导小组|办公室|委员会|政府|公署|管委会|局|厅|委|办|部|院|中心|大队|支队)";

	/** Words of a title: a title run into a number is no organ. */
	private static final Pattern TITLE_WORDS = Pattern.compile("规定|办法|条例|细则|通知|决定|意见|通告|公告|令");

	/**
	 * 某县…指挥部通告第1号, 某县…指挥部通告〔2022〕第76号, 某县…指挥部令第2号, 某县…指挥部第2号令: a whole value that is the
	 * serial of a long-named organ's announcement or order.
	 */
	private static final Pattern LONG_SERIAL = Pattern
		.compile("^(" + ORGAN + ")" + SPACE + "(公告|通告|令)" + SPACE + "(?:(?:" + OPEN + SPACE + YEAR + SPACE + CLOSE + "|"
				+ YEAR + SPACE + "年)" + SPACE + "第?|第)" + SPACE + ORDER_NUMBER + SPACE + "号$");

	private static final Pattern LONG_SUFFIXED_ORDER = Pattern
		.compile("^(" + ORGAN + ")" + SPACE + "第?" + SPACE + ORDER_NUMBER + SPACE + "号" + SPACE + "令$");

	/** 国务院第686号令: the order number the way people say it, 令 after the number. */
	private static final Pattern ORDER_SUFFIXED = Pattern
		.compile("^(" + AGENCY + "?)" + SPACE + "第?" + SPACE + ORDER_NUMBER + SPACE + "号" + SPACE + "令$");

	/** Agency code and year without a serial: 青政办规〔2022〕, 青政办规2022. */
	private static final Pattern AGENCY_YEAR = Pattern
		.compile("^(" + AGENCY + ")" + SPACE + OPEN + "?" + SPACE + YEAR + SPACE + CLOSE + "?" + SPACE + "年?$");

	private static final String NATIONAL_PREFIX = "中华人民共和国";

	/**
	 * Words that precede a number in running text but are not part of its agency code,
	 * e.g. 根据国办发〔2020〕17号.
	 */
	private static final Pattern LEADING_WORDS = Pattern
		.compile("根据|依据|按照|依照|参照|参见|执行|落实|贯彻|印发|转发|见|即|的|文件|号文|通知|精神|要求|规定|以");

	/**
	 * Words that lead a number only at the start of the run of characters before it (and
	 * the 号 that ends a number before it): inside the run they belong to an organ's name
	 * (住房和城乡建设部令, 丰原市人民政府令).
	 */
	private static final Pattern LEADING_CONJUNCTIONS = Pattern.compile("^(?:号(?:和|及|与|或)?|和|及|与|或|原)");

	private DocNumbers() {
	}

	/**
	 * Parses a value that should be exactly one document number, as in a metadata field
	 * or a line of its own. Brackets and 号 are required; spaces and widths are tolerated.
	 */
	public static Optional<DocNumber> parse(String value) {
		Optional<DocNumber> number = parseCodes(value);
		return number.isPresent() ? number : longSerial(value.strip(), ChineseText.foldWidth(value).strip());
	}

	/**
	 * A bracketed number, or an order or announcement of an agency no longer than an
	 * agency code: what a match in running text is read as ({@link #findAll}), where a
	 * long name would run back into the sentence.
	 */
	private static Optional<DocNumber> parseCodes(String value) {
		String folded = ChineseText.foldWidth(value).strip();
		Matcher m = BRACKETED.matcher(folded);
		if (m.matches()) {
			return Optional.of(bracketed(value.strip(), m));
		}
		m = ORDER.matcher(folded);
		if (m.matches()) {
			return order(value.strip(), m);
		}
		m = ANNOUNCEMENT.matcher(folded);
		if (m.matches() && !m.group(1).isEmpty()) {
			return announcement(value.strip(), m.group(1), m.group(2), m.group(3), m.group(4));
		}
		return Optional.empty();
	}

	/** An announcement or order of an organ whose name is longer than an agency code. */
	private static Optional<DocNumber> longSerial(String printed, String folded) {
		if (folded.startsWith(NATIONAL_PREFIX)) {
			// A ministry's order (中华人民共和国…部令第N号) is read by its code, as before.
			return Optional.empty();
		}
		Matcher m = LONG_SERIAL.matcher(folded);
		if (m.matches() && !TITLE_WORDS.matcher(m.group(1)).find()) {
			String year = (m.group(3) != null) ? m.group(3) : m.group(4);
			if (m.group(2).equals("令")) {
				return (year != null) ? Optional.empty() : serialOrder(printed, m.group(1), m.group(5));
			}
			return announcement(printed, m.group(1), m.group(2), year, m.group(5));
		}
		m = LONG_SUFFIXED_ORDER.matcher(folded);
		if (m.matches() && !TITLE_WORDS.matcher(m.group(1)).find()) {
			return serialOrder(printed, m.group(1), m.group(2));
		}
		return Optional.empty();
	}

	/**
	 * Parses what a user typed in a search box: like {@link #parse(String)} but brackets
	 * and 号 may be missing (国办发2020 17号, 国办发 2020 17).
	 */
	public static Optional<DocNumber> parseLenient(String value) {
		Optional<DocNumber> strict = parse(value);
		if (strict.isPresent()) {
			return strict;
		}
		String folded = ChineseText.foldWidth(value).strip();
		Matcher m = LENIENT.matcher(folded);
		if (m.matches() && hasHan(m.group(1))) {
			return Optional.of(bracketed(value.strip(), m));
		}
		m = LENIENT_ORDER.matcher(folded);
		if (m.matches() && !m.group(1).isEmpty()) {
			return order(value.strip(), m);
		}
		m = ORDER_SUFFIXED.matcher(folded);
		if (m.matches() && !m.group(1).isEmpty() && !m.group(1).endsWith("令")) {
			return suffixedOrder(value.strip(), m);
		}
		return Optional.empty();
	}

	/**
	 * The normalized beginning of every number of an agency in a year, when that is all a
	 * user typed (青政办规2022, 青政办规〔2022〕): {@code 青政办规〔2022〕}.
	 */
	public static Optional<String> agencyYearPrefix(String value) {
		String folded = ChineseText.foldWidth(value).strip();
		Matcher m = AGENCY_YEAR.matcher(folded);
		if (!m.matches() || !hasHan(m.group(1))) {
			return Optional.empty();
		}
		return Optional.of(m.group(1) + "〔" + m.group(2) + "〕");
	}

	/**
	 * Every bracketed or order number in a longer text, with its position, in text order.
	 */
	public static List<DocNumberMatch> findAll(CharSequence text) {
		// Width folding maps one char to one char, so offsets stay valid for the original
		// text.
		String folded = ChineseText.foldWidth(text);
		List<DocNumberMatch> found = new ArrayList<>();
		collect(text, BRACKETED.matcher(folded), found);
		collect(text, ORDER.matcher(folded), found);
		collect(text, ANNOUNCEMENT.matcher(folded), found);
		found.sort((a, b) -> Integer.compare(a.start(), b.start()));
		return found;
	}

	private static void collect(CharSequence text, Matcher m, List<DocNumberMatch> found) {
		while (m.find()) {
			int lead = m.start(1) + leadingWordsLength(m.group(1));
			// 2004年10月8日市人民政府令第124号: the 日 ends a date, it starts no organ.
			boolean afterDate = lead > 0 && lead == m.start(1) && lead < m.end(1)
					&& "年月日".indexOf(text.charAt(lead)) >= 0
					&& Character.isDigit(ChineseText.foldWidth(text.charAt(lead - 1)));
			int start = afterDate ? lead + 1 : lead;
			int end = m.end();
			if (start >= m.end(1) && !m.group(1).isEmpty()) {
				continue;
			}
			parseCodes(text.subSequence(start, end).toString())
				.ifPresent((n) -> found.add(new DocNumberMatch(n, start, end)));
		}
	}

	/**
	 * The normalized form of a value, or the value with spaces removed when it is no
	 * number.
	 */
	public static String normalizeOrClean(String value) {
		return parseLenient(value).map(DocNumber::normalized)
			.orElseGet(() -> ChineseText.removeSpaces(ChineseText.foldWidth(value)));
	}

	/** Length of the words before the agency code proper, cut at the last such word. */
	private static int leadingWordsLength(String agency) {
		Matcher lead = LEADING_WORDS.matcher(agency);
		// 中华人民共和国 is part of the organ's name (its 和 is no conjunction).
		int national = agency.indexOf(NATIONAL_PREFIX);
		int limit = (national >= 0) ? national : agency.length() - 1;
		int cut = 0;
		while (lead.find()) {
			if (lead.end() <= limit) {
				cut = Math.max(cut, lead.end());
			}
		}
		Matcher conjunction = LEADING_CONJUNCTIONS.matcher(agency.substring(cut));
		if (conjunction.find() && cut + conjunction.end() < agency.length()) {
			cut += conjunction.end();
		}
		return cut;
	}

	private static DocNumber bracketed(String printed, Matcher m) {
		String agency = m.group(1);
		int year = Integer.parseInt(m.group(2));
		int serial = Integer.parseInt(m.group(3));
		String normalized = agency + "〔" + year + "〕" + serial + "号";
		return new DocNumber(printed, normalized, agency, year, serial, DocNumber.Form.BRACKETED);
	}

	private static Optional<DocNumber> order(String printed, Matcher m) {
		String agency = m.group(1);
		if (agency.startsWith(NATIONAL_PREFIX) && agency.length() > NATIONAL_PREFIX.length()) {
			agency = agency.substring(NATIONAL_PREFIX.length());
		}
		OptionalInt serial = ChineseNumerals.parse(m.group(3));
		if (serial.isEmpty()) {
			return Optional.empty();
		}
		Integer year = (m.group(2) != null) ? Integer.valueOf(m.group(2)) : null;
		String normalized = agency + "令" + ((year != null) ? year + "年" : "") + "第" + serial.getAsInt() + "号";
		return Optional.of(new DocNumber(printed, normalized, agency, year, serial.getAsInt(), DocNumber.Form.ORDER));
	}

	/**
	 * An announcement's number; its year, when printed (2022年第3号, 〔2022〕第3号), is written
	 * in brackets like a 发文字号's: 某指挥部通告〔2022〕3号.
	 */
	private static Optional<DocNumber> announcement(String printed, String agency, String kind,
			@Nullable String yearText, String serialText) {
		OptionalInt serial = ChineseNumerals.parse(serialText);
		if (serial.isEmpty()) {
			return Optional.empty();
		}
		Integer year = (yearText != null) ? Integer.valueOf(yearText) : null;
		String normalized = agency + kind
				+ ((year != null) ? "〔" + year + "〕" + serial.getAsInt() + "号" : "第" + serial.getAsInt() + "号");
		return Optional
			.of(new DocNumber(printed, normalized, agency, year, serial.getAsInt(), DocNumber.Form.ANNOUNCEMENT));
	}

	/** 某指挥部令第2号, 某指挥部2号令: normalized 某指挥部令第2号. */
	private static Optional<DocNumber> serialOrder(String printed, String agency, String serialText) {
		OptionalInt serial = ChineseNumerals.parse(serialText);
		if (serial.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new DocNumber(printed, agency + "令第" + serial.getAsInt() + "号", agency, null,
				serial.getAsInt(), DocNumber.Form.ORDER));
	}

	private static Optional<DocNumber> suffixedOrder(String printed, Matcher m) {
		String agency = m.group(1);
		if (agency.startsWith(NATIONAL_PREFIX) && agency.length() > NATIONAL_PREFIX.length()) {
			agency = agency.substring(NATIONAL_PREFIX.length());
		}
		OptionalInt serial = ChineseNumerals.parse(m.group(2));
		if (serial.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new DocNumber(printed, agency + "令第" + serial.getAsInt() + "号", agency, null,
				serial.getAsInt(), DocNumber.Form.ORDER));
	}

	private static boolean hasHan(String s) {
		return s.codePoints().anyMatch(ChineseText::isHan);
	}

}
