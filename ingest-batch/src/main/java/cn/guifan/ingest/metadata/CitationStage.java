package cn.guifan.ingest.metadata;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import cn.guifan.schemas.document.Citation;
import cn.guifan.schemas.document.DocumentMetadata;
import cn.guifan.schemas.document.RepealClause;

/**
 * What this document cites: every 《title》 with the number printed right after it, where
 * it stands. Not citations: the document itself and what its title names as its object
 * (the 办法 a notice issues, the document a decision amends or a 解读 explains), short names
 * it defines (以下简称《办法》), and the documents it repeals or declares invalid (those are its
 * dispositions, see {@link RepealStage}). Runs after {@link RepealStage}.
 */
final class CitationStage implements ExtractionStage {

	private static final int SHORT_NAME_WINDOW = 6;

	private static final Pattern TO_BE_MADE = Pattern.compile("(?:编印|编制|编写|印制|起草|研究制定|制定出台)$");

	private static final Pattern ISSUED = Pattern
		.compile("^[^《]{0,40}?(?:印发给你们|转发给你们|印发给各|转发给各|现予印发|现印发|予以印发|现予公布|现予发布|现转发)");

	private static final Pattern DECLARED_INVALID = Pattern
		.compile("^(?:等[0-9一二三四五六七八九十]+件[^，,；]{0,16}?)?(?:宣布|予以|决定)失效.*");

	/** Longer than any text {@link #ISSUED} matches. */
	private static final int ISSUED_REACH = 50;

	@Override
	public void apply(DocumentText text, DocumentMetadata.Builder metadata) {
		List<Citations.Reference> refs = text.memo(Citations.OF);
		if (refs.isEmpty()) {
			return;
		}
		String body = text.text();
		Set<String> excluded = new HashSet<>();
		excluded.add(fold(metadata.title()));
		String object = TitleText.object(metadata.title());
		if (object != null) {
			excluded.add(fold(object));
		}
		for (RepealClause r : metadata.repeals()) {
			if (r.title() != null) {
				excluded.add(r.title());
			}
		}
		excluded.addAll(metadata.attachments());
		for (Citations.Reference r : refs) {
			if (definesShortName(body, r) || isIssued(body, r) || isToBeMade(body, r)) {
				excluded.add(r.title());
			}
		}
		DispositionLists lists = text.memo(DispositionLists.OF);
		List<Citation> citations = new ArrayList<>();
		for (Citations.Reference r : refs) {
			DispositionLists.Disposition d = lists.listed(body, r.start());
			if (excluded.contains(fold(r.title())) || excluded.contains(r.title())
					|| d == DispositionLists.Disposition.REPEALED || d == DispositionLists.Disposition.INVALID
					|| declaredInvalid(body, r)) {
				continue;
			}
			citations.add(new Citation(r.title(), r.number(), r.span(), r.innerTitles()));
		}
		metadata.citations(citations);
	}

	/**
	 * "现将《X》印发给你们", "《X》已经县人民政府同意，现印发给你们": X is the document a notice issues or forwards,
	 * part of this document.
	 */
	private static boolean isIssued(String body, Citations.Reference r) {
		// ISSUED matches within its first 45 characters: looking no further keeps a long
		// sentence after each title of a list from costing the square of its length.
		int limit = Math.min(body.length(), r.end() + ISSUED_REACH);
		int end = r.end();
		while (end < limit && body.charAt(end) != '。' && body.charAt(end) != '\n') {
			end++;
		}
		return ISSUED.matcher(body.substring(r.end(), end)).find();
	}

	/**
	 * "编印《青禾县现行有效行政规范性文件汇编》": a document the text orders to be made does not exist yet
	 * and is not cited.
	 */
	private static boolean isToBeMade(String body, Citations.Reference r) {
		String before = body.substring(Math.max(0, r.start() - 4), r.start());
		return TO_BE_MADE.matcher(before).find();
	}

	/** Titles compare with inner titles in 《》 whether printed in 〈〉, <> or 《》. */
	static String fold(String title) {
		return title.replace('〈', '《').replace('〉', '》').replace('<', '《').replace('>', '》');
	}

	private static boolean definesShortName(String body, Citations.Reference r) {
		String before = body.substring(Math.max(0, r.start() - SHORT_NAME_WINDOW), r.start());
		return before.contains("简称") || before.contains("下称");
	}

	/** "《…》等2件行政规范性文件宣布失效": a disposition, not a citation. */
	private static boolean declaredInvalid(String body, Citations.Reference r) {
		String after = body.substring(r.end(), Math.min(body.length(), r.end() + 30));
		int stop = after.indexOf('。');
		String clause = (stop >= 0) ? after.substring(0, stop) : after;
		return DECLARED_INVALID.matcher(clause).matches();
	}

}
