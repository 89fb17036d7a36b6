package cn.guifan.ingest.metadata;

import cn.guifan.schemas.document.DocumentMetadata;
import cn.guifan.schemas.document.FieldProvenance;
import cn.guifan.schemas.document.MetadataField;

/**
 * What the site's metadata table says, kept as printed ({@code siteFields}), and the two
 * fields only a site gives: 索引号 and 主题分类 (pjsrmzf-2020-003120,
 * 11441300007187648G/2017-00096; 市政府信息公开制度), the page's own filing of the document, which
 * a registrar copies to find it again on the portal. Runs first.
 */
final class PageIndexStage implements ExtractionStage {

	@Override
	public void apply(DocumentText text, DocumentMetadata.Builder metadata) {
		PageFields page = text.memo(PageFields.OF);
		metadata.siteFields(page.all());
		String label = page.labelOf("索引号", "信息索引号");
		if (label != null) {
			metadata.indexNumber(page.value(label).replaceAll("[\\s\\u3000]", ""));
			metadata.provenance(MetadataField.INDEX_NUMBER, FieldProvenance.siteTable(label));
		}
		label = page.labelOf("主题分类", "信息分类");
		if (label != null) {
			metadata.topic(page.value(label));
			metadata.provenance(MetadataField.TOPIC, FieldProvenance.siteTable(label));
		}
	}

}
