package cn.guifan.ingest.metadata;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.guifan.schemas.document.Commencement;
import cn.guifan.schemas.document.DocumentMetadata;
import cn.guifan.schemas.document.HistoryEvent;
import cn.guifan.schemas.text.ChineseDates;
import cn.guifan.schemas.text.ChineseText;
import org.jspecify.annotations.Nullable;

/**
 * 施行: when this document takes effect, from its own effect clause and nothing else's.
 * <p>
 * The clause is a law's 施行 line in its history block, the order's "现予公布，自…起施行", or the
 * last clause whose subject is the document itself (本办法, 本规定, 本决定, 本法 …自…起施行);
 * "修订后的《办法》自…起施行" in a 解读 speaks of another document and is left alone. A date is taken
 * as printed; 自印发之日起 resolves to the 成文日期 and 自发布之日起 / 自公布之日起 to the 发布日期, when the text
 * gives them. Runs after the date stages.
 */
final class CommencementStage implements ExtractionStage {

	private static final String SELF = "本(?:办法|规定|细则|条例|法|决定|通知|意见|措施|规则|解释|方案|标准|规范|制度|指引|准则|批复|规程|公告|通告|修正案"
			+ "|实施细则|实施办法|实施意见|暂行规定|暂行办法|若干规定|若干措施|若干意见|规划|纲要|指南|目录|清单|答复|令)";

	private static final String WHEN = "自([^，。；,;]{1,24}?)(?:起|之日起|后)?(?:施行|实施|执行|生效|试行)";

	private static final Pattern OWN = Pattern.compile(SELF + "(?:及其附件)?[^。；;\\n]{0,24}?" + WHEN);

	private static final Pattern ORDER = Pattern.compile("(?:现予|予以)(?:公布|发布)[，,]?" + WHEN);

	private static final String[] VERBS = { "施行", "实施", "执行", "生效", "试行" };

	/** How far before its verb an effect clause may start. */
	private static final int CLAUSE_REACH = 80;

	/** How far down an order's promulgation sentence may be. */
	private static final int ORDER_REACH = 3000;

	private static final Pattern ON_ISSUE = Pattern.compile("^(?:印发|下发|发文|签发|发出|颁发|通过)(?:之日)?$");

	private static final Pattern ON_PUBLICATION = Pattern.compile("^(?:发布|公布|公告|颁布|公开发布)(?:之日)?$");

	@Override
	public void apply(DocumentText text, DocumentMetadata.Builder metadata) {
		LocalDate fromHistory = SignedDateStage.latest(metadata.history(), HistoryEvent.Type.EFFECTIVE);
		HistoryEvent line = lastEffective(metadata);
		if (fromHistory != null && line != null) {
			metadata.commencement(new Commencement(Commencement.Rule.ON_DATE, fromHistory, line.text()));
			metadata.effectiveDate(fromHistory);
			return;
		}
		String body = text.text();
		Commencement found = null;
		int now = body.indexOf("现予");
		int by = body.indexOf("予以");
		if ((now >= 0 && now < ORDER_REACH) || (by >= 0 && by < ORDER_REACH)) {
			Matcher m = ORDER.matcher(body.substring(0, Math.min(body.length(), ORDER_REACH)));
			// A match starts with 现予 or 予以: none before the first of them (trying
			// the pattern at each character before it was 4 % of all metadata
			// extraction's time on the corpus).
			int first = Math.min((now >= 0) ? now : Integer.MAX_VALUE, (by >= 0) ? by : Integer.MAX_VALUE);
			found = m.find(first) ? commencement(m, metadata) : null;
		}
		if (found == null) {
			found = lastOwnClause(body, metadata);
		}
		if (found != null) {
			metadata.commencement(found);
			metadata.effectiveDate(found.date());
		}
	}

	/**
	 * The last own effect clause. Only the text just before each 施行 (实施, 执行, 生效, 试行) is
	 * matched, which keeps the cost to a few short windows per document.
	 */
	private static @Nullable Commencement lastOwnClause(String body, DocumentMetadata.Builder metadata) {
		Commencement found = null;
		int foundAt = -1;
		for (String verb : VERBS) {
			for (int at = body.indexOf(verb); at >= 0; at = body.indexOf(verb, at + 2)) {
				char before = (at > 0) ? body.charAt(at - 1) : ' ';
				if (before != '起' && before != '后' && before != '日') {
					// Not "…起施行": 组织实施, 实施细则.
					continue;
				}
				int from = Math.max(0, at - CLAUSE_REACH);
				String window = body.substring(from, at + verb.length());
				Matcher own = OWN.matcher(window);
				Commencement c = null;
				while (own.find()) {
					if (own.end() == window.length()) {
						c = commencement(own, metadata);
					}
				}
				if (c != null && at > foundAt) {
					found = c;
					foundAt = at;
				}
			}
		}
		return found;
	}

	private static @Nullable HistoryEvent lastEffective(DocumentMetadata.Builder metadata) {
		HistoryEvent last = null;
		for (HistoryEvent e : metadata.history()) {
			if (e.type() == HistoryEvent.Type.EFFECTIVE && (last == null || !e.date().isBefore(last.date()))) {
				last = e;
			}
		}
		return last;
	}

	private static @Nullable Commencement commencement(Matcher m, DocumentMetadata.Builder metadata) {
		String when = ChineseText.removeSpaces(m.group(1));
		String clause = m.group();
		if (ON_ISSUE.matcher(when).matches()) {
			return new Commencement(Commencement.Rule.ON_ISSUE, metadata.signedDate(), clause);
		}
		if (ON_PUBLICATION.matcher(when).matches()) {
			return new Commencement(Commencement.Rule.ON_PUBLICATION, metadata.publishedDate(), clause);
		}
		LocalDate date = ChineseDates.findFirst(when)
			.filter((d) -> d.start() == 0 && d.end() == when.length())
			.map(ChineseDates.Match::date)
			.orElse(null);
		return (date != null) ? new Commencement(Commencement.Rule.ON_DATE, date, clause) : null;
	}

}
