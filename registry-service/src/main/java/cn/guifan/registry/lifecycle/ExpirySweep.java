package cn.guifan.registry.lifecycle;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.guifan.registry.audit.AuditLog;
import cn.guifan.registry.outbox.IndexOutbox;
import cn.guifan.schemas.lifecycle.LifecycleEventType;
import org.springframework.jdbc.core.simple.JdbcClient;
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

	private final JdbcClient jdbc;

	private final LifecycleStore store;

	private final AuditLog audit;

	private final IndexOutbox outbox;

	private final Clock clock;

	public ExpirySweep(JdbcClient jdbc, LifecycleStore store, AuditLog audit, IndexOutbox outbox, Clock clock) {
		this.jdbc = jdbc;
		this.store = store;
		this.audit = audit;
		this.outbox = outbox;
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
		List<Long> ended = this.jdbc
			.sql("""
					SELECT d.id FROM document d
					 WHERE d.expiry_date < ?
					   AND NOT EXISTS (SELECT 1 FROM lifecycle_event e WHERE e.document_id = d.id AND e.event_type = 'EXPIRED')
					 ORDER BY d.id
					""")
			.param(Date.valueOf(today))
			.query(Long.class)
			.list();
		List<Long> expired = new java.util.ArrayList<>();
		for (long id : ended) {
			Timeline timeline = this.store.timeline(id);
			LocalDate expiry = this.store.dates(id).map((d) -> d[1]).orElse(null);
			if (expiry == null || (timeline.endingEvent() != null
					&& timeline.endingEvent().takesEffect().isBefore(expiry.plusDays(1)))) {
				continue; // Repealed or declared invalid before its period ran out.
			}
			LocalDate end = expiry.plusDays(1);
			this.store.addEvent(id, new LifecycleEvent(0, LifecycleEventType.EXPIRED, end, null, null, null, null, null,
					"SWEEP", ACTOR, "有效期至" + expiry + "届满"), this.clock.instant());
			this.audit.record(ACTOR, "EXPIRY_SWEEP", id, Map.of("expiryDate", expiry.toString()),
					"有效期至" + expiry + "届满，自" + end + "起失效");
			this.outbox.enqueue(id, IndexOutbox.UPSERT);
			expired.add(id);
		}
		// Statuses that turn with the date: effective since the last sweep, or expired
		// since.
		List<Long> turned = this.jdbc.sql("""
				SELECT id FROM document
				 WHERE (effective_date > ? AND effective_date <= ?)
				    OR (expiry_date >= ? AND expiry_date < ?)
				""")
			.params(Date.valueOf(since), Date.valueOf(today), Date.valueOf(since.minusDays(1)), Date.valueOf(today))
			.query(Long.class)
			.list();
		turned.forEach((id) -> this.outbox.enqueue(id, IndexOutbox.UPSERT));
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
		return this.jdbc.sql("""
				SELECT d.id, d.title, d.doc_number, d.expiry_date,
				       (SELECT MIN(name) FROM document_issuer i WHERE i.document_id = d.id AND i.ordinal = 0) AS issuer
				  FROM document d
				 WHERE d.expiry_date >= ? AND d.expiry_date <= ? AND d.kind <> 'OTHER'
				 ORDER BY d.expiry_date, d.id
				""").params(Date.valueOf(today), Date.valueOf(today.plusMonths(months))).query((rs, i) -> {
			LocalDate expiry = rs.getDate("expiry_date").toLocalDate();
			return new Expiring(rs.getLong("id"), rs.getString("title"), rs.getString("doc_number"),
					rs.getString("issuer"), expiry, java.time.temporal.ChronoUnit.DAYS.between(today, expiry));
		}).list().stream().filter((e) -> this.store.timeline(e.id()).on(today).status().isCitable()).toList();
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
	public record Expiring(long id, String title, String docNumber, String issuer, LocalDate expiryDate,
			long daysLeft) {
	}

}
