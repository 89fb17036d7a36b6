package cn.guifan.ingest.metadata;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.guifan.schemas.document.DocumentMetadata;
import cn.guifan.schemas.document.HistoryEvent;

/**
 * 发文机关, every issuer of a joint document, from the most reliable place that names them:
 * the 发文机关署名 (full names, one per issuer), the 发文机关标志 (stacked for joint documents, …文件
 * or …令), the issuers a title begins with (青禾县教育局 青禾县财政局关于…, 最高人民法院、最高人民检察院关于…), the 发文机关
 * or 发布机构 of a web page, and for a law the organ that adopted it, without its session
 * (第十二届…第三十次会议 → 全国人民代表大会常务委员会). A disclosure page's 发文机关 comes after the document's own
 * words: portals abbreviate it. Runs after {@link TitleStage} and {@link HistoryStage}.
 */
final class IssuerStage implements ExtractionStage {

	private static final Pattern TITLE_ISSUERS = Pattern.compile("^([^《〈“]{2,80}?)关于");

	private static final Pattern COURT_COMMITTEE = Pattern.compile("^(最高人民(?:法院|检察院)).*(?:审判|检察)委员会$");

	@Override
	public void apply(DocumentText text, DocumentMetadata.Builder metadata) {
		Signature signature = text.memo(Signature.OF);
		if (signature != null && !signature.organs().isEmpty()) {
			metadata.issuers(signature.organs());
			return;
		}
		List<String> banner = text.memo(HeadLayout.OF).bannerOrgans();
		if (!banner.isEmpty()) {
			metadata.issuers(banner);
			return;
		}
		List<String> fromTitle = fromTitle(metadata.title());
		if (!fromTitle.isEmpty()) {
			metadata.issuers(fromTitle);
			return;
		}
		PageFields page = text.memo(PageFields.OF);
		for (String field : new String[] { "发文机关", "发布机构", "发文单位" }) {
			String value = page.get(field);
			if (value != null) {
				List<String> organs = Organs.split(value);
				if (!organs.isEmpty()) {
					metadata.issuers(organs);
					return;
				}
			}
		}
		List<String> adopting = fromHistory(metadata.history());
		if (!adopting.isEmpty()) {
			metadata.issuers(adopting);
		}
	}

	static List<String> fromTitle(String title) {
		Matcher m = TITLE_ISSUERS.matcher(title);
		if (!m.find()) {
			return List.of();
		}
		List<String> organs = new ArrayList<>();
		for (String name : Organs.splitNames(m.group(1))) {
			if (!Organs.isOrgan(name)) {
				return List.of();
			}
			organs.add(name);
		}
		return organs;
	}

	/**
	 * The organ of the first event that made the text: its adoption, or the order that
	 * promulgated it.
	 */
	static List<String> fromHistory(List<HistoryEvent> history) {
		for (HistoryEvent.Type wanted : new HistoryEvent.Type[] { HistoryEvent.Type.ADOPTED,
				HistoryEvent.Type.PROMULGATED, HistoryEvent.Type.REVISED }) {
			for (HistoryEvent event : history) {
				if (event.type() != wanted || event.organ() == null) {
					continue;
				}
				List<String> organs = new ArrayList<>();
				for (String name : Organs.splitNames(event.organ())) {
					String organ = Organs.withoutSession(name);
					Matcher court = COURT_COMMITTEE.matcher(organ);
					if (court.matches()) {
						organ = court.group(1);
					}
					if (Organs.isOrgan(organ) && !organs.contains(organ)) {
						organs.add(organ);
					}
				}
				if (!organs.isEmpty()) {
					return organs;
				}
			}
		}
		return List.of();
	}

}
