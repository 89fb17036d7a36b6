package cn.guifan.registry.campaign;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.guifan.registry.document.Titles;
import cn.guifan.search.analysis.ChineseAnalyzer;

/**
 * The subject of a document as its title names it: the title of what a 印发 notice
 * publishes, without the region in front, the kind of instrument at the end (暂行办法, 实施细则,
 * 若干措施…) and words that say nothing of the subject. Two documents whose subject words
 * mostly agree deal with the same matter: 《青禾县城区占道经营管理暂行办法》 and 《青禾县城区占道经营管理办法》 both have
 * 城区, 占道, 经营.
 */
final class SubjectWords {

	private static final Pattern PUBLISHED = Pattern.compile("关于(?:印发|发布|公布|转发)《([^》]+)》的(?:通知|决定|公告)");

	/** A region at the start: 青禾县, 丰原市, 东川省, 某某自治县. */
	private static final Pattern REGION = Pattern.compile("^[\\p{IsHan}]{2,6}?(?:自治县|自治州|省|市|县|区|旗)");

	/** The instrument and its trial marks at the end. */
	private static final Pattern INSTRUMENT = Pattern.compile(
			"(?:[（(](?:试行|暂行)[）)])?(?:管理)?(?:暂行|试行)?(?:管理)?(?:实施细则|实施办法|实施意见|办法|规定|细则|条例|规则|意见|若干措施|措施|方案|通知|决定)(?:[（(](?:试行|暂行)[）)])?$");

	/** Words that name no subject. */
	private static final Set<String> STOP = Set.of("关于", "印发", "的", "和", "与", "及", "等", "之", "暂行", "试行", "管理", "实施",
			"若干", "工作", "有关", "问题", "进一步", "加强", "规范", "办法", "规定", "细则", "意见", "措施", "通知", "决定");

	private final ChineseAnalyzer analyzer;

	SubjectWords(ChineseAnalyzer analyzer) {
		this.analyzer = analyzer;
	}

	/** The subject words of a title, in order. */
	Set<String> of(String title) {
		String key = Titles.key(title);
		Matcher published = PUBLISHED.matcher(key);
		String subject = published.find() ? published.group(1) : key;
		subject = REGION.matcher(subject).replaceFirst("");
		subject = INSTRUMENT.matcher(subject).replaceFirst("");
		Set<String> words = new LinkedHashSet<>();
		for (String word : this.analyzer.words(subject)) {
			if (!STOP.contains(word) && !word.chars().allMatch(Character::isDigit)) {
				words.add(word);
			}
		}
		return words;
	}

	/**
	 * Whether two sets of subject words name the same matter: at least two words, and at
	 * least three in five of all the words they have between them in common.
	 */
	static boolean same(Set<String> a, Set<String> b) {
		if (a.size() < 2 || b.size() < 2) {
			return false;
		}
		long common = a.stream().filter(b::contains).count();
		int union = a.size() + b.size() - (int) common;
		return common >= 2 && common * 5 >= union * 3L;
	}

}
