package cn.guifan.ingest.metadata;

import cn.guifan.schemas.document.DocumentMetadata;

/**
 * 统一登记号: the number a justice bureau gives a normative document when it registers it
 * (统一登记、统一编号、统一发布), printed under the 发文字号 ("登记号：QHGF—2022—02") or on a line of its own
 * (HFGS—2017—9), or in a page's 登记号 field.
 */
final class RegistrationNumberStage implements ExtractionStage {

	@Override
	public void apply(DocumentText text, DocumentMetadata.Builder metadata) {
		PageFields page = text.memo(PageFields.OF);
		String value = page.get("统一登记号");
		if (value == null) {
			value = page.get("登记号");
		}
		if (value == null) {
			value = text.memo(HeadLayout.OF).registration();
		}
		if (value != null) {
			metadata.registrationNumber(value.replaceAll("[\\s\\u3000]", ""));
		}
	}

}
