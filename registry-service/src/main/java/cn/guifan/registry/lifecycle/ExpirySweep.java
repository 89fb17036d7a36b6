package cn.guifan.registry.lifecycle;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
		List<Long> ended = this.documents.idsExpiredBefore(today);
		Set<Long> alreadyExpired = this.store.withEvent(ended, LifecycleEventType.EXPIRED);
		List<Long> candidates = ended.stream().filter((id) -> !alreadyExpired.contains(id)).toList();
		List<Long> expired = new ArrayList<>();
		this.timelines.timelines(candidates).forEach((id, timeline) -> {
			LocalDate expiry = timeline.expiry();
			LifecycleEvent ending = timeline.endingEvent();
			if (expiry == null || (ending != null && ending.takesEffect().isBefore(expiry.plusDays(1)))) {
				return; // Repealed or declared invalid before its period ran out.
			}
			LocalDate end = expiry.plusDays(1);
			this.store.addEvent(id, new LifecycleEvent(0, LifecycleEventType.EXPIRED, end, null, null, null, null, null,
					"SWEEP", ACTOR, "有效期至" + expiry + "届满"), this.clock.instant());
			this.audit.record(ACTOR, "EXPIRY_SWEEP", id, Map.of("expiryDate", expiry.toString()),
					"有效期至" + expiry + "届满，自" + end + "起失效");
			expired.add(id);
		});
		// Statuses that turn with the date (effective since the last sweep, or expired
		// since) change no row: their index entries are refreshed all the same.
		List<Long> turned = this.documents.idsTurningBetween(since, today);
		turned.forEach((id) -> this.events.publishEvent(new DocumentChanged(id)));
		return new Result(expired, turned);
	}

	/**
	 * Documents in force whose validity period ends within the given months, soonest
	 * first: local rules ask for an evaluation six months before a document's 有效期 ends.
	 * Documents of another kind (其他文件) are kept apart: they are no normative documents to
	 * evaluate.
	 */
	public List<Expiring> expiringWithin(int months) {
		LocalDate today = LocalDate.now(this.clock);
		List<Long> ids = this.documents.idsExpiringBetween(today, today.plusMonths(months));
		Map<Long, DocumentSummary> summaries = this.documents.summaries(ids);
		Map<Long, Timeline> timelines = this.timelines.timelines(ids);
		List<Expiring> expiring = new ArrayList<>();
		for (long id : ids) {
			DocumentSummary s = summaries.get(id);
			Timeline timeline = timelines.get(id);
			// Other documents (其他文件) are no normative documents whose validity
			// the registrar must evaluate.
			if (s == null || timeline == null || s.expiryDate() == null || s.kind() == DocumentKind.OTHER
					|| !timeline.on(today).status().isCitable()) {
				continue;
			}
			expiring.add(new Expiring(id, s.title(), s.docNumber(), s.leadIssuer(), s.expiryDate(),
					ChronoUnit.DAYS.between(today, s.expiryDate())));
		}
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
