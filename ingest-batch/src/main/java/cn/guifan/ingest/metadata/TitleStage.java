package cn.guifan.ingest.metadata;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.Objects;

import cn.guifan.schemas.document.Disagreement;
import cn.guifan.schemas.document.DocumentMetadata;
import cn.guifan.schemas.document.FieldProvenance;
import cn.guifan.schemas.document.MetadataField;
import cn.guifan.schemas.text.SimplifiedChinese;
import org.jspecify.annotations.Nullable;

/**
 * 标题, from the document where it prints one: a Markdown heading, the title lines of the
 * 版头 (also when broken over lines or led by the issuer on a line of its own), the rule an
 * order promulgates (《X》已经…通过，现予公布); else the 标题 or 名称 of the site's table. Never with
 * what a site put around it ({@link TitleText#clean}). When the document and the site's
 * table give different titles, the document's is kept and the disagreement recorded; a
 * site title that is the document's with its issuer before it (the issuer stands in the
 * banner above 关于…) is the fuller form of the same title and is taken. Without any title
 * in the text the extractor names the document after its file.
 */
final class TitleStage implements ExtractionStage {

	/**
	 * The rule an order promulgates: 《X》已经…通过，现予公布, also when the page lost the opening 《
	 * (X》已经…). One name: an order that promulgates two rules at once (《X》、《Y》经…同意，现予公布)
	 * has no one title to take.
	 */
	private static final Pattern PROMULGATION = Pattern
		.compile("^(?:《([^《》]+)|([^《》，。,；;]{6,80}))》(?:已经|经).{0,80}?(?:现予|予以)(?:公布|发布)");

	private static final int ORDER_LINES = 15;

	/** The labels under which sites print a title, most specific first. */
	static final String[] SITE_LABELS = { "标题", "文件名称", "法规标题", "法规名称", "文件标题", "信息名称", "名称" };

	@Override
	public void apply(DocumentText text, DocumentMetadata.Builder metadata) {
		List<DocumentText.Line> lines = text.nonBlankLines();
		if (lines.isEmpty()) {
			return;
		}
		String first = lines.get(0).stripped();
		if (first.startsWith("# ")) {
			metadata.title(TitleText.collapse(first.substring(2)));
			metadata.provenance(MetadataField.TITLE, FieldProvenance.body());
			return;
		}
		MinutesMasthead minutes = text.memo(MinutesMasthead.OF);
		if (minutes != null) {
			// A 纪要's title stands under its masthead, not in the 纪要标志 above it.
			metadata.title(minutes.title());
			metadata.provenance(MetadataField.TITLE, FieldProvenance.body("纪要标题"));
			return;
		}
		PageFields page = text.memo(PageFields.OF);
		String siteLabel = page.labelOf(SITE_LABELS);
		String site = (siteLabel != null) ? TitleText.clean(TitleText.normalize(page.value(siteLabel))) : null;
		String body = fromBody(text, lines);
		if (body == null) {
			if (site == null) {
				return;
			}
			metadata.title(site);
			metadata.provenance(MetadataField.TITLE, FieldProvenance.siteTable(Objects.requireNonNull(siteLabel)));
			return;
		}
		metadata.title(body);
		metadata.provenance(MetadataField.TITLE, FieldProvenance.body());
		if (site == null || site.isEmpty()) {
			return;
		}
		String bodyKey = TitleText.key(body);
		String siteKey = TitleText.key(site);
		if (bodyKey.equals(siteKey) || bodyKey.startsWith(siteKey)) {
			return;
		}
		if (TitleText.isCut(body) && fuller(site, body)) {
			metadata.title(site);
			metadata.provenance(MetadataField.TITLE, FieldProvenance.siteTable(Objects.requireNonNull(siteLabel)));
			return;
		}
		metadata.disagreement(new Disagreement(MetadataField.TITLE, body, site));
	}

	/**
	 * The document's title: the first title in the head, or a later one that is its
	 * fuller form (a page's headline without the issuer, then the document's own title
	 * lines with it) or its whole form (a headline cut short by the site).
	 */
	private static @Nullable String fromBody(DocumentText text, List<DocumentText.Line> lines) {
		HeadLayout head = text.memo(HeadLayout.OF);
		String best = null;
		List<String> raws = head.rawTitles(text);
		List<Boolean> afterNumber = head.titlesAfterNumber();
		for (int k = 0; k < raws.size(); k++) {
			String title = TitleText.clean(TitleText.normalize(raws.get(k)));
			if (title.isEmpty()) {
				continue;
			}
			if (best == null || better(title, best, afterNumber.get(k))) {
				best = title;
			}
		}
		if (best != null && GENERIC.matcher(TitleText.key(best)).matches()) {
			// A mirror's fragment (修订的办法) where the title stands only in the note under
			// it, in the name of the decision that amended the rule.
			String revised = revisedInNote(lines);
			if (revised != null) {
				return revised;
			}
		}
		if (best != null) {
			return best;
		}
		for (int i = 0; i < Math.min(lines.size(), ORDER_LINES); i++) {
			Matcher m = PROMULGATION.matcher(lines.get(i).stripped());
			if (m.find()) {
				// Standing alone, the rule's title prints in 《》 what the sentence nests
				// in 〈〉.
				String name = (m.group(1) != null) ? m.group(1) : m.group(2);
				return name.replace('〈', '《').replace('〉', '》');
			}
		}
		return text.memo(RunOnHead.OF).title();
	}

	/** True when two titles say the same from 关于 on (…关于解除部分高风险区的通告). */
	private static boolean sameSubject(String a, String b) {
		String x = TitleText.key(a);
		String y = TitleText.key(b);
		int i = x.indexOf("关于");
		int j = y.indexOf("关于");
		return i > 0 && j > 0 && x.substring(i).equals(y.substring(j));
	}

	/** A headline that starts with a month and day: 12月7日…, 11月20日湘西…. */
	private static final Pattern DATED_HEADLINE = Pattern.compile("^[0-9]{1,2}月[0-9]{1,2}日(?![起至])");

	/** A fragment a mirror prints where a rule's title should stand: 修订的办法. */
	private static final Pattern GENERIC = Pattern.compile("^(?:修订|修正|修改)(?:后)?的(?:办法|规定|条例|细则|决定)$");

	/** The rule a 题注 names in its amending decision: 根据…《…关于修改〈X〉的决定》修改. */
	private static final Pattern REVISED = Pattern.compile("关于修改〈([^〈〉《》]{4,60})〉的决定");

	private static @Nullable String revisedInNote(List<DocumentText.Line> lines) {
		for (int i = 0; i < Math.min(lines.size(), 8); i++) {
			Matcher m = REVISED.matcher(lines.get(i).stripped());
			if (m.find()) {
				return m.group(1);
			}
		}
		return null;
	}

	/**
	 * True when a later title in the head is the document's rather than the one before
	 * it: the notice that issues what a page's headline names (the attachment), the uncut
	 * form of a headline the site cut short, or the same title with its issuer before it,
	 * unless the page prints it without one (关于印发…).
	 */
	private static boolean better(String later, String before, boolean afterNumber) {
		if (DATED_HEADLINE.matcher(before).find() && sameSubject(later, before)) {
			// A site's headline that starts with the day it reposts (12月7日垫江县关于…) above
			// the document's own title of the same subject (垫江县…指挥部 / 关于…): the
			// document's.
			return true;
		}
		if (later.indexOf('《') > 0 && before.indexOf('《') < 0 && TitleText.key(later).equals(TitleText.key(before))) {
			// A crawler's or a site's headline that left out the 书名号 (关于印发某某办法的通知)
			// above the document's own title with them (关于印发《某某办法》的通知): the
			// document's.
			return true;
		}
		if (shortFormOf(later, before)) {
			// A site's headline names the issuer in short (某园区关于…的通告) above the
			// document's own title with the full name (某新区某园区管理委员会 / 关于…): the
			// document's.
			return true;
		}
		String issued = TitleText.instrument(later);
		if (issued != null && TitleText.key(issued).equals(TitleText.key(before))) {
			return true;
		}
		if (issuingPrefix(later, before)) {
			// A repost's headline that left out the issuer and its verb (某某应急预案的通知) above
			// the document's own title (某某人民政府办公室关于印发 / 某某应急预案的通知): the document's.
			return true;
		}
		String a = TitleText.key(later);
		String b = TitleText.key(before);
		if (b.length() > a.length() && b.length() - a.length() <= 4 && b.endsWith(a) && a.length() >= 8
				&& !Organs.isOrgan(b.substring(0, b.length() - a.length()))) {
			// A repost's headline puts the city before the document's own title
			// (保定某镇人民政府关于… above 某镇人民政府关于…): the title as the document prints it.
			return true;
		}
		if (!fuller(later, before)) {
			return false;
		}
		// What the fuller form adds: a mirror's organ line that prefixes the province
		// (广东省清远市人民政府办公室 above 印发…的通知) is the mirror's record, not the title; the
		// issuer line of the document's own head, right under its number (东政函〔2020〕22号 /
		// 东安县人民政府 / 关于…), is the title's even where a headline printed it without one.
		String added = a.substring(0, a.length() - b.length());
		if (!Organs.split(added).stream().allMatch((organ) -> Organs.withoutHigherPlace(organ).equals(organ))) {
			return false;
		}
		return afterNumber || !TitleText.key(before).startsWith("关于");
	}

	/**
	 * What a headline leaves out before a notice's object: an issuer, 关于 and the verb.
	 */
	private static final Pattern ISSUING = Pattern.compile("^(.{4,40}?)关于(?:印发|转发|公布)$");

	/**
	 * True when a title is another with the issuer and 关于印发 before it (…关于印发 +
	 * 某某应急预案的通知), compared in simplified script.
	 */
	private static boolean issuingPrefix(String full, String headline) {
		String a = SimplifiedChinese.of(TitleText.key(full));
		String b = SimplifiedChinese.of(TitleText.key(headline));
		if (a.length() <= b.length() || !a.endsWith(b) || !b.endsWith("的通知")) {
			return false;
		}
		Matcher m = ISSUING.matcher(a.substring(0, a.length() - b.length()));
		return m.matches() && Organs.isOrganList(m.group(1));
	}

	/**
	 * True when two titles say the same from 关于 on and the first names an organ where the
	 * second names no organ but a part of that organ's name (中川园区 in 兰州新区中川园区管理委员会).
	 */
	private static boolean shortFormOf(String full, String shortened) {
		String a = TitleText.key(full);
		String b = TitleText.key(shortened);
		int i = a.indexOf("关于");
		int j = b.indexOf("关于");
		if (i <= 0 || j < 2 || i <= j || !a.substring(i).equals(b.substring(j))) {
			return false;
		}
		String organ = a.substring(0, i);
		String part = b.substring(0, j);
		return organ.contains(part) && Organs.isOrgan(organ) && !Organs.isOrganList(part);
	}

	/**
	 * True when a title is the fuller form of another (the issuer before it) or its uncut
	 * form.
	 */
	static boolean fuller(String title, String than) {
		String a = TitleText.key(title);
		String b = TitleText.key(than);
		if (a.length() <= b.length()) {
			return false;
		}
		if (TitleText.isCut(than)) {
			String stem = b.replaceAll("(?:\\.+|…+)$", "");
			return a.startsWith(stem);
		}
		// The fuller form adds the issuer before the same title.
		return a.endsWith(b) && Organs.isOrganList(a.substring(0, a.length() - b.length()));
	}

}
