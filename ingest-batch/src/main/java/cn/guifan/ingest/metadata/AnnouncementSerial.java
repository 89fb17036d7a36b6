package cn.guifan.ingest.metadata;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.guifan.schemas.docnumber.DocNumber;
import cn.guifan.schemas.docnumber.DocNumbers;
import cn.guifan.schemas.text.ChineseText;
import org.jspecify.annotations.Nullable;

/**
 * The number of an announcement (通告, 公告) or of a command post's order that a page prints
 * as a serial apart from its organ: the organ's announcement as the title with the serial
 * beside or below it (某指挥部通告（第1号）, 某指挥部通告 / （2022年第3号）), a 关于…的通告 with its serial
 * appended (（2022年第76号通告）) and the organ in the signature, or an organ's banner above
 * 2号令. The serial alone numbers nothing; joined to the organ, {@link DocNumbers} reads it
 * (某指挥部通告〔2022〕3号, 某指挥部令第2号).
 */
final class AnnouncementSerial {

	private static final String NUMERAL = "([0-9]{1,5}|[一二三四五六七八九十百零〇]{1,6})";

	/** A serial on a line of its own, in brackets or not: 第1号, （2022年第3号）. */
	private static final Pattern SERIAL_LINE = Pattern
		.compile("^[（(]?(?:((?:19|20)\\d{2})年)?第" + NUMERAL + "号(?:通告|公告)?[）)]?$");

	/** An order's serial under its organ: 2号令, 第2号令. */
	private static final Pattern ORDER_LINE = Pattern.compile("^第?" + NUMERAL + "号令$");

	/** How many lines of the head are read; the serial stands with the title. */
	private static final int HEAD_LINES = 12;

	private AnnouncementSerial() {
	}

	/**
	 * The joined number, or null when the head prints no such serial or names no organ
	 * for it.
	 * @param title the title the title stage read (site additions removed)
	 * @param signature the signature, whose organ numbers a 关于…的通告
	 */
	static @Nullable DocNumber find(DocumentText text, String title, @Nullable Signature signature) {
		List<DocumentText.Line> lines = text.nonBlankLines();
		String kind = title.endsWith("通告") ? "通告" : title.endsWith("公告") ? "公告" : null;
		String organ = (kind != null) ? organOf(title, kind, signature) : null;
		String above = null;
		for (int i = 0; i < Math.min(lines.size(), HEAD_LINES); i++) {
			String c = ChineseText.foldWidth(lines.get(i).compact());
			if (c.length() > 80) {
				break;
			}
			if (organ != null) {
				Matcher appended = TitleText.SERIAL_APPENDED.matcher(c);
				if (appended.find() && appended.start() > 0 && c.substring(0, appended.start()).endsWith(kind)) {
					return number(organ + kind, appended.group(1), appended.group(2));
				}
				Matcher alone = SERIAL_LINE.matcher(c);
				if (alone.matches() && above != null && above.endsWith(kind)) {
					return number(organ + kind, alone.group(1), alone.group(2));
				}
			}
			Matcher order = ORDER_LINE.matcher(c);
			if (order.matches() && above != null && Organs.isOrgan(above)) {
				return DocNumbers.parse(above + "令第" + order.group(1) + "号").orElse(null);
			}
			above = c;
		}
		return null;
	}

	/**
	 * The organ whose announcement the title names (某指挥部通告), or, for a title of its
	 * subject (关于…的通告), the one organ of the signature.
	 */
	private static @Nullable String organOf(String title, String kind, @Nullable Signature signature) {
		String named = ChineseText.removeSpaces(title.substring(0, title.length() - kind.length()));
		if (!named.isEmpty() && Organs.isOrgan(named)) {
			return named;
		}
		if (title.startsWith("关于") && signature != null && signature.organs().size() == 1) {
			return signature.organs().get(0);
		}
		// A title that names its one issuer before 关于 (某指挥部关于解除…的通告): that organ's.
		List<String> issuers = IssuerStage.fromTitle(title);
		return (issuers.size() == 1 && Organs.isOrgan(issuers.get(0))) ? issuers.get(0) : null;
	}

	private static @Nullable DocNumber number(String announcer, @Nullable String year, String serial) {
		String printed = announcer + ((year != null) ? "〔" + year + "〕" : "第") + serial + "号";
		return DocNumbers.parse(printed).orElse(null);
	}

}
