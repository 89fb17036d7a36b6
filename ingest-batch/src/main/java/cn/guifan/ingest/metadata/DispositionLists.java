package cn.guifan.ingest.metadata;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The lists of a cleanup decision (清理结果): 继续有效目录, 修改目录, 废止目录 and 宣布失效目录, each under a
 * heading line and made of rows naming documents (《title》 number organ reason). Found
 * once per document for the stages that need them.
 */
final class DispositionLists {

	static final Function<DocumentText, DispositionLists> OF = DispositionLists::find;

	/** What a list does to the documents on it. */
	enum Disposition {

		REPEALED, INVALID, OTHER

	}

	/** A run of text (offsets) that is one list, and what it does. */
	record Section(Disposition disposition, int start, int end) {

		boolean contains(int offset) {
			return offset >= this.start && offset < this.end;
		}

	}

	private final List<Section> sections;

	private DispositionLists(List<Section> sections) {
		this.sections = sections;
	}

	List<Section> sections() {
		return this.sections;
	}

	/**
	 * What a list does to the document whose reference starts at this offset: the
	 * reference must open its row (a later 《》 in the row gives a reason, it is cited).
	 * Null outside lists.
	 */
	@Nullable Disposition listed(String text, int offset) {
		Disposition d = at(offset);
		if (d == null) {
			return null;
		}
		// The reference opens its row when no 《 stands between the row's start and it.
		// Looking back only to the previous 《 keeps a list printed on one line (thousands
		// of titles) from costing the square of its length.
		for (int i = offset - 1; i >= 0 && text.charAt(i) != '\n'; i--) {
			if (text.charAt(i) == '《') {
				return null;
			}
		}
		return d;
	}

	/** What the list holding this offset does, or null outside lists. */
	@Nullable Disposition at(int offset) {
		for (Section s : this.sections) {
			if (s.contains(offset)) {
				return s.disposition();
			}
		}
		return null;
	}

	static DispositionLists find(DocumentText text) {
		List<Section> found = new ArrayList<>();
		if (!text.text().contains("目录")) {
			return new DispositionLists(found);
		}
		List<DocumentText.Line> lines = text.nonBlankLines();
		Disposition open = null;
		int start = 0;
		for (DocumentText.Line line : lines) {
			String raw = line.text();
			boolean candidate = raw.length() <= 80
					&& (raw.contains("目录") || raw.contains("附件") || raw.contains("抄送") || raw.contains("印发"));
			if (!candidate) {
				continue;
			}
			String c = line.compact();
			boolean heading = c.length() <= 40 && c.contains("目录") && !c.contains("《");
			boolean end = heading || c.startsWith("附件") || c.startsWith("抄送") || c.endsWith("印发");
			if (end && open != null) {
				found.add(new Section(open, start, line.start()));
				open = null;
			}
			if (heading) {
				open = c.contains("废止") ? Disposition.REPEALED
						: (c.contains("失效") ? Disposition.INVALID : Disposition.OTHER);
				start = line.end();
			}
		}
		if (open != null) {
			found.add(new Section(open, start, text.text().length()));
		}
		return new DispositionLists(found);
	}

}
