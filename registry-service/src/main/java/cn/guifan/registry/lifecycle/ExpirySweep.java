package cn.guifan.registry.lifecycle;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.LinkedHashMap;

import cn.guifan.registry.audit.AuditLog;
import cn.guifan.registry.document.DocumentChanged;
import cn.guifan.registry.document.DocumentSummary;
import cn.guifan.registry.document.Documents;
import cn.guifan.schemas.lifecycle.LifecycleEventType;
import cn.guifan.schemas.document.DocumentKind;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The daily sweep: documents whose validity period has ended get their 有效期届满 event (so
 * the timeline and the audit log say so), and documents whose status changed with the
 * date (taking effect today, expiring) are reindexed so the index's status is today's.
 */
@Component
public class ExpirySweep {

	/** Who records what the sweep finds. */
	public static final String ACTOR = "系统（有效期检查）";

	/** The origin of the events the sweep records. */
	public static final String ORIGIN = "SWEEP";

	private final Documents documents;

	private final Timelines timelines;

	private final LifecycleStore store;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ExpirySweep(Documents documents, Timelines timelines, LifecycleStore store, AuditLog audit,
			ApplicationEventPublisher events, Clock clock) {
		this.documents = documents;
		this.timelines = timelines;
		this.store = store;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * What a sweep did.
	 *
	 * @param expired documents marked 失效 because their validity ended
	 * @param reindexed documents reindexed because their status changed with the date
	 */
	public record Result(List<Long> expired, List<Long> reindexed) {
	}

	@Transactional
	public Result sweep(LocalDate since) {
		LocalDate today = LocalDate.now(this.clock);
		List<Long> withdrawn = withdrawStale();
		Set<Long> ended = new TreeSet<>(this.documents.idsExpiredBefore(today));
		ended.addAll(this.store.idsWithTermEndingBetween(LocalDate.of(1, 1, 1), today.minusDays(1)));
		Map<Long, List<LifecycleEvent>> swept = this.store.sweptExpiries();
		List<Long> expired = new ArrayList<>();
		this.timelines.timelines(ended).forEach((id, timeline) -> {
			LocalDate expiry = timeline.expiry();
			if (expiry == null || !expiry.isBefore(today)) {
				return; // Its term was extended.
			}
			LocalDate end = expiry.plusDays(1);
			LifecycleEvent ending = timeline.endingEvent();
			if (ending != null && ending.takesEffect().isBefore(end)) {
				return; // Repealed or declared invalid before its period ran out.
			}
			if (swept.getOrDefault(id, List.of()).stream().anyMatch((e) -> e.date().equals(end))) {
				return;
			}
			this.store.addEvent(id, new LifecycleEvent(0, LifecycleEventType.EXPIRED, end, null, null, null, null, null,
					ORIGIN, ACTOR, "有效期至" + expiry + "届满"), this.clock.instant());
			this.audit.record(ACTOR, "EXPIRY_SWEEP", id, Map.of("expiryDate", expiry.toString()),
					"有效期至" + expiry + "届满，自" + end + "起失效");
			expired.add(id);
		});
		// Statuses that turn with the date (effective since the last sweep, or expired
		// since) change no row: their index entries are refreshed all the same.
		Set<Long> turned = new TreeSet<>(this.documents.idsTurningBetween(since, today));
		turned.addAll(this.store.idsTurningBetween(since, today));
		turned.removeAll(expired);
		turned.removeAll(withdrawn);
		turned.forEach((id) -> this.events.publishEvent(new DocumentChanged(id)));
		return new Result(expired, List.copyOf(turned));
	}

	/**
	 * Withdraws the sweep's 有效期届满 records that the timeline no longer bears out: the term
	 * was corrected or extended, or the document ended otherwise first. Returns the
	 * documents concerned. Runs with every sweep and after every correction of a term.
	 */
	@Transactional
	public List<Long> withdrawStale() {
		List<Long> changed = new ArrayList<>();
		Map<Long, List<LifecycleEvent>> swept = this.store.sweptExpiries();
		this.timelines.timelines(swept.keySet()).forEach((id, timeline) -> {
			LocalDate expiry = timeline.expiry();
			LifecycleEvent ending = timeline.endingEvent();
			for (LifecycleEvent e : swept.getOrDefault(id, List.of())) {
				boolean borneOut = expiry != null && e.date().equals(expiry.plusDays(1))
						&& (ending == null || !ending.takesEffect().isBefore(e.date()));
				if (borneOut) {
					continue;
				}
				String reason = (expiry == null) ? "有效期已更正，文件不再有有效期" : "有效期已更正为至" + expiry + "，原记录与之不符";
				if (ending != null && ending.takesEffect().isBefore(e.date())) {
					reason = "文件已于" + ending.takesEffect() + ending.type().label() + "，有效期届满的记录不再适用";
				}
				this.store.withdraw(id, e.id(), ACTOR, reason, this.clock.instant());
				Map<String, Object> detail = new LinkedHashMap<>();
				detail.put("eventId", e.id());
				detail.put("event", e.type().name());
				detail.put("date", e.date().toString());
				this.audit.record(ACTOR, "WITHDRAW_EVENT", id, detail, reason);
				changed.add(id);
			}
		});
		return changed;
	}

	/**
	 * Documents in force whose validity period ends within the given months, soonest
	 * first: local rules ask for an evaluation six months before a document's 有效期 ends.
	 * Documents of another kind (其他文件) are kept apart: they are no normative documents to
	 * evaluate.
	 */
	public List<Expiring> expiringWithin(int months) {
		LocalDate today = LocalDate.now(this.clock);
		LocalDate last = today.plusMonths(months);
		Set<Long> ids = new TreeSet<>(this.documents.idsExpiringBetween(today, last));
		ids.addAll(this.store.idsWithTermEndingBetween(today, last));
		Map<Long, DocumentSummary> summaries = this.documents.summaries(ids);
		Map<Long, Timeline> timelines = this.timelines.timelines(ids);
		List<Expiring> expiring = new ArrayList<>();
		for (long id : ids) {
			DocumentSummary s = summaries.get(id);
			Timeline timeline = timelines.get(id);
			// Other documents (其他文件) are no normative documents whose validity
			// the registrar must evaluate.
			if (s == null || timeline == null || s.kind() == DocumentKind.OTHER) {
				continue;
			}
			// The term the timeline says, which an amendment or a re-registration may
			// have moved.
			LocalDate expiry = timeline.expiry();
			if (expiry == null || expiry.isBefore(today) || expiry.isAfter(last)
					|| !timeline.on(today).status().isCitable()) {
				continue;
			}
			expiring.add(new Expiring(id, s.title(), s.docNumber(), s.leadIssuer(), expiry,
					ChronoUnit.DAYS.between(today, expiry)));
		}
		expiring.sort(java.util.Comparator.comparing(Expiring::expiryDate).thenComparing(Expiring::id));
		return expiring;
	}

	/**
	 * A document whose validity ends soon.
	 *
	 * @param id registry id
	 * @param title 标题
	 * @param docNumber 发文字号
	 * @param issuer the first 发文机关, who should evaluate it
	 * @param expiryDate the last day of its validity
	 * @param daysLeft days from today to that day
	 */
	public record Expiring(long id, String title, @Nullable String docNumber, @Nullable String issuer,
			LocalDate expiryDate, long daysLeft) {
	}

}
