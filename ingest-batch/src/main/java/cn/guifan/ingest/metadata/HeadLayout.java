package cn.guifan.ingest.metadata;

import java.util.ArrayList;
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
 * The 版头 and the start of the 主体 of a GB/T 9704 document, read once for the stages that
 * need them: the 发文机关标志 (one or several stacked organs, …文件 or …令), the 发文字号, the title
 * lines, the 主送机关 line and where the body begins.
 * <p>
 * Lines a web page puts first (portal line, disclosure table, breadcrumbs) and marks such
 * as 份号, 密级 and 紧急程度 are passed over. Nothing below the 主送机关 line or the first paragraph
 * of the body is read, so numbers and titles cited in the body are never taken for the
 * document's own.
 */
final class HeadLayout {

	static final Function<DocumentText, HeadLayout> OF = HeadLayout::analyse;

	/** How far down the head may reach. */
	private static final int HEAD_LINES = 40;

	/** How many lines a title may span. */
	private static final int TITLE_LINES = 5;

	/** The words a document's title ends with: the kind of document (文种). */
	private static final String[] TITLE_ENDS = { "通知", "通告", "公告", "决定", "决议", "命令", "批复", "意见", "办法", "规定", "细则", "规则",
			"规程", "条例", "法", "方案", "要点", "计划", "规划", "报告", "通报", "函", "纪要", "请示", "答复", "解释", "指引", "指南", "标准", "措施",
			"制度", "清单", "目录", "公报", "章程", "守则", "准则", "规范", "解读", "说明", "安排", "总结", "讲话", "议案", "建议", "分工", "分解表",
			"一览表", "名单", "公示", "预案", "纲要", "征求意见稿", "批示", "条件", "问答", "封山令", "禁火令", "禁令", "通令" };

	/**
	 * A news report's headline, not a document's title: it starts with when (近日, 日前 …),
	 * ends with the verb that reports a document (…发布最新公告, …出台通知), or puts that verb
	 * between a place and the document's title (某区公布关于…的通告): a title names its issuer
	 * right before 关于, and no organ's name ends with 公布 or 发布.
	 */
	private static final Pattern NEWS_HEADLINE = Pattern.compile(
			"^(?:近日|日前|今天|今日|昨天|昨日|记者|本报讯)|(?:发出|发布|出台|下发|印发)了?(?:最新|一则|一份|一项)?的?(?:公告|通告|通知|命令|决定|禁令|封山令|禁火令)$|^[\\p{IsHan}]{2,16}?(?:公布|发布|出台|发出)了?关于");

	/** A page's navigation between issues or articles: «上一版 本期共4版. */
	private static final Pattern NAVIGATION = Pattern.compile("上一[版篇页条]|下一[版篇页条]|本期共\\d+版|当前第\\d+版");

	/**
	 * The line after which a news report gives the document itself (全文如下：): what stands
	 * above is the report.
	 */
	private static final Pattern FULL_TEXT_FOLLOWS = Pattern.compile("^(?:[^，。]{0,12}(?:全文|原文))如下[:：]?$");

	/** A site's summary above a reposted document: 导读：加强…具有重要意义。 */
	private static final Pattern SITE_LEAD = Pattern.compile("^(?:导读|导语)[:：]");

	/**
	 * What a page prints around a document and is no part of it: section marks and
	 * buttons.
	 */
	private static final java.util.Set<String> PAGE_MARKS = java.util.Set.of("正文", "全文", "文章属性", "收藏", "朗读", "打印", "关闭",
			"关闭窗口", "打印本页", "返回顶部", "分享到", "分享", "图文精华", "【打印】", "【关闭】", "[打印]", "[关闭]", "下载文字版", "下载图片版", "政策解读",
			"图片解读", "文字解读", "视频解读", "图解", "回到顶部");

	private static final Pattern ARTICLE_OR_HEADING = Pattern
		.compile("^第[一二三四五六七八九十百零〇0-9０-９]+[条章节编](?:[\\s\\u3000]|$|[^\\s\\u3000，。、之的])");

	/** A document-sharing site's file name above the text: 某某办法.docx. */
	private static final Pattern FILE_NAME = Pattern.compile("\\.(?:docx?|pdf|wps|txt|xlsx?)$");

	private static final Pattern ORDER_SERIAL = Pattern.compile("^第[0-9０-９一二三四五六七八九十百千零〇]{1,8}号$");

	private static final Pattern SECRET = Pattern.compile("^(?:绝密|机密|秘密|特急|加急|平急|特提|急件)(?:★.*)?$");

	private static final Pattern REGISTRATION = Pattern.compile(
			"^(?:[A-Za-z]{2,8}[—–\\-－_]{1,2}(?:19|20)\\d{2}[—–\\-－_]{1,2}\\d{1,5}|[A-Za-z]{4}(?:19|20)\\d{2}\\d{5})$");

	/**
	 * A 统一登记号 printed at the start of the number line, the number at its end (湖南:
	 * {@code BJDR-2018-00014          保政函〔2018〕79号}).
	 */
	private static final Pattern REGISTRATION_BEFORE = Pattern.compile(
			"^[\\s\\u3000]*([A-Za-z]{2,8}[—–\\-－_]{1,2}(?:19|20)\\d{2}[—–\\-－_]{1,2}\\d{1,5}|[A-Za-z]{4}(?:19|20)\\d{2}\\d{5})[\\s\\u3000]{2,}(\\S.*)$");

	/** The separators of a page's breadcrumb: 网站首页 > 新闻中心 > 通知公告. */
	private static final Pattern CRUMB = Pattern.compile("[>＞»›/]+");

	/** A breadcrumb, by its separators: 您所在的位置:网站首页 > 新闻中心 > 通知公告. */
	private static final Pattern CRUMB_LINE = Pattern.compile("[>＞»›][^>＞»›]{1,20}[>＞»›]");

	/** A line that starts with a short label: - 地区:福建. */
	private static final Pattern LABEL_LINE = Pattern.compile("^[-•·∙*]?[\\s\\u3000]*[\\p{IsHan}]{1,6}[:：]");

	private static final Pattern LEVEL_WORD = Pattern.compile("[\\s\\u3000]+(?:省|市|县|区|乡|镇)级$");

	private static final Pattern NORMATIVE_BANNER = Pattern.compile("^(.{2,30}?)(?:行政)?规范性文件$");

	/** A site's name printed above the document: 法搜网--中国法律信息搜索网. */
	private static final Pattern SITE_NAME = Pattern
		.compile("^[^，。：:]{0,20}(?:网|网站)(?:[-—－]{1,2}[^，。]{2,30}(?:网|网站|库))?$");

	/** A place's name alone, as a lead prints it before 关于: 南康区关于…的通告. */
	private static final Pattern PLACE_ONLY = Pattern.compile("^[\\p{IsHan}]{1,8}?(?:省|自治区|市|自治州|州|县|区|旗|盟|镇|乡)$");

	/** How many lines below a lead the document's title is looked for. */
	private static final int LEAD_LINES = 12;

	private static final Pattern PLACE_FIRST = Pattern.compile("^[\\p{IsHan}]{2,8}?(?:省|自治区|市|自治州|州|县|区|旗|盟)");

	private static final Pattern BROKEN_NUMBER = Pattern
		.compile("^([\\p{IsHan}]{2,10})[〔\\[(（【［]((?:19|20)\\d{2})(\\d{1,4})$");

	private static final Pattern TRAILING_DATE = Pattern
		.compile("(?:(?:19|20)\\d{2}[-/.]\\d{1,2}[-/.]\\d{1,2}|(?:19|20)\\d{2}年\\d{1,2}月\\d{1,2}日)$");

	private static final Pattern PORTAL = Pattern.compile("^(?:当前位置|您的位置|您现在的位置|首页\\s*[>＞])");

	/**
	 * Sections a government site's menu names (首页, 政务公开, 办事指南 …): a page saved from a
	 * site laid out in tables keeps its menu as lines of their own above the document.
	 */
	private static final java.util.Set<String> SITE_SECTIONS = java.util.Set.of("首页", "网站首页", "政务公开", "信息公开", "政府信息公开",
			"政务服务", "办事服务", "办事指南", "在线办事", "互动交流", "政民互动", "公众参与", "新闻中心", "新闻动态", "要闻动态", "工作动态", "通知公告", "政策法规",
			"政策文件", "领导之窗", "机构设置", "专题专栏", "数据开放", "网上调查", "领导信箱");

	/** Longest line of a site's menu, in characters. */
	private static final int MENU_ITEM = 8;

	/**
	 * The lines of the head that are a site's menu: a run of three or more short lines
	 * (no punctuation) of which two or more are sections a site's menu names. A menu's
	 * 办事指南 ends like a title, and the run of its items would read as a title broken over
	 * lines.
	 */
	private static boolean[] menuLines(List<DocumentText.Line> lines, int from, int to) {
		boolean[] menu = new boolean[to];
		int i = from;
		while (i < to) {
			int j = i;
			int sections = 0;
			while (j < to && isMenuItem(lines.get(j).compact())) {
				if (SITE_SECTIONS.contains(lines.get(j).compact()) || lines.get(j).compact().startsWith("走进")) {
					sections++;
				}
				j++;
			}
			if (j - i >= 3 && sections >= 2) {
				java.util.Arrays.fill(menu, i, j, true);
			}
			i = Math.max(j, i + 1);
		}
		return menu;
	}

	private static boolean isMenuItem(String compact) {
		if (compact.isEmpty() || compact.length() > MENU_ITEM) {
			return false;
		}
		for (int k = 0; k < compact.length(); k++) {
			if ("，。：:；;、！？（）()《》“”\"".indexOf(compact.charAt(k)) >= 0) {
				return false;
			}
		}
		return true;
	}

	private final List<String> bannerOrgans;

	private final boolean orderBanner;

	private final @Nullable DocNumber number;

	private final int numberLine;

	private final @Nullable String registration;

	private final int titleFrom;

	private final int titleTo;

	private final @Nullable String bareOrderSerial;

	private final boolean numberRepaired;

	private final List<int[]> titles;

	private final List<String> organLines;

	private final int addressee;

	private final int bodyStart;

	private final int infoEnd;

	private HeadLayout(Builder b) {
		this.bannerOrgans = List.copyOf(b.bannerOrgans);
		this.orderBanner = b.orderBanner;
		this.number = b.number;
		this.numberLine = b.numberLine;
		this.registration = b.registration;
		this.titleFrom = b.titleFrom;
		this.titleTo = b.titleTo;
		this.titles = List.copyOf(b.titles);
		this.organLines = List.copyOf(b.organLines);
		this.bareOrderSerial = b.bareOrderSerial;
		this.numberRepaired = b.numberRepaired;
		this.addressee = b.addressee;
		this.bodyStart = b.bodyStart;
		this.infoEnd = b.infoEnd;
	}

	/** The organs of the 发文机关标志, e.g. [青禾县教育局, 青禾县财政局]; empty when none. */
	List<String> bannerOrgans() {
		return this.bannerOrgans;
	}

	/** True when the banner is that of an order (丰原市人民政府令). */
	boolean orderBanner() {
		return this.orderBanner;
	}

	/** The 发文字号 printed in the head, or the order number under an order banner. */
	@Nullable DocNumber number() {
		return this.number;
	}

	/**
	 * True when the number line was broken by the page and read by repairing it
	 * (新政办发〔201699 → 新政办发〔2016〕99号).
	 */
	boolean numberRepaired() {
		return this.numberRepaired;
	}

	/**
	 * The organs of lines in the head that are names alone but neither the banner nor
	 * part of a title: a mirror's organ line, a site's header.
	 */
	List<String> organLines() {
		return this.organLines;
	}

	/** A 第N号 line standing in the head without an order's banner, or null. */
	@Nullable String bareOrderSerial() {
		return this.bareOrderSerial;
	}

	/** Index (among non-blank lines) of the number line, or -1. */
	int numberLine() {
		return this.numberLine;
	}

	/** A 统一登记号 on a line of its own in the head (QHGF—2022—02), or null. */
	@Nullable String registration() {
		return this.registration;
	}

	/** First line of the title (index among non-blank lines), or -1. */
	int titleFrom() {
		return this.titleFrom;
	}

	/** One past the title's last line, or -1. */
	int titleTo() {
		return this.titleTo;
	}

	/** Index of the 主送机关 line, or -1. */
	int addressee() {
		return this.addressee;
	}

	/** Index of the first line of the body (after the head). */
	int bodyStart() {
		return this.bodyStart;
	}

	/**
	 * Index of the line that ends a Markdown law's title and history block, or -1 when
	 * the text has none.
	 */
	int infoEnd() {
		return this.infoEnd;
	}

	/** The title lines, joined as printed (see {@link TitleText#normalize}), or null. */
	@Nullable String rawTitle(DocumentText text) {
		return (this.titleFrom < 0) ? null : joined(text, this.titleFrom, this.titleTo);
	}

	/**
	 * Every run of lines in the head that reads as a title, joined as printed: a page's
	 * headline and the document's own title lines below it, in order.
	 */
	/**
	 * For each of {@link #rawTitles}, whether it starts on the line right after the 发文字号:
	 * the document's own head (number, then issuer and title), not a page's headline.
	 */
	List<Boolean> titlesAfterNumber() {
		List<Boolean> after = new ArrayList<>();
		for (int[] t : this.titles) {
			after.add(this.numberLine >= 0 && t[0] == this.numberLine + 1);
		}
		return after;
	}

	/**
	 * One past the last line of each run of title lines, in order: a page's headline,
	 * then the document's own title that a site table or a lead may separate from it.
	 */
	List<Integer> titleEnds() {
		List<Integer> ends = new ArrayList<>();
		for (int[] t : this.titles) {
			ends.add(t[1]);
		}
		return ends;
	}

	List<String> rawTitles(DocumentText text) {
		List<String> all = new ArrayList<>();
		for (int[] t : this.titles) {
			all.add(joined(text, t[0], t[1]));
		}
		return all;
	}

	private static String joined(DocumentText text, int from, int to) {
		StringBuilder joined = new StringBuilder();
		for (int i = from; i < to; i++) {
			if (!joined.isEmpty()) {
				joined.append('\n');
			}
			joined.append(text.nonBlankLines().get(i).stripped());
		}
		return joined.toString();
	}

	static HeadLayout analyse(DocumentText text) {
		List<DocumentText.Line> lines = text.nonBlankLines();
		PageFields page = text.memo(PageFields.OF);
		Builder b = new Builder();
		b.infoEnd = -1;
		for (int i = 0; i < Math.min(lines.size(), 200); i++) {
			if (lines.get(i).text().contains(DocumentText.INFO_END)) {
				b.infoEnd = i;
				break;
			}
		}
		int limit = (b.infoEnd >= 0) ? b.infoEnd : Math.min(lines.size(), HEAD_LINES);
		b.bodyStart = limit;
		boolean top = true;
		String bannerText = null;
		int start = 0;
		for (int i = 0; i < limit; i++) {
			if (FULL_TEXT_FOLLOWS.matcher(lines.get(i).compact()).matches()) {
				// A news report, then the document (全文如下：): the head is the document's.
				start = i + 1;
				limit = Math.min(lines.size(), Math.max(limit, start + HEAD_LINES));
				b.bodyStart = limit;
				break;
			}
		}
		java.util.Set<String> crumbs = new java.util.HashSet<>();
		boolean[] menu = menuLines(lines, start, limit);
		for (int i = start; i < limit; i++) {
			DocumentText.Line line = lines.get(i);
			String s = line.stripped();
			String c = line.compact();
			if (menu[i]) {
				continue;
			}
			if (PORTAL.matcher(c).find() || CRUMB_LINE.matcher(c).find()) {
				// The sections a breadcrumb names (新闻中心, 通知公告) are the site's, not the
				// document's: a line that repeats one is no title line and no organ.
				for (String crumb : CRUMB.split(c)) {
					if (crumb.length() >= 2) {
						crumbs.add(crumb);
					}
				}
			}
			else if (c.length() <= 10 && crumbs.contains(c) && !endsLikeTitle(c)) {
				continue;
			}
			Matcher registered = REGISTRATION_BEFORE.matcher(s);
			if (registered.matches() && b.registration == null) {
				b.registration = ChineseText.removeSpaces(registered.group(1));
				s = registered.group(2).strip();
				c = ChineseText.removeSpaces(s);
			}
			if (page.isFieldLine(i) || PORTAL.matcher(c).find()) {
				if (b.number == null && b.titleFrom < 0) {
					// A site's name above the page's fields is no 发文机关标志.
					b.bannerOrgans.clear();
					b.orderBanner = false;
					bannerText = null;
					top = true;
				}
				continue;
			}
			if (s.startsWith("# ") || s.startsWith("---")) {
				continue;
			}
			if (SITE_LEAD.matcher(c).find()) {
				// The site's summary between its headline and the document's number and
				// title (标题 / 导读：… / 某政办函〔2017〕103号 / 标题): not the body's start.
				continue;
			}
			if (b.number == null && bannerText == null && b.bareOrderSerial == null
					&& ORDER_SERIAL.matcher(c).matches()) {
				// An order's 第N号 whose banner the page lost: the order of the issuer.
				b.bareOrderSerial = c;
				continue;
			}
			if (b.number == null) {
				DocNumber broken = brokenNumber(c);
				if (broken != null) {
					b.number = broken;
					b.numberRepaired = true;
					b.numberLine = i;
					top = false;
					continue;
				}
			}
			if (b.number == null && bannerText != null && ORDER_SERIAL.matcher(c).matches()) {
				var order = DocNumbers.parse(bannerText + c);
				if (order.isPresent()) {
					b.number = order.get();
					b.numberLine = i;
					top = false;
					continue;
				}
			}
			if (b.number == null) {
				DocNumber number = numberLine(s);
				if (number != null) {
					b.number = number;
					b.numberLine = i;
					top = false;
					continue;
				}
				DocNumber lead = numberBeforeAddressee(s);
				if (lead != null) {
					// A page that ran the number, the addressee and the body into one
					// paragraph (某政通〔2013〕7号 各施工单位、广大市民：为…): the number is the
					// document's;
					// the rest of the line is read on.
					b.number = lead;
					b.numberLine = i;
					top = false;
				}
			}
			if (REGISTRATION.matcher(c).matches()) {
				b.registration = c;
				continue;
			}
			if (isMark(c) || isButtons(s)) {
				continue;
			}
			if (!top && b.number == null && c.endsWith("令") && c.length() > 3
					&& Organs.isOrgan(c.substring(0, c.length() - 1))) {
				// An order's banner below a page's headline and a mirror's organ line.
				b.orderBanner = true;
				bannerText = c;
				continue;
			}
			if (top && b.titleFrom < 0) {
				List<String> banner = banner(s, c);
				if (!banner.isEmpty()) {
					b.bannerOrgans.addAll(banner);
					if (c.endsWith("令")) {
						b.orderBanner = true;
						bannerText = c;
					}
					continue;
				}
			}
			top = false;
			if (isAddressee(s)) {
				b.addressee = i;
				b.bodyStart = i + 1;
				break;
			}
			if (isBody(s, c)) {
				b.bodyStart = i;
				break;
			}
			int end = titleEnd(lines, page, i, limit);
			if (end > i) {
				int from = i;
				if (c.startsWith("关于") && i > 0 && near(lines, i - 1, i) && !page.isFieldLine(i - 1)
						&& Organs.isOrganList(lines.get(i - 1).stripped())) {
					// The issuer stands on the line above the title (青禾县人民政府 / 关于…).
					from = i - 1;
					b.bannerOrgans.removeAll(Organs.split(lines.get(i - 1).stripped()));
					b.organLines.addAll(Organs.split(lines.get(i - 1).stripped()));
				}
				if (Organs.isOrganList(lines.get(from).stripped())) {
					while (from > start && from - 1 != b.numberLine && contiguous(lines, from - 1, from)
							&& !page.isFieldLine(from - 1) && Organs.isOrganList(lines.get(from - 1).stripped())
							&& !sameOrgan(lines.get(from - 1).compact(), lines.get(from).compact())) {
						// Joint issuers stacked one per line above 关于 (中共青禾县委 / 青禾县人民政府 /
						// 关于…), as GB/T 9704 prints a joint document's organs: all are
						// the title's issuers, the lead first.
						from--;
						List<String> stacked = Organs.split(lines.get(from).stripped());
						b.bannerOrgans.removeAll(stacked);
						b.organLines.addAll(stacked);
					}
				}
				if (b.titleFrom < 0) {
					b.titleFrom = from;
					b.titleTo = end;
				}
				b.titles.add(new int[] { from, end });
				if (end - from >= 2 && Organs.isOrganList(lines.get(from).stripped())) {
					// The issuer's line of a title broken after it, or a mirror's organ
					// line.
					b.organLines.addAll(Organs.split(lines.get(from).stripped()));
				}
				i = end - 1;
			}
			else if (Organs.isOrganList(LEVEL_WORD.matcher(s).replaceFirst(""))) {
				// A mirror's organ line (安徽省淮南市人民政府), a site's header (…人民政府 乡级).
				b.organLines.addAll(Organs.split(LEVEL_WORD.matcher(s).replaceFirst("")));
			}
		}
		if (b.titles.isEmpty() && b.addressee < 0 && b.number == null && b.bannerOrgans.isEmpty()) {
			leadIn(lines, page, b, null);
		}
		else if (b.infoEnd < 0 && b.titles.size() == 1 && b.addressee < 0 && b.number == null
				&& b.bannerOrgans.isEmpty()) {
			// An encyclopedia's or a policy site's headline names the document a notice
			// issues (某省…资金管理办法), then an introduction, then the notice itself
			// (…关于印发某省…资金管理办法的通知 / its number / the addressee): the notice's title is
			// the document's.
			int[] headline = b.titles.get(0);
			String named = ChineseText.removeSpaces(joined(lines, headline[0], headline[1]));
			if (named.length() >= 6) {
				leadIn(lines, page, b, named);
			}
		}
		return new HeadLayout(b);
	}

	/**
	 * A news report or a post that puts a lead, a poem or a summary above the document
	 * itself (…产卵,延续生命。 / 冊亨縣人民政府 / 關于…的 / 通告): when the head found no title before its
	 * first paragraph, the document's title is the first run of lines below it that reads
	 * as a GB/T 9704 title — its issuer or place, 关于, and the kind of document — and is
	 * followed by an addressee or the body. Nothing past an addressee or a date standing
	 * alone (a signature) is read: that is the document already.
	 */
	private static void leadIn(List<DocumentText.Line> lines, PageFields page, Builder b, @Nullable String issuing) {
		int last = Math.min(lines.size(), b.bodyStart + LEAD_LINES);
		for (int i = b.bodyStart; i < last; i++) {
			String s = lines.get(i).stripped();
			String c = lines.get(i).compact();
			if (isAddressee(s) || (c.length() <= 20 && DateText.parseWhole(s) != null)) {
				return;
			}
			boolean organAbove = i + 1 < lines.size() && lines.get(i + 1).compact().startsWith("关于")
					&& Organs.isOrganList(s);
			int about = c.indexOf("关于");
			boolean titleStart = about == 0 || (about > 0 && about <= 30 && (Organs.isOrganList(c.substring(0, about))
					|| PLACE_ONLY.matcher(c.substring(0, about)).matches()));
			if (!organAbove && !titleStart) {
				continue;
			}
			int end = titleEnd(lines, page, i, Math.min(lines.size(), i + TITLE_LINES));
			if (end <= i || end >= lines.size()) {
				continue;
			}
			if (issuing != null && !issuesHeadline(ChineseText.removeSpaces(joined(lines, i, end)), issuing)) {
				continue;
			}
			String next = lines.get(end).stripped();
			// GB/T 9704 reposts print the 发文字号 in brackets under the title
			// (（某署办发〔2007〕22号）): the addressee or the body follows it.
			// (Not in a Markdown law: nothing below its <!-- INFO END --> is the head's.)
			DocNumber number = (b.infoEnd < 0 && end + 1 < lines.size()) ? numberLine(next) : null;
			int after = (number != null) ? end + 1 : end;
			String following = lines.get(after).stripped();
			if (!isAddressee(following) && !isBody(following, lines.get(after).compact()) && !isSentence(following)) {
				continue;
			}
			if (number != null && b.number == null) {
				b.number = number;
				b.numberLine = end;
			}
			b.titleFrom = i;
			b.titleTo = end;
			b.titles.add(new int[] { i, end });
			if (organAbove) {
				b.organLines.addAll(Organs.split(s));
			}
			b.bodyStart = after;
			return;
		}
	}

	/** True when a notice's title issues or forwards the document a headline names. */
	private static boolean issuesHeadline(String title, String headline) {
		int at = title.indexOf(headline);
		return at > 0 && (title.lastIndexOf("印发", at) >= 0 || title.lastIndexOf("转发", at) >= 0) && title.endsWith("通知");
	}

	/** Lines joined as printed, one per line. */
	private static String joined(List<DocumentText.Line> lines, int from, int to) {
		StringBuilder joined = new StringBuilder();
		for (int i = from; i < to; i++) {
			joined.append(lines.get(i).stripped());
		}
		return joined.toString();
	}

	/**
	 * The end (exclusive) of the longest run of contiguous lines from {@code from} whose
	 * joined text ends like a title, or {@code from} when none does.
	 */
	private static int titleEnd(List<DocumentText.Line> lines, PageFields page, int from, int limit) {
		StringBuilder joined = new StringBuilder();
		int best = from;
		// Where the lines read like a title while a 《 is still open (关于征求《某某办法 /
		// （征求意见稿）》 / 意见的公告): the end, unless a later line closes the 《.
		int open = from;
		for (int j = from; j < Math.min(limit, from + TITLE_LINES); j++) {
			String s = lines.get(j).stripped();
			String c = lines.get(j).compact();
			if (j > from && !contiguous(lines, j - 1, j)
					&& !(best > from && near(lines, j - 1, j) && BRACKETED_TAIL.matcher(c).matches())
					&& (best > from || !near(lines, j - 1, j) || c.length() > 40 || !titleFragment(joined)
							|| !IssuerStage.fromTitle(c).isEmpty())) {
				// Web pages put each title line in a paragraph of its own: an unfinished
				// title goes on across blank lines, unless the next line names its own
				// issuer.
				break;
			}
			if (j > from && sameIssuerAgain(joined, c)) {
				break;
			}
			if (j > from && c.startsWith("关于") && !Organs.isOrganList(joined.toString())) {
				// 关于… starts a title; what stands above it, if not its issuer, is
				// something else (a report's lines).
				break;
			}
			if (j > from && !Organs.isOrganList(joined.toString()) && !IssuerStage.fromTitle(c).isEmpty()) {
				// A line that starts a title with its own issuer (…关于) starts a new
				// title:
				// what stands above it is a cut headline.
				break;
			}
			if (page.isFieldLine(j) || isAddressee(s) || isBody(s, c) || numberLine(s) != null
					|| LABEL_LINE.matcher(s).find() || (c.indexOf('年') >= 0 && DateText.parseWhole(s) != null)
					|| STAMPED.matcher(s).find()) {
				break;
			}
			if (best > from && "的（(之和及与、".indexOf(c.charAt(0)) < 0) {
				// A title that reads complete goes on only with …的通知 or a bracketed note.
				break;
			}
			joined.append(c);
			if (joined.length() > 150) {
				break;
			}
			if (endsLikeTitle(joined)) {
				if (NEWS_HEADLINE.matcher(joined).find()) {
					break;
				}
				if (unclosedBookTitle(joined)) {
					open = (open > from) ? open : j + 1;
				}
				else {
					best = j + 1;
				}
			}
		}
		return (best > from) ? best : open;
	}

	/**
	 * A title's last paragraph that holds only a bracketed note and the kind of document
	 * ((2021-2030年)的通知): the title above it read complete (…绿化美化吉林大地规划), but goes on.
	 */
	private static final Pattern BRACKETED_TAIL = Pattern
		.compile("^[（(][^（）()]{1,24}[）)]的(?:通知|决定|意见|通告|公告|批复|函|通报|报告)$");

	/** True when a text opens a 《 it does not close. */
	private static boolean unclosedBookTitle(CharSequence text) {
		int depth = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '《') {
				depth++;
			}
			else if (c == '》' && depth > 0) {
				depth--;
			}
		}
		return depth > 0;
	}

	/**
	 * A page's timestamp, a date with the time of day (2022-10-26 19:31, 热点资讯2022-11-21
	 * 11:01:39): no title line holds one. A page without blank lines puts it right under
	 * a headline or an organ line, where it must not join them.
	 */
	private static final Pattern STAMPED = Pattern
		.compile("(?:19|20)\\d{2}[-/.年]\\d{1,2}[-/.月]\\d{1,2}日?[ \\t\\u3000]*\\d{1,2}[:：]\\d{2}");

	/**
	 * True when a text ends with the name of a kind of document, possibly followed by a
	 * bracketed note: …的通知, …办法（试行）.
	 */
	static boolean endsLikeTitle(CharSequence text) {
		String s = text.toString();
		Matcher date = TRAILING_DATE.matcher(s);
		if (date.find() && date.start() > 0) {
			// A list or a site puts the date after a title: …的函 2020-11-13.
			s = s.substring(0, date.start());
		}
		if (s.indexOf('号') > 0 && s.endsWith("号")) {
			// A list prints the number after the title: …的通知 青政办〔2021〕12号.
			List<DocNumberMatch> numbers = DocNumbers.findAll(s);
			if (!numbers.isEmpty() && numbers.get(numbers.size() - 1).end() == s.length()
					&& numbers.get(numbers.size() - 1).start() > 0) {
				s = s.substring(0, numbers.get(numbers.size() - 1).start()).strip();
			}
		}
		if ((s.endsWith("...") || s.endsWith("…")) && s.length() > 12) {
			// A site cut a long headline: …的通...
			return true;
		}
		if (s.startsWith("《") && s.endsWith("》")) {
			// A site wraps the title in 《》.
			s = s.substring(1, s.length() - 1);
		}
		for (int notes = 0; notes < 2; notes++) {
			int end = s.length();
			if (end > 0 && (s.charAt(end - 1) == '）' || s.charAt(end - 1) == ')')) {
				for (int i = end - 2; i >= Math.max(0, end - 22); i--) {
					char c = s.charAt(i);
					if (c == '（' || c == '(') {
						end = i;
						break;
					}
				}
			}
			s = s.substring(0, end);
		}
		for (String word : TITLE_ENDS) {
			if (s.endsWith(word)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * True when the start of a title can go on after a blank line: words without the
	 * punctuation of a label or a sentence.
	 */
	private static boolean titleFragment(CharSequence joined) {
		String s = joined.toString();
		if (s.length() > 60 || (!s.isEmpty() && Character.isDigit(s.charAt(0)))) {
			return false;
		}
		for (int i = 0; i < s.length(); i++) {
			if (":：，。；;,!！?？".indexOf(s.charAt(i)) >= 0) {
				return false;
			}
		}
		return true;
	}

	/**
	 * True when a line's title names as its issuer an organ the lines above already name
	 * (a mirror's organ line 福建省泉州市人民政府 above 泉州市人民政府关于…): the same organ, not a joint
	 * issuer.
	 */
	private static boolean sameIssuerAgain(CharSequence above, String line) {
		List<String> organs = Organs.split(above.toString());
		if (organs.isEmpty()) {
			return false;
		}
		List<String> issuers = IssuerStage.fromTitle(line);
		for (String issuer : issuers) {
			for (String organ : organs) {
				if (organ.endsWith(issuer)) {
					return true;
				}
			}
		}
		Matcher place = PLACE_FIRST.matcher(line);
		if (issuers.isEmpty() && place.find()) {
			// 福建省厦门市人民政府 above 厦门市…管理规定: the organ of the place the title names.
			for (String organ : organs) {
				if (organ.contains(place.group())) {
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * True when two organ lines name the same organ, one in a longer form (福建省泉州市人民政府
	 * above 泉州市人民政府): a mirror's organ line above the document's own, not two issuers.
	 */
	private static boolean sameOrgan(String above, String below) {
		return above.endsWith(below) || below.endsWith(above);
	}

	/**
	 * True when at most two blank lines stand between two lines, or, on a page that puts
	 * blank lines between all its paragraphs, at most three times its usual step: a site
	 * that doubles the blank lines (a paragraph per line with two or three blank lines
	 * between) prints the same head.
	 */
	private static boolean near(List<DocumentText.Line> lines, int a, int b) {
		int gap = lines.get(b).index() - lines.get(a).index();
		return gap <= 3 || gap <= 3 * usualStep(lines);
	}

	/**
	 * The most common step between a page's first non-blank lines (1: no blank lines).
	 */
	private static int usualStep(List<DocumentText.Line> lines) {
		int[] steps = new int[8];
		for (int i = 1; i < Math.min(lines.size(), 80); i++) {
			int step = lines.get(i).index() - lines.get(i - 1).index();
			if (step < steps.length) {
				steps[step]++;
			}
		}
		int usual = 1;
		for (int step = 1; step < steps.length; step++) {
			if (steps[step] > steps[usual]) {
				usual = step;
			}
		}
		return usual;
	}

	private static boolean contiguous(List<DocumentText.Line> lines, int a, int b) {
		return lines.get(b).index() == lines.get(a).index() + 1;
	}

	/**
	 * The organs of a banner line: XX文件, XX令, a name or several (stacked banners put one
	 * organ on each line).
	 */
	private static List<String> banner(String s, String c) {
		Matcher normative = NORMATIVE_BANNER.matcher(c);
		if (normative.matches() && Organs.isOrgan(normative.group(1))) {
			// 曲靖市人民政府行政规范性文件: the banner of a normative document.
			return List.of(normative.group(1));
		}
		if (c.endsWith("文件") && c.length() > 2) {
			List<String> organs = Organs.split(s.substring(0, s.lastIndexOf('件') - 1));
			if (!organs.isEmpty()) {
				return organs;
			}
			String name = c.substring(0, c.length() - 2);
			return Organs.isOrgan(name) ? List.of(name) : List.of();
		}
		if (c.endsWith("令") && c.length() > 3) {
			String name = c.substring(0, c.length() - 1);
			return Organs.isOrgan(name) ? List.of(name) : List.of();
		}
		return Organs.split(s);
	}

	/** A line that is one document number, possibly with 签发人 or a label. */
	static @Nullable DocNumber numberLine(String s) {
		if (s.length() > 60 || s.indexOf('号') < 0) {
			return null;
		}
		var whole = DocNumbers.parse(s);
		if (whole.isPresent()) {
			return whole.get();
		}
		List<DocNumberMatch> found = DocNumbers.findAll(s);
		if (found.isEmpty()) {
			return null;
		}
		DocNumberMatch first = found.get(0);
		String before = ChineseText.removeSpaces(s.substring(0, first.start()));
		String after = ChineseText.removeSpaces(s.substring(first.end()));
		boolean bracketed = isOpening(before) && (after.equals("）") || after.equals(")") || datedClose(after));
		boolean labelled = before.isEmpty() || before.matches("(?:发文字号|文号|字号)[:：]?") || bracketed;
		boolean clean = after.isEmpty() || after.startsWith("签发人") || after.startsWith("签发：") || bracketed;
		return (labelled && clean && first.number().form() == DocNumber.Form.BRACKETED) ? first.number() : null;
	}

	/**
	 * A bracketed number that opens a line and is followed by the 主送机关 (…：): a page that
	 * ran the 发文字号 and the body together.
	 */
	private static @Nullable DocNumber numberBeforeAddressee(String s) {
		Matcher m = NUMBER_THEN_ADDRESSEE.matcher(s);
		if (!m.find()) {
			return null;
		}
		return DocNumbers.parse(m.group(1))
			.filter((n) -> n.form() == DocNumber.Form.BRACKETED && n.normalized().length() <= 20)
			.orElse(null);
	}

	private static final Pattern NUMBER_THEN_ADDRESSEE = Pattern.compile(
			"^[\\s\\u3000]*([\\p{IsHan}]{2,10}[〔\\[［【(（](?:19|20)\\d{2}[〕\\]］】)）]\\d{1,4}号)[\\s\\u3000]+[^。：:\\s]{2,60}[：:]");

	/**
	 * A number line a web page broke by losing 〕 and 号 (新政办发〔201699): the year, then the
	 * serial. Read only as a line of its own in the head.
	 */
	static @Nullable DocNumber brokenNumber(String compact) {
		Matcher m = BROKEN_NUMBER.matcher(ChineseText.foldWidth(compact));
		if (!m.matches() || m.group(1).endsWith("文备")) {
			// 渝文备〔20171218: a filing number (备案号) is not the document's.
			return null;
		}
		return DocNumbers.parse(m.group(1) + "〔" + m.group(2) + "〕" + m.group(3) + "号")
			.map((n) -> new DocNumber(compact, n.normalized(), n.agency(), n.year(), n.serial(), n.form()))
			.orElse(null);
	}

	/**
	 * The rest of a bracketed note that gives the number and then the date under a title:
	 * （京政办发[2008]34号 二〇〇八年六月十七日）.
	 */
	private static boolean datedClose(String after) {
		return after.length() > 1 && (after.endsWith("）") || after.endsWith(")"))
				&& DateText.parseWhole(after.substring(0, after.length() - 1)) != null;
	}

	private static boolean isOpening(String s) {
		return s.equals("（") || s.equals("(");
	}

	/**
	 * A line of a page's buttons, each a mark (下载文字版 下载图片版 政策解读): no title, however it
	 * ends.
	 */
	private static boolean isButtons(String s) {
		String[] words = s.strip().split("[\\s\\u3000|]+");
		if (words.length < 2) {
			return false;
		}
		for (String word : words) {
			if (!PAGE_MARKS.contains(word)) {
				return false;
			}
		}
		return true;
	}

	private static boolean isMark(String c) {
		return c.isEmpty() || c.chars().allMatch(Character::isDigit) || SECRET.matcher(c).matches()
				|| (c.length() <= 40 && NAVIGATION.matcher(c).find()) || SITE_NAME.matcher(c).matches()
				|| PAGE_MARKS.contains(c) || c.startsWith("签发人") || FILE_NAME.matcher(c).find()
				|| c.chars().allMatch((ch) -> "-—_*=·.".indexOf(ch) >= 0);
	}

	/** A 主送机关 line: organs and units separated by ，、 and ending with ：. */
	static boolean isAddressee(String s) {
		if (!(s.endsWith("：") || s.endsWith(":")) || s.length() > 300 || s.contains("。") || s.contains("《")) {
			return false;
		}
		String body = s.substring(0, s.length() - 1).strip();
		if (body.isEmpty() || body.startsWith("附件") || body.startsWith("抄送") || body.startsWith("主题词")) {
			return false;
		}
		String[] parts = body.split("[，,、；;]");
		int organish = 0;
		for (String part : parts) {
			String p = part.strip();
			if (!p.isEmpty() && AddresseeStage.looksLikeUnit(p)) {
				organish++;
			}
		}
		return organish * 2 >= parts.length && organish > 0;
	}

	/**
	 * A sentence of a body as web pages print it, also with half-width punctuation:
	 * 为加强我县…, 现将有关事宜通告如下:.
	 */
	private static boolean isSentence(String s) {
		if (s.length() < 20) {
			return false;
		}
		for (int i = 0; i < s.length(); i++) {
			if ("。，,；;：:".indexOf(s.charAt(i)) >= 0) {
				return true;
			}
		}
		return false;
	}

	/** The first line of the body: an article or heading, or a long sentence. */
	private static boolean isBody(String s, String c) {
		if (ARTICLE_OR_HEADING.matcher(c).find()) {
			return true;
		}
		return c.length() >= 40 && (c.indexOf('。') >= 0 || c.indexOf('，') >= 0 || c.indexOf('；') >= 0);
	}

	private static final class Builder {

		private final List<String> bannerOrgans = new ArrayList<>();

		private boolean orderBanner;

		private @Nullable DocNumber number;

		private int numberLine = -1;

		private @Nullable String registration;

		private int titleFrom = -1;

		private int titleTo = -1;

		private @Nullable String bareOrderSerial;

		private boolean numberRepaired;

		private final List<int[]> titles = new ArrayList<>();

		private final List<String> organLines = new ArrayList<>();

		private int addressee = -1;

		private int bodyStart;

		private int infoEnd;

	}

}
