package cn.guifan.ingest.metadata;

import java.util.List;

import cn.guifan.schemas.docnumber.DocNumbers;
import cn.guifan.schemas.document.DocumentMetadata;

/** 发文字号: a line near the top that is one document number. */
final class DocNumberStage implements ExtractionStage {

	private static final int HEAD_LINES = 15;

	@Override
	public void apply(DocumentText text, DocumentMetadata.Builder metadata) {
		List<DocumentText.Line> lines = text.nonBlankLines();
		for (int i = 0; i < Math.min(HEAD_LINES, lines.size()); i++) {
			var number = DocNumbers.parse(lines.get(i).stripped());
			if (number.isPresent()) {
				metadata.docNumber(number.get());
				return;
			}
		}
	}

}
