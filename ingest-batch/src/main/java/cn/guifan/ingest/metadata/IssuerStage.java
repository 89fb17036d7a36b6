package cn.guifan.ingest.metadata;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.Objects;
import java.util.function.Supplier;

import cn.guifan.schemas.docnumber.DocNumber;
import cn.guifan.schemas.document.Disagreement;
import cn.guifan.schemas.document.DocumentMetadata;
import cn.guifan.schemas.document.FieldProvenance;
import cn.guifan.schemas.document.HistoryEvent;
import cn.guifan.schemas.document.MetadataField;
import org.jspecify.annotations.Nullable;

/**
 * 发文机关, every issuer of a joint document, from the most reliable place that names them:
 * the 发文机关署名 (full names, one per issuer), the 发文机关标志 (stacked for joint documents, …文件
 * or …令), the issuers a title begins with (青禾县教育局 青禾县财政局关于…, 最高人民法院、最高人民检察院关于…,
 * 瑞安市人民政府办公室转发…), the organ of an order (厦门市人民政府令第136号), the organ a title starts with
 * (镇巴县人民政府工作规则), the site's table (发文机关, 发布机构 …: portals abbreviate, 盘锦市政府 reads
 * 盘锦市人民政府), and for a law the organ that adopted it, without its session (第十二届…第三十次会议 →
 * 全国人民代表大会常务委员会).
 * <p>
 * A name without its place (县人民政府, 市人民政府办公厅; a signature 县自然资源局 under a title that names
 * 某某县自然资源局) is completed from the title, the site's table, the record header, or for a
 * province from the number's province code (鄂政发 → 湖北省人民政府); the completion is recorded as
 * inferred. Where the site's table names another issuer than the document, the document's
 * is kept and the disagreement recorded. Runs after {@link TitleStage},
 * {@link HistoryStage} and {@link DocNumberStage}.
 */
final class IssuerStage implements ExtractionStage {

	/**
	 * The issuers a title starts with, before 关于 or the verb of a title that has none:
	 * 转发, 印发, 批转, 贯彻 (市政府贯彻国务院关于…意见的实施意见 is 市政府's, not 国务院's).
	 */
	private static final Pattern TITLE_ISSUERS = Pattern.compile("^([^《〈“]{2,80}?)(?:关于|转发|印发|批转|贯彻)");

	private static final Pattern COURT_COMMITTEE = Pattern.compile("^(最高人民(?:法院|检察院)).*(?:审判|检察)委员会$");

	/**
	 * The site labels of the issuer, the document's issuer before the page's publisher.
	 */
	static final String[] SITE_LABELS = { "发文机关", "制定机关", "发文单位", "发文机构", "发布机关", "制发机关", "颁布机关", "颁布单位", "发布单位",
			"发布机构", "发布部门", "来源", "信息来源" };

	/** A site's value that names the site, not an organ. */
	private static final Pattern NOT_AN_ORGAN = Pattern.compile("网站|网$|门户|平台|科技|信息公开|资料|法律|法规|^机关$|^本机关$");

	/**
	 * The organ a title starts with: 镇巴县人民政府工作规则; an office whole (某盟行政公署办公室公文处理细则 is the
	 * office's, not the 行政公署's).
	 */
	private static final Pattern TITLE_ORGAN = Pattern
		.compile("^([\\p{IsHan}]{2,20}?(?:人民政府办公厅|人民政府办公室|人民政府|行政公署办公室|行政公署|委员会办公室|委员会|办公室|办公厅|局|厅))(?!关于|转发|印发)");

	/** Province codes of document numbers (鄂政发, 粤府), for a title that says only 省人民政府. */
	private static final Map<Character, String> PROVINCES = Map.ofEntries(Map.entry('京', "北京市"), Map.entry('津', "天津市"),
			Map.entry('沪', "上海市"), Map.entry('渝', "重庆市"), Map.entry('冀', "河北省"), Map.entry('晋', "山西省"),
			Map.entry('辽', "辽宁省"), Map.entry('吉', "吉林省"), Map.entry('黑', "黑龙江省"), Map.entry('苏', "江苏省"),
			Map.entry('浙', "浙江省"), Map.entry('皖', "安徽省"), Map.entry('闽', "福建省"), Map.entry('赣', "江西省"),
			Map.entry('鲁', "山东省"), Map.entry('豫', "河南省"), Map.entry('鄂', "湖北省"), Map.entry('湘', "湖南省"),
			Map.entry('粤', "广东省"), Map.entry('琼', "海南省"), Map.entry('川', "四川省"), Map.entry('黔', "贵州省"),
			Map.entry('滇', "云南省"), Map.entry('云', "云南省"), Map.entry('陕', "陕西省"), Map.entry('甘', "甘肃省"),
			Map.entry('青', "青海省"));

	@Override
	public void apply(DocumentText text, DocumentMetadata.Builder metadata) {
		PageFields page = text.memo(PageFields.OF);
		List<String> site = new ArrayList<>();
		String siteLabel = null;
		for (String label : SITE_LABELS) {
			List<String> organs = siteOrgans(page.get(label));
			if (!organs.isEmpty()) {
				site = organs;
				siteLabel = label;
				break;
			}
		}
		Found found = fromDocument(text, metadata);
		if (found == null) {
			List<String> adopting = fromHistory(metadata.history());
			found = adopting.isEmpty() ? null : new Found(adopting, FieldProvenance.body("法律的题注"));
		}
		if (found == null) {
			found = fromCongressSession(text);
		}
		if (found == null) {
			List<String> organLines = text.memo(HeadLayout.OF).organLines();
			if (!organLines.isEmpty()) {
				List<String> named = organLines.stream().map(Organs::withoutHigherPlace).distinct().toList();
				found = new Found(named, FieldProvenance.derived(0.8, "正文未署发文机关，取自页面或镜像的机关行"));
			}
		}
		if (found == null) {
			found = fromClosingOrgan(text);
		}
		if (found == null) {
			found = fromShape(text, metadata);
		}
		if (found == null) {
			found = fromIssuedInstrument(text);
		}
		if (found == null && !site.isEmpty()) {
			found = new Found(site, FieldProvenance.siteTable(Objects.requireNonNull(siteLabel)));
		}
		if (found == null) {
			// After the site's table: a report's lead is the weakest word on who issued.
			found = fromNewsLead(text);
		}
		if (found == null) {
			found = fromIntroduction(text);
		}
		if (found == null) {
			found = fromSelfReference(text, metadata.docNumber());
		}
		if (found == null) {
			found = fromOfficeConsent(text);
		}
		if (found == null) {
			found = fromTownInTitle(metadata.title());
		}
		if (found == null) {
			found = fromPlaceInTitle(metadata.title(), text);
		}
		if (found == null) {
			found = lastResort(page);
		}
		if (found == null) {
			return;
		}
		Found whole = complete(found, text, metadata, page);
		// An organ's official name leaves out the higher place (吉林省长春市人民政府 in a mirror's
		// title or organ line is 长春市人民政府), as the organ lines of a page are read.
		whole = new Found(
				whole.organs.stream().map(Organs::withoutHigherPlace).map(Organs::fullGovernmentName).toList(),
				whole.provenance);
		metadata.issuers(whole.organs);
		metadata.provenance(MetadataField.ISSUERS, whole.provenance);
		if (!site.isEmpty() && whole.provenance.source() != cn.guifan.schemas.document.FieldSource.SITE_TABLE
				&& !"来源".equals(siteLabel) && !"信息来源".equals(siteLabel) && !agrees(whole.organs, site)) {
			metadata.disagreement(new Disagreement(MetadataField.ISSUERS, String.join("、", whole.organs),
					page.value(Objects.requireNonNull(siteLabel))));
		}
	}

	private record Found(List<String> organs, FieldProvenance provenance) {
	}

	/** The issuers as the document names them, or null. */
	private static @Nullable Found fromDocument(DocumentText text, DocumentMetadata.Builder metadata) {
		Signature signature = text.memo(Signature.OF);
		if (signature != null && !signature.organs().isEmpty()) {
			return new Found(signature.organs(), FieldProvenance.body("落款"));
		}
		MinutesMasthead minutes = text.memo(MinutesMasthead.OF);
		if (minutes != null) {
			return new Found(List.of(minutes.organ()), FieldProvenance.body("纪要的印发机关"));
		}
		List<String> banner = text.memo(HeadLayout.OF).bannerOrgans();
		if (!banner.isEmpty()) {
			return new Found(banner, FieldProvenance.body("版头发文机关标志"));
		}
		List<String> fromTitle = fromTitle(metadata.title());
		if (!fromTitle.isEmpty()) {
			return new Found(fromTitle, FieldProvenance.body("标题"));
		}
		String below = bannerBelowHeading(text);
		if (below != null) {
			return new Found(List.of(below), FieldProvenance.body("版头发文机关标志（在网站篇名之下）"));
		}
		return null;
	}

	/** A banner line: the organ's name, then 文件 (贵州省国土资源厅文件). */
	private static final Pattern BANNER_LINE = Pattern.compile("^([\\p{IsHan}]{4,30}?)文件$");

	/**
	 * The organ of a 发文机关标志 that a repost printed below its own heading (第一篇:关于… /
	 * 贵州省国土资源厅文件 / 黔国土资发[2006]83号), where the head is not read as a banner: on one of the
	 * first lines, when neither signature nor title names an issuer; or null.
	 */
	private static @Nullable String bannerBelowHeading(DocumentText text) {
		List<DocumentText.Line> lines = text.nonBlankLines();
		for (int i = 0; i < Math.min(lines.size(), 6); i++) {
			Matcher m = BANNER_LINE.matcher(lines.get(i).compact());
			if (m.matches() && Organs.isOrgan(m.group(1))) {
				return m.group(1);
			}
		}
		return null;
	}

	/**
	 * A province's or a municipality's own number: its one-character code, then 政发 (the
	 * government) or 政办发 (its general office): 京政办发〔2008〕34号. 青 is left out: 青政发 is also
	 * Qingdao's.
	 */
	private static final Pattern PROVINCE_NUMBER = Pattern.compile("^([^青])政(办)?(?:发|字|函|发电|办发)?$");

	/**
	 * A municipality's government's or its general office's own number: 沪府发, 京政发, 津政办发,
	 * 渝府办发.
	 */
	private static final Pattern MUNICIPAL_NUMBER = Pattern.compile("^[京津沪渝](?:府|政)(?:办|厅)?(?:发|字|函|规)?$");

	/**
	 * A province's government's or general office's own number in either form, 府 or 政
	 * (黔府函, 湘政发, 粤府办): its one-character code, which the province's name follows. 青 is
	 * left out (青政发 is also 青岛's), as for {@link #PROVINCE_NUMBER}, and so are 苏府, 吉府 and
	 * 云府, the numbers of 苏州, 吉安 and 云浮 (their provinces number with 政).
	 */
	private static final Pattern PROVINCE_OWN_NUMBER = Pattern
		.compile("^(?![苏吉云]府)([^青])(?:府|政)(?:办|厅)?(?:发|字|函|规|发电|办发)?$");

	/** The province whose own number this is, or null. */
	private static @Nullable String provinceOfOwnNumber(@Nullable DocNumber number) {
		if (number == null || number.form() != DocNumber.Form.BRACKETED) {
			return null;
		}
		Matcher m = PROVINCE_OWN_NUMBER.matcher(number.agency());
		return m.matches() ? PROVINCES.get(m.group(1).charAt(0)) : null;
	}

	/** The government a province-level number names, or null. */
	private static @Nullable String provinceOfNumber(@Nullable DocNumber number) {
		if (number == null || number.form() != DocNumber.Form.BRACKETED) {
			return null;
		}
		Matcher m = PROVINCE_NUMBER.matcher(number.agency());
		if (!m.matches() || !PROVINCES.containsKey(m.group(1).charAt(0))) {
			return null;
		}
		return PROVINCES.get(m.group(1).charAt(0)) + ((m.group(2) != null) ? "人民政府办公厅" : "人民政府");
	}

	/** The issuer an order's number or the start of the title implies, or null. */
	private static @Nullable Found fromShape(DocumentText text, DocumentMetadata.Builder metadata) {
		DocNumber number = metadata.docNumber();
		String province = provinceOfNumber(number);
		if (province != null && number != null && IssuerStage.fromTitle(metadata.title()).isEmpty()) {
			return new Found(List.of(province),
					FieldProvenance.derived(0.6, "页面未署发文机关，按发文字号“" + number.agency() + "”推断为" + province));
		}
		String local = governmentOfNumber(number, text);
		if (local != null && number != null && IssuerStage.fromTitle(metadata.title()).isEmpty()) {
			return new Found(List.of(local),
					FieldProvenance.derived(0.6, "页面未署发文机关，按发文字号“" + number.agency() + "”和页面所称地名推断为" + local));
		}
		if (number != null && number.form() == DocNumber.Form.ORDER && Organs.isOrgan(number.agency())
				&& !number.agency().equals("政府")) {
			return new Found(List.of(number.agency()), FieldProvenance.body("令的发布机关"));
		}
		String congress = congressOfAnnouncement(number);
		if (congress != null && number != null) {
			return new Found(List.of(congress), FieldProvenance.body("公告的发布机关（" + number.normalized() + "）"));
		}
		String banner = congressOfBanner(text);
		if (banner != null) {
			return new Found(List.of(banner), FieldProvenance.body("公告的版头"));
		}
		String ofOrder = governmentOfOrder(number, metadata.title());
		if (ofOrder != null && number != null) {
			return new Found(List.of(ofOrder),
					FieldProvenance.derived(0.8, "以政府令（" + number.normalized() + "）公布，发文机关为标题所冠地方的人民政府"));
		}
		Matcher organ = TITLE_ORGAN.matcher(metadata.title());
		if (organ.find() && organ.end() < metadata.title().length() && Organs.isOrgan(organ.group(1))) {
			return new Found(List.of(organ.group(1)), FieldProvenance.derived(0.8, "标题以发文机关名称开头"));
		}
		return null;
	}

	/**
	 * A standing committee's announcement number names the committee, with the term it
	 * prints inside the name left out: 内蒙古自治区第十四届人民代表大会常务委员会公告第55号 → 内蒙古自治区人民代表大会常务委员会.
	 */
	private static final Pattern CONGRESS_ANNOUNCEMENT = Pattern
		.compile("^([\\p{IsHan}]{2,16}?)(?:第[一二三四五六七八九十0-9]{1,4}届)?(人民代表大会常务委员会)公告$");

	/**
	 * The standing committee an announcement's banner names (某省第十四届人民代表大会常务委员会公告 on a
	 * line of its own at the head), when its number was not read, or null.
	 */
	private static @Nullable String congressOfBanner(DocumentText text) {
		List<DocumentText.Line> lines = text.nonBlankLines();
		for (int i = 0; i < Math.min(lines.size(), 4); i++) {
			Matcher m = CONGRESS_ANNOUNCEMENT.matcher(lines.get(i).compact());
			if (m.matches()) {
				return m.group(1) + m.group(2);
			}
		}
		return null;
	}

	/** The standing committee an announcement's number names, or null. */
	private static @Nullable String congressOfAnnouncement(@Nullable DocNumber number) {
		if (number == null || number.form() != DocNumber.Form.ANNOUNCEMENT) {
			return null;
		}
		Matcher m = CONGRESS_ANNOUNCEMENT.matcher(number.agency());
		return m.matches() ? m.group(1) + m.group(2) : null;
	}

	/** A local government's own number: 德府发, 德府办发, 宛政, 宛政办. */
	private static final Pattern LOCAL_NUMBER = Pattern.compile("^(\\p{IsHan})(?:府|政)(办)?(?:发|字|函|办发)?$");

	/**
	 * 德府发〔2016〕20号 on a page that names 德阳市 (in a site's keywords, a body's words):
	 * 德阳市人民政府, the government of the place the number's first character begins (its 办公室
	 * for a 办 number), or null.
	 */
	private static @Nullable String governmentOfNumber(@Nullable DocNumber number, DocumentText text) {
		if (number == null || number.form() != DocNumber.Form.BRACKETED) {
			return null;
		}
		Matcher code = LOCAL_NUMBER.matcher(number.agency());
		if (!code.matches() || PROVINCES.containsKey(code.group(1).charAt(0))) {
			return null;
		}
		String head = text.text().substring(0, Math.min(text.text().length(), 800));
		Matcher place = Pattern
			.compile("(?<![\\p{IsHan}])(" + Pattern.quote(code.group(1))
					+ "[\\p{IsHan}]{1,2}[市县])(?![\\p{IsHan}&&[^人政]])")
			.matcher(head);
		String found = place.find() ? place.group(1) : null;
		if (found == null) {
			// 呼政办发 on a page that names 呼和浩特市 only inside a sentence or a title
			// (关于印发呼和浩特市…): the one city or county of the division codes named there that
			// starts with the number's character.
			List<String> named = new ArrayList<>();
			for (char level : new char[] { '市', '县' }) {
				for (String p : Divisions.placesNamed(head, level)) {
					if (p.charAt(0) == code.group(1).charAt(0)) {
						named.add(p);
					}
				}
			}
			found = (named.size() == 1) ? named.get(0) : null;
		}
		if (found == null) {
			// 成府发 on a page that names only the city's districts (锦江区、青羊区…): the city
			// they belong to.
			found = Divisions.parentNamed(head, code.group(1).charAt(0));
		}
		if (found == null) {
			return null;
		}
		return found + ((code.group(2) != null) ? "人民政府办公室" : "人民政府");
	}

	/** 惠府令〔2020〕96号 and 惠州市…办法: 惠州市人民政府. */
	private static @Nullable String governmentOfOrder(@Nullable DocNumber number, String title) {
		if (number == null || !number.agency().endsWith("府令")) {
			return null;
		}
		Matcher place = PLACE.matcher(title);
		if (!place.find() || place.group().charAt(0) != number.agency().charAt(0)) {
			return null;
		}
		return place.group() + "人民政府";
	}

	private static final Pattern TITLE_PLACE = Pattern
		.compile("^(?![省市县区州旗])[\\p{IsHan}&&[^委局厅府办室部院会]]{1,8}?(?:省|市|县|区|州|旗|盟)");

	/**
	 * What the head of an issuer-less title takes for a place and is none: a phrase that
	 * ends in 本市, 全市, 我县 (关于加快推广本市…, 关于全市…).
	 */
	private static final Pattern NO_PLACE = Pattern.compile("关于|[本全我该各此][省市县区州旗盟]$");

	/**
	 * The first place of this level (市, 县 …) the text names, in its first lines or a
	 * title it cites (根据《中山市关于…》 → 中山市), also after a conjunction or preposition a
	 * sentence puts before an organ (按照…部署和平阳县疫情防控领导小组的要求 → 平阳县), or null. The common
	 * noun 城市 is no place: not after a verb (增强城市的凝聚力: no city called 增强城, whose name
	 * would be three characters before 城市), nor after 共和 (《中华人民共和国城市居民委员会组织法》: no city
	 * called 国城).
	 */
	private static @Nullable String placeNamedInText(DocumentText text, char level) {
		// The lines as read, a line spaced out letter by letter (武 汉 市 第 五 批…) unspaced.
		StringBuilder lines = new StringBuilder();
		for (DocumentText.Line line : text.nonBlankLines()) {
			if (lines.length() >= 800) {
				break;
			}
			lines.append(line.stripped()).append('\n');
		}
		String head = lines.substring(0, Math.min(lines.length(), 800));
		Matcher m = Pattern
			.compile("(?:(?<![\\p{IsHan}])|(?<=[和与及按照据经由向将在对]))([\\p{IsHan}&&[^省市县区镇乡的和与及在对为于关以日年月至从自其该此等各每全本我]]{2,3}"
					+ level + ")|《([\\p{IsHan}]{2,3}" + level + ")")
			.matcher(head);
		while (m.find()) {
			String place = (m.group(1) != null) ? m.group(1) : m.group(2);
			int at = (m.group(1) != null) ? m.start(1) : m.start(2);
			boolean commonNoun = place.endsWith("城市")
					&& (place.length() == 4 || (at >= 2 && head.startsWith("共和", at - 2)));
			if (!place.startsWith("本") && !place.startsWith("全") && !place.startsWith("我")
					&& !FUNCTION_WORD.matcher(place).find() && !commonNoun) {
				return place;
			}
		}
		return null;
	}

	/**
	 * Words a sentence puts before 县 or 市 that are no place's name: 根据县…领导小组的通知 names the
	 * county's body, not a county called 根据县.
	 */
	private static final Pattern FUNCTION_WORD = Pattern
		.compile("^(?:根据|依据|按照|依照|遵照|对照|通过|经过|关于|为了|结合|请示|报经|报请|提请|会同|协调|配合)");

	private static final Pattern ISSUES = Pattern.compile("《([^《》]{4,60})》[^。《》]{0,30}?(?:印发|发布|公布)");

	/**
	 * A notice whose page lost the title and the signature's organ: the organ the title
	 * of what it issues starts with (《博尔塔拉蒙古自治州人民政府工作规则》…现予印发).
	 */
	private static @Nullable Found fromIssuedInstrument(DocumentText text) {
		String head = text.text().substring(0, Math.min(text.text().length(), 600));
		Matcher m = ISSUES.matcher(head);
		if (!m.find()) {
			return null;
		}
		Matcher organ = TITLE_ORGAN.matcher(m.group(1));
		if (organ.find() && Organs.isOrgan(organ.group(1)) && !Organs.isPlaceless(organ.group(1))) {
			// 某州第十四届人民政府工作规则: the government of every term is one organ.
			return new Found(List.of(TERM.matcher(organ.group(1)).replaceAll("")),
					FieldProvenance.derived(0.6, "页面无标题和落款机关，按所印发的《" + m.group(1) + "》推断"));
		}
		return null;
	}

	private static final Pattern TERM = Pattern.compile("第[一二三四五六七八九十]{1,3}届");

	/**
	 * A repost's lead that says who issued the document (今日，某镇森林防灭火指挥部发布公告，…), in the
	 * first lines of the page.
	 */
	private static final Pattern NEWS_LEAD = Pattern
		.compile("(?<![\\p{IsHan}])([\\p{IsHan}]{4,30}?)(?:近日|日前)?(?:发布|发出|下发)了?(?:一则|一份|最新)?(?:公告|通告|命令|禁令|封山令|禁火令)");

	/**
	 * A document a news report reposts without its signature's organ: the organ the
	 * report's lead says issued it (inferred).
	 */
	private static @Nullable Found fromNewsLead(DocumentText text) {
		String head = text.text().substring(0, Math.min(text.text().length(), 400));
		Matcher m = NEWS_LEAD.matcher(head);
		while (m.find()) {
			if (Organs.isOrgan(m.group(1)) && !Organs.isPlaceless(m.group(1))) {
				return new Found(List.of(m.group(1)),
						FieldProvenance.derived(0.6, "页面未署发文机关，取自转载报道的导语（" + m.group() + "）"));
			}
		}
		return null;
	}

	/**
	 * A government that speaks of itself in the body of a page that lost its title and
	 * signature: 县人民政府决定划定…, 经县政府研究决定…, 县人民政府对…规范性文件进行了全面清理. (Not 经县政府同意: that is said by
	 * the government's office, which issues in its name.)
	 */
	private static final Pattern SELF_REFERENCE = Pattern
		.compile("(?<![\\p{IsHan}&&[^经由，]])([县区旗])(?:人民)?政府(?:研究决定|决定|研究，?决定|对[^。]{4,60}?(?:清理|废止))");

	/**
	 * A government, or its office, that names itself in full as the one that decides or
	 * plans what the notice then does, at the start of a clause: …，香格里拉县人民政府决定近期…;
	 * …规定，某县人民政府办公室拟编制…目录。现向社会公开征集…. (Where the page has a number, its first character
	 * must be one of the place's, as a number abbreviates its issuer: 香政通.)
	 */
	private static final Pattern NAMED_SELF_REFERENCE = Pattern
		.compile("(?<=^|[，,。：:\\s])([\\p{IsHan}]{2,8}?(?:县|区|旗|市))(人民政府(?:办公室|办公厅)?)(?:研究决定|决定|拟)");

	/**
	 * The government a title-less, unsigned page speaks of as itself (县人民政府决定…), by its
	 * level, completed from the place the text names where it names one (inferred).
	 */
	private static @Nullable Found fromSelfReference(DocumentText text, @Nullable DocNumber number) {
		String head = text.text().substring(0, Math.min(text.text().length(), 800));
		Matcher named = NAMED_SELF_REFERENCE.matcher(head);
		if (named.find() && (number == null || named.group(1).indexOf(number.agency().charAt(0)) >= 0)) {
			// 香格里拉县人民政府决定…, under 香政通〔2013〕7号: the government names itself in full.
			return new Found(List.of(named.group(1) + named.group(2)),
					FieldProvenance.derived(0.6, "标题和落款未写发文机关，正文以“" + named.group() + "”自称"));
		}
		Matcher m = SELF_REFERENCE.matcher(head);
		if (!m.find()) {
			return null;
		}
		return new Found(List.of(m.group(1) + "人民政府"),
				FieldProvenance.derived(0.5, "页面无标题和落款，正文以“" + m.group() + "”自称"));
	}

	/**
	 * What a government's office writes when it issues in the government's name:
	 * 经县政府同意，现予印发 (GB/T 9704 practice: the office issues, the government consents).
	 */
	private static final Pattern OFFICE_CONSENT = Pattern
		.compile("(?<![\\p{IsHan}&&[^已]])经([县区市旗])(?:人民)?政府同意[，,]?现(?:予|将|印发|转发)");

	/**
	 * A title-less, unsigned notice its body says the government's office issued:
	 * 县人民政府办公室, completed from the place the text names (inferred).
	 */
	private static @Nullable Found fromOfficeConsent(DocumentText text) {
		String head = text.text().substring(0, Math.min(text.text().length(), 800));
		Matcher m = OFFICE_CONSENT.matcher(head);
		int addressee = text.memo(HeadLayout.OF).addressee();
		if (!m.find() || addressee < 0
				|| !GOVERNMENT_WIDE.matcher(text.nonBlankLines().get(addressee).stripped()).find()) {
			// A department writes 经市政府同意 too: only a notice to all the government's
			// departments (县府各部门) is the office's.
			return null;
		}
		return new Found(List.of(m.group(1) + "人民政府办公室"),
				FieldProvenance.derived(0.5, "页面无标题和落款机关，正文“" + m.group() + "”是政府办公室经政府同意发文的写法"));
	}

	/**
	 * The government's departments as a whole, as its office addresses them: 县府各部门,
	 * 市直各单位.
	 */
	private static final Pattern GOVERNMENT_WIDE = Pattern.compile("(?:府|政府|直)各(?:部门|单位|委办局)");

	/** What a page prints after a document: buttons, navigation, tags, editors, links. */
	private static final Pattern PAGE_TAIL = Pattern.compile(
			"^(?:关闭|打印|返回|分享|扫一扫|标签|相关|评论|暂无评论|责任编辑|编辑|审核|初审|编审|总编辑|总监制|来源|信息来源|https?:|www\\.|上一篇|下一篇|【|\\[)|(?:打印|关闭|窗口)$");

	/** An organ's name that starts with its place (not 管理委员会 alone). */
	private static final Pattern NAMED_PLACE = Pattern
		.compile("^(?:中共|中国|[\\p{IsHan}&&[^省市县区州旗盟镇乡]][\\p{IsHan}]{0,8}?(?:省|自治区|市|自治州|州|县|区|旗|盟|镇|乡))");

	/** An article's number at the start of a line: 第四条, 第12条. */
	private static final Pattern ARTICLE_HEADING = Pattern.compile("^第[一二三四五六七八九十百零〇0-9]{1,5}条");

	/** A date without its day under an organ: 2023年1月. */
	private static final Pattern MONTH_ONLY = Pattern
		.compile("^(?:19|20)\\d{2}年\\d{1,2}月$|^[二〇○O零一三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月$");

	/**
	 * A signature that prints the organ without a full date (GB/T 9704 puts the 成文日期
	 * under the 署名; pages lose it or print only the month): the organ lines after the
	 * last paragraph, at the end of the text or above the page's buttons and links, and
	 * under nothing but a month (南通经济技术开发区 / 管理委员会 / 2023年1月). A name the page broke over
	 * two lines is joined.
	 */
	private static @Nullable Found fromClosingOrgan(DocumentText text) {
		List<DocumentText.Line> lines = text.nonBlankLines();
		int i = lines.size() - 1;
		int skipped = 0;
		while (i > 0 && skipped < 8
				&& (PAGE_TAIL.matcher(lines.get(i).compact()).find() || lines.get(i).compact().length() <= 1)) {
			i--;
			skipped++;
		}
		if (i > 0 && MONTH_ONLY.matcher(lines.get(i).compact()).matches()) {
			i--;
		}
		List<String> organs = new ArrayList<>();
		int j = i;
		while (j > 0 && i - j < 3) {
			List<String> names = Organs.split(lines.get(j).stripped());
			if (names.isEmpty()) {
				String joined = lines.get(j).compact() + ((organs.size() == 1) ? organs.get(0) : "");
				if (organs.size() == 1 && lines.get(j).compact().length() <= 24 && Organs.isOrgan(joined)) {
					// A name broken over two lines: 南通经济技术开发区 / 管理委员会.
					organs.set(0, joined);
					j--;
				}
				break;
			}
			organs.addAll(0, names);
			j--;
		}
		if (organs.isEmpty() || organs.stream().anyMatch((o) -> !NAMED_PLACE.matcher(o).find())
				|| ARTICLE_HEADING.matcher(lines.get(i).compact()).find()) {
			// 第四条 旗县级以上人民政府: an article of a cut text, not a signature.
			return null;
		}
		String above = lines.get(j).stripped();
		if (above.isEmpty() || ("。！!”；;".indexOf(above.charAt(above.length() - 1)) < 0
				&& !above.matches("^(?:特此|此复|此令|专此).{0,4}$"))) {
			return null;
		}
		return new Found(organs, FieldProvenance.body("落款（未署成文日期）"));
	}

	/**
	 * An encyclopedia's or a report's introduction: 2023年12月，中共某省委办公厅、某省人民政府办公厅印发《…》.
	 */
	private static final Pattern INTRODUCTION = Pattern
		.compile("(?<![\\p{IsHan}])([\\p{IsHan}、]{4,60}?)(?:联合)?(?:印发|发布|出台)了?《");

	/**
	 * The organs an introduction says issued the document, when the page prints neither
	 * its title nor its signature (inferred).
	 */
	private static @Nullable Found fromIntroduction(DocumentText text) {
		String head = text.text().substring(0, Math.min(text.text().length(), 300));
		Matcher m = INTRODUCTION.matcher(head);
		if (!m.find()) {
			return null;
		}
		List<String> organs = new ArrayList<>();
		for (String name : m.group(1).split("、")) {
			if (!Organs.isOrgan(name) || Organs.isPlaceless(name)) {
				return null;
			}
			organs.add(name);
		}
		return new Found(organs, FieldProvenance.derived(0.6, "页面未印标题和落款，取自介绍文字（" + m.group() + "…》）"));
	}

	/** A town's own plan or rules, its title led by the town: 某区某镇2023年突发事件总体应急预案. */
	private static final Pattern TOWN_TITLE = Pattern
		.compile("^([\\p{IsHan}]{2,12}?(?:县|区|市)[\\p{IsHan}&&[^城的和与及区县市]]{2,4}?[镇乡])(?![政人党村])");

	/**
	 * A title-less signature of a town's own plan: the town's government, whose plan it
	 * is (inferred).
	 */
	private static @Nullable Found fromTownInTitle(String title) {
		Matcher m = TOWN_TITLE.matcher(title);
		if (!m.find()) {
			return null;
		}
		return new Found(List.of(m.group(1) + "人民政府"),
				FieldProvenance.derived(0.5, "页面无落款，标题冠以“" + m.group(1) + "”，按该镇（乡）人民政府推断"));
	}

	/**
	 * A 公告 or 通告 titled with its place alone, no organ and no 关于: 某市草原禁牧公告 (GB/T 9704
	 * titles name the issuer; a place's name standing for it is its government's).
	 */
	private static final Pattern PLACE_TITLE = Pattern
		.compile("^([\\p{IsHan}&&[^省市县区州旗]][\\p{IsHan}]{1,5}?([市县区旗]))([\\p{IsHan}]{2,24})(?:公告|通告)$");

	/**
	 * An organ's word in the subject of a title: then the title names its issuer
	 * otherwise.
	 */
	private static final Pattern ORGAN_WORD = Pattern.compile("关于|政府|局|委员会|委|办公室|办|指挥部|领导小组|小组|中心|公司|法院|检察院|公安|大队|站|所");

	/**
	 * An unsigned 公告 or 通告 whose title is its place and its subject (某市草原禁牧公告) and whose
	 * body speaks as that place (我市…): the place's government (inferred).
	 */
	private static @Nullable Found fromPlaceInTitle(String title, DocumentText text) {
		Matcher m = PLACE_TITLE.matcher(title);
		if (!m.matches() || ORGAN_WORD.matcher(m.group(3)).find()) {
			return null;
		}
		String head = text.text().substring(0, Math.min(text.text().length(), 800));
		if (!head.contains("我" + m.group(2))) {
			return null;
		}
		return new Found(List.of(m.group(1) + "人民政府"),
				FieldProvenance.derived(0.5, "页面无落款，标题只冠地名“" + m.group(1) + "”，正文以“我" + m.group(2) + "”自称，按该地人民政府推断"));
	}

	/** A town's organ named without its county or city: 某某镇党政办公室. */
	private static final Pattern TOWN_ORGAN = Pattern.compile("^[\\p{IsHan}&&[^省市县区州旗]]{2,3}[镇乡](?!政府$)");

	/**
	 * A district's organ named without its city: 某某区人民政府, 某某区某某街道办事处 (not a 新区 or 开发区).
	 */
	private static final Pattern DISTRICT_ORGAN = Pattern
		.compile("^[\\p{IsHan}&&[^省市县区州旗镇乡新发园]]{2,3}区(?:人民政府|[\\p{IsHan}]{1,10}(?:局|委员会|办公室|街道办事处))");

	/**
	 * A town's party committee named without its county: 中共某某镇委员会, 中共某某乡委 (the place goes
	 * after 中共).
	 */
	private static final Pattern TOWN_PARTY = Pattern.compile("^中共([\\p{IsHan}&&[^省市县区州旗]]{2,3}[镇乡](?:委员会|党委|委))$");

	private static final Pattern PLACE = Pattern.compile("^[\\p{IsHan}]{1,8}?(?:自治区|自治州|省|市|县|区|盟|旗)");

	/**
	 * Names without their place completed (县人民政府 → 通山县人民政府), from the fuller names the
	 * title, the site's table and the head print, or a province code.
	 */
	private static Found complete(Found found, DocumentText text, DocumentMetadata.Builder metadata, PageFields page) {
		List<String> fuller = new ArrayList<>(fromTitle(metadata.title()));
		fuller.addAll(text.memo(HeadLayout.OF).bannerOrgans());
		fuller.addAll(printingGovernment(text));
		for (String label : SITE_LABELS) {
			fuller.addAll(siteOrgans(page.get(label)));
		}
		List<String> out = new ArrayList<>();
		String note = null;
		String[] aroundText = new String[1];
		Supplier<String> context = () -> (aroundText[0] != null) ? aroundText[0]
				: (aroundText[0] = divisionContext(text, metadata.title(), fuller));
		for (String organ : found.organs) {
			String whole = organ;
			String withItsCity = withCity(organ, fuller);
			Divisions.Placed placed = Divisions.placed(organ, context);
			if (placed != null) {
				// 江汉区人民政府办公室, 腰山镇人民政府: the city or county the division codes give.
				whole = placed.name();
				note = placed.note();
			}
			else if (organ.startsWith("人民政府") && provinceOfOwnNumber(metadata.docNumber()) != null) {
				// 人民政府关于同意…的批复 under 黔府函: a title that lost its 省 or its province's name
				// (a forum's copy) is the province's, whose own number it bears.
				whole = provinceOfOwnNumber(metadata.docNumber()) + organ;
				note = "“" + organ + "”未写地名，按发文字号“" + Objects.requireNonNull(metadata.docNumber()).agency() + "”补全省名";
			}
			else if (Organs.isPlaceless(organ)) {
				for (String candidate : fuller) {
					if (candidate.length() > organ.length() && candidate.endsWith(organ)
							&& !Organs.isPlaceless(candidate)) {
						whole = candidate;
						note = "“" + organ + "”未写地名，全称取自标题或网页信息表";
						break;
					}
				}
				Matcher place = TITLE_PLACE.matcher(metadata.title());
				if (whole.equals(organ) && place.find() && place.group().endsWith(organ.substring(0, 1))
						&& !NO_PLACE.matcher(place.group()).find()) {
					whole = place.group() + organ.substring(1);
					note = "“" + organ + "”未写地名，按标题所冠地名补全";
				}
				DocNumber number = metadata.docNumber();
				if (whole.equals(organ) && organ.startsWith("省") && number != null
						&& PROVINCES.containsKey(number.agency().charAt(0))) {
					whole = PROVINCES.get(number.agency().charAt(0)) + organ.substring(1);
					note = "“" + organ + "”未写省名，按发文字号“" + number.agency() + "”补全";
				}
				String municipality = (number != null) ? PROVINCES.get(number.agency().charAt(0)) : null;
				if (whole.equals(organ) && organ.startsWith("市") && number != null && municipality != null
						&& municipality.endsWith("市") && MUNICIPAL_NUMBER.matcher(number.agency()).matches()) {
					// 市政府 under 沪府发〔2009〕25号: a municipality's own number names the
					// city.
					whole = municipality + organ.substring(1);
					note = "“" + organ + "”未写市名，按发文字号“" + number.agency() + "”补全";
				}
				String named = placeNamedInText(text, organ.charAt(0));
				if (whole.equals(organ) && named != null) {
					whole = named + organ.substring(1);
					note = "“" + organ + "”未写地名，按正文所称“" + named + "”补全";
				}
				String subject = whole.equals(organ) ? placeOfSubject(metadata.title(), organ.charAt(0)) : null;
				if (subject != null) {
					// 市发展改革委关于做好天津市服务业…的通知: a city's department writes about its
					// own city.
					whole = subject + organ.substring(1);
					note = "“" + organ + "”未写地名，按标题事由所称“" + subject + "”补全";
				}
				Divisions.Placed district = Divisions.placed(whole, context);
				if (district != null) {
					// 区人民政府 → 江汉区人民政府 (the title) → 武汉市江汉区人民政府.
					whole = district.name();
					note = ((note != null) ? note + "；" : "") + district.note();
				}
			}
			else if (withItsCity != null) {
				// 浦东新区人民政府 in the title, 上海市浦东新区人民政府 in the record header: the
				// district named with its city.
				whole = withItsCity;
				note = "“" + organ + "”未写所属的市，全称取自标题或网页信息表";
			}
			else if (DISTRICT_ORGAN.matcher(organ).find()) {
				// 某某区人民政府: a district is named with its city.
				String city = placeNamedInText(text, '市');
				if (city != null) {
					whole = city + organ;
					note = "“" + organ + "”未写所属的市，按正文所称“" + city + "”补全";
				}
			}
			else if (TOWN_PARTY.matcher(organ).matches()) {
				// 中共某某镇委员会 beside 某县某某镇人民政府: the county the text names, after 中共.
				String county = placeNamedInText(text, '县');
				String city = (county != null) ? county : placeNamedInText(text, '市');
				if (city != null) {
					whole = "中共" + city + organ.substring(2);
					note = "“" + organ + "”未写所属县市，按正文所称“" + city + "”补全";
				}
			}
			else if (TOWN_ORGAN.matcher(organ).find()) {
				// 某某镇党政办公室: the county, else the city, the text names.
				String county = placeNamedInText(text, '县');
				String city = (county != null) ? county : placeNamedInText(text, '市');
				if (city != null) {
					whole = city + organ;
					note = "“" + organ + "”未写所属县市，按正文所称“" + city + "”补全";
				}
			}
			String restored = withLostFirstCharacters(whole, text);
			if (!restored.equals(whole)) {
				note = "“" + whole + "”缺了开头的字，正文另处印有全称“" + restored + "”";
				whole = restored;
			}
			String expanded = Organs.withAutonomousName(Organs.withoutShortForm(whole));
			if (!expanded.equals(whole)) {
				note = (note != null) ? note : "“" + whole + "”为简称，按全称写出";
				whole = expanded;
			}
			out.add(whole);
		}
		if (note == null) {
			return found;
		}
		FieldProvenance was = found.provenance;
		if (was.source() == cn.guifan.schemas.document.FieldSource.DERIVED && was.confidence() != null) {
			// An inferred issuer completed: as sure as the weaker of the two steps, both
			// said.
			return new Found(out, FieldProvenance.derived(Math.min(0.7, was.confidence()),
					((was.note() != null) ? was.note() + "；" : "") + note));
		}
		return new Found(out, FieldProvenance.derived(0.7, note));
	}

	/**
	 * The one place of a level (市, 县) the subject of a title names, after its 关于
	 * (市发展改革委关于做好天津市服务业…的通知 → 天津市), as the division codes spell it; null when the subject
	 * names none or more than one, or the title has no 关于.
	 */
	static @Nullable String placeOfSubject(@Nullable String title, char level) {
		if (title == null || (level != '市' && level != '县')) {
			return null;
		}
		int about = title.indexOf("关于");
		if (about < 0) {
			return null;
		}
		List<String> named = Divisions.placesNamed(title.substring(about + 2), level);
		return (named.size() == 1) ? named.get(0) : null;
	}

	/**
	 * Where the document names the places around it, to choose between districts or
	 * townships of the same name: its title, the fuller names of organs it prints, its
	 * head and its end.
	 */
	private static String divisionContext(DocumentText text, @Nullable String title, List<String> fuller) {
		String body = text.text();
		StringBuilder context = new StringBuilder();
		context.append((title != null) ? title : "").append('\n').append(String.join("\n", fuller)).append('\n');
		context.append(body, 0, Math.min(body.length(), 1000));
		context.append('\n').append(body, Math.max(0, body.length() - 300), body.length());
		return context.toString();
	}

	/**
	 * The 版记's printing line: 温州市龙湾区人民政府办公室 2007年12月13日印发 (GB/T 9704 names the office
	 * that prints, under the government's own documents too).
	 */
	private static final Pattern PRINTING_LINE = Pattern
		.compile("^([\\p{IsHan}]{2,20}?人民政府)办公[室厅][\\s\\u3000]*(?:19|20)\\d{2}年\\d{1,2}月\\d{1,2}日印发$");

	/**
	 * The government and its office a printing line at the end of the page names, to
	 * complete a name without its place (区人民政府 → 温州市龙湾区人民政府); empty when there is none.
	 */
	private static List<String> printingGovernment(DocumentText text) {
		List<DocumentText.Line> lines = text.nonBlankLines();
		for (int i = lines.size() - 1; i >= Math.max(0, lines.size() - 6); i--) {
			Matcher m = PRINTING_LINE.matcher(lines.get(i).stripped());
			if (m.matches()) {
				return List.of(m.group(1), m.group(1) + "办公室");
			}
		}
		return List.of();
	}

	/** An organ of a district (浦东新区人民政府, 闵行区民政局): its name starts with the district. */
	private static final Pattern DISTRICT_FIRST = Pattern.compile("^[\\p{IsHan}]{2,4}区");

	/** A city's name alone: 上海市, 张掖市. */
	private static final Pattern CITY_ALONE = Pattern.compile("^[\\p{IsHan}]{2,4}市$");

	/**
	 * A district's organ as a fuller name of the page prints it with its city in front
	 * (上海市浦东新区人民政府 for 浦东新区人民政府), or null.
	 */
	private static @Nullable String withCity(String organ, List<String> fuller) {
		if (!DISTRICT_FIRST.matcher(organ).find()) {
			return null;
		}
		for (String candidate : fuller) {
			if (candidate.length() > organ.length() && candidate.endsWith(organ)
					&& CITY_ALONE.matcher(candidate.substring(0, candidate.length() - organ.length())).matches()) {
				return candidate;
			}
		}
		return null;
	}

	/**
	 * A place of one character and its level, as a page that lost a character prints it:
	 * 定市.
	 */
	private static final Pattern SHORT_PLACE = Pattern.compile("^\\p{IsHan}[市县]");

	/**
	 * An organ whose name lost its first character on the page (定市满城区民政局, for 保定市满城区民政局):
	 * the fuller name the text prints elsewhere (联系地址：保定市满城区民政局社政股), where the characters
	 * before it complete a place of two characters. Otherwise the name as it is.
	 */
	static String withLostFirstCharacters(String organ, DocumentText text) {
		if (!SHORT_PLACE.matcher(organ).find() || organ.length() < 5) {
			return organ;
		}
		String all = text.text();
		for (int at = all.indexOf(organ); at >= 0; at = all.indexOf(organ, at + 1)) {
			if (at == 0) {
				continue;
			}
			char before = all.charAt(at - 1);
			if (Character.UnicodeScript.of(before) != Character.UnicodeScript.HAN
					|| "省市县区州旗盟镇乡的和与及在对".indexOf(before) >= 0
					|| (at >= 2 && Character.UnicodeScript.of(all.charAt(at - 2)) == Character.UnicodeScript.HAN)) {
				// The fuller name starts a word (地址：保定市…), not a sentence's 了绛县….
				continue;
			}
			String fuller = before + organ;
			if (Organs.isOrgan(fuller)) {
				return fuller;
			}
		}
		return organ;
	}

	/**
	 * The organs a site's value names, its abbreviations written out; empty for a site
	 * name.
	 */
	static List<String> siteOrgans(@Nullable String value) {
		if (value == null || NOT_AN_ORGAN.matcher(value).find()) {
			return List.of();
		}
		List<String> organs = new ArrayList<>();
		for (String name : Organs.split(
				value.replaceAll("[(（]\\s*(办公室|办公厅)\\s*[)）]", "$1").replaceAll("[\\s\\u3000]*[(（][^()（）]*[)）]$", ""))) {
			// 四川省成都市人民政府: a city is named without its province.
			organs.add(Organs.withoutHigherPlace(Organs.fullGovernmentName(name)));
		}
		return organs;
	}

	/**
	 * A site's value kept as printed when nothing else names an issuer (城南新区(三江街道)): the
	 * site's word, shown as such.
	 */
	private static @Nullable Found lastResort(PageFields page) {
		for (String label : SITE_LABELS) {
			String value = page.get(label);
			if (value != null && !NOT_AN_ORGAN.matcher(value).find() && value.length() <= 30 && !value.contains(" ")) {
				return new Found(List.of(value), new FieldProvenance(cn.guifan.schemas.document.FieldSource.SITE_TABLE,
						null, "网页信息表“" + label + "”所写，非规范的机关全称"));
			}
		}
		return null;
	}

	/**
	 * True when each organ the site names is one the document names, or its short form.
	 */
	private static boolean agrees(List<String> document, List<String> site) {
		for (String s : site) {
			boolean known = false;
			for (String d : document) {
				known |= d.equals(s) || d.endsWith(s) || s.endsWith(d);
			}
			if (!known) {
				return false;
			}
		}
		return true;
	}

	static List<String> fromTitle(String title) {
		Matcher m = TITLE_ISSUERS.matcher(title);
		if (!m.find()) {
			return List.of();
		}
		List<String> organs = new ArrayList<>();
		for (String name : Organs.splitNames(m.group(1))) {
			if (!Organs.isOrgan(name)) {
				return List.of();
			}
			organs.addAll(Organs.splitJoined(name));
		}
		Matcher place = PLACE.matcher(organs.isEmpty() ? "" : organs.get(0));
		if (organs.size() > 1 && !organs.get(0).startsWith("中") && place.find()) {
			// 某省人口计生委、财政厅关于…: the departments listed after the first, named without
			// a place, are of the first one's place.
			for (int i = 1; i < organs.size(); i++) {
				if (BARE_DEPARTMENT.matcher(organs.get(i)).matches()) {
					organs.set(i, place.group() + organs.get(i));
				}
			}
		}
		return organs;
	}

	/**
	 * A department named without any place: 财政厅, 人口计生委 (not 县财政局, whose tier the
	 * completion from the title or the text fills in, nor 人民银行… or a 中心).
	 */
	private static final Pattern BARE_DEPARTMENT = Pattern
		.compile("^(?!人民|中国|国家|中共)[\\p{IsHan}&&[^省市县区州旗盟镇乡]]{1,8}(?:厅|局|委员会|委)$");

	/**
	 * A note that a people's congress adopted the text at a session, on one of the text's
	 * first lines: (2016年2月29日县十六届人大六次会议第三次会议通过).
	 */
	private static final Pattern SESSION_NOTE = Pattern
		.compile("^[（(][^（）()]{0,40}(?:人大|人民代表大会)[^（）()]{0,30}会议[^（）()]{0,20}通过[^（）()]{0,30}[）)]$");

	/** How many lines of a page's own may stand above the note of adoption. */
	private static final int SESSION_NOTE_LINES = 8;

	/** A congress the text names by its session: 经某县第十六届人民代表大会第六次会议审议. */
	private static final Pattern CONGRESS_SESSION = Pattern
		.compile("(?:(?<![\\p{IsHan}])|(?<=[经由在于据]))([\\p{IsHan}&&[^经由在于据的本全我该各]]{2,10}?(?:自治区|自治州|省|市|州|县|区|旗))"
				+ "第[一二三四五六七八九十]{1,3}届人民代表大会(常务委员会)?第[一二三四五六七八九十]{1,3}次会议");

	/**
	 * A congress's resolution or decision printed without title or signature, under the
	 * note of its adoption at a session (县十六届人大六次会议): the congress the text names with
	 * its place (经某县第十六届人民代表大会第六次会议审议 → 某县人民代表大会), or null.
	 */
	private static @Nullable Found fromCongressSession(DocumentText text) {
		List<DocumentText.Line> lines = text.nonBlankLines();
		boolean noted = false;
		for (int i = 0; i < Math.min(lines.size(), SESSION_NOTE_LINES) && !noted; i++) {
			// The note stands first, under whatever lines of the site the page kept.
			noted = SESSION_NOTE.matcher(lines.get(i).compact()).matches();
		}
		if (!noted) {
			return null;
		}
		String head = text.text().substring(0, Math.min(text.text().length(), 600));
		Matcher m = CONGRESS_SESSION.matcher(head);
		if (!m.find()) {
			return null;
		}
		String organ = m.group(1) + "人民代表大会" + ((m.group(2) != null) ? "常务委员会" : "");
		return new Found(List.of(organ), FieldProvenance.derived(0.6, "页面无标题和落款，题注记会议通过，机关取自正文所称“" + m.group() + "”"));
	}

	/**
	 * The organ of the first event that made the text: its adoption, or the order that
	 * promulgated it.
	 */
	static List<String> fromHistory(List<HistoryEvent> history) {
		for (HistoryEvent.Type wanted : new HistoryEvent.Type[] { HistoryEvent.Type.ADOPTED,
				HistoryEvent.Type.PROMULGATED, HistoryEvent.Type.REVISED }) {
			for (HistoryEvent event : history) {
				if (event.type() != wanted || event.organ() == null) {
					continue;
				}
				List<String> organs = new ArrayList<>();
				for (String name : Organs.splitNames(event.organ())) {
					String organ = Organs.withoutSession(name);
					Matcher court = COURT_COMMITTEE.matcher(organ);
					if (court.matches()) {
						organ = court.group(1);
					}
					if (Organs.isOrgan(organ) && !organs.contains(organ)) {
						organs.add(organ);
					}
				}
				if (!organs.isEmpty()) {
					return organs;
				}
			}
		}
		return List.of();
	}

}
