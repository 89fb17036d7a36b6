package cn.guifan.ingest.metadata;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.guifan.schemas.text.ChineseText;

/**
 * Recognises the names of organs (机关) as they stand in a 发文机关标志, a signature, a title or
 * a history line: 青禾县人民政府办公室, 丰原市生态环境局青禾分局, 最高人民法院, 全国人民代表大会常务委员会. The test is by shape
 * (Han characters ending in 局, 府, 室, 会, 院…), not by a list of names, so unknown organs of
 * any county pass.
 */
final class Organs {

	/** The last character of an organ's name. */
	private static final String SUFFIX_CHARS = "府室厅会局委办院部署处所心站队组社行团馆司科股庭关盟联军";

	private static final Pattern SESSION = Pattern
		.compile("第[一二三四五六七八九十百零〇0-9]+届|第[一二三四五六七八九十百零〇0-9]+次(?:全体|常务|主任|委员长)?会议|(?:常务|全体)会议");

	private static final Pattern NAME_SEPARATOR = Pattern.compile("[、，,\\s\\u3000]+");

	private static final Pattern LIST_SEPARATOR = Pattern.compile("[\\s\\u3000]{2,}|[、，,；;]|\\t");

	private static final Pattern SPACES = Pattern.compile("[\\s\\u3000]+");

	private Organs() {
	}

	/**
	 * True for a name such as 青禾县财政局: 2 to 40 Han characters (brackets allowed) ending
	 * with an organ's last character. Spaces must have been removed.
	 */
	static boolean isOrgan(String name) {
		int n = name.length();
		if (n < 2 || n > 40) {
			return false;
		}
		if (SUFFIX_CHARS.indexOf(name.charAt(n - 1)) < 0) {
			return false;
		}
		for (int i = 0; i < n; i++) {
			char c = name.charAt(i);
			if (!ChineseText.isHan(c) && "（）()".indexOf(c) < 0) {
				return false;
			}
		}
		return !name.contains("关于") && !name.startsWith("各") && !ACTION.matcher(name).find()
				&& (!name.contains("的") || COORDINATION_BODY.matcher(name).matches());
	}

	/**
	 * What a document does, which no organ's name holds: a headline that ends in an organ
	 * (某县政府通令嘉奖县教育局, a forum thread's title above the 嘉奖令 it reposts) is a sentence, not
	 * a 发文机关.
	 */
	private static final Pattern ACTION = Pattern.compile("嘉奖|印发|转发|批转|召开");

	/**
	 * A place's coordination body, whose name may hold 的: 某市新型冠状病毒感染的肺炎防控工作指挥部.
	 */
	private static final Pattern COORDINATION_BODY = Pattern
		.compile("^[\\p{IsHan}]{1,8}?(?:省|自治区|市|自治州|州|县|区|旗)[\\p{IsHan}]{2,30}(?:指挥部|领导小组)(?:办公室)?$");

	/**
	 * The organs on a line of one or several names separated by spaces, 、 or ，, each
	 * possibly spaced out letter by letter (青 禾 县 财 政 局); empty when any part is no
	 * organ.
	 */
	static List<String> split(String line) {
		if (!mayBeList(line)) {
			return List.of();
		}
		List<String> parts = new ArrayList<>();
		for (String chunk : LIST_SEPARATOR.split(line.strip())) {
			String name = ChineseText.removeSpaces(chunk);
			if (name.isEmpty()) {
				continue;
			}
			List<String> spaced = wordsIfAllOrgans(chunk);
			if (spaced.size() > 1) {
				// Names separated by one space: 青禾县教育局 青禾县财政局.
				parts.addAll(spaced);
				continue;
			}
			if (isOrgan(name)) {
				parts.add(name);
				continue;
			}
			boolean all = true;
			List<String> words = new ArrayList<>();
			for (String word : SPACES.split(chunk.strip())) {
				if (!isOrgan(word)) {
					all = false;
					break;
				}
				words.add(word);
			}
			if (!all || words.isEmpty()) {
				return List.of();
			}
			parts.addAll(words);
		}
		return parts;
	}

	private static List<String> wordsIfAllOrgans(String chunk) {
		List<String> words = new ArrayList<>();
		for (String word : SPACES.split(chunk.strip())) {
			if (!isOrgan(word) || SUFFIX_CHARS.indexOf(word.charAt(0)) >= 0) {
				return List.of();
			}
			words.add(word);
		}
		return words;
	}

	/**
	 * An organ as a mirror's organ line or a site's header names it, without the higher
	 * place an official name leaves out: 安徽省淮南市人民政府 → 淮南市人民政府 (a province or an
	 * autonomous region before its city or prefecture: 新疆维吾尔自治区喀什地区行政公署办公室 →
	 * 喀什地区行政公署办公室), 许昌市禹州市梁北镇人民政府 → 禹州市梁北镇人民政府 (a prefecture before a county-level city).
	 * A 市 inside an organ's own name is no county-level city: 上海市绿化和市容管理局 keeps its city
	 * (和市容, like 市场, 市政, 市民, is a word).
	 */
	static String withoutHigherPlace(String organ) {
		Matcher m = HIGHER_PLACE.matcher(organ);
		return (m.find() && isOrgan(organ.substring(m.end()))) ? organ.substring(m.end()) : organ;
	}

	private static final Pattern HIGHER_PLACE = Pattern.compile(
			"^(?:[\\p{IsHan}]{2,5}?(?:省|自治区)(?=[\\p{IsHan}]{2,4}?(?:市|自治州|州|地区|盟))|[\\p{IsHan}]{2,3}市(?=[\\p{IsHan}&&[^和与及]]{2,3}市(?![容场政民])))");

	/**
	 * A cheap test that rules out most lines: a list of organs is short, has no sentence
	 * punctuation and ends with an organ's last character.
	 */
	private static boolean mayBeList(String line) {
		int end = line.length();
		while (end > 0 && ChineseText.isSpace(line.charAt(end - 1))) {
			end--;
		}
		if (end < 2 || end > 200 || SUFFIX_CHARS.indexOf(line.charAt(end - 1)) < 0) {
			return false;
		}
		for (int i = 0; i < end; i++) {
			if ("。：:《》“”；！？".indexOf(line.charAt(i)) >= 0) {
				return false;
			}
		}
		return true;
	}

	/**
	 * The organ proper in a history line's actor: 第十二届全国人民代表大会常务委员会第三十次会议 →
	 * 全国人民代表大会常务委员会, 国务院第23次常务会议 → 国务院, 中华人民共和国国务院 → 国务院.
	 */
	static String withoutSession(String actor) {
		String s = SESSION.matcher(actor).replaceAll("");
		if (s.startsWith("中华人民共和国") && s.length() > 7) {
			s = s.substring(7);
		}
		return s;
	}

	/**
	 * True for a name without its place: 县人民政府, 市人民政府办公厅, 省人民政府, 县自然资源局, 市发展改革委 (the
	 * issuer's own short form, which only the title or the site completes).
	 */
	static boolean isPlaceless(String name) {
		return name.length() >= 3 && "省市县区镇乡州旗".indexOf(name.charAt(0)) >= 0 && !name.startsWith("市场")
				&& !name.startsWith("区域") && isOrgan(name) && !Divisions.startsWithPlace(name);
	}

	/**
	 * A government's name as a portal shortens it, written out: 盘锦市政府 → 盘锦市人民政府, 谯城区政府办公室
	 * → 谯城区人民政府办公室.
	 */
	static String fullGovernmentName(String name) {
		Matcher m = SHORT_GOVERNMENT.matcher(name);
		return m.matches() ? m.group(1) + "人民政府" + m.group(2) : name;
	}

	private static final Pattern SHORT_GOVERNMENT = Pattern
		.compile("^([\\p{IsHan}]{1,12}?(?:省|自治区|市|自治州|州|县|区|镇|乡|旗|盟))政府((?:办公室|办公厅)?)$");

	/**
	 * Organs a title runs together without a separator: 中共岳阳市委办公室岳阳市人民政府办公室 → 中共岳阳市委办公室,
	 * 岳阳市人民政府办公室. A name is split only where both parts are organs and the second begins
	 * like a name (not with 办, 局, 室 …).
	 */
	static List<String> splitJoined(String name) {
		for (int k = 4; k <= name.length() - 4; k++) {
			String first = name.substring(0, k);
			String second = name.substring(k);
			if (isOrgan(first) && isOrgan(second) && SUFFIX_CHARS.indexOf(second.charAt(0)) < 0
					&& "人民政".indexOf(second.charAt(0)) < 0 && "府厅局委室办院部".indexOf(first.charAt(k - 1)) >= 0
					&& (second.startsWith("中共") || second.startsWith("中国共产党") || PLACE_START.matcher(second).find())) {
				List<String> parts = new ArrayList<>();
				parts.add(first);
				parts.addAll(splitJoined(second));
				return parts;
			}
		}
		return List.of(name);
	}

	private static final Pattern PLACE_START = Pattern
		.compile("^(?:[\\p{IsHan}]{2,8}?(?:省|自治区|市|自治州|州|县|区|旗|盟)|[省市县区])");

	/**
	 * An organ written with its official name where it was printed in a standard short
	 * form: 市发展改革委 → 市发展和改革委员会, 县住建局 → 县住房和城乡建设局, 泰州市政府办 → 泰州市人民政府办公室, 宁夏回族自治区人大常委会 →
	 * 宁夏回族自治区人民代表大会常务委员会, 某区安委会办公室 → 某区安全生产委员会办公室, 某市公安局交警支队 → 某市公安局交通警察支队.
	 */
	static String withoutShortForm(String organ) {
		String out = organ;
		if (out.endsWith("政府办") && !out.endsWith("人民政府办") && out.length() > 3) {
			return out.substring(0, out.length() - 3) + "人民政府办公室";
		}
		Matcher police = POLICE_TRAFFIC_UNIT.matcher(out);
		if (police.matches()) {
			// 平陆县局交通管理大队: only the 公安局 has a traffic unit; the page lost 公安.
			out = police.group(1) + "公安局" + police.group(2);
		}
		Matcher traffic = PLACE_TRAFFIC_SHORT.matcher(out);
		if (traffic.matches()) {
			// 乌拉特后旗交管大队: the traffic unit of the place's 公安局, in its short form.
			out = traffic.group(1) + "公安局交通管理" + traffic.group(2);
		}
		for (String[] pair : SHORT_FORMS) {
			if (out.endsWith(pair[0]) && !out.endsWith(pair[1])) {
				out = out.substring(0, out.length() - pair[0].length()) + pair[1];
				break;
			}
		}
		int congress = out.indexOf("人大常委会");
		if (congress > 0) {
			// 厦门市人大常委会办公厅: the standing committee's short form before one of its
			// offices.
			out = out.substring(0, congress) + "人民代表大会常务委员会" + out.substring(congress + "人大常委会".length());
		}
		return out;
	}

	/** A traffic police unit under a place's 局 whose 公安 the page lost: 某县局交通管理大队. */
	private static final Pattern POLICE_TRAFFIC_UNIT = Pattern
		.compile("^([\\p{IsHan}]{2,8}?[县市区旗])局((?:交通管理|交通警察|交警)(?:大队|支队))$");

	/** A place's traffic police unit in its short form, without its 公安局: 某旗交管大队. */
	private static final Pattern PLACE_TRAFFIC_SHORT = Pattern.compile("^([\\p{IsHan}]{2,8}?[县市区旗])交管(大队|支队)$");

	private static final String[][] SHORT_FORMS = { { "发展改革委", "发展和改革委员会" }, { "发改委", "发展和改革委员会" },
			{ "住建局", "住房和城乡建设局" }, { "住建委", "住房和城乡建设委员会" }, { "人社局", "人力资源和社会保障局" }, { "人社厅", "人力资源和社会保障厅" },
			{ "卫健委", "卫生健康委员会" }, { "市场监管局", "市场监督管理局" }, { "工信局", "工业和信息化局" }, { "工信厅", "工业和信息化厅" },
			{ "经信委", "经济和信息化委员会" }, { "交通委", "交通运输委员会" }, { "人大常委会", "人民代表大会常务委员会" }, { "安委会办公室", "安全生产委员会办公室" },
			{ "安委办", "安全生产委员会办公室" }, { "安委会", "安全生产委员会" }, { "交警支队", "交通警察支队" }, { "交警大队", "交通警察大队" },
			{ "交警总队", "交通警察总队" }, { "交管大队", "交通管理大队" }, { "交管支队", "交通管理支队" }, { "人口计生委", "人口和计划生育委员会" },
			{ "卫计委", "卫生和计划生育委员会" } };

	/**
	 * An organ whose autonomous place is named by its short form, with the place's full
	 * name: 彭水自治县新冠肺炎疫情防控工作领导小组办公室 → 彭水苗族土家族自治县…, 迪庆州人民政府法制办公室 → 迪庆藏族自治州人民政府法制办公室. A
	 * document signs with the short form its readers know; the registry names the organ
	 * as the division list does (GB/T 2260). Only the unambiguous forms are written out:
	 * the place, then 自治县, 自治州, 州 or 自治旗 (彭水县 may be another county's name).
	 */
	static String withAutonomousName(String organ) {
		for (int n = Math.min(organ.length() - 1, 7); n >= 3; n--) {
			String full = AUTONOMOUS_SHORT_FORMS.get(organ.substring(0, n));
			if (full != null) {
				return organ.startsWith(full) ? organ : full + organ.substring(n);
			}
		}
		return organ;
	}

	/**
	 * The peoples whose names an autonomous place's name holds after its place name,
	 * longest first so that 土家族 is not read as 家族 after 土.
	 */
	private static final List<String> PEOPLES = java.util.Arrays
		.stream(("柯尔克孜 乌孜别克 维吾尔 哈萨克 达斡尔 鄂伦春 鄂温克 塔吉克 塔塔尔 俄罗斯 土家 哈尼 傈僳 拉祜 纳西 景颇 仫佬 毛南 仡佬 布依 布朗 撒拉 锡伯 阿昌 "
				+ "普米 德昂 保安 裕固 独龙 赫哲 门巴 珞巴 基诺 朝鲜 高山 东乡 蒙古 回 藏 苗 彝 壮 满 侗 瑶 白 傣 黎 佤 畲 水 羌 怒 京 土")
			.split(" "))
		.sorted((a, b) -> b.length() - a.length())
		.toList();

	private static final Map<String, String> AUTONOMOUS_SHORT_FORMS = autonomousShortForms();

	private static Map<String, String> autonomousShortForms() {
		Map<String, String> forms = new HashMap<>();
		for (String full : lines("autonomous-places.txt")) {
			String kind = full.substring(full.length() - 3);
			String place = full.substring(0, full.length() - 3);
			boolean stripped = true;
			while (stripped) {
				stripped = false;
				for (String people : PEOPLES) {
					for (String suffix : new String[] { people + "族", people }) {
						if (place.length() > suffix.length() + 1 && place.endsWith(suffix)) {
							place = place.substring(0, place.length() - suffix.length());
							stripped = true;
							break;
						}
					}
					if (stripped) {
						break;
					}
				}
			}
			if (place.length() < 2 || place.equals(full.substring(0, full.length() - 3))) {
				continue;
			}
			forms.put(place + kind, full);
			if (kind.equals("自治州")) {
				forms.put(place + "州", full);
			}
		}
		return Map.copyOf(forms);
	}

	/** The lines of a resource beside this class, stripped, without blank and # lines. */
	static List<String> lines(String resource) {
		try (InputStream in = Objects.requireNonNull(Organs.class.getResourceAsStream(resource), resource);
				BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			return reader.lines().map(String::strip).filter((l) -> !l.isEmpty() && !l.startsWith("#")).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** True when the text is a whole list of organs (see {@link #split}). */
	static boolean isOrganList(String line) {
		return !split(line).isEmpty();
	}

	/** The names of a joint issuer list written with 、 or 和 between them. */
	static List<String> splitNames(String names) {
		List<String> out = new ArrayList<>();
		Matcher m = NAME_SEPARATOR.matcher(names);
		int from = 0;
		while (m.find()) {
			add(out, names.substring(from, m.start()));
			from = m.end();
		}
		add(out, names.substring(from));
		return out;
	}

	private static void add(List<String> out, String name) {
		String n = ChineseText.removeSpaces(name);
		if (!n.isEmpty()) {
			out.add(n);
		}
	}

}
