package cn.guifan.registry.ledger;

import java.text.Collator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import cn.guifan.registry.document.DocumentSummary;
import cn.guifan.registry.document.Documents;
import cn.guifan.registry.lifecycle.StatusOnDate;
import cn.guifan.registry.lifecycle.Timeline;
import cn.guifan.registry.lifecycle.Timelines;
import cn.guifan.schemas.document.DocumentKind;
import cn.guifan.schemas.lifecycle.DocumentStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * The ledger (台账): the registry's rules and normative documents as lines with their
 * numbers, dates, validity on a date, disclosure and last campaign decision; filtered,
 * sorted and counted. Work documents (kind OTHER) are never in it. The registry is read a
 * page at a time (a government holds hundreds to a few thousand such documents).
 */
@Service
public class Ledger {

	private static final int PAGE = 500;

	private final Documents documents;

	private final Timelines timelines;

	private final CampaignDecisions campaigns;

	private final Clock clock;

	Ledger(Documents documents, Timelines timelines, CampaignDecisions campaigns, Clock clock) {
		this.documents = documents;
		this.timelines = timelines;
		this.campaigns = campaigns;
		this.clock = clock;
	}

	/** The ledger as filtered and sorted, with its counts. */
	public LedgerView view(LedgerFilter filter) {
		LocalDate day = (filter.asOfValue() != null) ? filter.asOfValue() : LocalDate.now(this.clock);
		Set<DocumentKind> kinds = filter.kinds();
		Set<DocumentStatus> statuses = filter.statuses();
		Integer year = filter.yearValue();
		String issuer = blank(filter.issuer());
		String q = blank(filter.q());
		String disclosure = blank(filter.disclosure());
		List<LedgerRow> rows = new ArrayList<>();
		int workDocuments = 0;
		long after = 0;
		List<Long> ids;
		while (!(ids = this.documents.idsAfter(after, PAGE)).isEmpty()) {
			after = ids.get(ids.size() - 1);
			Map<Long, DocumentSummary> summaries = this.documents.summaries(ids);
			List<Long> wanted = new ArrayList<>();
			for (DocumentSummary s : summaries.values()) {
				if (s.kind() == DocumentKind.OTHER) {
					workDocuments++;
					continue;
				}
				if (!kinds.contains(s.kind())
						|| (issuer != null && s.issuers().stream().noneMatch((i) -> i.startsWith(issuer)))
						|| (q != null && !s.title().contains(q)
								&& (s.docNumberNormalized() == null || !s.docNumberNormalized().contains(q)))
						|| (disclosure != null
								&& (s.disclosure() == null || !s.disclosure().label().equals(disclosure)))
						|| (year != null && (s.decided() == null || s.decided().getYear() != year))) {
					continue;
				}
				wanted.add(s.id());
			}
			Map<Long, Timeline> timelines = this.timelines.timelines(wanted);
			Map<Long, CampaignDecisions.Decision> decisions = this.campaigns.lastDecisions(wanted);
			for (Long id : wanted) {
				DocumentSummary s = summaries.get(id);
				Timeline timeline = timelines.get(id);
				if (s == null || timeline == null) {
					continue;
				}
				StatusOnDate status = timeline.on(day);
				if (!statuses.isEmpty() && !statuses.contains(status.status())) {
					continue;
				}
				CampaignDecisions.Decision decision = decisions.get(id);
				rows.add(new LedgerRow(id, s.title(),
						(s.docNumberNormalized() != null) ? s.docNumberNormalized() : s.docNumber(),
						s.registrationNumber(), String.join("、", s.issuers()), s.kind().name(), s.kind().label(),
						s.signedDate(), s.publishedDate(), s.effectiveDate(), s.expiryDate(), status.status().name(),
						status.status().label(), (s.disclosure() != null) ? s.disclosure().label() : null,
						(decision != null) ? decision.campaign() : null,
						(decision != null) ? decision.decision() : null,
						(s.decided() != null) ? s.decided().getYear() : null));
			}
		}
		rows.sort(order(filter));
		return new LedgerView(day, filter, rows, count(rows, LedgerRow::statusLabel), count(rows, LedgerRow::kindLabel),
				count(rows, LedgerRow::leadIssuer),
				count(rows, (r) -> (r.year() != null) ? Integer.toString(r.year()) : "日期不详"), workDocuments);
	}

	static Comparator<LedgerRow> order(LedgerFilter filter) {
		Collator collator = Collator.getInstance(Locale.CHINA);
		Comparator<LedgerRow> by = switch (filter.sortColumn()) {
			case "title" -> (a, b) -> collator.compare(a.title(), b.title());
			case "docNumber" -> Comparator.comparing(LedgerRow::docNumber, Comparator.nullsLast(collator::compare));
			case "registrationNumber" ->
				Comparator.comparing(LedgerRow::registrationNumber, Comparator.nullsLast(collator::compare));
			case "issuer" -> (a, b) -> collator.compare(a.issuers(), b.issuers());
			case "signedDate" ->
				Comparator.comparing(LedgerRow::signedDate, Comparator.nullsLast(Comparator.naturalOrder()));
			case "effectiveDate" ->
				Comparator.comparing(LedgerRow::effectiveDate, Comparator.nullsLast(Comparator.naturalOrder()));
			case "expiryDate" ->
				Comparator.comparing(LedgerRow::expiryDate, Comparator.nullsLast(Comparator.naturalOrder()));
			case "status" -> (a, b) -> collator.compare(a.statusLabel(), b.statusLabel());
			case "disclosure" -> Comparator.comparing(LedgerRow::disclosure, Comparator.nullsLast(collator::compare));
			default ->
				Comparator.comparing((LedgerRow r) -> (r.publishedDate() != null) ? r.publishedDate() : r.signedDate(),
						Comparator.nullsLast(Comparator.naturalOrder()));
		};
		if (filter.descending()) {
			by = by.reversed();
		}
		return by.thenComparingLong(LedgerRow::id);
	}

	private static Map<String, Integer> count(List<LedgerRow> rows, Function<LedgerRow, String> key) {
		Map<String, Integer> counts = new LinkedHashMap<>();
		for (LedgerRow r : rows) {
			counts.merge(key.apply(r), 1, Integer::sum);
		}
		List<Map.Entry<String, Integer>> sorted = new ArrayList<>(counts.entrySet());
		sorted.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
		Map<String, Integer> result = new LinkedHashMap<>();
		sorted.forEach((e) -> result.put(e.getKey(), e.getValue()));
		return result;
	}

	private static @Nullable String blank(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	/**
	 * The ledger as shown.
	 *
	 * @param asOf the date of the statuses
	 * @param filter the filters
	 * @param rows the lines, sorted
	 * @param byStatus counts by 有效性
	 * @param byKind counts by 效力级别
	 * @param byIssuer counts by lead 制定机关
	 * @param byYear counts by year made
	 * @param workDocuments work documents (OTHER) in the registry, kept out of the ledger
	 */
	public record LedgerView(LocalDate asOf, LedgerFilter filter, List<LedgerRow> rows, Map<String, Integer> byStatus,
			Map<String, Integer> byKind, Map<String, Integer> byIssuer, Map<String, Integer> byYear,
			int workDocuments) {

		/** The largest count of each chart, for the bars' widths. */
		public int max(Map<String, Integer> counts) {
			return counts.values().stream().mapToInt(Integer::intValue).max().orElse(1);
		}

	}

}
