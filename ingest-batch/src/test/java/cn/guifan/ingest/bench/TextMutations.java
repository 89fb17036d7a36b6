package cn.guifan.ingest.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Ways real texts go wrong, applied at random to a document's text: cut at any point,
 * brackets left open or doubled, widths mixed, long runs of one character, clauses
 * repeated or dropped in from elsewhere, lines joined and split, numbers and dates out of
 * range. Deterministic for a given random source, so a case is reproduced from its seed.
 */
final class TextMutations {

	/** Characters the stages look for, or stop at. */
	static final String INTERESTING = "《》〈〉<>（）()〔〕[]【】［］「」“”\"'、，,。；;：:！？\n\r\t 　"
			+ "第条款项章节编之一二三四五六七八九十百千万〇○O零0123456789０１２３４５６７８９年月日号令文件废止施行有效期附件印发抄送" + "简称以下现将印发通过修正修订公布#-—–·．.…|\\*";

	private static final String BRACKETS = "《》〈〉<>（）()〔〕[]【】［］";

	/** Clauses of official texts, whole and in pieces, to drop in anywhere. */
	static final List<String> CLAUSES = List.of("本办法自2027年1月1日起施行，有效期5年。《某县城区停车收费暂行办法》（某政办规〔2021〕3号，以下简称《暂行办法》）同时废止。",
			"原《青禾县城区占道经营管理暂行办法》（青政办〔2019〕8号）同时废止。", "同时废止《", "》（", "号）同时废止", "《A》（x号，以下简称《甲》）、《B》（y号）同时废止。",
			"（以下简称《办法》）", "以下简称《", "青政办〔2017〕23号文件同时废止。", "依照《中华人民共和国立法法》的规定予以废止。", "本办法自2022年3月1日起施行。",
			"本通知自印发之日起施行，有效期至2025年12月31日。", "自发布之日起施行", "有效期5年", "有效期两年", "（试行）", "暂行", "（此件公开发布）", "此件依申请公开", "此件不予公开",
			"附件：1．占道经营许可申请表\n2．审批流程图\n", "附件1\n\n", "附件：", "第一章　总则\n", "第一节　", "第一编　", "第一条　为了规范管理，制定本办法。\n", "第十二条之一　",
			"（一）", "第三条规定的", "青禾县人民政府办公室文件\n\n青政办〔2021〕12号\n\n", "丰原市人民政府令\n\n第８号\n\n", "签发人：张三\n", "QHGF—2022—02\n",
			"登记号：QHGF-2022-7\n", "统一登记号", "1985年1月21日第六届全国人民代表大会常务委员会第九次会议通过\n",
			"1993年12月29日第八届全国人民代表大会常务委员会第五次会议《关于修改<中华人民共和国会计法>的决定》第一次修正\n",
			"2016年2月6日《国务院关于修改部分行政法规的决定》（国务院令第666号）修订\n", "国务院令第348号公布", "<!-- INFO END -->\n", "# 中华人民共和国某某法\n",
			"## 第一章 总则\n", "各乡镇人民政府、街道办事处，县政府各部门：\n", "青禾县人民政府办公室\n2021年3月15日\n", "二〇二〇年七月十六日\n", "二○二一年十二月三十一日",
			"抄送：县委办，县人大办。\n", "青禾县人民政府办公室　　2021年3月15日印发\n",
			"废止的行政规范性文件目录（2件）\n\n序号　文件名称　文号　制定机关　废止理由\n1　《青禾县招商引资优惠政策若干规定》　青政发〔2015〕18号　县人民政府　与上位法不一致\n",
			"宣布失效的行政规范性文件目录（1件）\n", "继续有效的行政规范性文件目录\n",
			"索引号\tqinghe-2021-000055\n主题分类\t城乡建设\n发文机关\t青禾县人民政府办公室\n成文日期\t2021-03-15\n发布日期\t2021-03-16\n标  题\t",
			"发文字号\t", "来源：青禾县人民政府 发布时间：2021-03-16 10:00\n", "当前位置：首页 > 政务公开 > ", "现将《某某办法》印发给你们，请认真贯彻执行。",
			"《某某办法》已经县人民政府同意，现予公布。", "关于印发", "的通知\n", "的决定", "国办发〔2020〕17号", "[2020]", "（2020）", "【2020】", "令第", "号",
			"〔", "〕", "2021年13月45日", "2021年2月30日", "0000年00月00日", "有效期99999999999年", "第九九九九九九九九九九九九九九九条",
			"第2147483648条", "二〇二〇年十三月三十二日", "自2021年2月29日起施行", "有效期0年", "有效期-1年", "２０２１年３月１５日", "2021-03-16",
			"2021.3.16", "主送：", "市长　张三\n", "最高人民法院、最高人民检察院关于", "中华人民共和国主席令第十号", "法释〔2021〕11号",
			"第十二届全国人民代表大会常务委员会第三十次会议通过", "根据", "的规定，", "依照");

	private static final String[] NUMBERS = { "0", "00", "13", "32", "99", "2147483648", "99999999999999999999", "-1",
			"１２", "十三", "九十九", "〇", "一千零一" };

	private TextMutations() {
	}

	/** A text with 1 to 4 mutations, some of them drawing from the other texts. */
	static String mutate(String text, List<String> others, SplittableRandom random) {
		String s = text;
		int count = 1 + random.nextInt(4);
		for (int i = 0; i < count; i++) {
			s = once(s, others, random);
		}
		return s;
	}

	private static String once(String s, List<String> others, SplittableRandom random) {
		return switch (random.nextInt(15)) {
			case 0 -> cut(s, random);
			case 1 -> unbalance(s, random);
			case 2 -> doubleBrackets(s, random);
			case 3 -> flipWidths(s, random);
			case 4 -> longRun(s, random);
			case 5 -> repeatClause(s, random);
			case 6 -> insert(s, CLAUSES.get(random.nextInt(CLAUSES.size())), random);
			case 7 -> joinLines(s, random);
			case 8 -> splitLines(s, random);
			case 9 -> noise(s, random);
			case 10 -> insert(s, piece(others.get(random.nextInt(others.size())), random), random);
			case 11 -> numbers(s, random);
			case 12 -> repeatedClauses(s, random);
			case 13 -> titleList(s, random);
			default -> dropLines(s, random);
		};
	}

	/** Cut at random points: a head, a tail or a window of the text. */
	static String cut(String s, SplittableRandom random) {
		if (s.isEmpty()) {
			return s;
		}
		int a = random.nextInt(s.length() + 1);
		int b = random.nextInt(s.length() + 1);
		return switch (random.nextInt(3)) {
			case 0 -> s.substring(0, a);
			case 1 -> s.substring(a);
			default -> s.substring(Math.min(a, b), Math.max(a, b));
		};
	}

	/** Brackets left open or closed twice: some removed, some stray ones added. */
	static String unbalance(String s, SplittableRandom random) {
		StringBuilder b = new StringBuilder(s);
		List<Integer> brackets = new ArrayList<>();
		for (int i = 0; i < b.length(); i++) {
			if (BRACKETS.indexOf(b.charAt(i)) >= 0) {
				brackets.add(i);
			}
		}
		int removals = brackets.isEmpty() ? 0 : 1 + random.nextInt(Math.min(8, brackets.size()));
		for (int k = 0; k < removals; k++) {
			int at = brackets.get(random.nextInt(brackets.size()));
			if (at < b.length()) {
				b.deleteCharAt(at);
			}
		}
		int additions = random.nextInt(6);
		for (int k = 0; k < additions; k++) {
			b.insert(random.nextInt(b.length() + 1), BRACKETS.charAt(random.nextInt(BRACKETS.length())));
		}
		return b.toString();
	}

	/** A bracket doubled, or repeated many times (《《…》》, （（（). */
	static String doubleBrackets(String s, SplittableRandom random) {
		StringBuilder b = new StringBuilder(s);
		for (int k = 0; k < 1 + random.nextInt(5); k++) {
			if (b.length() == 0) {
				break;
			}
			int from = random.nextInt(b.length());
			int at = -1;
			for (int i = from; i < b.length(); i++) {
				if (BRACKETS.indexOf(b.charAt(i)) >= 0) {
					at = i;
					break;
				}
			}
			if (at < 0) {
				continue;
			}
			int times = random.nextBoolean() ? 1 : 1 + random.nextInt(50);
			b.insert(at, String.valueOf(b.charAt(at)).repeat(times));
		}
		return b.toString();
	}

	/** Full-width and half-width mixed in a stretch of the text. */
	static String flipWidths(String s, SplittableRandom random) {
		if (s.isEmpty()) {
			return s;
		}
		int from = random.nextInt(s.length());
		int to = Math.min(s.length(), from + 1 + random.nextInt(5000));
		boolean toFull = random.nextBoolean();
		boolean some = random.nextBoolean();
		StringBuilder b = new StringBuilder(s);
		for (int i = from; i < to; i++) {
			if (some && random.nextBoolean()) {
				continue;
			}
			b.setCharAt(i, toFull ? full(b.charAt(i)) : half(b.charAt(i)));
		}
		return b.toString();
	}

	private static char full(char c) {
		if (c == ' ') {
			return '\u3000';
		}
		if (c > ' ' && c <= '~') {
			return (char) (c - 0x21 + 0xFF01);
		}
		return switch (c) {
			case '〔' -> '［';
			case '〕' -> '］';
			default -> c;
		};
	}

	private static char half(char c) {
		if (c == '\u3000') {
			return ' ';
		}
		if (c >= 0xFF01 && c <= 0xFF5E) {
			return (char) (c - 0xFF01 + 0x21);
		}
		return switch (c) {
			case '〔', '【', '［' -> '[';
			case '〕', '】', '］' -> ']';
			case '《' -> '<';
			case '》' -> '>';
			case '。' -> '.';
			case '、' -> ',';
			default -> c;
		};
	}

	/** A long run of one character (up to 30,000), where stages scan or repeat. */
	static String longRun(String s, SplittableRandom random) {
		char c = INTERESTING.charAt(random.nextInt(INTERESTING.length()));
		int length = (int) Math.pow(10, random.nextDouble() * 4.5);
		String run = String.valueOf(c).repeat(length);
		if (random.nextInt(4) == 0) {
			// Two characters alternating: 《》《》…, 第一第一…
			char d = INTERESTING.charAt(random.nextInt(INTERESTING.length()));
			run = (String.valueOf(c) + d).repeat(Math.max(1, length / 2));
		}
		return insert(s, run, random);
	}

	/** One sentence of the text repeated in place, up to 200 times. */
	static String repeatClause(String s, SplittableRandom random) {
		if (s.isEmpty()) {
			return s;
		}
		int at = random.nextInt(s.length());
		int start = Math.max(Math.max(s.lastIndexOf('。', at), s.lastIndexOf('\n', at)), -1) + 1;
		int end = indexOfAny(s, at, "。\n");
		end = (end < 0) ? s.length() : end + 1;
		String clause = s.substring(start, Math.min(end, start + 2000));
		int times = 2 + random.nextInt(random.nextBoolean() ? 3 : 200);
		return s.substring(0, start) + clause.repeat(times) + s.substring(start + clause.length());
	}

	/** Clauses of official texts, several of them, one after another. */
	static String repeatedClauses(String s, SplittableRandom random) {
		StringBuilder b = new StringBuilder();
		int n = 2 + random.nextInt(40);
		for (int i = 0; i < n; i++) {
			b.append(CLAUSES.get(random.nextInt(CLAUSES.size())));
		}
		return insert(s, b.toString(), random);
	}

	/** A list of titles in one sentence, up to 3,000 of them (《A》、《B》…同时废止). */
	static String titleList(String s, SplittableRandom random) {
		StringBuilder b = new StringBuilder();
		int n = 1 + (int) Math.pow(10, random.nextDouble() * 3.5);
		String[] joints = { "、", "和", "，", "（青政办〔2019〕8号）、", "（以下简称《办法》）、", "" };
		for (int i = 0; i < n; i++) {
			b.append("《某县第").append(i).append("号管理办法》").append(joints[random.nextInt(joints.length)]);
		}
		String[] ends = { "同时废止。", "予以废止", "", "印发给你们，", "宣布失效。" };
		b.append(ends[random.nextInt(ends.length)]);
		return insert(s, b.toString(), random);
	}

	/** Lines joined: the line breaks of a stretch (or all) removed. */
	static String joinLines(String s, SplittableRandom random) {
		if (random.nextInt(4) == 0) {
			return s.replace("\n", random.nextBoolean() ? "" : " ");
		}
		if (s.isEmpty()) {
			return s;
		}
		int from = random.nextInt(s.length());
		int to = Math.min(s.length(), from + 1 + random.nextInt(3000));
		return s.substring(0, from) + s.substring(from, to).replace("\n", "").replace("\r", "") + s.substring(to);
	}

	/** Lines split at random points (inside titles, numbers, dates). */
	static String splitLines(String s, SplittableRandom random) {
		StringBuilder b = new StringBuilder(s);
		int n = 1 + random.nextInt(random.nextBoolean() ? 5 : 200);
		for (int k = 0; k < n; k++) {
			String br = switch (random.nextInt(4)) {
				case 0 -> "\n\n";
				case 1 -> "\r\n";
				case 2 -> "\n　　";
				default -> "\n";
			};
			b.insert(random.nextInt(b.length() + 1), br);
		}
		return b.toString();
	}

	/** Lines dropped: a stretch of whole lines left out. */
	static String dropLines(String s, SplittableRandom random) {
		String[] lines = s.split("\n", -1);
		if (lines.length < 2) {
			return s;
		}
		int from = random.nextInt(lines.length);
		int to = Math.min(lines.length, from + 1 + random.nextInt(10));
		StringBuilder b = new StringBuilder();
		for (int i = 0; i < lines.length; i++) {
			if (i < from || i >= to) {
				b.append(lines[i]);
				if (i < lines.length - 1) {
					b.append('\n');
				}
			}
		}
		return b.toString();
	}

	/** Characters the stages care about, scattered, deleted or swapped in. */
	static String noise(String s, SplittableRandom random) {
		StringBuilder b = new StringBuilder(s);
		int n = 1 + random.nextInt(30);
		for (int k = 0; k < n; k++) {
			int at = random.nextInt(b.length() + 1);
			char c = INTERESTING.charAt(random.nextInt(INTERESTING.length()));
			switch (random.nextInt(3)) {
				case 0 -> b.insert(at, c);
				case 1 -> {
					if (at < b.length()) {
						b.setCharAt(at, c);
					}
				}
				default -> {
					if (at < b.length()) {
						b.deleteCharAt(at);
					}
				}
			}
		}
		return b.toString();
	}

	/** Numbers out of range: a run of digits replaced by 0, 13, 2147483648…. */
	static String numbers(String s, SplittableRandom random) {
		StringBuilder b = new StringBuilder(s);
		for (int k = 0; k < 1 + random.nextInt(10) && b.length() > 0; k++) {
			int from = random.nextInt(b.length());
			int start = -1;
			for (int i = from; i < b.length(); i++) {
				if (Character.isDigit(b.charAt(i)) || "〇○零一二三四五六七八九十百千".indexOf(b.charAt(i)) >= 0) {
					start = i;
					break;
				}
			}
			if (start < 0) {
				continue;
			}
			int end = start;
			while (end < b.length()
					&& (Character.isDigit(b.charAt(end)) || "〇○零一二三四五六七八九十百千".indexOf(b.charAt(end)) >= 0)) {
				end++;
			}
			b.replace(start, end, NUMBERS[random.nextInt(NUMBERS.length)]);
		}
		return b.toString();
	}

	/** A piece of another text. */
	static String piece(String s, SplittableRandom random) {
		if (s.isEmpty()) {
			return s;
		}
		int from = random.nextInt(s.length());
		return s.substring(from, Math.min(s.length(), from + 1 + random.nextInt(2000)));
	}

	static String insert(String s, String piece, SplittableRandom random) {
		int at = random.nextInt(s.length() + 1);
		return s.substring(0, at) + piece + s.substring(at);
	}

	private static int indexOfAny(String s, int from, String chars) {
		for (int i = from; i < s.length(); i++) {
			if (chars.indexOf(s.charAt(i)) >= 0) {
				return i;
			}
		}
		return -1;
	}

}
