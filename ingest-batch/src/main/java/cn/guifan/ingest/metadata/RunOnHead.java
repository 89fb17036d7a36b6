package cn.guifan.ingest.metadata;

import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.guifan.schemas.docnumber.DocNumber;
import cn.guifan.schemas.docnumber.DocNumberMatch;
import cn.guifan.schemas.docnumber.DocNumbers;
import cn.guifan.schemas.text.ChineseText;
import org.jspecify.annotations.Nullable;

/**
 * The head of a text whose lines a page ran together (the whole notice on one line, or a
 * PDF transcription spaced letter by letter): its title, read from the start of the first
 * long line up to the kind of document (…关于印发…的通知), and the number printed right after
 * it. Used only when {@link HeadLayout} finds no title.
 */
record RunOnHead(@Nullable String title, @Nullable DocNumber number) {

	static final Function<DocumentText, RunOnHead> OF = RunOnHead::read;

	private static final RunOnHead NONE = new RunOnHead(null, null);

	/** A line this long holds more than a head. */
	private static final int LONG = 200;

	private static final Pattern TITLE = Pattern.compile("(?:关于|转发|印发)[^。；：:]{2,150}?的(?:通知|决定|意见|通告|公告|批复|函|通报|报告)");

	/** The words a body opens with when it cites another document: 根据, 按照, 依据. */
	private static final Pattern CITING = Pattern.compile("^(?:根据|根據|按照|依据|依據|遵照|依照)");

	private static final Pattern PLACE = Pattern.compile("[\\p{IsHan}]{2,8}?(?:省|自治区|市|自治州|州|县|区|旗|盟)");

	/**
	 * The opening of a body that follows the title on its line: 为…, 根据…, 按照… up to 如下, as
	 * a post runs a 通告's title into its first paragraph (关于加强…管理的通告 为打造…，特通告如下：).
	 */
	private static final Pattern OPENING = Pattern.compile("^(?:为|根据|按照|依据|经)[^。]{4,160}?如下(?:[:：]|$)");

	/**
	 * A line that starts with a whole title and goes on with the body's opening sentence.
	 */
	private static @Nullable RunOnHead titleThenOpening(String line) {
		String compact = ChineseText.removeSpaces(line);
		Matcher m = TITLE.matcher(compact);
		if (!m.find() || m.start() != 0 || !OPENING.matcher(compact.substring(m.end())).find()) {
			return null;
		}
		return new RunOnHead(m.group(), null);
	}

	static RunOnHead read(DocumentText text) {
		List<DocumentText.Line> lines = text.nonBlankLines();
		if (text.memo(HeadLayout.OF).titleFrom() >= 0) {
			return NONE;
		}
		for (int i = 0; i < Math.min(12, lines.size()); i++) {
			if (lines.get(i).text().length() < LONG) {
				RunOnHead opening = titleThenOpening(lines.get(i).text());
				if (opening != null) {
					return opening;
				}
				continue;
			}
			String compact = ChineseText
				.removeSpaces(lines.get(i).text().substring(0, Math.min(600, lines.get(i).text().length())));
			Matcher m = TITLE.matcher(compact);
			if (!m.find() || m.start() > 60) {
				return NONE;
			}
			String before = compact.substring(0, m.start());
			if (before.lastIndexOf('《') > before.lastIndexOf('》')) {
				// A title inside 《》 is one the text cites (根据《…关于…的意见》精神), not its own.
				return NONE;
			}
			if (CITING.matcher(before).lookingAt()) {
				// A body that opens by citing a notice without 《》 (根据某市农业农村局关于印发…的通知精神).
				return NONE;
			}
			String issuer = issuerBefore(compact.substring(0, m.start()));
			String title = issuer + m.group();
			DocNumber number = null;
			String after = compact.substring(m.end(), Math.min(compact.length(), m.end() + 40));
			List<DocNumberMatch> found = DocNumbers.findAll(after);
			if (!found.isEmpty() && found.get(0).start() == 0) {
				number = found.get(0).number();
			}
			return new RunOnHead(title, number);
		}
		return NONE;
	}

	/**
	 * The issuer the run ends with before 关于 (1省政府文件青海省人民政府 → 青海省人民政府): the shortest
	 * organ that starts with a place, or the whole run when it is an organ list; else
	 * none.
	 */
	private static String issuerBefore(String run) {
		if (run.isEmpty()) {
			return "";
		}
		if (Organs.isOrganList(run)) {
			return run;
		}
		for (int start = run.length() - 2; start >= 0; start--) {
			String candidate = run.substring(start);
			Matcher place = PLACE.matcher(candidate);
			if (Organs.isOrgan(candidate) && place.lookingAt()) {
				return candidate;
			}
		}
		return "";
	}

}
