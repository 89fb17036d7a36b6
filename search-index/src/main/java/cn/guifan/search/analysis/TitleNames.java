package cn.guifan.search.analysis;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The other names a document is known by, derived from its title by the rules Chinese
 * users apply when they shorten one:
 * <ul>
 * <li>a national law without the 中华人民共和国 prefix: 中华人民共和国会计法 → 会计法;</li>
 * <li>the instrument a notice publishes, without the wrapper:
 * 青禾县人民政府办公室关于印发《青禾县城区占道经营管理办法》的通知 → 青禾县城区占道经营管理办法 (also 转发, 发布, 公布, 颁布, and notices
 * without 《》);</li>
 * <li>each of these without a trailing (试行), (暂行), (草案) or (2020年修订): 校外培训机构预收费资金监管办法（试行）
 * → 校外培训机构预收费资金监管办法.</li>
 * </ul>
 * Users search by these names more often than by the full title, and an exact short name
 * must find its document first.
 */
public final class TitleNames {

	private static final String NATIONAL_PREFIX = "中华人民共和国";

	/** …关于印发《X》的通知, …关于转发X的通知, …关于发布X的决定. */
	private static final Pattern WRAPPER = Pattern.compile("^.*?关于(?:印发|转发|发布|公布|颁布|修订印发|重新印发)(.+?)的(?:通知|决定|公告|令|函)$");

	private static final Pattern BOOK_TITLE = Pattern.compile("《([^《》]+)》");

	/** A trailing (试行), （暂行）, (草案), (2020年修订) and the like. */
	private static final Pattern TRAILING_NOTE = Pattern
		.compile("^(.+?)[（(](?:试行|暂行|草案|征求意见稿|修订|修正|[0-9]{4}年(?:修订|修正|版)?|[0-9]{4})[）)]$");

	private TitleNames() {
	}

	/**
	 * The names derived from a title, without the title itself, in order of how closely
	 * they stay to it.
	 */
	public static List<String> of(String title) {
		String t = title.strip();
		Set<String> names = new LinkedHashSet<>();
		List<String> bases = new ArrayList<>();
		bases.add(t);
		Matcher wrapper = WRAPPER.matcher(t);
		if (wrapper.matches()) {
			String published = wrapper.group(1).strip();
			Matcher book = BOOK_TITLE.matcher(published);
			boolean anyBook = false;
			while (book.find()) {
				bases.add(book.group(1).strip());
				anyBook = true;
			}
			if (!anyBook && published.length() >= 4) {
				bases.add(published);
			}
		}
		for (String base : bases) {
			addWithVariants(base, names);
		}
		names.remove(t);
		names.removeIf((n) -> n.length() < 2);
		return new ArrayList<>(names);
	}

	private static void addWithVariants(String name, Set<String> names) {
		names.add(name);
		String withoutPrefix = withoutNationalPrefix(name);
		names.add(withoutPrefix);
		Matcher note = TRAILING_NOTE.matcher(name);
		if (note.matches()) {
			String base = note.group(1).strip();
			names.add(base);
			names.add(withoutNationalPrefix(base));
		}
	}

	private static String withoutNationalPrefix(String name) {
		if (name.startsWith(NATIONAL_PREFIX) && name.length() > NATIONAL_PREFIX.length() + 1) {
			return name.substring(NATIONAL_PREFIX.length());
		}
		return name;
	}

}
