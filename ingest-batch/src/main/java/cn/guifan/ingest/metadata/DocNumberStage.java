package cn.guifan.ingest.metadata;

import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.guifan.schemas.docnumber.DocNumber;
import cn.guifan.schemas.docnumber.DocNumberMatch;
import cn.guifan.schemas.docnumber.DocNumbers;
import cn.guifan.schemas.document.Disagreement;
import cn.guifan.schemas.document.DocumentMetadata;
import cn.guifan.schemas.document.FieldProvenance;
import cn.guifan.schemas.document.HistoryEvent;
import cn.guifan.schemas.document.MetadataField;
import cn.guifan.schemas.text.ChineseText;
import org.jspecify.annotations.Nullable;

/**
 * 发文字号 of this document, never one it cites. From the document: the number line of the 版头
 * (an order's 第N号 joined to its banner: 丰原市人民政府令第12号), the number printed in brackets
 * after the title or before it (…的通知（青政办〔2021〕12号）), or, for a law, the order that
 * promulgated its text as the history block prints it (中华人民共和国国务院令第348号公布 → 国务院令第348号; an
 * order named on a line that also names an amending decision is the decision's number,
 * and is passed over). Else the 发文字号 of the site's table or a law database's record
 * header. When the document and the site give different numbers, the document's is kept
 * and the disagreement recorded. An announcement's or a command post's order's serial
 * printed apart from its organ is joined to it ({@link AnnouncementSerial}, inferred).
 * Runs after {@link HistoryStage}.
 */
final class DocNumberStage implements ExtractionStage {

	static final String[] SITE_LABELS = { "发文字号", "文号", "发文文号", "发布文号", "文件编号", "发文编号", "字号" };

	@Override
	public void apply(DocumentText text, DocumentMetadata.Builder metadata) {
		PageFields page = text.memo(PageFields.OF);
		String siteLabel = page.labelOf(SITE_LABELS);
		DocNumber site = (siteLabel != null) ? fromValue(page.value(siteLabel)) : null;
		if (site != null && site.agency().endsWith("文备")) {
			// A site that files its filing number (渝文备〔2017〕1218号) under 发文字号.
			site = null;
		}
		if (site == null) {
			// A site that leaves 发文字号 empty may print the number with the title.
			String titleLabel = page.labelOf(TitleStage.SITE_LABELS);
			site = (titleLabel != null) ? TitleText.appendedNumber(page.value(titleLabel)) : null;
			siteLabel = (site != null) ? titleLabel : siteLabel;
		}
		HeadLayout head = text.memo(HeadLayout.OF);
		DocNumber body = head.number();
		String note = null;
		FieldProvenance repaired = null;
		if (body != null && head.numberRepaired()) {
			repaired = FieldProvenance.derived(0.8, "网页丢失了发文字号的“〕”和“号”，年份后的数字读作序号");
		}
		if (body == null) {
			for (String raw : head.rawTitles(text)) {
				body = TitleText.appendedNumber(TitleText.normalize(raw));
				if (body != null) {
					note = "标题前后所注的发文字号";
					break;
				}
			}
		}
		if (body == null) {
			body = fromHistory(metadata.history());
		}
		if (body == null) {
			body = text.memo(RunOnHead.OF).number();
		}
		if (body == null && head.infoEnd() < 0) {
			// A law's history block has its own rule (an order that promulgates the
			// text).
			body = recordLineNumber(text, head);
		}
		if (body == null && head.infoEnd() < 0) {
			body = abstractNumber(text);
			note = (body != null) ? "期刊摘要“〈正〉”后的发文字号" : note;
		}
		if (body == null && head.infoEnd() < 0) {
			body = numberRunIntoAddressees(text);
			note = (body != null) ? "与主送机关连写的发文字号" : note;
		}
		if (body == null && head.infoEnd() < 0) {
			body = AnnouncementSerial.find(text, metadata.title(), text.memo(Signature.OF));
			if (body != null) {
				repaired = FieldProvenance.derived(0.85, "页面把编号与机关分开印出（通告、公告的序号或“N号令”），合为“" + body.normalized() + "”");
			}
		}
		if (body != null && body.form() != DocNumber.Form.BRACKETED && Organs.isPlaceless(body.agency())) {
			DocNumber whole = withPlace(body, text, metadata.title());
			if (whole != null) {
				repaired = FieldProvenance.derived(0.85, "“" + body.printed() + "”未写地名，按标题或镜像机关行补全");
				body = whole;
			}
		}
		if (body != null && body.form() == DocNumber.Form.ORDER && body.agency().equals("政府")) {
			DocNumber whole = governmentOrderOfTitle(body, text, metadata.title());
			if (whole != null) {
				repaired = FieldProvenance.derived(0.8, "“" + body.printed() + "”未写机关，按标题所冠地方和正文所称的人民政府补全");
				body = whole;
			}
		}
		if (body == null && site == null && head.bareOrderSerial() != null) {
			body = orderOfTitleIssuer(metadata.title(), head.bareOrderSerial());
			repaired = (body != null)
					? FieldProvenance.derived(0.7, "页面缺少令的版头，令号“" + head.bareOrderSerial() + "”按标题中的机关补全") : null;
		}
		if (body == null && site == null) {
			return;
		}
		if (body == null) {
			// A number from the site's table came with its label.
			metadata.docNumber(site);
			metadata.provenance(MetadataField.DOC_NUMBER, FieldProvenance.siteTable(Objects.requireNonNull(siteLabel)));
			return;
		}
		metadata.docNumber(body);
		metadata.provenance(MetadataField.DOC_NUMBER,
				(repaired != null) ? repaired : (note != null) ? FieldProvenance.body(note) : FieldProvenance.body());
		if (site != null && !site.normalized().equals(body.normalized())) {
			metadata.disagreement(new Disagreement(MetadataField.DOC_NUMBER, body.printed(), site.printed()));
		}
	}

	/**
	 * A number on a mirror's record line with the date, the organ and the place around it
	 * (2007-10-01 山西省人民政府办公厅 晋政办发〔2007〕120号 山西省), in the head.
	 */
	private static @Nullable DocNumber recordLineNumber(DocumentText text, HeadLayout head) {
		List<DocumentText.Line> lines = text.nonBlankLines();
		for (int i = 0; i < Math.min(lines.size(), head.bodyStart()); i++) {
			String[] tokens = lines.get(i).stripped().split("[\\s\\u3000]+");
			if (tokens.length < 2 || tokens.length > 6) {
				continue;
			}
			DocNumber number = null;
			boolean others = true;
			for (String token : tokens) {
				var parsed = DocNumbers.parse(token);
				if (parsed.isPresent() && number == null) {
					number = parsed.get();
				}
				else {
					others &= DateText.parseWhole(token) != null || Organs.isOrgan(token)
							|| PLACE.matcher(token).matches();
				}
			}
			if (number != null && others) {
				return number;
			}
		}
		return null;
	}

	/**
	 * A periodical's abstract of a document, which starts with 〈正〉 and runs the number
	 * into the addressees or the first sentence (〈正〉京政发[2015]17号各区、县人民政府…): the number
	 * right after the mark.
	 */
	private static @Nullable DocNumber abstractNumber(DocumentText text) {
		String head = text.text().substring(0, Math.min(text.text().length(), 800));
		int mark = -1;
		for (String open : new String[] { "<正>", "〈正〉", "＜正＞", "《正》" }) {
			int at = head.indexOf(open);
			if (at >= 0 && (mark < 0 || at < mark)) {
				mark = at + open.length();
			}
		}
		if (mark < 0) {
			return null;
		}
		String after = head.substring(mark, Math.min(head.length(), mark + 60)).stripLeading();
		List<DocNumberMatch> found = DocNumbers.findAll(after);
		if (found.isEmpty() || found.get(0).start() != 0 || found.get(0).number().form() != DocNumber.Form.BRACKETED) {
			return null;
		}
		return found.get(0).number();
	}

	/** The addressees a number runs into: 各市、县、自治县人民政府,省政府直属各单位: up to the colon. */
	private static final Pattern ADDRESSEES_AFTER = Pattern.compile("^各[^。；;：:]{1,60}[：:]");

	/**
	 * A record that keeps the document's text with its lines run together, the number
	 * glued to the addressees (…description=琼府[2014]67号各市、县、自治县人民政府,省政府直属各单位:…): the
	 * first bracketed number in the head that no character of a sentence stands before (a
	 * cited number stands after 《》, （ or a word) and that 各…： follows.
	 */
	private static @Nullable DocNumber numberRunIntoAddressees(DocumentText text) {
		String head = text.text().substring(0, Math.min(text.text().length(), 800));
		for (DocNumberMatch found : DocNumbers.findAll(head)) {
			if (found.number().form() != DocNumber.Form.BRACKETED) {
				continue;
			}
			char before = (found.start() > 0) ? head.charAt(found.start() - 1) : ' ';
			if (Character.isLetterOrDigit(before) && Character.UnicodeScript.of(before) == Character.UnicodeScript.HAN
					|| "（(《〈“\"'、，,".indexOf(before) >= 0) {
				continue;
			}
			if (ADDRESSEES_AFTER.matcher(head.substring(found.end())).find()) {
				return found.number();
			}
		}
		return null;
	}

	private static final Pattern PLACE = Pattern.compile("^[\\p{IsHan}]{2,8}?(?:省|自治区|市|自治州|州|县|区|旗|盟)$");

	/**
	 * An order or announcement of a government named without its place (市人民政府令第129号),
	 * with the place of the title (淮南市公园管理办法) or of an organ the head names.
	 */
	private static @Nullable DocNumber withPlace(DocNumber number, DocumentText text, String title) {
		String agency = number.agency();
		Matcher place = Pattern.compile("^[\\p{IsHan}]{1,8}?" + agency.charAt(0)).matcher(title);
		String prefix = null;
		if (place.find() && place.end() > 1) {
			prefix = place.group().substring(0, place.end() - 1);
		}
		if (prefix == null) {
			List<String> organs = new java.util.ArrayList<>(text.memo(HeadLayout.OF).bannerOrgans());
			text.memo(HeadLayout.OF).organLines().forEach((o) -> organs.add(Organs.withoutHigherPlace(o)));
			for (String organ : organs) {
				if (organ.endsWith(agency)) {
					prefix = organ.substring(0, organ.length() - agency.length());
				}
			}
		}
		if (prefix == null) {
			return null;
		}
		String printed = number.normalized().substring(agency.length());
		return DocNumbers.parse(prefix + agency + printed)
			.map((n) -> new DocNumber(number.printed(), n.normalized(), n.agency(), n.year(), n.serial(), n.form()))
			.orElse(null);
	}

	/** The place a rule's title begins with: 福州市规范行政处罚自由裁量权规定 → 福州市. */
	private static final Pattern TITLE_PLACE = Pattern.compile("^(?![省市县区旗盟])[\\p{IsHan}]{1,8}?(省|自治区|市|自治州|县|区|旗|盟)");

	/**
	 * An order whose banner prints neither place nor tier (政府令第38号), completed with the
	 * place the rule's title begins with when the text names that tier's government
	 * (经…市人民政府第31次常务会议通过): 福州市人民政府令第38号.
	 */
	private static @Nullable DocNumber governmentOrderOfTitle(DocNumber number, DocumentText text, String title) {
		Matcher place = TITLE_PLACE.matcher(title);
		if (!place.find()) {
			return null;
		}
		String tier = place.group(1);
		if (!ChineseText.removeSpaces(text.text()).contains(tier + "人民政府")) {
			return null;
		}
		String printed = number.normalized().substring(number.agency().length());
		return DocNumbers.parse(place.group() + "人民政府" + printed)
			.map((n) -> new DocNumber(number.printed(), n.normalized(), n.agency(), n.year(), n.serial(), n.form()))
			.orElse(null);
	}

	/** 甘肃省人民政府关于… and 第153号: 甘肃省人民政府令第153号. */
	private static @Nullable DocNumber orderOfTitleIssuer(String title, String serial) {
		List<String> issuers = IssuerStage.fromTitle(title);
		if (issuers.size() != 1 || !issuers.get(0).endsWith("人民政府")) {
			return null;
		}
		return DocNumbers.parse(issuers.get(0) + "令" + serial).orElse(null);
	}

	private static @Nullable DocNumber fromValue(String value) {
		var whole = DocNumbers.parse(value);
		if (whole.isPresent()) {
			return whole.get();
		}
		List<DocNumberMatch> found = DocNumbers.findAll(value);
		return found.isEmpty() ? null : found.get(0).number();
	}

	/**
	 * A number in running text is read by its agency code, at most 16 characters: an
	 * organ with a longer name (杭州市第十一届人民代表大会常务委员会公告第55号) is cut there. The event's words
	 * up to the number, read as a whole value, keep the name whole.
	 */
	private static DocNumber whole(String event, DocNumberMatch match) {
		DocNumber found = match.number();
		if (found.agency().length() < 16 || match.start() == 0) {
			return found;
		}
		int start = match.start();
		while (start > 0 && ChineseText.isHan(event.charAt(start - 1)) && !(start >= 2
				&& "年月日".indexOf(event.charAt(start - 1)) >= 0 && Character.isDigit(event.charAt(start - 2)))) {
			// Back to where the run of characters the organ is in begins (after the
			// date).
			start--;
		}
		return DocNumbers.parse(event.substring(start, match.end()))
			.filter((n) -> n.normalized().length() > found.normalized().length()
					&& n.normalized().endsWith(found.normalized()))
			.orElse(found);
	}

	/**
	 * The number on the latest event that promulgates or revises the text by an order, or
	 * issues it under a numbered notice (以法发〔1993〕15号通知印发).
	 */
	static @Nullable DocNumber fromHistory(List<HistoryEvent> history) {
		DocNumber best = null;
		java.time.LocalDate bestDate = null;
		for (HistoryEvent event : history) {
			if (event.decision() != null || event.type() == HistoryEvent.Type.EFFECTIVE
					|| event.type() == HistoryEvent.Type.APPROVED) {
				continue;
			}
			if (event.text().indexOf('号') < 0) {
				continue;
			}
			List<DocNumberMatch> found = DocNumbers.findAll(event.text());
			if (found.isEmpty()) {
				continue;
			}
			if (bestDate == null || !event.date().isBefore(bestDate)) {
				best = whole(event.text(), found.get(0));
				bestDate = event.date();
			}
		}
		return best;
	}

}
