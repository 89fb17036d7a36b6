package cn.guifan.ingest.metadata;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

	private static final Pattern BARE_INSTRUMENT = Pattern.compile("(?:印发|转发)([^《》]{2,80})的通知$");

	/**
	 * Documents a title names as its object: issued or forwarded (印发《X》), amended (修改《X》)
	 * or interpreted (《X》解读).
	 */
	private static final Pattern OBJECT = Pattern.compile("(?:印发|颁布|发布|公布|转发|修改|废止)《(.+)》|^《(.+)》(?:的)?(?:政策)?解读");

	private TitleText() {
	}

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
