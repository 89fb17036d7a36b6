package cn.guifan.ingest.metadata;

import cn.guifan.schemas.docnumber.DocNumber;
import cn.guifan.schemas.document.DocumentKind;
import cn.guifan.schemas.document.DocumentMetadata;

/** 效力级别, from the title and the number, with the reason in words. */
final class KindStage implements ExtractionStage {

	@Override
	public void apply(DocumentText text, DocumentMetadata.Builder metadata) {
		String title = metadata.title();
		DocNumber number = metadata.docNumber();
		if (title.startsWith("中华人民共和国") && title.endsWith("法")) {
			metadata.kind(DocumentKind.LAW, "标题为“中华人民共和国……法”");
		}
		else if (number != null && number.form() == DocNumber.Form.ORDER && !number.agency().contains("国务院")) {
			metadata.kind(DocumentKind.RULE, "以政府令（" + number.normalized() + "）公布");
		}
		else if (title.matches(".*关于印发.*(办法|规定|细则|规则|实施意见)》?的通知.*")) {
			metadata.kind(DocumentKind.NORMATIVE_DOCUMENT, "标题为印发办法、规定或细则的通知");
		}
		else if (title.endsWith("条例") && number != null && number.agency().contains("国务院")) {
			metadata.kind(DocumentKind.ADMINISTRATIVE_REGULATION, "国务院令公布的条例");
		}
	}

}
