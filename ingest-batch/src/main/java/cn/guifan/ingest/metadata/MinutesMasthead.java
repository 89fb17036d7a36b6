package cn.guifan.ingest.metadata;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The masthead of a 会议纪要: 纪要 print no signature; under the 纪要标志 (某县人民政府常务会议 / 记录摘要) a
 * line names the office that issues it and the date (某县人民政府办公室 二〇一〇年四月六日), and the 纪要's
 * own title follows (某县人民政府第32次常务会议纪要). Found among the first lines of the page only.
 */
record MinutesMasthead(String organ, LocalDate date, String title) {

	static final Function<DocumentText, @Nullable MinutesMasthead> OF = MinutesMasthead::find;

	/** How far down the page the masthead may stand. */
	private static final int HEAD_LINES = 8;

	private static final Pattern ORGAN_AND_DATE = Pattern
		.compile("^([\\p{IsHan}（）()]{4,30}?)((?:19|20)\\d{2}年\\d{1,2}月\\d{1,2}日"
				+ "|[二〇○O零一三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日)$");

	/** A 纪要's title: 某县人民政府第32次常务会议纪要. */
	private static final Pattern MINUTES_TITLE = Pattern.compile("^[\\p{IsHan}0-9（）()]{4,40}纪要$");

	static @Nullable MinutesMasthead find(DocumentText text) {
		List<DocumentText.Line> lines = text.nonBlankLines();
		for (int i = 0; i < Math.min(lines.size() - 1, HEAD_LINES); i++) {
			Matcher m = ORGAN_AND_DATE.matcher(lines.get(i).compact());
			if (!m.matches() || !Organs.isOrgan(m.group(1))) {
				continue;
			}
			for (int j = i + 1; j <= Math.min(i + 2, lines.size() - 1); j++) {
				String title = lines.get(j).compact();
				LocalDate date = DateText.parseWhole(m.group(2));
				if (MINUTES_TITLE.matcher(title).matches() && date != null) {
					return new MinutesMasthead(m.group(1), date, title);
				}
			}
		}
		return null;
	}

}
