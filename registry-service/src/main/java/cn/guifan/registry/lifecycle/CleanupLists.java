package cn.guifan.registry.lifecycle;

import java.util.ArrayList;
import java.util.List;

import cn.guifan.schemas.docnumber.DocNumber;
import cn.guifan.schemas.docnumber.DocNumberMatch;
import cn.guifan.schemas.docnumber.DocNumbers;
import cn.guifan.schemas.document.Citation;
import cn.guifan.schemas.document.ListRow;
import cn.guifan.schemas.document.TextSpan;
import cn.guifan.schemas.lifecycle.LifecycleEventType;
import cn.guifan.schemas.lifecycle.RelationType;
import org.jspecify.annotations.Nullable;

/**
 * The lists of a published cleanup decision (清理结果): 继续有效目录, 修改目录, 废止目录 and 宣布失效目录. Each
 * row names a document (《title》 number organ reason); what the list does becomes an event
 * on that document, with the decision as its cause. The 废止目录 is read by ingest as repeal
 * clauses; the other three are read here.
 */
final class CleanupLists {

	private CleanupLists() {
	}

	/** What a list does to the documents on it. */
	enum Disposition {

		CONTINUED(RelationType.CONFIRMS, LifecycleEventType.CONFIRMED),

		TO_AMEND(RelationType.MARKS_FOR_AMENDMENT, LifecycleEventType.MARKED_FOR_AMENDMENT),

		INVALID(RelationType.DECLARES_INVALID, LifecycleEventType.DECLARED_INVALID),

		/** Read as repeal clauses by ingest. */
		REPEALED(RelationType.REPEALS, LifecycleEventType.REPEALED);

		private final RelationType relation;

		private final LifecycleEventType event;

		Disposition(RelationType relation, LifecycleEventType event) {
			this.relation = relation;
			this.event = event;
		}

		RelationType relation() {
			return this.relation;
		}

		LifecycleEventType event() {
			return this.event;
		}

		/** The disposition a relation records, if it is one of a list. */
		static @Nullable Disposition of(RelationType relation) {
			for (Disposition d : values()) {
				if (d != REPEALED && d.relation == relation) {
					return d;
				}
			}
			return null;
		}

	}

	/**
	 * A row of a list.
	 *
	 * @param disposition what the list does
	 * @param citation the 《title》 that opens the row
	 * @param number the doc number printed in the row, if any
	 * @param row the row as printed
	 */
	record Entry(Disposition disposition, Citation citation, @Nullable DocNumber number, String row) {
	}

	/** Whether the title is that of a decision publishing cleanup results. */
	static boolean isCleanupDecision(String title) {
		return (title.contains("清理") && (title.contains("决定") || title.contains("结果") || title.contains("目录")))
				|| ListRow.disposingDecision(title);
	}

	/**
	 * The rows of the lists: each row opens (after its 序号) with the 《title》 of the
	 * document it is about, or its title without 《》 ({@link ListRow}); the number printed
	 * after it in the row is that document's. Read from the text, since ingest keeps the
	 * rows of the 宣布失效 list out of the citations.
	 */
	static List<Entry> read(String text, List<Citation> citations) {
		List<Entry> entries = new ArrayList<>();
		for (Section section : sections(text)) {
			int offset = section.start();
			for (String line : text.substring(section.start(), section.end()).split("\n", -1)) {
				Entry entry = row(section.disposition(), line, offset);
				if (entry != null) {
					entries.add(entry);
				}
				offset += line.length() + 1;
			}
		}
		return entries;
	}

	private static @Nullable Entry row(Disposition disposition, String line, int offset) {
		int open = line.indexOf('《');
		if (open < 0 || !line.substring(0, open).strip().matches("[0-9０-９]*[．.、]?")) {
			// A list printed from a table names its documents without 《》.
			return ListRow.bare(line)
				.map((r) -> new Entry(disposition,
						new Citation(r.title(), r.number(), new TextSpan(offset + r.start(), offset + r.end()),
								List.of()),
						r.number(), line.strip()))
				.orElse(null);
		}
		int close = line.indexOf('》', open);
		if (close < 0) {
			return null;
		}
		String title = line.substring(open + 1, close).strip();
		if (title.isEmpty()) {
			return null;
		}
		List<DocNumberMatch> found = DocNumbers.findAll(line.substring(close + 1));
		DocNumber number = found.isEmpty() ? null : found.get(0).number();
		Citation citation = new Citation(title, number, new TextSpan(offset + open, offset + close + 1), List.of());
		return new Entry(disposition, citation, number, line.strip());
	}

	private record Section(Disposition disposition, int start, int end) {
	}

	/** The runs of text under each list's heading, to the next heading or 抄送. */
	private static List<Section> sections(String text) {
		List<Section> sections = new ArrayList<>();
		Disposition open = null;
		int start = 0;
		int offset = 0;
		for (String line : text.split("\n", -1)) {
			String c = line.strip();
			boolean heading = c.length() <= 40 && c.contains("目录") && !c.contains("《") && !c.contains("：");
			boolean stop = heading || c.startsWith("附件") || c.startsWith("抄送") || c.endsWith("印发");
			if (stop && open != null) {
				sections.add(new Section(open, start, offset));
				open = null;
			}
			if (heading) {
				open = c.contains("继续有效") || c.contains("保留") ? Disposition.CONTINUED : c.contains("修改")
						? Disposition.TO_AMEND
						: c.contains("失效") ? Disposition.INVALID : c.contains("废止") ? Disposition.REPEALED : null;
				start = offset + line.length();
			}
			offset += line.length() + 1;
		}
		if (open != null) {
			sections.add(new Section(open, start, text.length()));
		}
		return sections;
	}

}
