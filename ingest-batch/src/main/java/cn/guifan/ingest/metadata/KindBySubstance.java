package cn.guifan.ingest.metadata;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.guifan.schemas.docnumber.DocNumber;
import cn.guifan.schemas.document.DocumentKind;
import cn.guifan.schemas.document.DocumentMetadata;
import cn.guifan.schemas.document.FieldSource;
import cn.guifan.schemas.document.ListRow;
import cn.guifan.schemas.document.MetadataField;
import cn.guifan.schemas.document.Validity;
import org.jspecify.annotations.Nullable;
import cn.guifan.schemas.document.FieldProvenance;

/**
 * Whether a document that is no law, regulation or rule is a 行政规范性文件 or another document,
 * by its substance: a normative document binds the public generally, applies repeatedly
 * and follows the legal procedure; a 批复, a 表彰, a work plan, a task breakdown, a meeting
 * notice, a 征求意见 announcement, an internal work rule or a company's management rules
 * forwarded for one project do not, whatever their form. The signals, in order:
 * <ol>
 * <li>what makes a document another document whatever else it shows (征求意见, 表彰, 批复, 会议,
 * 应急预案, 工作规则, 学习贯彻, a body set up, a 下达, a measure for a period, a party organ as lead
 * issuer, a company as its object, internal assessment and accountability);</li>
 * <li>what makes it normative: a cleanup of normative documents, a 规 number or a 统一登记号,
 * the 规范性文件 mark of its banner, standards it sets or adjusts, fees it waives, a 通告 that
 * prohibits or restricts;</li>
 * <li>the words of a work document (方案, 要点, 计划, 报告, 通报, 分解, 指导意见, 函 …), and a document
 * for one year;</li>
 * <li>what it issues or is: 办法, 规定, 细则, 规则, 若干意见, 措施 …;</li>
 * <li>an effect clause or a validity of its own;</li>
 * <li>else another document.</li>
 * </ol>
 * The reason is written in words a registrar can check, and the confidence says how sure
 * each kind of signal is.
 */
final class KindBySubstance {

	/** A decision with its reason and how sure it is. */
	record Verdict(DocumentKind kind, String reason, double confidence) {
	}

	private static final List<Rule> OTHER_FIRST = List.of(rule("征求意见", "征求意见稿或征求意见的公告、通知，本身不设定权利义务"),
			rule("草案|(?:广泛|公开)听取.{0,12}意见", "公布草案听取意见：草案尚未通过，本身不设定权利义务"), rule("解读", "政策解读说明其他文件，本身不设定权利义务"),
			rule("表彰|嘉奖|通报表扬|授予.{0,20}称号|命名.{0,20}(?:单位|先进)|奖励.{0,10}(?:单位|个人|先进)", "表彰、奖励特定单位或个人，一次性作出"),
			rule("批复$|复函$", "批复、复函只答复来文，不普遍适用"), rule("召开.{0,40}(?:会议|大会|座谈会|推进会|培训班)|(?:会议|大会)的通知$", "会议通知只安排一次会议"),
			rule("预案", "应急预案是政府自身的应急工作安排，不设定公众的权利义务"), rule("工作规则|议事规则|工作制度|工作细则|议事决策", "规范机关自身组成和运行的内部工作制度"),
			rule("学习贯彻|学习宣传|认真贯彻", "部署学习贯彻的工作文件，本身不设定权利义务"),
			rule("成立.{0,30}(?:领导小组|委员会|指挥部|工作组)|调整.{0,30}(?:组成人员|领导小组)", "设立议事协调机构或调整其组成，属内部工作安排"),
			rule("下达", "下达资金或任务指标的一次性工作文件"), rule("期间", "限于特定期间的临时措施，不反复适用", "每年"),
			rule("有限公司|有限责任公司|集团", "管理对象为特定企业，不普遍约束公众"),
			rule("考核|考评|责任追究|问责|督查|目标管理", "规范机关及其工作人员的考核、追责等内部管理，不设定公众的权利义务"),
			rule("公布.{0,40}清单", "公布依其他文件设定的事项清单，本身不设定新的权利义务"));

	private static final List<Rule> NORMATIVE = List.of(
			rule("(?:调整|提高|执行|继续执行|统一|确定|核定|公布).{0,40}标准|标准.{0,20}(?:提高|调整)|收费标准|收费项目", "设定或调整对不特定对象普遍适用的标准"),
			rule("(?:奖励扶助|补助|补贴|救助)(?:制度|办法|实施办法|政策)", "对符合条件的不特定对象给予补助、救助的政策，反复适用"),
			rule("(?:免除|减免|免收|免征|减征|减半征收).{0,30}费", "减免收费，对符合条件的不特定对象普遍、反复适用"),
			rule("(?:征收|收取).{0,20}(?:费|基金)", "设定对不特定对象征收的费用，普遍、反复适用"));

	/**
	 * A notice's measure for this year only or until a day of this year: 今年的白露节,
	 * 即日起至10月10日.
	 */
	private static final Pattern ONE_OFF = Pattern
		.compile("今年的?[\\p{IsHan}]{0,4}(?:节|[0-9一二三四五六七八九十]{1,2}月)|即日起至(?:(?:19|20)[0-9]{2}年)?[0-9]{1,2}月[0-9]{1,2}日");

	/**
	 * A measure that holds until the issuer lifts it: 暂时关闭…，具体恢复日期另行通知 (a temporary
	 * closure, not a rule that applies again and again).
	 */
	/**
	 * A measure that lasts a stated while: 休市一个月, 为期15天 (not a rule that applies again
	 * and again).
	 */
	private static final Pattern FOR_A_WHILE = Pattern
		.compile("(?:为期|休市|闭市)(?:[0-9]{1,3}|[一二三四五六七八九十两半]{1,3})(?:个)?(?:天|日|周|个月|月)(?![0-9])");

	private static final Pattern UNTIL_FURTHER_NOTICE = Pattern
		.compile("(?:恢复|开放|复市|解除|重启)(?:的)?(?:时间|日期)?另行(?:通知|公告|通告)");

	/**
	 * A ban over a period that runs across years: 禁猎期为2019年5月1日至2024年1月31日 (also with the
	 * 年月日 a page lost: 201951日至2024131日).
	 */
	private static final Pattern MULTI_YEAR_BAN = Pattern
		.compile("禁[猎渔捕牧伐采]期为[^。]{0,6}?((?:19|20)\\d{2})[^。]{0,20}?至[^。]{0,4}?((?:19|20)\\d{2})");

	/**
	 * A provision of a 通告 that prohibits: a line that starts (after its number) with 禁止
	 * or 严禁.
	 */
	private static final Pattern PROHIBITING_PROVISION = Pattern.compile(
			"(?m)^[\\s\\u3000]*(?:[一二三四五六七八九十]{1,3}、|[0-9]{1,2}[、.．]|[（(][一二三四五六七八九十0-9]{1,2}[)）])?[\\s\\u3000]*(?:禁止|严禁)");

	/** The purpose clause of internal assessment rules: 为加强对引进项目、引进资金的考核认定工作. */
	private static final Pattern ASSESSMENT_PURPOSE = Pattern
		.compile("(?<=^|[。\\s\\u3000])为(?:了)?(?:加强|做好|规范)?[^。，,\\n]{0,20}(?:考核|考评)[^。，,\\n]{0,6}");

	/** The implementation rules of a programme: 建设工程实施细则, 专项行动实施细则. */
	private static final Pattern PROGRAMME_RULES = Pattern.compile("(?:工程|行动|活动)实施细则(?:[（(].*[）)])?$");

	/**
	 * A prohibition set for every year: 每年的4月1日至8月31日为禁猎期, 禁牧时间为每年4月15日至11月15日,
	 * 禁渔期由原来的每年2月1日…调整为每年的3月1日….
	 */
	private static final Pattern EVERY_YEAR_BAN = Pattern
		.compile("每年的?[^。]{0,20}为禁[猎渔捕牧伐采]期|每年的?[^。]{0,30}禁止|(?:禁[猎渔捕牧伐采]|休牧)(?:期|时间)为每年|禁[猎渔捕牧伐采]期由[^。]{0,40}调整为每年");

	private static final Pattern NOTICE_BINDS = Pattern
		.compile("划定|禁止|禁燃|禁养|禁放|禁鞭|禁渔|禁猎|禁捕|禁牧|禁采|禁伐|限制|限行|禁行|整治|管控|通行规定");

	/**
	 * A 通告 that launches one campaign (开展违法建设专项清理整治): it orders what the campaign needs
	 * by a deadline and sets no rule that applies again.
	 */
	private static final Pattern CAMPAIGN = Pattern.compile("开展[^。]{0,20}专项|专项(?:行动|整治|治理)的通告");

	/**
	 * A page without the title whose lead names the 通告 it reproduces:
	 * 某市人民政府发布《关于禁止燃放…的通告》，具体内容如下.
	 */
	private static final Pattern REPRODUCED_NOTICE = Pattern.compile("《[^《》]{2,60}通告》[，,：:]?(?:具体内容|全文|原文|内容)如下");

	/**
	 * What a 公告's title says when it binds everyone: it draws zones or bans, the resource
	 * bans a 通告 names too (禁渔, 禁猎, 禁捕, 禁牧, 禁采, 禁伐: 某市草原禁牧公告). (A 公告 more often announces:
	 * a 管控 extended for days is a one-off.)
	 */
	private static final Pattern ANNOUNCEMENT_BINDS = Pattern.compile("划定|禁止|禁燃|禁养|禁放|禁鞭|禁采|禁猎|禁捕|禁渔|禁牧|禁伐");

	private static final Pattern WORK_WORDS = Pattern
		.compile("(解读|工作要点|要点|工作计划|计划|工作总结|总结|报告|纪要|通报|请示|讲话|简报|函|方案|安排|分解表|分解|分工|指导意见|名单|公示)(?:[（(].*[）)])?$");

	private static final Pattern ONE_YEAR = Pattern.compile("^(?:19|20)\\d{2}年(?![—–\\-－至])|(?:19|20)\\d{2}年度");

	/** What a notice issues that sets rules: 办法, 规定, 细则 …; not 制度, 清单, 目录. */
	private static final Pattern NORMATIVE_INSTRUMENT = Pattern
		.compile("(?:办法|规定|细则|规则|意见|措施|标准|规范|规程|准则|决定|若干规定|指引)(?:[（(].*[）)])*$");

	/** What a document is by its own title, without a notice issuing it. */
	private static final Pattern NORMATIVE_TITLE = Pattern
		.compile("(?:办法|规定|细则|规则|若干意见|若干措施|政策措施|若干规定|实施意见的?若干规定)(?:[（(].*[）)])*$");

	/**
	 * A notice that draws its own scope as rules do: a section 一、适用范围 (or （一）适用范围, also
	 * when a page runs the heading into its paragraph), or 本通知适用于….
	 */
	private static final Pattern SCOPE_SECTION = Pattern
		.compile("(?:^|[\\s\\u3000。；;：:])(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）])[\\s\\u3000]*适用范围|本通知适用于");

	/** A validity that is a list's, not the document's: 本年度…名单有效期从即日起至…. */
	private static final Pattern LIST_BEFORE = Pattern.compile("(?:名单|名录)$");

	private static final Pattern PARTY = Pattern.compile("^(?:中共|中国共产党)|党委|党组|(?:省|市|县|区|州)委(?:办公室|办公厅)?$");

	private static final Pattern ISSUED_IN_BODY = Pattern
		.compile("《([^《》]{4,80})》([^。《》]{0,30}?)(?:印发|发布|公布)(?:给|你们|如下|。|，|,)");

	/**
	 * What stands between a named document and 印发 when the name is only what the issued
	 * document carries out: 《扎实稳住经济的一揽子政策措施》实施方案 is a 方案.
	 */
	private static final Pattern KIND_AFTER_NAME = Pattern
		.compile("^(?![等的])([\\p{IsHan}]{0,12}?(?:实施方案|工作方案|方案|计划|要点|办法|细则|意见|措施))$");

	/** Documents a notice issues together: 《…办法》《…办法（试行）》《…方案》, or with 、 和 及 between. */
	private static final Pattern LISTED = Pattern.compile("《([^《》]{4,80})》[、和及与，,]?$");

	/**
	 * A cleanup of documents in a title (规范性文件清理结果 …), not a campaign that clears illegal
	 * buildings (违法建设专项清理整治); a decision named by what it does to documents (关于废止部分文件的决定)
	 * is one too ({@link ListRow#disposingDecision}).
	 */
	private static final Pattern CLEANUP_TITLE = Pattern.compile("(?:文件|规章|政策措施)[^。]{0,12}清理|清理[^。]{0,12}(?:文件|规章|结果)");

	/**
	 * A government's decision that cancels, adjusts or devolves licensing items
	 * (关于取消调整和下放一批行政审批项目的决定): like a cleanup, it changes which permits the public needs
	 * and from whom.
	 */
	private static final Pattern LICENSING_CHANGE = Pattern
		.compile("(?:取消|调整|下放)[^。]{0,30}行政(?:审批|许可)(?:项目|事项)?[^。，,]{0,10}的决定");

	/**
	 * A notice that keeps rules in force past their term: 关于延长《…暂行规定》有效期的通知,
	 * 关于《…办法》继续有效的通知. Like a cleanup's list of documents declared still valid, it changes
	 * how long rules that bind the public apply.
	 */
	private static final Pattern VALIDITY_EXTENDED = Pattern
		.compile("(?:延长|延续)《[^《》]{2,60}(?:办法|规定|细则|规则|规范|标准|制度|意见|措施)(?:[（(](?:试行|暂行)[）)])?》(?:的)?(?:有效期|施行期)"
				+ "|《[^《》]{2,60}(?:办法|规定|细则|规则|规范|标准|制度|意见|措施)(?:[（(](?:试行|暂行)[）)])?》(?:继续有效|继续施行|有效期延长)");

	/**
	 * What a notice issues besides the documents it names: 印发…办法等文件的通知 issues the 办法 and
	 * others like it.
	 */
	private static final Pattern AND_OTHERS = Pattern.compile("等(?:[一二三四五六七八九十0-9]{1,3}[个项件份])?(?:文件|规定|制度)$");

	/** A document of a higher government or the State Council: 陕西省人民政府办公厅关于印发…. */
	private static final Pattern HIGHER_ORGAN = Pattern
		.compile("^(?:国务院|国家|中共中央|[\\p{IsHan}]{2,8}?(?:省|自治区))[^市县区旗]{0,20}?关于");

	/** A government below the province: a city's, a county's, a district's. */
	private static final Pattern LOCAL_ISSUER = Pattern.compile("(?:市|县|区|旗|州|盟)");

	/**
	 * Coordination bodies, which make no normative documents of their own; a 联席会议 is also
	 * named 联席会 (某市高技能人才工作联席会办公室).
	 */
	private static final Pattern COORDINATION = Pattern.compile("(?:指挥部|领导小组|联席会议?)(?:办公室)?$");

	/**
	 * The office of the river (and lake) chief system, a coordination mechanism's office:
	 * alone it makes no normative document (with the water authority it issues jointly).
	 */
	private static final Pattern RIVER_CHIEF_OFFICE = Pattern.compile("河(?:湖)?长制?办公室$|河(?:湖)?长办$");

	private static final Pattern INTERNAL = Pattern.compile("股室|科室|处室|机关各|各股|各科|各室|各站所|局属|本局|局内");

	/** True when a document is addressed to its issuer's own units (各股室, 局属各单位). */
	private static boolean internal(List<String> addressees) {
		for (String a : addressees) {
			if (INTERNAL.matcher(a).find()) {
				return true;
			}
		}
		return false;
	}

	private KindBySubstance() {
	}

	/**
	 * A signal, its reason, and what overrules it where the text says it (a period that
	 * recurs 每年 is no one-off measure).
	 */
	private record Rule(Pattern pattern, String reason, @Nullable Pattern unless) {
	}

	private static Rule rule(String regex, String reason) {
		return new Rule(Pattern.compile(regex), reason, null);
	}

	private static Rule rule(String regex, String reason, String unless) {
		return new Rule(Pattern.compile(regex), reason, Pattern.compile(unless));
	}

	static Verdict judge(DocumentText text, DocumentMetadata.Builder metadata) {
		FieldProvenance titleSource = metadata.provenanceOf(MetadataField.TITLE);
		boolean titled = titleSource == null || titleSource.source() != FieldSource.FILE_NAME;
		// A "title" longer than any title is a text run together on one line: its head
		// stands for it, as for an untitled page (and no title pattern runs on all of
		// it).
		String title = (titled && metadata.title().length() <= KindStage.MAX_TITLE) ? metadata.title() : "";
		String head = text.text().substring(0, Math.min(text.text().length(), 1200));
		String instrument = (title.isEmpty()) ? issuedInBody(head) : TitleText.instrument(title);
		String own = (instrument != null) ? instrument : title;
		// A page without a title: what its first lines say stands for it.
		String subject = title.isEmpty() ? own + " " + head.substring(0, Math.min(head.length(), 300))
				: title + " " + own;
		for (Rule r : OTHER_FIRST) {
			Matcher m = r.pattern.matcher(subject);
			if (m.find() && (r.unless == null || !r.unless.matcher(subject).find())) {
				return new Verdict(DocumentKind.OTHER, "其他文件：" + r.reason + "（“" + m.group() + "”）", 0.85);
			}
		}
		Matcher purpose = ASSESSMENT_PURPOSE.matcher(head);
		if (purpose.find()) {
			return new Verdict(DocumentKind.OTHER, "其他文件：制定目的是对机关、单位的考核认定（“" + purpose.group() + "”），属内部管理，不设定公众的权利义务",
					0.75);
		}
		if (instrument != null && PROGRAMME_RULES.matcher(instrument).find()) {
			return new Verdict(DocumentKind.OTHER, "工作文件：某项工程、行动的实施细则，分解落实工作任务（《" + instrument + "》）", 0.7);
		}
		List<String> issuers = metadata.issuers();
		if (!issuers.isEmpty() && PARTY.matcher(issuers.get(0)).find()) {
			return new Verdict(DocumentKind.OTHER, "其他文件：牵头发文机关为党的机关（" + issuers.get(0) + "），不是行政规范性文件", 0.85);
		}
		if (!issuers.isEmpty() && (COORDINATION.matcher(issuers.get(0)).find()
				|| (issuers.size() == 1 && RIVER_CHIEF_OFFICE.matcher(issuers.get(0)).find()))) {
			return new Verdict(DocumentKind.OTHER, "其他文件：发文机关为议事协调机构（" + issuers.get(0) + "），不是制定行政规范性文件的主体", 0.8);
		}
		if (own.endsWith("制度") || own.matches(".*制度[（(].*[）)]$")) {
			if (internal(metadata.addressees()) || issuers.stream().noneMatch((i) -> i.contains("人民政府"))) {
				return new Verdict(DocumentKind.OTHER, "其他文件：规范本机关及所属机构工作的内部制度", 0.75);
			}
			return new Verdict(DocumentKind.NORMATIVE_DOCUMENT, "政府印发、对下级政府和部门普遍、反复适用的制度", 0.65);
		}
		if (VALIDITY_EXTENDED.matcher(title).find()) {
			return new Verdict(DocumentKind.NORMATIVE_DOCUMENT, "延长普遍适用的规则的有效期（宣布文件继续有效），与规范性文件清理同类", 0.8);
		}
		// A page without a title (its lines run into one paragraph): the head's start
		// stands for it.
		String decision = title.isEmpty() ? head.substring(0, Math.min(head.length(), 120)) : title;
		if (LICENSING_CHANGE.matcher(decision).find() && issuers.stream().anyMatch((i) -> i.endsWith("人民政府"))) {
			return new Verdict(DocumentKind.NORMATIVE_DOCUMENT, "政府决定取消、调整或下放行政审批项目，改变公众须申请的许可，与规范性文件清理同类", 0.8);
		}
		if (CLEANUP_TITLE.matcher(title).find() || ListRow.disposingDecision(title) || isCleanup(text.text())) {
			return new Verdict(DocumentKind.NORMATIVE_DOCUMENT, "规范性文件清理结果：宣布文件继续有效、失效或废止，改变普遍适用的规则", 0.9);
		}
		if (title.contains("转发") && instrument != null && HIGHER_ORGAN.matcher(instrument).find() && !issuers.isEmpty()
				&& LOCAL_ISSUER.matcher(issuers.get(0)).find() && !HIGHER_ORGAN.matcher(issuers.get(0) + "关于").find()) {
			return new Verdict(DocumentKind.OTHER,
					"其他文件：只转发上级机关的文件（" + instrument.substring(0, instrument.indexOf("关于")) + "），本身不另设规范", 0.75);
		}
		DocNumber number = metadata.docNumber();
		if (number != null && number.form() == DocNumber.Form.BRACKETED && normativeSeries(number.agency())) {
			return new Verdict(DocumentKind.NORMATIVE_DOCUMENT, "发文字号为规范性文件编号（" + number.normalized() + "）", 0.9);
		}
		if (metadata.registrationNumber() != null) {
			return new Verdict(DocumentKind.NORMATIVE_DOCUMENT, "印有规范性文件统一登记号（" + metadata.registrationNumber() + "）",
					0.9);
		}
		if (hasNormativeBanner(text)) {
			return new Verdict(DocumentKind.NORMATIVE_DOCUMENT, "版头标明为行政规范性文件", 0.9);
		}
		Matcher everyYear = EVERY_YEAR_BAN.matcher(head);
		boolean announced = title.isEmpty() || title.matches(".*[通公]告(?:[（(].*[）)])?$");
		if (announced && everyYear.find()) {
			return new Verdict(DocumentKind.NORMATIVE_DOCUMENT, "行政规范性文件：每年反复适用的禁止性规定（“" + everyYear.group() + "”）",
					0.75);
		}
		Matcher years = MULTI_YEAR_BAN.matcher(head);
		if (announced && years.find() && Integer.parseInt(years.group(2)) > Integer.parseInt(years.group(1))) {
			return new Verdict(DocumentKind.NORMATIVE_DOCUMENT,
					"行政规范性文件：跨年度持续适用的禁止性规定（“" + years.group() + "”），约束不特定的单位和个人", 0.75);
		}
		for (Rule r : NORMATIVE) {
			Matcher m = r.pattern.matcher(subject);
			if (m.find()) {
				return new Verdict(DocumentKind.NORMATIVE_DOCUMENT, "行政规范性文件：" + r.reason + "（“" + m.group() + "”）",
						0.8);
			}
		}
		// The document is the 通告 itself, not a notice that passes one on.
		boolean notice = title.matches(".*通告(?:[（(].*[）)])?$") || (title.isEmpty()
				&& (head.contains("本通告") || head.contains("通告如下") || REPRODUCED_NOTICE.matcher(head).find()));
		if (!notice && title.endsWith("公告") && ANNOUNCEMENT_BINDS.matcher(title).find()) {
			// A 公告 that draws zones or bans for everyone (关于划定…禁采区的公告) is one.
			notice = true;
		}
		Matcher once = ONE_OFF.matcher(head);
		if (notice && once.find() && !head.contains("每年")) {
			return new Verdict(DocumentKind.OTHER, "其他文件：通告只管当年或到某日为止（“" + once.group() + "”），是一次性措施，不反复适用", 0.7);
		}
		Matcher lasting = FOR_A_WHILE.matcher(head);
		if (notice && lasting.find() && !head.contains("每年")) {
			return new Verdict(DocumentKind.OTHER, "其他文件：措施只持续一段时间（“" + lasting.group() + "”），是临时措施，不反复适用", 0.7);
		}
		Matcher temporary = UNTIL_FURTHER_NOTICE.matcher(head);
		if (temporary.find() && !head.contains("每年")) {
			return new Verdict(DocumentKind.OTHER, "其他文件：措施只持续到发文机关另行通知（“" + temporary.group() + "”），是临时措施，不反复适用", 0.7);
		}
		// An untitled 通告 says what it launches in its opening
		// (决定近期在全城开展…专项整治活动，现就有关事项通告如下).
		int opening = head.indexOf("如下");
		Matcher campaign = CAMPAIGN.matcher(title.isEmpty() ? head.substring(0, Math.max(0, opening)) : title);
		if (notice && campaign.find()) {
			return new Verdict(DocumentKind.OTHER, "其他文件：通告部署一次专项行动（“" + campaign.group() + "”），限期完成，不设定反复适用的规则", 0.7);
		}
		if (notice) {
			Matcher m = NOTICE_BINDS.matcher(title.isEmpty() ? head : subject);
			if (m.find()) {
				return new Verdict(DocumentKind.NORMATIVE_DOCUMENT, "通告对不特定的单位和个人设定禁止或限制（“" + m.group() + "”），普遍适用",
						0.8);
			}
			Matcher provision = PROHIBITING_PROVISION.matcher(head);
			if (!title.isEmpty() && provision.find()) {
				return new Verdict(DocumentKind.NORMATIVE_DOCUMENT,
						"通告的条款对不特定的单位和个人设定禁止（“" + provision.group().strip() + "”），普遍适用", 0.75);
			}
		}
		if (own.contains("指导意见")) {
			return new Verdict(DocumentKind.OTHER, "其他文件：指导意见指导工作，不直接设定公众的权利义务", 0.7);
		}
		Matcher work = WORK_WORDS.matcher(own);
		if (work.find()) {
			return new Verdict(DocumentKind.OTHER, "工作文件：标题为“……" + work.group(1) + "”", 0.75);
		}
		Matcher year = ONE_YEAR.matcher(own);
		if (year.find() && instrument != null) {
			return new Verdict(DocumentKind.OTHER, "工作文件：只适用于特定年度（“" + year.group() + "”），不反复适用", 0.75);
		}
		if (instrument != null
				&& NORMATIVE_INSTRUMENT.matcher(AND_OTHERS.matcher(instrument).replaceFirst("")).find()) {
			String verb = title.contains("转发") ? "转发" : "印发";
			return new Verdict(DocumentKind.NORMATIVE_DOCUMENT, verb + "《" + instrument + "》的通知", 0.75);
		}
		if (instrument == null && NORMATIVE_TITLE.matcher(title).find()) {
			return new Verdict(DocumentKind.NORMATIVE_DOCUMENT, "标题表明为设定规则的办法、规定或若干措施", 0.7);
		}
		Matcher scope = SCOPE_SECTION.matcher(head);
		if (instrument == null && title.endsWith("通知") && scope.find()) {
			return new Verdict(DocumentKind.NORMATIVE_DOCUMENT,
					"通知自身划定适用范围（“" + scope.group().strip() + "”）并对其中的单位提出要求，普遍、反复适用", 0.65);
		}
		if (metadata.commencement() != null) {
			return new Verdict(DocumentKind.NORMATIVE_DOCUMENT, "文件规定了自身的施行日期（" + metadata.commencement().text() + "）",
					0.65);
		}
		Validity validity = metadata.validity();
		int listed = (validity != null) ? text.text().indexOf(validity.text()) : -1;
		if (validity != null && listed > 0
				&& LIST_BEFORE.matcher(text.text().substring(Math.max(0, listed - 4), listed)).find()) {
			return new Verdict(
					DocumentKind.OTHER, "其他文件：公布名单，所定有效期是名单的有效期（“"
							+ text.text().substring(Math.max(0, listed - 2), listed) + validity.text() + "”），不设定规则",
					0.65);
		}
		if (metadata.validity() != null) {
			return new Verdict(DocumentKind.NORMATIVE_DOCUMENT, "文件规定了自身的有效期（" + metadata.validity().text() + "）",
					0.65);
		}
		return new Verdict(DocumentKind.OTHER, "未见法律、法规、规章或规范性文件的特征（无施行条款，非印发办法、规定的通知）", 0.6);
	}

	/**
	 * What a title-less notice issues: 现将《…》印发给你们. When the name is followed by the kind
	 * of document that carries it out (现将…贯彻落实《…》实施方案印发给你们), that is what is issued; when
	 * several documents are issued together and one of them sets rules (《…办法》《…实施方案》), it
	 * is the one the notice is filed by, as a registrar files a notice by its weightiest
	 * attachment.
	 */
	private static @Nullable String issuedInBody(String head) {
		Matcher m = ISSUED_IN_BODY.matcher(head);
		if (!m.find()) {
			return null;
		}
		Matcher kind = KIND_AFTER_NAME.matcher(m.group(2).strip());
		if (m.group().contains("印发") && kind.find()) {
			return m.group(1) + kind.group(1);
		}
		String before = head.substring(0, m.start());
		for (Matcher listed = LISTED.matcher(before); listed.find(); listed = LISTED.matcher(before)) {
			if (NORMATIVE_INSTRUMENT.matcher(AND_OTHERS.matcher(listed.group(1)).replaceFirst("")).find()
					&& !WORK_WORDS.matcher(listed.group(1)).find()) {
				return listed.group(1);
			}
			before = before.substring(0, listed.start());
		}
		return m.group(1);
	}

	/**
	 * The lists of a cleanup decision: documents declared still valid, void or repealed.
	 */
	private static boolean isCleanup(String text) {
		String head = text.substring(0, Math.min(text.length(), 3000));
		return head.contains("规范性文件") && head.contains("继续有效") && (head.contains("失效") || head.contains("废止"));
	}

	/**
	 * The words of an agency's prefix whose 规 names a division or a bureau, not the 规
	 * series of normative documents: 规划 (沪规划资源总 of the planning bureau), 规土 (its former
	 * 规土局) and 综规 (a 综合规划 division: 沪建综规). 长规划资源规 keeps its last 规.
	 */
	private static final Pattern PLANNING_WORDS = Pattern.compile("规划|规土|综规");

	/**
	 * True when a number's prefix carries the 规 of the normative series (沪府规, 沪建规范,
	 * 浦府管规).
	 */
	static boolean normativeSeries(String agency) {
		return PLANNING_WORDS.matcher(agency).replaceAll("").contains("规");
	}

	/** 曲靖市人民政府行政规范性文件 printed as the banner. */
	private static boolean hasNormativeBanner(DocumentText text) {
		List<DocumentText.Line> lines = text.nonBlankLines();
		PageFields page = text.memo(PageFields.OF);
		for (int i = 0; i < Math.min(lines.size(), 8); i++) {
			if (page.isFieldLine(i)) {
				// A law database's 效力等级: 地方规范性文件 is its filing, often wrong.
				continue;
			}
			String c = lines.get(i).compact();
			if (c.length() <= 30 && c.endsWith("规范性文件") && c.length() > 5) {
				return true;
			}
		}
		return false;
	}

}
