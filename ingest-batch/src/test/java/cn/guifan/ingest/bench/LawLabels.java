package cn.guifan.ingest.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.guifan.schemas.docnumber.DocNumberMatch;
import cn.guifan.schemas.docnumber.DocNumbers;
import cn.guifan.schemas.document.DocumentKind;
import cn.guifan.schemas.text.ChineseDates;
import cn.guifan.schemas.text.ChineseText;
import tools.jackson.databind.JsonNode;

/**
 * Labels of the corpus laws, derived from each file and its manifest line by the rules
 * docs/metadata.md states (written separately from the extraction stages, and simpler):
 * <ul>
 * <li>title: the {@code # } line, spaces collapsed;</li>
 * <li>kind: the manifest's level (法律 and 宪法 → LAW, 行政法规, 地方性法规, 司法解释, 部门规章 → RULE, 其他 →
 * OTHER); files without a level are the 刑法 and 民法典 folders, laws; a few levels are
 * corrected, each with its reason ({@code law-label-corrections.jsonl});</li>
 * <li>docNumber: a header line that is one bracketed number (法释〔2021〕11号), else the
 * number on the latest header event that promulgates, issues or revises the text
 * (…令第N号公布) and names no amending decision; else none;</li>
 * <li>signedDate: a header line that is a date alone (the signature of a notice printed
 * in the header), else the latest 通过/修正/修订 event, else the latest 公布/发布 event;</li>
 * <li>publishedDate: the manifest's {@code publish}; effectiveDate: its
 * {@code validFrom}; unlabelled when null.</li>
 * </ul>
 */
final class LawLabels {

	private static final String INFO_END = "<!-- INFO END -->";

	private static final Pattern DATE = Pattern.compile("[0-9０-９]{4}年[0-9０-９]{1,2}月[0-9０-９]{1,2}日");

	private static final Pattern MADE = Pattern.compile("通过|修正|修订|修改");

	private static final Pattern PUBLISHED = Pattern.compile("公布|发布|印发");

	private static final Pattern APPROVED = Pattern.compile("批准");

	private static final Pattern ANY_ACT = Pattern.compile("通过|修正|修订|修改|公布|发布|印发|批准|施行|实施|执行");

	private static final Map<String, DocumentKind> LEVELS = Map.of("法律", DocumentKind.LAW, "宪法", DocumentKind.LAW,
			"行政法规", DocumentKind.ADMINISTRATIVE_REGULATION, "地方性法规", DocumentKind.LOCAL_REGULATION, "司法解释",
			DocumentKind.JUDICIAL_INTERPRETATION, "部门规章", DocumentKind.RULE, "其他", DocumentKind.OTHER);

	private LawLabels() {
	}

	static Labels.Expected of(String path, String text, JsonNode manifest, Map<String, String> kindCorrections) {
		Labels.Expected e = new Labels.Expected(Labels.Source.CORPUS, path);
		List<String> lines = text.lines().toList();
		String first = lines.isEmpty() ? "" : lines.get(0);
		e.put(Labels.Field.TITLE, first.startsWith("# ") ? ChineseText.collapseSpaces(first.substring(2)) : null);
		e.put(Labels.Field.KIND, kind(path, manifest, kindCorrections));
		List<String> header = new ArrayList<>();
		for (int i = 1; i < lines.size() && !lines.get(i).strip().equals(INFO_END); i++) {
			if (!lines.get(i).isBlank() && !lines.get(i).startsWith("#")) {
				header.add(lines.get(i).strip());
			}
		}
		List<String[]> events = events(header);
		e.put(Labels.Field.DOC_NUMBER, docNumber(header, events));
		e.put(Labels.Field.SIGNED_DATE, signedDate(lines, events));
		String publish = text(manifest, "publish");
		if (publish != null) {
			e.put(Labels.Field.PUBLISHED_DATE, publish);
		}
		String validFrom = text(manifest, "validFrom");
		if (validFrom != null) {
			e.put(Labels.Field.EFFECTIVE_DATE, validFrom);
		}
		return e;
	}

	private static String kind(String path, JsonNode manifest, Map<String, String> corrections) {
		if (corrections.containsKey(path)) {
			return corrections.get(path);
		}
		String level = text(manifest, "level");
		if (level == null) {
			return (path.startsWith("刑法/") || path.startsWith("民法典/")) ? DocumentKind.LAW.name() : null;
		}
		DocumentKind kind = LEVELS.get(level);
		return (kind != null) ? kind.name() : null;
	}

	/**
	 * Each dated piece of the header: [date, text], lines broken in the middle joined.
	 */
	private static List<String[]> events(List<String> header) {
		StringBuilder joined = new StringBuilder();
		boolean open = false;
		for (String line : header) {
			boolean dated = DATE.matcher(line).lookingAt();
			if (dated || open) {
				joined.append(' ').append(line);
				open = true;
			}
		}
		List<String[]> events = new ArrayList<>();
		Matcher m = DATE.matcher(joined);
		List<int[]> at = new ArrayList<>();
		while (m.find()) {
			at.add(new int[] { m.start(), m.end() });
		}
		for (int k = 0; k < at.size(); k++) {
			int end = (k + 1 < at.size()) ? at.get(k + 1)[0] : joined.length();
			String date = joined.substring(at.get(k)[0], at.get(k)[1]);
			events.add(new String[] { iso(date), joined.substring(at.get(k)[1], end) });
		}
		// "A会议、B会议通过": a piece that names no act shares the act of the next one.
		for (int k = events.size() - 2; k >= 0; k--) {
			if (!ANY_ACT.matcher(events.get(k)[1]).find()) {
				events.get(k)[1] = events.get(k)[1] + events.get(k + 1)[1];
			}
		}
		return events;
	}

	private static String docNumber(List<String> header, List<String[]> events) {
		for (String line : header) {
			var whole = DocNumbers.parse(line);
			if (whole.isPresent()) {
				return whole.get().normalized();
			}
		}
		String best = null;
		String bestDate = null;
		for (String[] event : events) {
			String t = event[1];
			if (!(PUBLISHED.matcher(t).find() || t.contains("修订")) || t.contains("决定》")) {
				continue;
			}
			List<DocNumberMatch> numbers = DocNumbers.findAll(t);
			if (!numbers.isEmpty() && (bestDate == null || event[0].compareTo(bestDate) >= 0)) {
				best = whole(t, numbers.get(0));
				bestDate = event[0];
			}
		}
		return best;
	}

	/**
	 * A number in running text is read by its agency code, at most 16 characters; an
	 * organ with a longer name (台州市第四届人民代表大会常务委员会公告第36号) is cut there (州市第四届…). The event
	 * that is the organ's name and its number, read as a whole value, keeps the name
	 * whole.
	 */
	private static String whole(String event, DocNumberMatch match) {
		String found = match.number().normalized();
		String upTo = event.substring(0, match.end()).strip();
		if (match.number().agency().length() < 16 || match.start() == 0) {
			return found;
		}
		return DocNumbers.parse(upTo)
			.map(cn.guifan.schemas.docnumber.DocNumber::normalized)
			.filter((n) -> n.length() > found.length() && n.endsWith(found))
			.orElse(found);
	}

	private static String signedDate(List<String> lines, List<String[]> events) {
		String above = null;
		for (String raw : lines) {
			String line = raw.strip();
			if (line.isEmpty()) {
				continue;
			}
			var alone = ChineseDates.parse(line.replaceAll("^[（(]|[）)]$", ""));
			if (alone.isPresent() && above != null
					&& (above.startsWith("# ") || (above.length() <= 20 && !above.matches(".*[。，；：:].*")))) {
				return alone.get().toString();
			}
			above = line;
		}
		String made = latest(events, MADE);
		if (made == null) {
			made = latest(events, PUBLISHED);
		}
		return (made != null) ? made : latest(events, APPROVED);
	}

	private static String latest(List<String[]> events, Pattern act) {
		String latest = null;
		for (String[] event : events) {
			if (act.matcher(event[1]).find() && (latest == null || event[0].compareTo(latest) > 0)) {
				latest = event[0];
			}
		}
		return latest;
	}

	private static String iso(String date) {
		LocalDate d = ChineseDates.parse(date).orElseThrow();
		return d.toString();
	}

	private static String text(JsonNode node, String field) {
		JsonNode v = node.get(field);
		return (v == null || v.isNull()) ? null : v.asString();
	}

}
