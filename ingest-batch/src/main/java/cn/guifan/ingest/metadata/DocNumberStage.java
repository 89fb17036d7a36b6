package cn.guifan.ingest.metadata;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import cn.guifan.schemas.docnumber.DocNumber;
import cn.guifan.schemas.docnumber.DocNumberMatch;
import cn.guifan.schemas.docnumber.DocNumbers;
import cn.guifan.schemas.document.DocumentMetadata;

/**
 * 发文字号: a line near the top that is one document number; failing that, the order (令) that
 * promulgated the text, from a history line near the top such as
 * {@code 2017年3月1日 中华人民共和国国务院令第676号公布}. A regulation is cited and looked up by that
 * number. When the text was promulgated again under a new order, the last such line names
 * the text at hand.
 */
final class DocNumberStage implements ExtractionStage {

	private static final int HEAD_LINES = 15;

	private static final int HISTORY_LINES = 40;

	/** A dated line that promulgates by an order: 1996年10月3日 交通部令第8号发布. */
	private static final Pattern PROMULGATION = Pattern
		.compile("^\\s*(?:19|20)\\d{2}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日.*令.*(?:公布|发布)");

	@Override
	public void apply(DocumentText text, DocumentMetadata.Builder metadata) {
		List<DocumentText.Line> lines = text.nonBlankLines();
		for (int i = 0; i < Math.min(HEAD_LINES, lines.size()); i++) {
			String line = lines.get(i).stripped();
			var number = DocNumbers.parse(line);
			if (number.isEmpty() && line.endsWith("令") && line.length() <= 40 && i + 1 < lines.size()) {
				// A 令 prints its banner and its number on two lines: 丰原市人民政府令 / 第8号.
				number = DocNumbers.parse(line + lines.get(i + 1).stripped());
			}
			if (number.isPresent()) {
				metadata.docNumber(number.get());
				return;
			}
		}
		promulgatingOrder(lines).ifPresent(metadata::docNumber);
	}

	private static Optional<DocNumber> promulgatingOrder(List<DocumentText.Line> lines) {
		DocNumber found = null;
		for (int i = 0; i < Math.min(HISTORY_LINES, lines.size()); i++) {
			String line = lines.get(i).stripped();
			if (line.startsWith("第一条") || line.startsWith("第一章") || line.startsWith("## ")) {
				break;
			}
			if (!PROMULGATION.matcher(line).find()) {
				continue;
			}
			for (DocNumberMatch match : DocNumbers.findAll(line)) {
				if (match.number().form() == DocNumber.Form.ORDER) {
					found = match.number();
					break;
				}
			}
		}
		return Optional.ofNullable(found);
	}

}
