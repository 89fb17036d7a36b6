package cn.guifan.ingest.metadata;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.Objects;

import cn.guifan.schemas.document.Disagreement;
import cn.guifan.schemas.document.DocumentMetadata;
import cn.guifan.schemas.document.FieldProvenance;
import cn.guifan.schemas.document.MetadataField;
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

	private static final Pattern PROMULGATION = Pattern.compile("^《(.+?)》(?:已经|经).{0,80}?(?:现予|予以)(?:公布|发布)");

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
		for (String raw : head.rawTitles(text)) {
			String title = TitleText.clean(TitleText.normalize(raw));
			if (title.isEmpty()) {
				continue;
			}
			if (best == null || better(title, best)) {
				best = title;
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
				return m.group(1).replace('〈', '《').replace('〉', '》');
			}
		}
		return text.memo(RunOnHead.OF).title();
	}

	/**
	 * True when a later title in the head is the document's rather than the one before
	 * it: the notice that issues what a page's headline names (the attachment), the uncut
	 * form of a headline the site cut short, or the same title with its issuer before it,
	 * unless the page prints it without one (关于印发…).
	 */
	private static boolean better(String later, String before) {
		String issued = TitleText.instrument(later);
		if (issued != null && TitleText.key(issued).equals(TitleText.key(before))) {
			return true;
		}
		return fuller(later, before) && !TitleText.key(before).startsWith("关于");
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
