package cn.guifan.ingest.metadata;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.guifan.schemas.document.DocumentMetadata;

/**
 * 标题, from the most explicit place that gives it: a Markdown heading, the 标题 field of a
 * disclosure page, the title lines of the 版头 (also when broken over lines or led by the
 * issuer on a line of its own), the rule an order promulgates (《X》已经…通过，现予公布), or a first
 * line that reads like a title. Without any of these the extractor names the document
 * after its file.
 */
final class TitleStage implements ExtractionStage {

	private static final Pattern PROMULGATION = Pattern.compile("^《(.+?)》(?:已经|经).{0,80}?(?:现予|予以)(?:公布|发布)");

	private static final int ORDER_LINES = 15;

	@Override
	public void apply(DocumentText text, DocumentMetadata.Builder metadata) {
		List<DocumentText.Line> lines = text.nonBlankLines();
		if (lines.isEmpty()) {
			return;
		}
		String first = lines.get(0).stripped();
		if (first.startsWith("# ")) {
			metadata.title(TitleText.collapse(first.substring(2)));
			return;
		}
		String field = text.memo(PageFields.OF).get("标题");
		if (field != null) {
			metadata.title(TitleText.normalize(field));
			return;
		}
		HeadLayout head = text.memo(HeadLayout.OF);
		String raw = head.rawTitle(text);
		if (raw != null) {
			metadata.title(TitleText.normalize(raw));
			return;
		}
		for (int i = 0; i < Math.min(lines.size(), ORDER_LINES); i++) {
			Matcher m = PROMULGATION.matcher(lines.get(i).stripped());
			if (m.find()) {
				metadata.title(m.group(1));
				return;
			}
		}
	}

}
