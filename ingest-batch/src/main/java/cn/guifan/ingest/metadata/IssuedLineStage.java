package cn.guifan.ingest.metadata;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.guifan.schemas.document.DocumentMetadata;
import cn.guifan.schemas.document.IssuedLine;
import cn.guifan.schemas.text.ChineseText;

/**
 * The 印发 line of the 版记: "青禾县人民政府办公室 2022年3月16日印发", or the organ on the line above a
 * "2020年7月16日印发". It is the last such line: the 版记 closes the document.
 */
final class IssuedLineStage implements ExtractionStage {

	private static final Pattern LINE = Pattern
		.compile("^(.*?)[\\s\\u3000]*([0-9０-９〇○零一二三四五六七八九OＯ]{4}[\\s\\u3000]*年.{1,10}?[日号])[\\s\\u3000]*印发$");

	/** The 版记 is at the end; a web page may add a few lines of footer after it. */
	private static final int TAIL_LINES = 30;

	@Override
	public void apply(DocumentText text, DocumentMetadata.Builder metadata) {
		List<DocumentText.Line> lines = text.nonBlankLines();
		for (int i = lines.size() - 1; i >= Math.max(0, lines.size() - TAIL_LINES); i--) {
			String s = lines.get(i).stripped();
			if (!s.endsWith("印发")) {
				continue;
			}
			Matcher m = LINE.matcher(s);
			if (!m.matches()) {
				continue;
			}
			LocalDate date = DateText.parseWhole(m.group(2));
			String organ = ChineseText.removeSpaces(m.group(1));
			String printed = s;
			if (organ.isEmpty() && i > 0 && Organs.isOrgan(lines.get(i - 1).compact())) {
				organ = lines.get(i - 1).compact();
				printed = lines.get(i - 1).stripped() + "\n" + s;
			}
			if (Organs.isOrgan(organ)) {
				metadata.issuedLine(new IssuedLine(organ, date, printed));
				return;
			}
		}
	}

}
