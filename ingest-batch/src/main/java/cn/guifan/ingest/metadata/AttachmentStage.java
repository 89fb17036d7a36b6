package cn.guifan.ingest.metadata;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.guifan.schemas.document.DocumentMetadata;

/**
 * 附件 titles: the 附件说明 under the body ("附件：1．街道（部门）…情况表" and the numbered lines under it),
 * or, when a document has none, the titles under the 附件1 / 附件 headings that lead the
 * attachments themselves.
 */
final class AttachmentStage implements ExtractionStage {

	private static final Pattern NOTE = Pattern.compile("^附[\\s\\u3000]*件[\\s\\u3000]*[:：][\\s\\u3000]*(.*)$");

	private static final Pattern NUMBERED = Pattern
		.compile("^[（(]?[0-9０-９]{1,2}[）)]?[\\s\\u3000]*[.．、:：]?[\\s\\u3000]*(\\S.*)$");

	private static final Pattern HEADING = Pattern.compile("^附[\\s\\u3000]*件[\\s\\u3000]*[0-9０-９一二三四五六七八九十]{0,2}$");

	private static final int MAX = 20;

	@Override
	public void apply(DocumentText text, DocumentMetadata.Builder metadata) {
		List<DocumentText.Line> lines = text.nonBlankLines();
		List<String> found = new ArrayList<>();
		for (int i = 0; i < lines.size() && found.isEmpty(); i++) {
			if (!startsWithAttachment(lines.get(i))) {
				continue;
			}
			Matcher note = NOTE.matcher(lines.get(i).stripped());
			if (!note.matches()) {
				continue;
			}
			String first = note.group(1).strip();
			if (!first.isEmpty()) {
				found.add(unnumbered(first));
			}
			boolean numbered = first.isEmpty() || NUMBERED.matcher(first).matches();
			for (int j = i + 1; numbered && j < lines.size() && found.size() < MAX; j++) {
				String s = lines.get(j).stripped();
				Matcher m = NUMBERED.matcher(s);
				if (!m.matches() || digitOf(s) < 0 || s.length() > 80) {
					break;
				}
				found.add(unnumbered(s));
			}
		}
		if (found.isEmpty()) {
			for (int i = 0; i + 1 < lines.size() && found.size() < MAX; i++) {
				if (startsWithAttachment(lines.get(i)) && HEADING.matcher(lines.get(i).compact()).matches()) {
					String title = lines.get(i + 1).stripped();
					if (title.length() <= 60 && !title.contains("。") && !HEADING.matcher(title).matches()) {
						found.add(title);
					}
				}
			}
		}
		metadata.attachments(found);
	}

	private static boolean startsWithAttachment(DocumentText.Line line) {
		int at = line.contentStart() - line.start();
		return at < line.text().length() && line.text().charAt(at) == '附';
	}

	private static int digitOf(String s) {
		for (int i = 0; i < s.length(); i++) {
			int d = Character.digit(s.charAt(i), 10);
			if (d >= 0) {
				return d;
			}
			if (s.charAt(i) != '（' && s.charAt(i) != '(') {
				return -1;
			}
		}
		return -1;
	}

	private static String unnumbered(String s) {
		Matcher m = NUMBERED.matcher(s);
		return (m.matches() && digitOf(s) >= 0) ? m.group(1).strip() : s.strip();
	}

}
