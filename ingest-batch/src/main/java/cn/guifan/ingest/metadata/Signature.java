package cn.guifan.ingest.metadata;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The 发文机关署名 and 成文日期: the first line after the title that is a date and nothing else,
 * under one or more lines of organ names (丰原市生态环境局青禾分局 青禾县住房和城乡建设局) or under the official
 * who signs an order (市长 ×××). A 印发 line of the 版记 is no signature.
 * <p>
 * In a notice that issues an 办法 the signature stands in the middle of the text, before
 * the 办法; the first one is the notice's.
 */
record Signature(LocalDate date, List<String> organs, int dateLine) {

	static final Function<DocumentText, @Nullable Signature> OF = Signature::find;

	/** How many lines of organ names may stand above the date. */
	private static final int ORGAN_LINES = 4;

	private static final Pattern OFFICIAL = Pattern
		.compile("(?:长|主任|书记|主席|总理|部长|厅长|局长|院长|检察长|负责人)[\\s\\u3000]*\\S{0,4}$|×");

	static @Nullable Signature find(DocumentText text) {
		List<DocumentText.Line> lines = text.nonBlankLines();
		HeadLayout head = text.memo(HeadLayout.OF);
		int from = Math.max(1, Math.max(head.titleTo(), 0));
		for (int i = from; i < lines.size(); i++) {
			if (lines.get(i).text().length() > 40) {
				continue;
			}
			String s = lines.get(i).stripped();
			if (s.length() > 24 || s.contains("印发")
					|| (s.indexOf('年') < 0 && s.indexOf('-') < 0 && s.indexOf('/') < 0)) {
				continue;
			}
			LocalDate date = DateText.parseWhole(s);
			if (date == null) {
				continue;
			}
			List<String> organs = new ArrayList<>();
			int j = i - 1;
			while (j >= from && i - j <= ORGAN_LINES) {
				List<String> names = Organs.split(lines.get(j).stripped());
				if (names.isEmpty()) {
					break;
				}
				organs.addAll(0, names);
				j--;
			}
			if (!organs.isEmpty()) {
				return new Signature(date, organs, i);
			}
			String above = lines.get(i - 1).stripped();
			if (above.length() <= 16 && OFFICIAL.matcher(above).find()) {
				return new Signature(date, List.of(), i);
			}
			if (i - 1 == 0 && above.startsWith("# ") || i == head.titleTo()) {
				// A date standing under the title: the date the document bears.
				return new Signature(date, List.of(), i);
			}
		}
		return null;
	}

}
