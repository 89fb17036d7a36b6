package cn.guifan.ingest.metadata;

import java.util.List;

import cn.guifan.schemas.document.DocumentMetadata;
import cn.guifan.schemas.text.ChineseDates;

/** 成文日期: a line near the end that is one date, as under the 发文机关署名. */
final class SignedDateStage implements ExtractionStage {

	private static final int TAIL_LINES = 25;

	@Override
	public void apply(DocumentText text, DocumentMetadata.Builder metadata) {
		List<DocumentText.Line> lines = text.nonBlankLines();
		for (int i = lines.size() - 1; i >= Math.max(0, lines.size() - TAIL_LINES); i--) {
			String s = lines.get(i).stripped();
			var date = ChineseDates.parse(s.replaceAll("^[（(]|[）)]$", ""));
			if (date.isPresent()) {
				metadata.signedDate(date.get());
				return;
			}
		}
	}

}
