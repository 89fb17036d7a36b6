package cn.guifan.ingest.metadata;

import java.time.LocalDate;
import java.util.List;

import cn.guifan.schemas.document.DocumentMetadata;
import cn.guifan.schemas.document.HistoryEvent;
import org.jspecify.annotations.Nullable;

/**
 * 成文日期: the date under the signature (二〇二〇年七月十六日, 二○二二年二月十日, 2022年11月15日), else the 成文日期
 * of a disclosure page. A law has no signature: its 成文日期 is the day its current text was
 * made, the latest adoption, amendment or revision in its history block (or the order
 * that promulgated it, when the block names nothing else). An article a web page
 * publishes under its publisher's name (发布机构) without a signature was made the day it was
 * published. Runs after {@link HistoryStage}.
 */
final class SignedDateStage implements ExtractionStage {

	@Override
	public void apply(DocumentText text, DocumentMetadata.Builder metadata) {
		Signature signature = text.memo(Signature.OF);
		if (signature != null) {
			metadata.signedDate(signature.date());
			return;
		}
		PageFields page = text.memo(PageFields.OF);
		String field = page.get("成文日期");
		LocalDate date = (field != null) ? DateText.parseLeading(field) : null;
		if (date == null) {
			date = madeOn(metadata.history());
		}
		if (date == null && page.get("发布机构") != null) {
			String published = page.get("发布日期");
			date = (published != null) ? DateText.parseLeading(published) : null;
		}
		metadata.signedDate(date);
	}

	/**
	 * The latest adoption, amendment or revision; else the latest promulgation; else the
	 * latest approval.
	 */
	static @Nullable LocalDate madeOn(List<HistoryEvent> history) {
		LocalDate made = latest(history, HistoryEvent.Type.ADOPTED, HistoryEvent.Type.AMENDED,
				HistoryEvent.Type.REVISED);
		if (made == null) {
			made = latest(history, HistoryEvent.Type.PROMULGATED);
		}
		return (made != null) ? made : latest(history, HistoryEvent.Type.APPROVED);
	}

	static @Nullable LocalDate latest(List<HistoryEvent> history, HistoryEvent.Type... types) {
		LocalDate latest = null;
		for (HistoryEvent event : history) {
			for (HistoryEvent.Type type : types) {
				if (event.type() == type && (latest == null || event.date().isAfter(latest))) {
					latest = event.date();
				}
			}
		}
		return latest;
	}

}
