package cn.guifan.ingest.metadata;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.Objects;

import cn.guifan.schemas.document.Disagreement;
import cn.guifan.schemas.document.DocumentMetadata;
import cn.guifan.schemas.document.FieldProvenance;
import cn.guifan.schemas.document.HistoryEvent;
import cn.guifan.schemas.document.MetadataField;
import org.jspecify.annotations.Nullable;

/**
 * 成文日期: the date under the signature (二〇二〇年七月十六日, 二○二二年二月十日, 2022年11月15日), else the 成文日期
 * (or 发文日期, 发文时间, 生成日期) of the site's table; when both speak and differ, the signature's
 * is kept and the disagreement recorded. A law has no signature: its 成文日期 is the day its
 * current text was made, the latest adoption, amendment or revision in its history block
 * (or the order that promulgated it, when the block names nothing else). A 解读 a web page
 * publishes under its publisher's name (发布机构) without a signature was made the day it was
 * published; any other document's 发布日期 is no 成文日期. Runs after {@link HistoryStage}.
 */
final class SignedDateStage implements ExtractionStage {

	/** The note that opens a meeting's decision: （2015年2月7日某区人大常委会第二十七次会议通过）. */
	private static final Pattern ADOPTION_NOTE = Pattern
		.compile("^[（(]((?:19|20)\\d{2}年\\d{1,2}月\\d{1,2}日)[^（()）]{4,60}会议通过[）)]$");

	/** The site labels of a date the document was made, the surest first. */
	static final String[] SITE_LABELS = { "成文日期", "发文日期", "发文时间", "生成日期", "产生日期", "印发日期", "签发日期" };

	@Override
	public void apply(DocumentText text, DocumentMetadata.Builder metadata) {
		PageFields page = text.memo(PageFields.OF);
		String siteLabel = null;
		LocalDate site = null;
		for (String label : SITE_LABELS) {
			String value = page.get(label);
			site = (value != null) ? DateText.parseLeading(value) : null;
			if (site != null) {
				siteLabel = label;
				break;
			}
		}
		Signature signature = text.memo(Signature.OF);
		LocalDate body = null;
		FieldProvenance provenance = null;
		if (signature != null) {
			body = signature.date();
			provenance = signature.repaired() ? FieldProvenance.derived(0.8, "落款日期印刷不全（如“2016729”），按唯一合法的读法读出")
					: FieldProvenance.body();
		}
		MinutesMasthead minutes = text.memo(MinutesMasthead.OF);
		if (body == null && minutes != null) {
			// A 纪要 is dated on its masthead, beside the office that issues it.
			body = minutes.date();
			provenance = FieldProvenance.body("纪要的印发日期");
		}
		if (body == null && text.memo(HeadLayout.OF).infoEnd() >= 0) {
			// A law's history block; the 题注 under a local rule's title dates its
			// publication and amendments, not its making.
			body = madeOn(metadata.history());
			provenance = (body != null) ? FieldProvenance.body("法律的题注") : null;
		}
		if (body == null && text.memo(HeadLayout.OF).infoEnd() < 0) {
			// A meeting's decision without title or signature: GB/T 9704 dates it by the
			// meeting that adopted it, in the note that opens it.
			List<DocumentText.Line> lines = text.nonBlankLines();
			Matcher adopted = lines.isEmpty() ? null : ADOPTION_NOTE.matcher(lines.get(0).compact());
			body = (adopted != null && adopted.matches()) ? DateText.parseWhole(adopted.group(1)) : null;
			provenance = (body != null) ? FieldProvenance.body("会议通过的题注") : null;
		}
		if (body != null) {
			metadata.signedDate(body);
			metadata.provenance(MetadataField.SIGNED_DATE, (provenance != null) ? provenance : FieldProvenance.body());
			if (site != null && !site.equals(body)) {
				metadata.disagreement(new Disagreement(MetadataField.SIGNED_DATE, body.toString(),
						page.value(Objects.requireNonNull(siteLabel))));
			}
			return;
		}
		if (site != null) {
			metadata.signedDate(site);
			metadata.provenance(MetadataField.SIGNED_DATE,
					FieldProvenance.siteTable(Objects.requireNonNull(siteLabel)));
			return;
		}
		if (page.get("发布机构") != null && isInterpretation(metadata.title(), page)) {
			// A 解读 a site publishes under its publisher's name, without a signature, was
			// made the day it was published.
			String published = page.get("发布日期");
			LocalDate date = (published != null) ? DateText.parseLeading(published) : null;
			if (date != null) {
				metadata.signedDate(date);
				metadata.provenance(MetadataField.SIGNED_DATE, FieldProvenance.derived(0.7, "解读文章无落款，以网页发布日期为成文日期"));
			}
		}
	}

	private static boolean isInterpretation(String title, PageFields page) {
		String category = page.get("信息类别");
		return title.contains("解读") || (category != null && category.contains("解读"));
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
