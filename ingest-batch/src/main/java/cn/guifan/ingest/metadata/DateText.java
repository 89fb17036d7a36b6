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
