package cn.guifan.ingest.metadata;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.guifan.schemas.docnumber.DocNumber;
import cn.guifan.schemas.docnumber.DocNumberMatch;
import cn.guifan.schemas.docnumber.DocNumbers;
import cn.guifan.schemas.document.DocumentMetadata;
import cn.guifan.schemas.document.ListRow;
import cn.guifan.schemas.document.RepealClause;
import cn.guifan.schemas.document.TextSpan;
import org.jspecify.annotations.Nullable;

/**
 * What this document repeals, each with the repealed title and number and where the
 * clause stands: "原《…》（青政办〔2019〕8号）同时废止", "《A》（N1）和《B》（N2）同时废止", "《…》自本办法施行之日起废止",
 * "同时废止《…》", and the rows of a cleanup decision's 废止目录.
 * <p>
 * A title counts only when it is the object of 废止: right before it (with its number, a
 * connector such as 和 or 、, or 自…之日起 between) or right after it. "依照《立法法》的规定予以废止" names
 * the law that allows repealing, not what is repealed, and is no repeal.
 * <p>
 * What official texts put in parentheses after a repealed title belongs to it: its
 * number, a short name it defines and the number after that, in either width and in one
 * pair of parentheses or several ("《A》（N，以下简称《甲》）", "《A》（以下简称《甲》）（N）"). A short name is
 * no document of its own; when the text later repeals it by that name, the repeal is of
 * the document it stands for.
 */
final class RepealStage implements ExtractionStage {

	/** What may stand between a repealed title (or its number) and 废止. */
	private static final Pattern BEFORE = Pattern.compile(
			"^[\\s\\u3000]*(?:文件)?(?:等[0-9一二三四五六七八九十]+件[^。；，,]{0,16}?)?(?:自[^。；，,]{0,24}?之日起)?[，,]?[\\s\\u3000]*(?:同时|予以|一并|即行|即|均|同时予以)?废止");

	/** What may stand between two repealed titles. */
	private static final Pattern CONNECTOR = Pattern
		.compile("^[\\s\\u3000]*(?:和|及|以及|与|、|，|,)[\\s\\u3000]*(?:[^《。；，]{0,50}?的)?$");

	/** Longer than any text {@link #CONNECTOR} accepts, spaces aside. */
	private static final int MAX_CONNECTOR = 80;

	/** A parenthesis after a title that does not close within this is no annotation. */
	private static final int MAX_ANNOTATION = 120;

	/** Line breaks an annotation may hold (a layout that wrapped it). */
	private static final int MAX_BREAKS = 2;

	/** How far a clause's text reaches before its title, and after it. */
	private static final int CLAUSE_BEFORE = 120;

	private static final int CLAUSE_AFTER = 240;

	/** The words that make the 《》 after them a short name (以下简称《办法》). */
	private static final Pattern SHORT_NAME = Pattern.compile("(?:简称|下称|以下称)[：:“\"]?[\\s\\u3000]*$");

	@Override
	public void apply(DocumentText text, DocumentMetadata.Builder metadata) {
		String body = text.text();
		DispositionLists lists = text.memo(DispositionLists.OF);
		Map<String, RepealClause> byKey = new LinkedHashMap<>();
		if (body.contains("废止")) {
			List<Titled> titled = titled(body, text.memo(Citations.OF));
			boolean[] repealed = repealed(body, titled);
			Map<String, Titled> shortNames = new HashMap<>();
			for (int k = 0; k < titled.size(); k++) {
				Titled t = titled.get(k);
				for (String name : t.shortNames()) {
					shortNames.putIfAbsent(name, t);
				}
				if (lists.at(t.start()) != null) {
					continue;
				}
				if (repealed[k]) {
					Titled named = shortNames.get(t.title());
					add(byKey, clause(body, t, (named != null && t.number() == null) ? named : t));
				}
			}
			repealedNumbersWithoutTitle(body, byKey);
		}
		for (DispositionLists.Section section : lists.sections()) {
			if (section.disposition() != DispositionLists.Disposition.REPEALED) {
				continue;
			}
			String rows = body.substring(section.start(), section.end());
			Set<Integer> plainRows = plainRows(rows, section.start(), byKey);
			for (Citations.Reference r : Citations.all(rows)) {
				if (lists.listed(body, section.start() + r.start()) == null
						|| plainRows.contains(rows.lastIndexOf('\n', r.start()) + 1)) {
					continue;
				}
				int lineStart = rows.lastIndexOf('\n', r.start()) + 1;
				int lineEnd = rows.indexOf('\n', r.end());
				String row = rows.substring(lineStart, (lineEnd < 0) ? rows.length() : lineEnd).strip();
				add(byKey, new RepealClause(r.title(), r.number(), row,
						new TextSpan(section.start() + r.start(), section.start() + r.end())));
			}
		}
		metadata.repeals(new ArrayList<>(byKey.values()));
	}

	/**
	 * Adds the rows of a list that name their documents without 《》 ({@link ListRow}) and
	 * returns where those rows start (offsets in {@code rows}): a 《》 later in such a row
	 * is its reason's citation (新的《城乡规划法》实施后), not the document the row repeals.
	 */
	private static Set<Integer> plainRows(String rows, int offset, Map<String, RepealClause> byKey) {
		Set<Integer> starts = new HashSet<>();
		int lineStart = 0;
		while (lineStart < rows.length()) {
			int lineEnd = rows.indexOf('\n', lineStart);
			if (lineEnd < 0) {
				lineEnd = rows.length();
			}
			String line = rows.substring(lineStart, lineEnd);
			Optional<ListRow> bare = ListRow.bare(line);
			if (bare.isPresent()) {
				ListRow row = bare.get();
				add(byKey, new RepealClause(row.title(), row.number(), line.strip(),
						new TextSpan(offset + lineStart + row.start(), offset + lineStart + row.end())));
				starts.add(lineStart);
			}
			lineStart = lineEnd + 1;
		}
		return starts;
	}

	/**
	 * A 《title》 with what the text put in parentheses after it.
	 *
	 * @param title the title
	 * @param number its number, printed right after it or among its annotations
	 * @param shortNames the short names the annotations define for it
	 * @param start where the 《 is
	 * @param end after the title, its number and its annotations
	 */
	private record Titled(String title, @Nullable DocNumber number, List<String> shortNames, int start, int end) {
	}

	/**
	 * The references with their annotations, in order and never overlapping: a 《》 inside
	 * the annotation of the title before it (a short name) is part of that title.
	 */
	private static List<Titled> titled(String body, List<Citations.Reference> refs) {
		List<Titled> titled = new ArrayList<>(refs.size());
		int covered = 0;
		for (Citations.Reference r : refs) {
			if (r.start() < covered) {
				continue;
			}
			DocNumber number = r.number();
			List<String> shortNames = new ArrayList<>();
			int end = r.end();
			int i = skipSpaces(body, r.titleEnd());
			while (i < body.length() && (body.charAt(i) == '（' || body.charAt(i) == '(')) {
				int close = closing(body, i);
				if (close < 0) {
					break;
				}
				String inside = body.substring(i + 1, close);
				DocNumber found = annotate(inside, shortNames, number == null);
				if (number == null) {
					number = found;
				}
				end = Math.max(end, close + 1);
				i = skipSpaces(body, close + 1);
			}
			titled.add(new Titled(r.title(), number, shortNames, r.start(), end));
			covered = end;
		}
		return titled;
	}

	/**
	 * Reads one annotation: the short names it defines go to {@code shortNames}; the
	 * first number outside 《》 is returned when {@code wanted}.
	 */
	private static @Nullable DocNumber annotate(String inside, List<String> shortNames, boolean wanted) {
		StringBuilder outsideTitles = new StringBuilder(inside);
		for (Citations.Reference inner : Citations.all(inside)) {
			if (SHORT_NAME.matcher(inside.substring(Math.max(0, inner.start() - 6), inner.start())).find()) {
				shortNames.add(inner.title());
			}
			for (int j = inner.start(); j < inner.titleEnd(); j++) {
				outsideTitles.setCharAt(j, ' ');
			}
		}
		if (!wanted) {
			return null;
		}
		List<DocNumberMatch> numbers = DocNumbers.findAll(outsideTitles);
		return numbers.isEmpty() ? null : numbers.get(0).number();
	}

	/**
	 * The parenthesis closing the one at {@code open}, in either width, or -1 when it
	 * does not close within an annotation's length (a sentence's end or a third line
	 * break comes first).
	 */
	private static int closing(String body, int open) {
		int depth = 0;
		int breaks = 0;
		int limit = Math.min(body.length(), open + MAX_ANNOTATION);
		for (int j = open; j < limit; j++) {
			char c = body.charAt(j);
			if (c == '（' || c == '(') {
				depth++;
			}
			else if ((c == '）' || c == ')') && --depth == 0) {
				return j;
			}
			else if (c == '。' || c == '；' || (c == '\n' && ++breaks > MAX_BREAKS)) {
				return -1;
			}
		}
		return -1;
	}

	private static int skipSpaces(String body, int from) {
		int i = from;
		while (i < body.length() && (body.charAt(i) == ' ' || body.charAt(i) == '\t' || body.charAt(i) == '\u3000')) {
			i++;
		}
		return i;
	}

	/**
	 * Which titles are the object of 废止: 废止 follows the title, directly or through the
	 * next titles joined to it by connectors (《A》、《B》同时废止), or precedes it, directly or
	 * through the titles before it (同时废止《A》和《B》). Two passes, one each way, so a list of
	 * a thousand titles costs a thousand steps, not a million.
	 */
	private static boolean[] repealed(String body, List<Titled> titled) {
		int n = titled.size();
		boolean[] before = new boolean[n];
		for (int k = n - 1; k >= 0; k--) {
			int end = titled.get(k).end();
			String after = body.substring(end, Math.min(body.length(), end + 60));
			before[k] = BEFORE.matcher(after).find()
					|| (k + 1 < n && before[k + 1] && connects(body, end, titled.get(k + 1).start()));
		}
		boolean[] repealed = new boolean[n];
		boolean afterPrevious = false;
		for (int k = 0; k < n; k++) {
			int start = titled.get(k).start();
			boolean after = body.substring(Math.max(0, start - 8), start).endsWith("废止")
					|| (k > 0 && afterPrevious && connects(body, titled.get(k - 1).end(), start));
			repealed[k] = before[k] || after;
			afterPrevious = after;
		}
		return repealed;
	}

	/** Whether the text from {@code end} to {@code start} joins two repealed titles. */
	private static boolean connects(String body, int end, int start) {
		return start - end <= MAX_CONNECTOR && CONNECTOR.matcher(body.substring(end, start)).find();
	}

	/** "…青政办〔2017〕23号文件同时废止": a number without a title. */
	private static void repealedNumbersWithoutTitle(String body, Map<String, RepealClause> byKey) {
		for (int at = body.indexOf("废止"); at >= 0; at = body.indexOf("废止", at + 2)) {
			int from = Math.max(0, at - 40);
			String before = body.substring(from, at);
			if (before.indexOf('号') < 0) {
				// Every number findAll reads ends with 号; its three patterns tried at
				// each character before every 废止 of a law were 6 % of all metadata
				// extraction's time on the corpus.
				continue;
			}
			List<DocNumberMatch> numbers = DocNumbers.findAll(before);
			if (numbers.isEmpty()) {
				continue;
			}
			DocNumberMatch last = numbers.get(numbers.size() - 1);
			String between = before.substring(last.end());
			boolean bracketed = last.start() > 0 && "（(".indexOf(before.charAt(last.start() - 1)) >= 0;
			Matcher m = BEFORE.matcher(between + "废止");
			if (!bracketed && m.matches()) {
				int start = sentenceStart(body, from + last.start());
				add(byKey, new RepealClause(null, last.number(), body.substring(start, at + 2).strip(),
						new TextSpan(from + last.start(), at + 2)));
			}
		}
	}

	/**
	 * The clause of the title at {@code where}, repealing {@code what} (the same title,
	 * or the document a short name stands for).
	 */
	private static RepealClause clause(String body, Titled where, Titled what) {
		int start = sentenceStart(body, where.start());
		int end = sentenceEnd(body, where.end());
		return new RepealClause(what.title(), what.number(), body.substring(start, end).strip(),
				new TextSpan(where.start(), where.end()));
	}

	/**
	 * Where the sentence of a title starts, looking back no further than
	 * {@link #CLAUSE_BEFORE}: in a list of a thousand repealed titles, each clause is its
	 * title's stretch of the sentence, not a copy of the whole list.
	 */
	private static int sentenceStart(String body, int at) {
		int limit = Math.max(0, at - CLAUSE_BEFORE);
		for (int i = at - 1; i >= limit; i--) {
			char c = body.charAt(i);
			if (c == '。' || c == '\n' || c == '；') {
				return i + 1;
			}
		}
		return limit;
	}

	private static void add(Map<String, RepealClause> byKey, RepealClause clause) {
		String key = (clause.title() != null) ? clause.title()
				: (clause.docNumber() != null) ? clause.docNumber().normalized() : clause.text();
		RepealClause known = byKey.get(key);
		if (known == null || (known.docNumber() == null && clause.docNumber() != null)) {
			byKey.put(key, clause);
		}
	}

	private static int sentenceEnd(String body, int at) {
		int limit = Math.min(body.length(), at + CLAUSE_AFTER);
		for (int i = at; i < limit; i++) {
			char c = body.charAt(i);
			if (c == '。' || c == '\n' || c == '；') {
				return i + 1;
			}
		}
		return limit;
	}

}
