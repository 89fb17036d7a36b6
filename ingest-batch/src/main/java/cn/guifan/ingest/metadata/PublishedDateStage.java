package cn.guifan.ingest.metadata;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

import cn.guifan.schemas.docnumber.DocNumbers;
import cn.guifan.schemas.document.DocumentMetadata;
import cn.guifan.schemas.document.FieldProvenance;
import cn.guifan.schemas.document.HistoryEvent;
import cn.guifan.schemas.document.MetadataField;
import org.jspecify.annotations.Nullable;

/**
 * 发布日期, only where the text states it: the 发布日期 of a disclosure page or the 发布时间 of a
 * portal line (2020-04-01 10:12), the date of an order that says 现予公布 (it is published
 * the day it is signed), or the latest promulgation in a law's history block when it
 * publishes the current text (not an older one the text was amended since). A law whose
 * history only says 通过 or 修正 gets no 发布日期: the text does not print one. Runs after
 * {@link SignedDateStage}.
 */
final class PublishedDateStage implements ExtractionStage {

	private static final Pattern ORDER_PUBLISHES = Pattern.compile("现予(?:公布|发布)|予以(?:公布|发布)");

	private static final int ORDER_LINES = 15;

	@Override
	public void apply(DocumentText text, DocumentMetadata.Builder metadata) {
		PageFields page = text.memo(PageFields.OF);
		for (String field : new String[] { "发布日期", "发布时间" }) {
			String value = page.get(field);
			LocalDate date = (value != null) ? DateText.parseLeading(value) : null;
			if (date != null) {
				metadata.publishedDate(date);
				metadata.provenance(MetadataField.PUBLISHED_DATE, FieldProvenance.siteTable(field));
				return;
			}
		}
		HeadLayout head = text.memo(HeadLayout.OF);
		if (head.orderBanner() && metadata.signedDate() != null && ordersPublication(text)) {
			metadata.publishedDate(metadata.signedDate());
			metadata.provenance(MetadataField.PUBLISHED_DATE, FieldProvenance.derived(0.9, "令称“现予公布”，以签署之日为发布日期"));
			return;
		}
		metadata.publishedDate(fromHistory(metadata.history()));
	}

	private static boolean ordersPublication(DocumentText text) {
		List<DocumentText.Line> lines = text.nonBlankLines();
		for (int i = 0; i < Math.min(lines.size(), ORDER_LINES); i++) {
			if (ORDER_PUBLISHES.matcher(lines.get(i).text()).find()) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The latest promulgation (公布, 发布, or a revision by an order) not older than the
	 * latest making of the text.
	 */
	static @Nullable LocalDate fromHistory(List<HistoryEvent> history) {
		LocalDate made = SignedDateStage.latest(history, HistoryEvent.Type.ADOPTED, HistoryEvent.Type.AMENDED,
				HistoryEvent.Type.REVISED);
		LocalDate published = null;
		for (HistoryEvent event : history) {
			boolean publishes = event.type() == HistoryEvent.Type.PROMULGATED
					|| (event.decision() == null && event.type() == HistoryEvent.Type.REVISED
							&& event.text().indexOf('号') >= 0 && !DocNumbers.findAll(event.text()).isEmpty());
			if (publishes && (published == null || event.date().isAfter(published))) {
				published = event.date();
			}
		}
		return (published != null && (made == null || !published.isBefore(made))) ? published : null;
	}

}
