package cn.guifan.registry.document;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.guifan.schemas.text.ChineseText;
import org.jspecify.annotations.Nullable;

/**
 * The names a document is cited by. A law is cited by its full title (中华人民共和国会计法) or its
 * short name (会计法); a normative document published by a notice (关于印发《青禾县…办法》的通知) is cited
 * by the title of what it publishes (《青禾县…办法》).
 */
public final class Titles {

	private static final String NATIONAL_PREFIX = "中华人民共和国";

	private static final Pattern PUBLISHING_NOTICE = Pattern.compile("关于(?:印发|发布|公布|转发)《([^》]+)》的(?:通知|决定|公告)");

	private static final Pattern AMENDMENT = Pattern.compile("^(.+?)修正案(?:[（(][^）)]*[）)])?$");

	private static final Pattern AMENDING_DECISION = Pattern.compile("关于修改[《〈]([^》〉]+)[》〉](?:等.*)?的决定");

	private Titles() {
	}

	/** The form titles are compared in: no spaces, half-width. */
	public static String key(String title) {
		return ChineseText.removeSpaces(ChineseText.foldWidth(title)).replace('〈', '《').replace('〉', '》');
	}

	/**
	 * The title in book-title marks, as a message prints it: 《…》, with the marks inside
	 * turned to 〈〉 so that a title that quotes another never reads 《《…》》.
	 */
	public static String quoted(String title) {
		String t = title.strip();
		if (t.startsWith("《") && t.endsWith("》") && t.indexOf('《', 1) < 0) {
			t = t.substring(1, t.length() - 1);
		}
		return "《" + t.replace('《', '〈').replace('》', '〉') + "》";
	}

	/** Other names the document may be cited by, besides its title. */
	public static Set<String> aliases(String title) {
		Set<String> aliases = new LinkedHashSet<>();
		String key = key(title);
		if (key.startsWith(NATIONAL_PREFIX) && key.length() > NATIONAL_PREFIX.length() + 1) {
			aliases.add(key.substring(NATIONAL_PREFIX.length()));
		}
		Matcher published = PUBLISHING_NOTICE.matcher(key);
		if (published.find()) {
			aliases.add(published.group(1));
		}
		aliases.remove(key);
		return aliases;
	}

	/** The title of the law an amendment (刑法修正案（十一）) amends, if the title is one. */
	public static @Nullable String amendedBy(String title) {
		String key = key(title);
		Matcher amendment = AMENDMENT.matcher(key);
		if (amendment.matches()) {
			return amendment.group(1);
		}
		Matcher decision = AMENDING_DECISION.matcher(key);
		return decision.find() ? decision.group(1) : null;
	}

}
