package cn.guifan.ingest.metadata;

import cn.guifan.schemas.document.DocumentMetadata;

/**
 * 索引号 and 主题分类 of a government disclosure page (pjsrmzf-2020-003120,
 * 11441300007187648G/2017-00096; 市政府信息公开制度): the page's own filing of the document, which
 * a registrar copies to find it again on the portal.
 */
final class PageIndexStage implements ExtractionStage {

	@Override
	public void apply(DocumentText text, DocumentMetadata.Builder metadata) {
		PageFields page = text.memo(PageFields.OF);
		String index = page.get("索引号");
		if (index != null) {
			metadata.indexNumber(index.replaceAll("[\\s\\u3000]", ""));
		}
		metadata.topic(page.get("主题分类"));
	}

}
