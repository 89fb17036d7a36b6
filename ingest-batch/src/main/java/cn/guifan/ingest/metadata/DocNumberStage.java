package cn.guifan.ingest.metadata;

import java.util.List;

import cn.guifan.schemas.docnumber.DocNumber;
import cn.guifan.schemas.docnumber.DocNumberMatch;
import cn.guifan.schemas.docnumber.DocNumbers;
import cn.guifan.schemas.document.DocumentMetadata;
import cn.guifan.schemas.document.HistoryEvent;
import org.jspecify.annotations.Nullable;

/**
 * 发文字号 of this document, never one it cites: the 发文字号 field of a disclosure page, the
 * number line of the 版头 (an order's 第N号 joined to its banner: 丰原市人民政府令第12号), or, for a
 * law, the order that promulgated its text as the history block prints it
 * (中华人民共和国国务院令第348号公布 → 国务院令第348号). An order named on a line that also names an amending
 * decision is the decision's number, not the law's, and is passed over. Runs after
 * {@link HistoryStage}.
 */
final class DocNumberStage implements ExtractionStage {

	@Override
	public void apply(DocumentText text, DocumentMetadata.Builder metadata) {
		DocNumber number = fromPage(text.memo(PageFields.OF));
		if (number == null) {
			number = text.memo(HeadLayout.OF).number();
		}
		if (number == null) {
			number = fromHistory(metadata.history());
		}
		metadata.docNumber(number);
	}

	private static @Nullable DocNumber fromPage(PageFields page) {
		String value = page.get("发文字号");
		if (value == null) {
			value = page.get("文号");
		}
		if (value == null) {
			return null;
		}
		var whole = DocNumbers.parse(value);
		if (whole.isPresent()) {
			return whole.get();
		}
		List<DocNumberMatch> found = DocNumbers.findAll(value);
		return found.isEmpty() ? null : found.get(0).number();
	}

	/**
	 * The number on the latest event that promulgates or revises the text by an order, or
	 * issues it under a numbered notice (以法发〔1993〕15号通知印发).
	 */
	static @Nullable DocNumber fromHistory(List<HistoryEvent> history) {
		DocNumber best = null;
		java.time.LocalDate bestDate = null;
		for (HistoryEvent event : history) {
			if (event.decision() != null || event.type() == HistoryEvent.Type.EFFECTIVE
					|| event.type() == HistoryEvent.Type.APPROVED) {
				continue;
			}
			if (event.text().indexOf('号') < 0) {
				continue;
			}
			List<DocNumberMatch> found = DocNumbers.findAll(event.text());
			if (found.isEmpty()) {
				continue;
			}
			if (bestDate == null || !event.date().isBefore(bestDate)) {
				best = found.get(0).number();
				bestDate = event.date();
			}
		}
		return best;
	}

}
