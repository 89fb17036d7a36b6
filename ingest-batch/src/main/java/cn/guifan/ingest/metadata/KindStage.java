package cn.guifan.ingest.metadata;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.guifan.schemas.docnumber.DocNumber;
import cn.guifan.schemas.document.DocumentKind;
import cn.guifan.schemas.document.DocumentMetadata;
import cn.guifan.schemas.document.FieldProvenance;
import cn.guifan.schemas.document.HistoryEvent;
import cn.guifan.schemas.document.MetadataField;
import org.jspecify.annotations.Nullable;

/**
 * 效力级别, with the reason in words a registrar can check against the text. Signals, from
 * the strongest:
 * <ol>
 * <li>the Constitution and its amendments (filed as laws);</li>
 * <li>who made it, as the history block says: 全国人民代表大会 (law), 最高人民法院/最高人民检察院 (judicial
 * interpretation), 国务院 (administrative regulation), a provincial or city 人民代表大会 (local
 * regulation), an order of a ministry or government (rule);</li>
 * <li>the number: 国务院令 (administrative regulation), another order (rule), 法释 (judicial
 * interpretation);</li>
 * <li>the title: 中华人民共和国……法 (law), 最高人民法院关于……的解释/规定/批复 (judicial interpretation), a
 * place's ……条例 (local regulation; rules may not be called 条例), ……条例 without a place
 * (administrative regulation), an order's banner (rule);</li>
 * <li>an order whose banner the page lost: signed by the head of a government under 现予公布
 * (rule);</li>
 * <li>anything else is decided by its substance ({@link KindBySubstance}): a normative
 * document or another document, "other" being a first-class outcome with its reason.</li>
 * </ol>
 * The kind is always an inference: its provenance carries a confidence. Runs last.
 */
final class KindStage implements ExtractionStage {

	/** A coordination body, whose 令 is no order of an organ with rule-making power. */
	private static final Pattern COMMAND_POST = Pattern.compile("(?:指挥部|领导小组)$");

	private static final Pattern TITLE_PLACE = Pattern
		.compile("^(?![省市县区])[\\p{IsHan}&&[^委局厅府办室部院会]]{1,8}?(?:省|自治区|市|自治州|县)");

	private static final Pattern PROMULGATES = Pattern.compile("(?:现予|予以)(?:公布|发布)");

	private static final Pattern HEAD_OF_GOVERNMENT = Pattern
		.compile("^(?:省长|市长|州长|自治区主席|主席|区长|县长|盟长)(?:[:：]?[\\p{IsHan}×]{2,4}|[:：])$");

	private static final Pattern CONSTITUTION = Pattern.compile("^(?:中华人民共和国)?宪法(?:修正案)?(?:[（(].*[）)])?$");

	/**
	 * A county's, a district's or a banner's congress, which makes no local regulation.
	 */
	private static final Pattern COUNTY_CONGRESS = Pattern.compile("(?:县|区|旗)(?:第[一二三四五六七八九十]+届)?人民代表大会");

	private static final Pattern LOCAL_CONGRESS = Pattern.compile("(?:省|市|自治区|自治州|州|县|区|盟)(?:第[一二三四五六七八九十]+届)?人民代表大会");

	private static final Pattern PLACE = Pattern.compile("^([\\p{IsHan}]{2,8}?)(省|自治区|自治州|市|县|盟)");

	/** Provinces and municipalities, which titles often name without 省 or 市 (上海港口条例). */
	private static final Pattern PROVINCE = Pattern.compile("^(?:中国[（(])?(北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西"
			+ "|山东|河南|湖北|湖南|广东|海南|四川|贵州|云南|陕西|甘肃|青海|台湾|内蒙古|广西|西藏|宁夏|新疆|香港|澳门)");

	/** How a ministry (部务会议) or a local government (常务会议) adopts a rule. */
	private static final Pattern MINISTRY_MEETING = Pattern.compile("(?:部务|委务|局务|室务|署务|行务|办务|总局局务|委员会)会议|人民政府常务会议");

	/** A local congress at the head of a title: 上海市人民代表大会常务委员会议事规则. */
	private static final Pattern LOCAL_CONGRESS_TITLE = Pattern.compile("^[^《关]{2,16}?人民代表大会(?:常务委员会)?");

	private static final Pattern NATIONAL_IMPLEMENTATION = Pattern.compile("法实施(?:细则|条例|办法)(?:[（(].*[）)])?$");

	private static final Pattern COURT_TITLE = Pattern
		.compile("^最高人民(?:法院|检察院).*(?:解释|规定|批复|决定|规则|解答|答复|意见|办法|通知|纪要|安排)(?:[（(].*[）)])?$");

	private static final Pattern COURT_WORDS = Pattern
		.compile("(?:适用法律|应用法律|审理|刑事案件|人民法院|人民检察院).*(?:解释|规定|批复)(?:[（(].*[）)])?$");

	private static final Pattern LAW_TITLE = Pattern.compile("(?<!办|方|做|算|说|手|想)法(?:修正案)?(?:[（(].*[）)])?$");

	private static final Pattern REGULATION_TITLE = Pattern.compile("条例(?:[（(].*[）)])?$");

	private static final Pattern STATE_COUNCIL_TITLE = Pattern
		.compile("^国务院(?:、[^关]{2,12})?关于.*(?:规定|办法|决定|命令)(?:[（(].*[）)])?$");

	/**
	 * Longer than any title (the corpus' longest has 222 characters): a text whose first
	 * line is all of it. Its words say nothing of its kind, and the title patterns, which
	 * look for a word and then the end, would take time growing with its square. Such a
	 * text is judged by its substance alone, as an untitled one.
	 */
	static final int MAX_TITLE = 400;

	/**
	 * A people's congress approving a report, a plan or a budget: 关于…工作报告的决议. It makes no
	 * regulation, whatever congress adopts it.
	 */
	private static final Pattern APPROVAL_RESOLUTION = Pattern
		.compile("关于.{0,80}(?:报告|计划|预算|决算|纲要)》?的决议(?:[（(].*[）)])?$");

	@Override
	public void apply(DocumentText text, DocumentMetadata.Builder metadata) {
		String title = metadata.title();
		boolean titled = title.length() <= MAX_TITLE;
		if (titled && CONSTITUTION.matcher(title).matches()) {
			metadata.kind(DocumentKind.LAW, "宪法及宪法修正案，按法律归档");
		}
		else if (titled && APPROVAL_RESOLUTION.matcher(title).find()) {
			String reason = "其他文件：人民代表大会批准报告、计划或预算的决议，不是法规，不设定公众的权利义务";
			metadata.kind(DocumentKind.OTHER, reason);
			metadata.provenance(MetadataField.KIND, FieldProvenance.derived(0.85, reason));
			return;
		}
		else if (fromHistory(metadata) || fromNumber(metadata)
				|| (titled && (fromTitle(text, metadata) || fromOrderShape(text, metadata)))) {
			// decided by its maker, its number or its title
		}
		else {
			KindBySubstance.Verdict verdict = KindBySubstance.judge(text, metadata);
			metadata.kind(verdict.kind(), verdict.reason());
			metadata.provenance(MetadataField.KIND, FieldProvenance.derived(verdict.confidence(), verdict.reason()));
			return;
		}
		metadata.provenance(MetadataField.KIND, FieldProvenance.derived(0.95, metadata.kindReason()));
	}

	/**
	 * A government's order is a rule when the government may make rules: a province, and
	 * before the 2015 amendment of the 立法法 only the cities it named 较大的市 (provincial
	 * capitals, the special economic zones, 18 cities the State Council approved); since,
	 * every city. An order of another government is a normative document.
	 */
	private static void governmentOrder(DocumentMetadata.Builder metadata, String agency, String number) {
		Integer year = (metadata.signedDate() != null) ? Integer.valueOf(metadata.signedDate().getYear())
				: (metadata.docNumber() != null) ? metadata.docNumber().year() : null;
		Matcher city = CITY.matcher(agency);
		boolean county = COUNTY.matcher(agency).find();
		if (county || (city.find() && year != null && year < 2015 && !LARGER_CITIES.contains(city.group(1)))) {
			metadata.kind(DocumentKind.NORMATIVE_DOCUMENT, "以政府令（" + number + "）发布，但发布机关当时没有规章制定权（立法法），按行政规范性文件归档");
			return;
		}
		metadata.kind(DocumentKind.RULE, "以政府令（" + number + "）公布的规章");
	}

	/** A city's government; the four municipalities are provinces. */
	private static final Pattern CITY = Pattern
		.compile("^(?:[\\p{IsHan}]{2,4}(?:省|自治区))?(?!北京|天津|上海|重庆)([\\p{IsHan}]{2,4})市(?:人民)?政府");

	private static final Pattern COUNTY = Pattern.compile("(?:县|旗)(?:人民)?政府|[\\p{IsHan}]市[\\p{IsHan}]{1,4}区(?:人民)?政府");

	/**
	 * The 较大的市 of the 立法法 (2000): provincial capitals, special economic zones, 18
	 * approved.
	 */
	private static final java.util.Set<String> LARGER_CITIES = java.util.Set.of("石家庄", "太原", "呼和浩特", "沈阳", "长春", "哈尔滨",
			"南京", "杭州", "合肥", "福州", "南昌", "济南", "郑州", "武汉", "长沙", "广州", "南宁", "海口", "成都", "贵阳", "昆明", "拉萨", "西安", "兰州",
			"西宁", "银川", "乌鲁木齐", "深圳", "珠海", "汕头", "厦门", "唐山", "大同", "包头", "大连", "鞍山", "抚顺", "吉林", "齐齐哈尔", "无锡", "淮南",
			"青岛", "洛阳", "宁波", "淄博", "邯郸", "本溪", "徐州", "苏州");

	/**
	 * An order whose banner and number the page lost: signed by the head of a government
	 * (市长 ×××) under a sentence that promulgates the text (现予公布).
	 */
	private static boolean fromOrderShape(DocumentText text, DocumentMetadata.Builder metadata) {
		List<DocumentText.Line> lines = text.nonBlankLines();
		boolean promulgates = false;
		for (int i = 0; i < Math.min(lines.size(), 30); i++) {
			String s = lines.get(i).stripped();
			if (PROMULGATES.matcher(s).find()) {
				promulgates = true;
			}
			else if (promulgates && HEAD_OF_GOVERNMENT.matcher(lines.get(i).compact()).matches()) {
				Matcher place = TITLE_PLACE.matcher(metadata.title());
				String government = place.find() ? place.group() + "人民政府" : "";
				governmentOrder(metadata, government, "“现予公布”，由" + lines.get(i).compact() + "签署");
				return true;
			}
		}
		return false;
	}

	/**
	 * The maker as the history block names it. All events are weighed before deciding: a
	 * rule first issued by a ministry's order and later revised by the State Council
	 * (《国务院关于修改部分行政法规的决定》) is an administrative regulation.
	 */
	private static boolean fromHistory(DocumentMetadata.Builder metadata) {
		String npc = null;
		String court = null;
		String stateCouncil = null;
		String localCongress = null;
		String rule = null;
		for (HistoryEvent e : metadata.history()) {
			if (e.type() == HistoryEvent.Type.EFFECTIVE) {
				continue;
			}
			String organ = (e.organ() != null) ? e.organ() : "";
			String decision = (e.decision() != null) ? e.decision() : "";
			if (organ.contains("全国人民代表大会")) {
				npc = (npc != null) ? npc : (organ.contains("常务委员会") ? "全国人民代表大会常务委员会" : "全国人民代表大会");
			}
			else if (organ.contains("最高人民法院") || organ.contains("最高人民检察院")) {
				court = (court != null) ? court : (organ.contains("最高人民法院") ? "最高人民法院" : "最高人民检察院");
			}
			else if (organ.contains("国务院") || e.text().contains("国务院批准") || decision.startsWith("国务院")) {
				stateCouncil = (stateCouncil != null) ? stateCouncil : (e.text().contains("国务院令") ? "以国务院令公布的行政法规"
						: decision.startsWith("国务院") ? "由国务院决定修改的行政法规（" + decision + "）" : "国务院通过或批准的行政法规");
			}
			else if (COUNTY_CONGRESS.matcher(organ).find() && !organ.contains("自治县")) {
				// A county's or a district's congress makes no local regulation (立法法:
				// provinces and cities with districts do); what it adopts is judged by
				// its substance.
				continue;
			}
			else if (LOCAL_CONGRESS.matcher(organ).find() && !organ.contains("全国")) {
				localCongress = (localCongress != null) ? localCongress : Organs.withoutSession(organ) + "通过或批准的地方性法规";
			}
			else if (e.text().contains("令第")) {
				String who = organ.endsWith("人民政府") ? "以地方政府令公布的规章" : "以部门令公布的部门规章";
				rule = (rule != null) ? rule : who + "（" + Organs.withoutSession(organ) + "）";
			}
			else if (MINISTRY_MEETING.matcher(organ).find()) {
				rule = (rule != null) ? rule : "经" + Organs.withoutSession(organ) + "会议审议通过的规章";
			}
		}
		if (npc != null && place(metadata.title()) == null) {
			metadata.kind(DocumentKind.LAW, npc + "通过的法律");
		}
		else if (court != null) {
			metadata.kind(DocumentKind.JUDICIAL_INTERPRETATION, court + "通过的司法解释");
		}
		else if (stateCouncil != null) {
			metadata.kind(DocumentKind.ADMINISTRATIVE_REGULATION, stateCouncil);
		}
		else if (localCongress != null) {
			metadata.kind(DocumentKind.LOCAL_REGULATION, localCongress);
		}
		else if (rule != null) {
			metadata.kind(DocumentKind.RULE, rule);
		}
		else {
			return false;
		}
		return true;
	}

	private static boolean fromNumber(DocumentMetadata.Builder metadata) {
		DocNumber number = metadata.docNumber();
		if (number == null) {
			return false;
		}
		if (number.form() == DocNumber.Form.ORDER && COMMAND_POST.matcher(number.agency()).find()) {
			// A command post's 令 (某县…指挥部令第2号) is a coordination body's measure: no
			// rule; the kind by substance says what it is.
			return false;
		}
		if (number.form() == DocNumber.Form.ORDER) {
			String agency = number.agency();
			if (agency.contains("国务院")) {
				metadata.kind(DocumentKind.ADMINISTRATIVE_REGULATION, "以国务院令（" + number.normalized() + "）公布的行政法规");
			}
			else if (agency.contains("主席")) {
				metadata.kind(DocumentKind.LAW, "以主席令（" + number.normalized() + "）公布的法律");
			}
			else if (agency.endsWith("人民政府") || agency.endsWith("政府")) {
				governmentOrder(metadata, agency, number.normalized());
			}
			else {
				metadata.kind(DocumentKind.RULE, "以部门令（" + number.normalized() + "）公布的部门规章");
			}
			return true;
		}
		if (number.form() == DocNumber.Form.BRACKETED && number.agency().endsWith("令")) {
			// 惠府令〔2020〕96号, 兰州市人民政府令〔2016〕8号: an order numbered by year.
			governmentOrder(metadata, number.agency(), number.normalized());
			return true;
		}
		if (number.form() == DocNumber.Form.ANNOUNCEMENT && number.agency().contains("人民代表大会")) {
			metadata.kind(DocumentKind.LOCAL_REGULATION, "以人民代表大会常务委员会公告（" + number.normalized() + "）公布的地方性法规");
			return true;
		}
		if (number.agency().startsWith("法释") || number.agency().equals("高检发释字")) {
			metadata.kind(DocumentKind.JUDICIAL_INTERPRETATION, "发文字号为司法解释编号（" + number.normalized() + "）");
			return true;
		}
		return false;
	}

	private static boolean fromTitle(DocumentText text, DocumentMetadata.Builder metadata) {
		String title = metadata.title();
		if (COURT_TITLE.matcher(title).matches()) {
			metadata.kind(DocumentKind.JUDICIAL_INTERPRETATION, "标题为“" + title.substring(0, 6) + "……”的司法解释");
			return true;
		}
		if (title.startsWith("中华人民共和国") && LAW_TITLE.matcher(title).find()) {
			metadata.kind(DocumentKind.LAW, "标题为“中华人民共和国……法”的法律");
			return true;
		}
		Matcher congress = LOCAL_CONGRESS_TITLE.matcher(title);
		if (congress.find() && place(title) != null) {
			metadata.kind(DocumentKind.LOCAL_REGULATION, "标题表明由" + congress.group() + "制定的地方性法规");
			return true;
		}
		if (REGULATION_TITLE.matcher(title).find()) {
			String place = place(title);
			if (place != null) {
				metadata.kind(DocumentKind.LOCAL_REGULATION, "标题为“" + place + "……条例”的地方性法规（规章不得称条例）");
			}
			else {
				metadata.kind(DocumentKind.ADMINISTRATIVE_REGULATION, "标题为“……条例”且未冠地方名称的行政法规");
			}
			return true;
		}
		if (place(title) == null && NATIONAL_IMPLEMENTATION.matcher(title).find()) {
			metadata.kind(DocumentKind.ADMINISTRATIVE_REGULATION, "标题为“……法实施细则/条例”且未冠地方名称：国务院为实施法律制定的行政法规");
			return true;
		}
		if (STATE_COUNCIL_TITLE.matcher(title).matches()) {
			metadata.kind(DocumentKind.ADMINISTRATIVE_REGULATION, "标题为“国务院关于……的规定/办法/决定”的行政法规");
			return true;
		}
		if (text.memo(HeadLayout.OF).orderBanner()) {
			metadata.kind(DocumentKind.RULE, "以政府令公布的规章（发文机关标志为“……令”）");
			return true;
		}
		if (COURT_WORDS.matcher(title).find() && !title.contains("关于印发")) {
			metadata.kind(DocumentKind.JUDICIAL_INTERPRETATION, "标题为审判、检察工作中适用法律的解释或规定");
			return true;
		}
		if (LAW_TITLE.matcher(title).find() && metadata.issuers().isEmpty() && !title.contains("关于")) {
			metadata.kind(DocumentKind.LAW, "标题为“……法”的法律");
			return true;
		}
		return false;
	}

	/** The place a title starts with (上海市, 东川省), or null. */
	private static @Nullable String place(String title) {
		if (title.startsWith("中华人民共和国") || title.startsWith("中国共产党") || title.startsWith("国家")
				|| title.startsWith("全国")) {
			return null;
		}
		Matcher province = PROVINCE.matcher(title);
		if (province.find()) {
			return province.group(1);
		}
		Matcher m = PLACE.matcher(title);
		if (!m.find()) {
			return null;
		}
		String name = m.group(1);
		char last = name.charAt(name.length() - 1);
		if (m.group(2).equals("市") && "城都超门上股菜夜".indexOf(last) >= 0 && name.length() <= 2) {
			return null;
		}
		return m.group();
	}

}
