package cn.guifan.schemas.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads dates as Chinese documents print them: 2020年7月16日, 2020年07月16日, 二〇二〇年七月十六日,
 * 二○二○年七月十六日, 二O二O年七月十六日, and with stray spaces between the parts.
 */
public final class ChineseDates {

	private static final String DIGITS = "[0-9０-９〇○◯OＯ零一二三四五六七八九]";

	private static final String SMALL = "[0-9０-９〇○零一二两三四五六七八九十]";

	private static final String SP = "[ \\t\\u3000]*";

	private static final Pattern DATE = Pattern.compile("(" + DIGITS + "{4})" + SP + "年" + SP + "(" + SMALL + "{1,3})"
			+ SP + "月" + SP + "(" + SMALL + "{1,3})" + SP + "[日号]");

	private ChineseDates() {
	}

	/** A date found in a text, with where it is. */
	public record Match(LocalDate date, int start, int end) {
	}

	/** Parses a text that is exactly one date (spaces around allowed). */
	public static Optional<LocalDate> parse(String text) {
		Matcher m = DATE.matcher(text.strip());
		if (!m.matches()) {
			return Optional.empty();
		}
		return toDate(m);
	}

	/**
	 * Every valid date in the text, in order. Impossible dates (2月30日) are passed over.
	 */
	public static List<Match> findAll(CharSequence text) {
		List<Match> found = new ArrayList<>();
		Matcher m = DATE.matcher(text);
		while (m.find()) {
			toDate(m).ifPresent((d) -> found.add(new Match(d, m.start(), m.end())));
		}
		return found;
	}

	/** The first valid date in the text. */
	public static Optional<Match> findFirst(CharSequence text) {
		Matcher m = DATE.matcher(text);
		while (m.find()) {
			Optional<LocalDate> date = toDate(m);
			if (date.isPresent()) {
				return Optional.of(new Match(date.get(), m.start(), m.end()));
			}
		}
		return Optional.empty();
	}

	private static Optional<LocalDate> toDate(Matcher m) {
		OptionalInt year = ChineseNumerals.parse(m.group(1));
		OptionalInt month = ChineseNumerals.parse(m.group(2));
		OptionalInt day = ChineseNumerals.parse(m.group(3));
		if (year.isEmpty() || month.isEmpty() || day.isEmpty()) {
			return Optional.empty();
		}
		try {
			return Optional.of(LocalDate.of(year.getAsInt(), month.getAsInt(), day.getAsInt()));
		}
		catch (DateTimeException ex) {
			return Optional.empty();
		}
	}

}
