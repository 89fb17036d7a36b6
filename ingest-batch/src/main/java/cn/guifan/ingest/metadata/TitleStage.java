package cn.guifan.ingest.metadata;

import java.util.List;
import java.util.regex.Pattern;

import cn.guifan.schemas.docnumber.DocNumbers;
import cn.guifan.schemas.document.DocumentMetadata;

/**
 * 标题: a Markdown heading, or the first line near the top that reads like a document
 * title, after the 发文机关标志 and the 发文字号.
 */
final class TitleStage implements ExtractionStage {

	private static final Pattern TITLE_WORDS = Pattern
		.compile(".*(关于|办法|规定|条例|规则|细则|决定|通知|意见|方案|要点|批复|通报|公告|法|解释|纪要|函)(（[^）]*）)?$");

	private static final Pattern BANNER = Pattern.compile(".*(文件|公报|命令)$");

	private static final int HEAD_LINES = 20;

	@Override
	public void apply(DocumentText text, DocumentMetadata.Builder metadata) {
		List<DocumentText.Line> lines = text.nonBlankLines();
		for (DocumentText.Line line : lines) {
			String s = line.stripped();
			if (s.startsWith("# ")) {
				metadata.title(s.substring(2).strip());
				return;
			}
			break;
		}
		int limit = Math.min(lines.size(), HEAD_LINES);
		for (int i = 0; i < limit; i++) {
			String s = line(lines, i);
			if (s.length() < 4 || s.length() > 120 || BANNER.matcher(s).matches() || DocNumbers.parse(s).isPresent()
					|| s.endsWith("：") || s.endsWith(":")) {
				continue;
			}
			if (TITLE_WORDS.matcher(s).matches()) {
				metadata.title(s);
				return;
			}
		}
	}

	private static String line(List<DocumentText.Line> lines, int i) {
		return lines.get(i).stripped().replaceAll("\\s+", "");
	}

}
