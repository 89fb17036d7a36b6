package cn.guifan.ingest.metadata;

import java.util.List;

import cn.guifan.schemas.document.Disclosure;
import cn.guifan.schemas.document.DocumentMetadata;

/**
 * 公开属性 from the 附注 near the end: （此件公开发布）, 此件主动公开, 此件依申请公开, 此件不予公开 / 此件不公开. Unsaid stays
 * unknown.
 */
final class DisclosureStage implements ExtractionStage {

	private static final int TAIL_LINES = 30;

	@Override
	public void apply(DocumentText text, DocumentMetadata.Builder metadata) {
		List<DocumentText.Line> lines = text.nonBlankLines();
		for (int i = lines.size() - 1; i >= Math.max(0, lines.size() - TAIL_LINES); i--) {
			String s = lines.get(i).stripped().replaceAll("\\s+", "");
			if (!s.contains("此件") && !s.contains("公开属性") && !s.contains("公开方式")) {
				continue;
			}
			if (s.contains("依申请公开")) {
				metadata.disclosure(Disclosure.ON_REQUEST);
				return;
			}
			if (s.contains("不予公开") || s.contains("不公开")) {
				metadata.disclosure(Disclosure.NOT_PUBLIC);
				return;
			}
			if (s.contains("主动公开") || s.contains("公开发布")) {
				metadata.disclosure(Disclosure.PUBLIC);
				return;
			}
		}
	}

}
