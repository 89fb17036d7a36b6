package cn.guifan.ingest.metadata;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.guifan.schemas.document.DocumentMetadata;
import cn.guifan.schemas.document.HistoryEvent;
import cn.guifan.schemas.text.ChineseDates;
import cn.guifan.schemas.text.ChineseNumerals;
import org.jspecify.annotations.Nullable;

/**
 * A law's history block (题注): the lines under the title that say when the text was
 * adopted, approved, promulgated, amended, revised and put into force, e.g. "1993年12月29日
 * 第八届全国人民代表大会常务委员会第五次会议《关于修改〈中华人民共和国会计法〉的决定》第一次修正".
 * <p>
 * The block is read in both shapes it comes in: one event per line above the corpus'
 * {@code <!-- INFO END -->} marker (lines broken in the middle are joined again), or one
 * bracketed paragraph under the title as official texts print it ("（1985年1月21日…通过
 * 根据1993年12月29日…修正）"). Each date starts an event; dates inside 《》 are part of a title,
 * not events. An event that names no act of its own (the first court of a joint adoption)
 * takes the act of the next one.
 */
final class HistoryStage implements ExtractionStage {

	private static final Pattern ORDINAL = Pattern.compile("第([一二三四五六七八九十0-9]{1,3})次(?:修正|修订|修改)");

	private static final Pattern ACT = Pattern.compile("修订|修正|修改|批准|通过|公布|发布|印发|公告|施行|实施|执行|生效");

	private static final Pattern ORGAN_END = Pattern
		.compile("《|<|〈|通过|修订|修正|修改|批准|公布|发布|印发|公告|施行|实施|执行|生效|令第|以[^，。]{0,12}〔|根据|第[一二三四五六七八九十]+次修");

	private static final Pattern PROMULGATION = Pattern.compile("公布|发布|印发");

	private static final Pattern HISTORY_WORDS = Pattern.compile("通过|修正|修订|公布|发布|批准|施行");

	/** How far below the title a bracketed history paragraph may start. */
	private static final int PARAGRAPH_LINES = 4;

	/** How far down a Markdown heading below a record header may stand. */
	private static final int MARKDOWN_HEADING_LINES = 30;

	@Override
	public void apply(DocumentText text, DocumentMetadata.Builder metadata) {
		String block = block(text);
		if (block != null) {
			metadata.history(parse(block));
		}
	}

	/**
	 * The history block's text, lines joined with a space, or null when there is none.
	 */
	static @Nullable String block(DocumentText text) {
		List<DocumentText.Line> lines = text.nonBlankLines();
		HeadLayout head = text.memo(HeadLayout.OF);
		StringBuilder block = new StringBuilder();
		if (head.infoEnd() >= 0) {
			boolean inEvent = false;
			for (int i = 1; i < head.infoEnd(); i++) {
				String s = unbracketed(lines.get(i).stripped());
				boolean dated = startsWithDate(s);
				if (dated || (inEvent && !s.startsWith("#") && !HeadLayout.isAddressee(s))) {
					if (dated && DateText.parseWhole(s) != null) {
						// A signature date of a notice printed in the header.
						inEvent = false;
						continue;
					}
					// A line broken in the middle of a word continues without a space.
					block.append(dated ? " " : "").append(s);
					inEvent = true;
				}
				else {
					inEvent = false;
				}
			}
			return block.isEmpty() ? null : block.toString();
		}
		// Under the title; at the very start when the page shows none. A page that
		// repeats the title below its site table (a town reposting a city's regulation)
		// prints the 题注 under the repeated title: each run of title lines is tried.
		List<Integer> starts = new ArrayList<>();
		if (head.titleTo() >= 0) {
			starts.add(head.titleTo());
		}
		for (int end : head.titleEnds()) {
			if (!starts.contains(end)) {
				starts.add(end);
			}
		}
		// A Markdown page with a record header above it (a repository's front matter,
		// then “# 标题”, the title again, the 题注): the lines under its heading.
		for (int i = 1; i < Math.min(lines.size(), MARKDOWN_HEADING_LINES); i++) {
			if (lines.get(i).stripped().startsWith("# ")) {
				if (!starts.contains(i + 1)) {
					starts.add(i + 1);
				}
				break;
			}
		}
		if (starts.isEmpty()) {
			starts.add((lines.isEmpty() || !lines.get(0).stripped().startsWith("#")) ? 0 : 1);
		}
		for (int from : starts) {
			String paragraph = bracketedParagraph(lines, from);
			if (paragraph != null) {
				return paragraph;
			}
		}
		return null;
	}

	/**
	 * The bracketed paragraph that starts with a date within a few lines of {@code from},
	 * up to its closing bracket, when it names an act of making the text (通过, 公布 …). The
	 * act is looked for in the whole paragraph: a page may break the line right after the
	 * date ("(2016年11月14日" / "…令〔2016〕第8号公布，…)").
	 */
	private static @Nullable String bracketedParagraph(List<DocumentText.Line> lines, int from) {
		StringBuilder block = new StringBuilder();
		for (int i = from; i < Math.min(lines.size(), from + PARAGRAPH_LINES); i++) {
			String s = lines.get(i).stripped();
			if (block.isEmpty()) {
				if ((s.startsWith("（") || s.startsWith("(")) && startsWithDate(s.substring(1))) {
					block.append(s);
				}
			}
			else {
				block.append(' ').append(s);
			}
			if (!block.isEmpty() && (s.endsWith("）") || s.endsWith(")"))) {
				if (HISTORY_WORDS.matcher(block).find()) {
					return block.toString();
				}
				// A date alone in brackets (a 决定's date under its title) is no history.
				block.setLength(0);
			}
		}
		return null;
	}

	/** "(2014年11月1日…通过)": a bracketed event line reads like a bare one. */
	private static String unbracketed(String line) {
		String s = line;
		if (s.startsWith("（") || s.startsWith("(")) {
			s = s.substring(1);
		}
		if (s.endsWith("）") || s.endsWith(")")) {
			s = s.substring(0, s.length() - 1);
		}
		return s.strip();
	}

	static List<HistoryEvent> parse(String block) {
		List<ChineseDates.Match> dates = outsideTitles(block, ChineseDates.findAll(block));
		List<HistoryEvent> events = new ArrayList<>();
		List<Integer> untyped = new ArrayList<>();
		for (int k = 0; k < dates.size(); k++) {
			ChineseDates.Match date = dates.get(k);
			int end = (k + 1 < dates.size()) ? dates.get(k + 1).start() : block.length();
			String segment = trim(block.substring(date.start(), end));
			String rest = block.substring(date.end(), end);
			String decision = decision(rest);
			String acts = (decision != null) ? rest.replace(decision, "") : rest;
			HistoryEvent.Type type = type(acts, decision);
			if (type == null && decision != null
					&& ACT.matcher(decision.substring(Math.max(0, decision.length() - 2))).find()) {
				// A closing 》 misplaced after the act: 《关于修改…的决定修正》.
				type = type(decision.substring(decision.length() - 2), null);
			}
			if (type == null) {
				untyped.add(events.size());
				events.add(
						new HistoryEvent(HistoryEvent.Type.ADOPTED, date.date(), organ(rest), decision, null, segment));
				continue;
			}
			for (int u : untyped) {
				HistoryEvent e = events.get(u);
				events.set(u, new HistoryEvent(type, e.date(), e.organ(), e.decision(), e.ordinal(), e.text()));
			}
			untyped.clear();
			Integer ordinal = null;
			Matcher o = ORDINAL.matcher(acts);
			if (o.find()) {
				OptionalInt n = ChineseNumerals.parse(o.group(1));
				ordinal = n.isPresent() ? n.getAsInt() : null;
			}
			events.add(new HistoryEvent(type, date.date(), organ(rest), decision, ordinal, segment));
			if (type == HistoryEvent.Type.PROMULGATED && acts.contains("施行")) {
				// 公布施行: in force the day it is promulgated.
				events.add(new HistoryEvent(HistoryEvent.Type.EFFECTIVE, date.date(), null, null, null, segment));
			}
			if (type == HistoryEvent.Type.APPROVED && PROMULGATION.matcher(acts).find()) {
				// 国务院批准 … 海关总署发布: approved and promulgated the same day.
				events.add(new HistoryEvent(HistoryEvent.Type.PROMULGATED, date.date(), null, null, null, segment));
			}
		}
		// An event that never found its act is dropped: a bare date is no history.
		List<HistoryEvent> typed = new ArrayList<>();
		for (int i = 0; i < events.size(); i++) {
			if (!untyped.contains(i)) {
				typed.add(events.get(i));
			}
		}
		return typed;
	}

	private static HistoryEvent.@Nullable Type type(String acts, @Nullable String decision) {
		if (acts.contains("修订")) {
			return HistoryEvent.Type.REVISED;
		}
		if (acts.contains("修正") || acts.contains("修改") || (decision != null && decision.contains("修正案"))) {
			return HistoryEvent.Type.AMENDED;
		}
		if (acts.contains("批准")) {
			return HistoryEvent.Type.APPROVED;
		}
		if (acts.contains("通过")) {
			return HistoryEvent.Type.ADOPTED;
		}
		if (acts.contains("公布") || acts.contains("发布") || acts.contains("印发") || acts.contains("公告")) {
			return HistoryEvent.Type.PROMULGATED;
		}
		if (ACT.matcher(acts).find()) {
			return HistoryEvent.Type.EFFECTIVE;
		}
		return null;
	}

	/** The title of the amending decision named in the event, without its 《》. */
	private static @Nullable String decision(String rest) {
		int open = rest.indexOf('《');
		if (open < 0) {
			return null;
		}
		int depth = 0;
		for (int i = open; i < rest.length(); i++) {
			char c = rest.charAt(i);
			if (c == '《') {
				depth++;
			}
			else if (c == '》' && --depth == 0) {
				return rest.substring(open + 1, i);
			}
		}
		return null;
	}

	private static @Nullable String organ(String rest) {
		String s = rest.strip();
		if (s.startsWith("根据")) {
			s = s.substring(2);
		}
		Matcher m = ORGAN_END.matcher(s);
		String organ = trim(m.find() ? s.substring(0, m.start()) : s);
		return organ.isEmpty() ? null : organ;
	}

	/** Punctuation a segment may start with (and 根据, as its characters). */
	private static final String LEADING = "（(，,、。；;根据";

	/** Punctuation a segment may end with. */
	private static final String TRAILING = "（(）)，,、。；;";

	/** Punctuation that may stand before a 根据 a segment ends with. */
	private static final String BEFORE_TRAILING_BASIS = "（(，,、。；;";

	/**
	 * The segment without the punctuation and spaces around it, and without a 根据 it ends
	 * with. Loops, not a regular expression: "[\\s…]+$" tried at every character of a
	 * long run of spaces inside a segment takes time that grows with the square of the
	 * run.
	 */
	static String trim(String s) {
		int from = 0;
		while (from < s.length() && isIn(s.charAt(from), LEADING)) {
			from++;
		}
		int to = s.length();
		if (s.endsWith("根据") && to - 2 >= from) {
			to -= 2;
			while (to > from && isIn(s.charAt(to - 1), BEFORE_TRAILING_BASIS)) {
				to--;
			}
		}
		else {
			while (to > from && isIn(s.charAt(to - 1), TRAILING)) {
				to--;
			}
		}
		return s.substring(from, to);
	}

	private static boolean isIn(char c, String punctuation) {
		return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '\u3000'
				|| punctuation.indexOf(c) >= 0;
	}

	private static boolean startsWithDate(String s) {
		return ChineseDates.findFirst(s.length() > 16 ? s.substring(0, 16) : s)
			.map((d) -> d.start() == 0)
			.orElse(false);
	}

	/** Dates that are not inside 《》 (a decision's title may contain one). */
	private static List<ChineseDates.Match> outsideTitles(String block, List<ChineseDates.Match> dates) {
		List<ChineseDates.Match> kept = new ArrayList<>();
		int depth = 0;
		int pos = 0;
		for (ChineseDates.Match d : dates) {
			for (; pos < d.start(); pos++) {
				char c = block.charAt(pos);
				if (c == '《') {
					depth++;
				}
				else if (c == '》' && depth > 0) {
					depth--;
				}
			}
			if (depth == 0) {
				kept.add(d);
			}
		}
		return kept;
	}

}
