package cn.guifan.schemas.document;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.guifan.schemas.docnumber.DocNumber;
import cn.guifan.schemas.docnumber.DocNumberMatch;
import cn.guifan.schemas.docnumber.DocNumbers;
import org.jspecify.annotations.Nullable;

/**
 * A row of a cleanup decision's list (废止目录, 宣布失效目录, 继续有效目录) that names its document
 * without 《》, as lists printed from a table do: its ordinal, then the title up to the
 * word that ends a document's title, then its number printed right after it — "1
 * 关于城市规划建设管理规定的通知 达市府发〔2000〕65号 制定依据发生了重大变化", "2.某县人民政府关于加强城区养犬管理的通告（某政通〔2012〕5号）".
 * Ingest reads the 废止目录 with it, the registry the other lists.
 *
 * @param title the title as printed
 * @param start where the title starts in the row
 * @param end where it ends
 * @param number the number printed within {@link #NUMBER_GAP} characters after the title
 */
public record ListRow(String title, int start, int end, @Nullable DocNumber number) {

	private static final Pattern BARE = Pattern
		.compile("^[\\s\\u3000]*[（(]?[0-9０-９]{1,4}[）)]?[\\s\\u3000]*[.、．,，:：]?[\\s\\u3000]*"
				+ "([^\\s\\u3000《（(，,。；;:：][^\\s\\u3000（(，,。；;]{3,80}?"
				+ "(?:通知|决定|办法|规定|意见|通告|公告|细则|规则|方案|批复|函|条例|规划|标准|制度|措施|纪要|计划|规程|守则|章程|要点|通报|答复))"
				+ "(?=[\\s\\u3000（(]|$)");

	private static final Pattern DISPOSING_TITLE = Pattern.compile("(?:废止|宣布失效)[^。《]{0,12}(?:文件|规章|政策措施)的决定");

	/** How far after the title its number may start, in characters. */
	public static final int NUMBER_GAP = 12;

	/**
	 * Whether a title is that of a decision named by what it does to a set of documents,
	 * whose lists these rows are: 关于废止和宣布失效部分行政规范性文件的决定 (a decision that repeals one
	 * document by its title, 关于废止《…》的决定, is not).
	 */
	public static boolean disposingDecision(String title) {
		return DISPOSING_TITLE.matcher(title).find();
	}

	/**
	 * The row's document when the row opens with its ordinal and a title without 《》 (a 《》
	 * later in the row belongs to its reason), or empty.
	 */
	public static Optional<ListRow> bare(String row) {
		Matcher m = BARE.matcher(row);
		if (!m.find()) {
			return Optional.empty();
		}
		List<DocNumberMatch> found = DocNumbers.findAll(row.substring(m.end(1)));
		DocNumber number = (!found.isEmpty() && found.get(0).start() <= NUMBER_GAP) ? found.get(0).number() : null;
		return Optional.of(new ListRow(m.group(1), m.start(1), m.end(1), number));
	}

}
