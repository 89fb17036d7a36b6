package cn.guifan.ingest.metadata;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.guifan.schemas.docnumber.DocNumberMatch;
import cn.guifan.schemas.docnumber.DocNumbers;
import cn.guifan.schemas.document.DocumentMetadata;
import cn.guifan.schemas.document.RepealClause;
import cn.guifan.schemas.document.TextSpan;

/**
 * What this document repeals, each with the repealed title and number and where the
 * clause stands: "原《…》（青政办〔2019〕8号）同时废止", "《A》（N1）和《B》（N2）同时废止", "《…》自本办法施行之日起废止",
 * "同时废止《…》", and the rows of a cleanup decision's 废止目录.
 * <p>
 * A title counts only when it is the object of 废止: right before it (with its number, a
 * connector such as 和 or 、, or 自…之日起 between) or right after it. "依照《立法法》的规定予以废止" names
 * the law that allows repealing, not what is repealed, and is no repeal.
 */
final class RepealStage implements ExtractionStage {

	/** What may stand between a repealed title (or its number) and 废止. */
	private static final Pattern BEFORE = Pattern.compile(
			"^[\\s\\u3000]*(?:文件)?(?:等[0-9一二三四五六七八九十]+件[^。；，,]{0,16}?)?(?:自[^。；，,]{0,24}?之日起)?[，,]?[\\s\\u3000]*(?:同时|予以|一并|即行|即|均|同时予以)?废止");

	/** What may stand between two repealed titles. */
	private static final Pattern CONNECTOR = Pattern
		.compile("^[\\s\\u3000]*(?:和|及|以及|与|、|，|,)[\\s\\u3000]*(?:[^《。；，]{0,50}?的)?$");

	@Override
	public void apply(DocumentText text, DocumentMetadata.Builder metadata) {
		String body = text.text();
		DispositionLists lists = text.memo(DispositionLists.OF);
		Map<String, RepealClause> byKey = new LinkedHashMap<>();
		if (body.contains("废止")) {
			List<Citations.Reference> refs = text.memo(Citations.OF);
			for (int k = 0; k < refs.size(); k++) {
				Citations.Reference r = refs.get(k);
				if (lists.at(r.start()) != null) {
					continue;
				}
				if (isRepealedBefore(body, refs, k) || isRepealedAfter(body, refs, k)) {
					add(byKey, clause(body, r));
				}
			}
			repealedNumbersWithoutTitle(body, byKey);
		}
		for (DispositionLists.Section section : lists.sections()) {
			if (section.disposition() != DispositionLists.Disposition.REPEALED) {
				continue;
			}
			String rows = body.substring(section.start(), section.end());
			for (Citations.Reference r : Citations.all(rows)) {
				if (lists.listed(body, section.start() + r.start()) == null) {
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

	/** True when 废止 follows this title, directly or through the next repealed titles. */
	private static boolean isRepealedBefore(String body, List<Citations.Reference> refs, int k) {
		for (int j = k; j < refs.size(); j++) {
			int end = refs.get(j).end();
			String after = body.substring(end, Math.min(body.length(), end + 60));
			if (BEFORE.matcher(after).find()) {
				return true;
			}
			if (j + 1 >= refs.size() || !CONNECTOR.matcher(body.substring(end, refs.get(j + 1).start())).find()) {
				return false;
			}
		}
		return false;
	}

	/** True when this title follows 废止, directly or through earlier repealed titles. */
	private static boolean isRepealedAfter(String body, List<Citations.Reference> refs, int k) {
		for (int j = k; j >= 0; j--) {
			int start = refs.get(j).start();
			String before = body.substring(Math.max(0, start - 8), start);
			if (before.endsWith("废止")) {
				return true;
			}
			if (j == 0 || !CONNECTOR.matcher(body.substring(refs.get(j - 1).end(), start)).find()) {
				return false;
			}
		}
		return false;
	}

	/** "…青政办〔2017〕23号文件同时废止": a number without a title. */
	private static void repealedNumbersWithoutTitle(String body, Map<String, RepealClause> byKey) {
		for (int at = body.indexOf("废止"); at >= 0; at = body.indexOf("废止", at + 2)) {
			int from = Math.max(0, at - 40);
			String before = body.substring(from, at);
			List<DocNumberMatch> numbers = DocNumbers.findAll(before);
			if (numbers.isEmpty()) {
				continue;
			}
			DocNumberMatch last = numbers.get(numbers.size() - 1);
			String between = before.substring(last.end());
			boolean bracketed = last.start() > 0 && "（(".indexOf(before.charAt(last.start() - 1)) >= 0;
			Matcher m = BEFORE.matcher(between + "废止");
			if (!bracketed && m.matches()) {
				int start = Sentences.start(body, from + last.start());
				add(byKey, new RepealClause(null, last.number(), body.substring(start, at + 2).strip(),
						new TextSpan(from + last.start(), at + 2)));
			}
		}
	}

	private static RepealClause clause(String body, Citations.Reference r) {
		int start = Sentences.start(body, r.start());
		int end = sentenceEnd(body, r.end());
		return new RepealClause(r.title(), r.number(), body.substring(start, end).strip(), r.span());
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
		for (int i = at; i < body.length(); i++) {
			char c = body.charAt(i);
			if (c == '。' || c == '\n' || c == '；') {
				return i + 1;
			}
		}
		return body.length();
	}

}
