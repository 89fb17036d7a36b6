package cn.guifan.ingest.metadata;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.guifan.schemas.text.ChineseDates;
import cn.guifan.schemas.text.ChineseText;
import org.jspecify.annotations.Nullable;

/**
 * Dates as metadata fields print them: 二〇二〇年七月十六日 and 2020年7月16日 (through
 * {@link ChineseDates}), and the 2020-09-08 / 2020/9/8 / 2020.09.08 of web pages, with or
 * without a time after.
 */
final class DateText {

	private static final Pattern NUMERIC = Pattern.compile(
			"^((?:19|20)\\d{2})\\s*[-/.]\\s*(\\d{1,2})\\s*[-/.]\\s*(\\d{1,2})(?:\\s+\\d{1,2}:\\d{2}(?::\\d{2})?)?");

	/**
	 * A date whose 日 a page lost (2018年3月13): read only as a whole value or line, where
	 * nothing can follow the day.
	 */
	private static final Pattern WITHOUT_DAY_MARK = Pattern
		.compile("^((?:19|20)\\d{2})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})$");

	private DateText() {
	}

	/**
	 * The date a field value or a line consists of, allowing brackets around it and a
	 * time after a numeric date; null when it is anything else.
	 */
	static @Nullable LocalDate parseWhole(String value) {
		String s = strip(value);
		if (s.isEmpty()) {
			return null;
		}
		Optional<LocalDate> chinese = ChineseDates.parse(s);
		if (chinese.isPresent()) {
			return chinese.get();
		}
		String folded = ChineseText.foldWidth(s);
		Matcher m = NUMERIC.matcher(folded);
		if (m.find() && m.end() == folded.length()) {
			return of(m);
		}
		Matcher lost = WITHOUT_DAY_MARK.matcher(folded);
		if (lost.matches()) {
			return of(lost);
		}
		return null;
	}

	/**
	 * A date whose 年, 月 and 日 a page lost (2016729, 201886), when its digits read one way
	 * only: a four-digit year, then a month and a day of one or two digits. Null when no
	 * reading or more than one is a date.
	 */
	static @Nullable LocalDate parseDigits(String value) {
		return parseDigits(value, null);
	}

	/**
	 * Like {@link #parseDigits(String)}; where two readings are dates (2024126: 1月26日 or
	 * 12月6日), the one closest before {@code notAfter} (the page's publication date), if
	 * given.
	 */
	static @Nullable LocalDate parseDigits(String value, @Nullable LocalDate notAfter) {
		String s = ChineseText.foldWidth(value).strip();
		if (s.length() < 6 || s.length() > 8 || !s.chars().allMatch((c) -> c >= '0' && c <= '9')) {
			return null;
		}
		int year = Integer.parseInt(s.substring(0, 4));
		if (year < 1949 || year > 2100) {
			return null;
		}
		String rest = s.substring(4);
		java.util.List<LocalDate> readings = new java.util.ArrayList<>();
		for (int m = 1; m <= 2 && m < rest.length(); m++) {
			String month = rest.substring(0, m);
			String day = rest.substring(m);
			if (day.length() > 2 || month.startsWith("0") && m == 1 || day.startsWith("0") && day.length() == 1) {
				continue;
			}
			try {
				readings.add(LocalDate.of(year, Integer.parseInt(month), Integer.parseInt(day)));
			}
			catch (DateTimeException ex) {
				// not this reading
			}
		}
		if (readings.size() == 1) {
			return readings.get(0);
		}
		if (readings.size() == 2 && notAfter != null) {
			LocalDate a = readings.get(0);
			LocalDate b = readings.get(1);
			boolean aFits = !a.isAfter(notAfter);
			boolean bFits = !b.isAfter(notAfter);
			if (aFits != bFits) {
				return aFits ? a : b;
			}
			if (aFits) {
				return a.isAfter(b) ? a : b;
			}
		}
		return null;
	}

	/** The date a field value starts with (2020-04-01 10:12 浏览次数…), or null. */
	static @Nullable LocalDate parseLeading(String value) {
		String s = strip(value);
		Matcher m = NUMERIC.matcher(ChineseText.foldWidth(s));
		if (m.find()) {
			return of(m);
		}
		return ChineseDates.findFirst(s).filter((d) -> d.start() == 0).map(ChineseDates.Match::date).orElse(null);
	}

	private static String strip(String value) {
		String s = value.strip();
		int from = 0;
		int to = s.length();
		while (from < to && (ChineseText.isSpace(s.charAt(from)) || "（(".indexOf(s.charAt(from)) >= 0)) {
			from++;
		}
		while (to > from && (ChineseText.isSpace(s.charAt(to - 1)) || "）)".indexOf(s.charAt(to - 1)) >= 0)) {
			to--;
		}
		return s.substring(from, to);
	}

	private static @Nullable LocalDate of(Matcher m) {
		try {
			return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
					Integer.parseInt(m.group(3)));
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

}
