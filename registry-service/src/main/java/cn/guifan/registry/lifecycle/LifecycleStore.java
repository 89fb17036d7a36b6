package cn.guifan.registry.lifecycle;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import cn.guifan.registry.common.Keyset;
import cn.guifan.registry.document.DocumentChanged;
import cn.guifan.schemas.lifecycle.LifecycleEventType;
import cn.guifan.schemas.lifecycle.RelationType;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The lifecycle tables, {@code lifecycle_event} and {@code document_relation}: the only
 * place that reads or writes them. A new event changes its document's timeline, so it
 * publishes {@link DocumentChanged}.
 */
@Repository
class LifecycleStore {

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher publisher;

	/** For JDBC batches, which {@link JdbcClient} does not make. */
	private final JdbcTemplate batch;

	LifecycleStore(JdbcClient jdbc, JdbcTemplate batch, ApplicationEventPublisher publisher) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.publisher = publisher;
	}

	List<LifecycleEvent> events(long documentId) {
		return events(List.of(documentId)).getOrDefault(documentId, List.of());
	}

	/** The events of each document, in date order. */
	Map<Long, List<LifecycleEvent>> events(Collection<Long> documentIds) {
		Map<Long, List<LifecycleEvent>> events = new HashMap<>();
		List<Long> all = List.copyOf(documentIds);
		for (int i = 0; i < all.size(); i += 1000) {
			this.jdbc
				.sql("SELECT * FROM lifecycle_event WHERE document_id IN (:ids) ORDER BY document_id, event_date, id")
				.paramSource(new MapSqlParameterSource("ids", all.subList(i, Math.min(all.size(), i + 1000))))
				.query((rs) -> {
					events.computeIfAbsent(rs.getLong("document_id"), (k) -> new ArrayList<>()).add(event(rs, 0));
				});
		}
		return events;
	}

	/** Which of the documents have an event of this type. */
	Set<Long> withEvent(Collection<Long> documentIds, LifecycleEventType type) {
		Set<Long> found = new HashSet<>();
		List<Long> all = List.copyOf(documentIds);
		for (int i = 0; i < all.size(); i += 1000) {
			found.addAll(this.jdbc.sql(
					"SELECT DISTINCT document_id FROM lifecycle_event WHERE event_type = :type AND withdrawn_at IS NULL AND document_id IN (:ids)")
				.paramSource(new MapSqlParameterSource("ids", all.subList(i, Math.min(all.size(), i + 1000)))
					.addValue("type", type.name()))
				.query(Long.class)
				.list());
		}
		return found;
	}

	/** One event of a document, withdrawn or not. */
	Optional<LifecycleEvent> event(long documentId, long eventId) {
		return this.jdbc.sql("SELECT * FROM lifecycle_event WHERE document_id = ? AND id = ?")
			.params(documentId, eventId)
			.query(LifecycleStore::event)
			.optional();
	}

	/**
	 * Marks an event withdrawn (撤销): it stays, and no longer counts. Returns whether it
	 * was active.
	 */
	boolean withdraw(long documentId, long eventId, String by, String reason, Instant now) {
		int updated = this.jdbc.sql("""
				UPDATE lifecycle_event SET withdrawn_at = ?, withdrawn_by = ?, withdrawal_reason = ?
				 WHERE document_id = ? AND id = ? AND withdrawn_at IS NULL
				""")
			.params(Timestamp.from(now), by.substring(0, Math.min(by.length(), 100)),
					reason.substring(0, Math.min(reason.length(), 2000)), documentId, eventId)
			.update();
		if (updated > 0) {
			this.publisher.publishEvent(new DocumentChanged(documentId));
		}
		return updated > 0;
	}

	/** Records what an amendment did to the text: its term, consolidation and version. */
	void updateAmendment(long eventId, long documentId, LifecycleEvent.@Nullable Term term,
			LifecycleEvent.@Nullable Consolidation consolidation, @Nullable Integer versionNo) {
		this.jdbc.sql("""
				UPDATE lifecycle_event SET valid_from = :from, valid_until = :until, consolidation = :consolidation,
				       version_no = :version
				 WHERE id = :id
				""")
			.param("from", date((term != null) ? term.from() : null))
			.param("until", date((term != null) ? term.until() : null))
			.param("consolidation", (consolidation != null) ? consolidation.name() : null)
			.param("version", versionNo)
			.param("id", eventId)
			.update();
		this.publisher.publishEvent(new DocumentChanged(documentId));
	}

	/** Documents with an active event giving them a term that ends between the days. */
	List<Long> idsWithTermEndingBetween(LocalDate from, LocalDate to) {
		return this.jdbc.sql("""
				SELECT DISTINCT document_id FROM lifecycle_event
				 WHERE withdrawn_at IS NULL AND valid_until >= ? AND valid_until <= ? ORDER BY document_id
				""").params(Date.valueOf(from), Date.valueOf(to)).query(Long.class).list();
	}

	/**
	 * Documents with an active event that takes effect, or whose term ends, between the
	 * days: their status turns with the date.
	 */
	List<Long> idsTurningBetween(LocalDate since, LocalDate today) {
		return this.jdbc.sql("""
				SELECT DISTINCT document_id FROM lifecycle_event
				 WHERE withdrawn_at IS NULL
				   AND ((COALESCE(effective_date, event_date) > ? AND COALESCE(effective_date, event_date) <= ?)
				     OR (valid_until >= ? AND valid_until < ?))
				 ORDER BY document_id
				""")
			.params(Date.valueOf(since), Date.valueOf(today), Date.valueOf(since.minusDays(1)), Date.valueOf(today))
			.query(Long.class)
			.list();
	}

	/** Active events the sweep recorded (有效期届满), by document. */
	Map<Long, List<LifecycleEvent>> sweptExpiries() {
		Map<Long, List<LifecycleEvent>> events = new HashMap<>();
		this.jdbc.sql("""
				SELECT * FROM lifecycle_event
				 WHERE origin = 'SWEEP' AND event_type = 'EXPIRED' AND withdrawn_at IS NULL ORDER BY document_id, id
				""").query((rs) -> {
			events.computeIfAbsent(rs.getLong("document_id"), (k) -> new ArrayList<>()).add(event(rs, 0));
		});
		return events;
	}

	/**
	 * Stores an event unless one of the same type on the same date is there; returns its
	 * id. The same event can arrive twice: from the document's own history (修正 on a date)
	 * and from the document that made it (the 修正案 adopted that day). The second fills in
	 * what the first did not know: which document caused it and when it took effect.
	 */
	long addEvent(long documentId, LifecycleEvent e, Instant now) {
		Optional<Long> existing = this.jdbc.sql(
				"SELECT id FROM lifecycle_event WHERE document_id = ? AND event_type = ? AND event_date = ? AND withdrawn_at IS NULL")
			.params(documentId, e.type().name(), Date.valueOf(e.date()))
			.query(Long.class)
			.optional();
		if (existing.isPresent()) {
			if (e.causedByDocumentId() != null) {
				this.jdbc.sql("""
						UPDATE lifecycle_event
						   SET caused_by_document_id = :causedBy, caused_by_text = :causedByText,
						       effective_date = COALESCE(effective_date, :effective)
						 WHERE id = :id AND caused_by_document_id IS NULL
						""")
					.param("causedBy", e.causedByDocumentId())
					.param("causedByText", truncate(e.causedByText(), 1000))
					.param("effective", date(e.effectiveDate()))
					.param("id", existing.get())
					.update();
				this.publisher.publishEvent(new DocumentChanged(documentId));
			}
			return existing.get();
		}
		KeyHolder key = new GeneratedKeyHolder();
		this.jdbc.sql("""
				INSERT INTO lifecycle_event (document_id, event_type, event_date, effective_date, version_no,
				       caused_by_document_id, caused_by_text, provisions, origin, recorded_by, reason, recorded_at,
				       valid_from, valid_until, consolidation)
				VALUES (:document, :type, :date, :effective, :version, :causedBy, :causedByText, :provisions, :origin,
				       :recordedBy, :reason, :now, :validFrom, :validUntil, :consolidation)
				""")
			.param("document", documentId)
			.param("type", e.type().name())
			.param("date", Date.valueOf(e.date()))
			.param("effective", date(e.effectiveDate()))
			.param("version", e.versionNo())
			.param("causedBy", e.causedByDocumentId())
			.param("causedByText", truncate(e.causedByText(), 1000))
			.param("provisions", truncate(e.provisions(), 1000))
			.param("origin", e.origin())
			.param("recordedBy", e.recordedBy())
			.param("reason", truncate(e.reason(), 2000))
			.param("now", Timestamp.from(now))
			.param("validFrom", date((e.term() != null) ? e.term().from() : null))
			.param("validUntil", date((e.term() != null) ? e.term().until() : null))
			.param("consolidation", (e.consolidation() != null) ? e.consolidation().name() : null)
			.update(key, "id");
		this.publisher.publishEvent(new DocumentChanged(documentId));
		return java.util.Objects.requireNonNull(key.getKeyAs(Long.class), "generated id");
	}

	/**
	 * Stores the events read from a document the registry did not hold before, in one
	 * JDBC batch. It has no events yet, so the check of {@link #addEvent} is made among
	 * these: the first of a type on a date is kept.
	 */
	void addEventsOfNewDocument(long documentId, List<LifecycleEvent> events, Instant now) {
		Set<String> seen = new HashSet<>();
		Timestamp recorded = Timestamp.from(now);
		List<Object[]> rows = new ArrayList<>();
		for (LifecycleEvent e : events) {
			if (!seen.add(e.type().name() + "@" + e.date())) {
				continue;
			}
			rows.add(new Object[] { documentId, e.type().name(), Date.valueOf(e.date()), date(e.effectiveDate()),
					e.versionNo(), e.causedByDocumentId(), truncate(e.causedByText(), 1000),
					truncate(e.provisions(), 1000), e.origin(), e.recordedBy(), truncate(e.reason(), 2000), recorded,
					date((e.term() != null) ? e.term().from() : null),
					date((e.term() != null) ? e.term().until() : null),
					(e.consolidation() != null) ? e.consolidation().name() : null });
		}
		if (rows.isEmpty()) {
			return;
		}
		this.batch.batchUpdate("""
				INSERT INTO lifecycle_event (document_id, event_type, event_date, effective_date, version_no,
				       caused_by_document_id, caused_by_text, provisions, origin, recorded_by, reason, recorded_at,
				       valid_from, valid_until, consolidation)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""", rows);
		this.publisher.publishEvent(new DocumentChanged(documentId));
	}

	/** The earliest day of each document's events that show it existed. */
	Map<Long, LocalDate> earliestExistenceEvents(Collection<Long> documentIds) {
		Map<Long, LocalDate> dates = new HashMap<>();
		List<Long> all = List.copyOf(documentIds);
		for (int i = 0; i < all.size(); i += 1000) {
			this.jdbc.sql("""
					SELECT document_id, MIN(event_date) FROM lifecycle_event
					 WHERE document_id IN (:ids) AND withdrawn_at IS NULL
					   AND event_type IN ('ENACTED', 'PUBLISHED', 'EFFECTIVE', 'AMENDED', 'REVISED')
					 GROUP BY document_id
					""")
				.paramSource(new MapSqlParameterSource("ids", all.subList(i, Math.min(all.size(), i + 1000))))
				.query((rs) -> {
					dates.put(rs.getLong(1), rs.getDate(2).toLocalDate());
				});
		}
		return dates;
	}

	long addRelation(long fromDocumentId, RelationType type, @Nullable Long toDocumentId, @Nullable String title,
			@Nullable String number, @Nullable String normalizedNumber, @Nullable Integer start, @Nullable Integer end,
			@Nullable String unresolvedReason, Instant now) {
		KeyHolder key = new GeneratedKeyHolder();
		this.jdbc
			.sql("""
					INSERT INTO document_relation (from_document_id, relation_type, to_document_id, target_title,
					       target_doc_number, target_doc_number_normalized, span_start, span_end, unresolved_reason, created_at,
					       pending_title, pending_doc_number)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
					""")
			.param(fromDocumentId)
			.param(type.name())
			.param(toDocumentId)
			.param(truncate(title, 1000))
			.param(truncate(number, 200))
			.param(truncate(normalizedNumber, 200))
			.param(start)
			.param(end)
			.param(truncate(unresolvedReason, 500))
			.param(Timestamp.from(now))
			.param((toDocumentId == null) ? truncate(title, 1000) : null)
			.param((toDocumentId == null) ? truncate(normalizedNumber, 200) : null)
			.update(key, "id");
		return java.util.Objects.requireNonNull(key.getKeyAs(Long.class), "generated id");
	}

	/**
	 * Stores the references a document makes, in one JDBC batch: a law cites dozens of
	 * others, and a statement per reference was the largest share of recording its
	 * lifecycle.
	 */
	void addRelations(List<NewRelation> relations, Instant now) {
		if (relations.isEmpty()) {
			return;
		}
		Timestamp created = Timestamp.from(now);
		List<Object[]> rows = new ArrayList<>(relations.size());
		for (NewRelation r : relations) {
			boolean pending = r.toDocumentId() == null;
			rows.add(new Object[] { r.fromDocumentId(), r.type().name(), r.toDocumentId(), truncate(r.title(), 1000),
					truncate(r.number(), 200), truncate(r.normalizedNumber(), 200), r.start(), r.end(),
					truncate(r.unresolvedReason(), 500), created, pending ? truncate(r.title(), 1000) : null,
					pending ? truncate(r.normalizedNumber(), 200) : null });
		}
		this.batch.batchUpdate(
				"""
						INSERT INTO document_relation (from_document_id, relation_type, to_document_id, target_title,
						       target_doc_number, target_doc_number_normalized, span_start, span_end, unresolved_reason, created_at,
						       pending_title, pending_doc_number)
						VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
						""",
				rows);
	}

	/** A reference to store with {@link #addRelations}. */
	record NewRelation(long fromDocumentId, RelationType type, @Nullable Long toDocumentId, @Nullable String title,
			@Nullable String number, @Nullable String normalizedNumber, @Nullable Integer start, @Nullable Integer end,
			@Nullable String unresolvedReason) {
	}

	/** Whether the relation is already there (a registrar's cause recorded twice). */
	boolean hasRelation(long fromDocumentId, RelationType type, long toDocumentId) {
		return this.jdbc.sql(
				"SELECT COUNT(*) FROM document_relation WHERE from_document_id = ? AND relation_type = ? AND to_document_id = ?")
			.params(fromDocumentId, type.name(), toDocumentId)
			.query(Long.class)
			.single() > 0;
	}

	boolean hasRelations(long fromDocumentId) {
		return this.jdbc.sql("SELECT COUNT(*) FROM document_relation WHERE from_document_id = ?")
			.param(fromDocumentId)
			.query(Long.class)
			.single() > 0;
	}

	/** Relations from other documents that name this one but were not resolved yet. */
	List<Relation> unresolvedNaming(@Nullable String normalizedNumber, Collection<String> titles) {
		// By the names a reference carries while it is unresolved (V83: null once it is
		// resolved, so resolved references stay out of the name indexes); nothing else in
		// the condition, or H2 may read every unresolved reference through the foreign
		// key's index instead (its statistics take the pending numbers, nearly all null,
		// for an unselective column: 100 docs/s in a registry of 100,000). Only the
		// look-ups that can match: "number = NULL" matches nothing, yet H2 walks every
		// index entry under the null to find that out — every reference without a pending
		// number, which grow with the registry (a law, which has no doc number, cost 6–12
		// ms in a registry of 100,000 instead of 0.3).
		List<String> lookups = new ArrayList<>();
		if (normalizedNumber != null) {
			lookups.add("SELECT * FROM document_relation WHERE pending_doc_number = :number");
		}
		if (!titles.isEmpty()) {
			lookups.add("SELECT * FROM document_relation WHERE pending_title IN (:titles)");
		}
		if (lookups.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql(String.join(" UNION ", lookups))
			.paramSource(new MapSqlParameterSource().addValue("number", normalizedNumber).addValue("titles", titles))
			.query(LifecycleStore::relation)
			.list();
	}

	/**
	 * Points the relations at the document they name, a thousand per statement; they
	 * leave the pending names' indexes.
	 */
	void resolve(List<Long> relationIds, long toDocumentId) {
		for (int i = 0; i < relationIds.size(); i += 1000) {
			this.jdbc.sql("""
					UPDATE document_relation SET to_document_id = :to, unresolved_reason = NULL,
					       pending_title = NULL, pending_doc_number = NULL
					 WHERE id IN (:ids)""")
				.param("to", toDocumentId)
				.param("ids", relationIds.subList(i, Math.min(relationIds.size(), i + 1000)))
				.update();
		}
	}

	/**
	 * The references resolved to a document that is being removed become unresolved
	 * again, findable by their names when the document comes back (the foreign key clears
	 * their target, not their pending names). Returns how many.
	 */
	int unresolveReferencesTo(long documentId) {
		return this.jdbc
			.sql("""
					UPDATE document_relation SET pending_title = target_title, pending_doc_number = target_doc_number_normalized
					 WHERE to_document_id = ?""")
			.param(documentId)
			.update();
	}

	/** Relations from a document, in text order. */
	List<Relation> relationsFrom(long documentId) {
		return this.jdbc.sql("SELECT * FROM document_relation WHERE from_document_id = ? ORDER BY span_start, id")
			.param(documentId)
			.query(LifecycleStore::relation)
			.list();
	}

	/** Relations from each of the documents, in text order per document. */
	Map<Long, List<Relation>> relationsFrom(Collection<Long> documentIds) {
		return relationsBy("from_document_id", documentIds, "from_document_id, span_start, id");
	}

	/** Relations to each of the documents. */
	Map<Long, List<Relation>> relationsTo(Collection<Long> documentIds) {
		return relationsBy("to_document_id", documentIds, "to_document_id, from_document_id, id");
	}

	private Map<Long, List<Relation>> relationsBy(String column, Collection<Long> documentIds, String order) {
		Map<Long, List<Relation>> relations = new HashMap<>();
		List<Long> all = List.copyOf(documentIds);
		for (int i = 0; i < all.size(); i += 1000) {
			this.jdbc.sql("SELECT * FROM document_relation WHERE " + column + " IN (:ids) ORDER BY " + order)
				.paramSource(new MapSqlParameterSource("ids", all.subList(i, Math.min(all.size(), i + 1000))))
				.query((rs) -> {
					relations.computeIfAbsent(rs.getLong(column), (k) -> new ArrayList<>()).add(relation(rs, 0));
				});
		}
		return relations;
	}

	/** Relations to a document (who cites, amends, repeals it). */
	List<Relation> relationsTo(long documentId) {
		return this.jdbc.sql("SELECT * FROM document_relation WHERE to_document_id = ? ORDER BY from_document_id, id")
			.param(documentId)
			.query(LifecycleStore::relation)
			.list();
	}

	/**
	 * Events that changed a document after it was stored (recorded by a registrar or the
	 * sweep, or caused by another document), in the order they were recorded.
	 */
	List<Timelines.RecordedEvent> changesRecorded(Keyset window, @Nullable Collection<Long> only) {
		return this.jdbc
			.sql("SELECT * FROM lifecycle_event WHERE (origin <> 'INGEST' OR caused_by_document_id IS NOT NULL) AND "
					+ window.where("recorded_at", "id") + ((only != null) ? " AND document_id IN (:only)" : "")
					+ " ORDER BY " + window.order("recorded_at", "id") + " FETCH FIRST " + window.limit()
					+ " ROWS ONLY")
			.paramSource(window.params(only))
			.query((rs, i) -> new Timelines.RecordedEvent(rs.getLong("document_id"), event(rs, i),
					rs.getTimestamp("recorded_at").toInstant()))
			.list();
	}

	/** When an event or relation was last recorded. */
	Optional<Instant> lastRecorded() {
		Optional<Instant> event = this.jdbc
			.sql("SELECT recorded_at FROM lifecycle_event ORDER BY id DESC FETCH FIRST 1 ROWS ONLY")
			.query((rs, i) -> rs.getTimestamp(1).toInstant())
			.optional();
		Optional<Instant> relation = this.jdbc
			.sql("SELECT created_at FROM document_relation ORDER BY id DESC FETCH FIRST 1 ROWS ONLY")
			.query((rs, i) -> rs.getTimestamp(1).toInstant())
			.optional();
		return java.util.stream.Stream.of(event, relation).flatMap(Optional::stream).max(Instant::compareTo);
	}

	/** Every resolved relation of a type, by the documents on both sides. */
	List<Relation> relationsOfType(RelationType type) {
		return this.jdbc
			.sql("SELECT * FROM document_relation WHERE relation_type = ? AND to_document_id IS NOT NULL ORDER BY id")
			.param(type.name())
			.query(LifecycleStore::relation)
			.list();
	}

	private static LifecycleEvent event(ResultSet rs, int row) throws SQLException {
		long causedBy = rs.getLong("caused_by_document_id");
		boolean causedByMissing = rs.wasNull();
		int version = rs.getInt("version_no");
		boolean versionMissing = rs.wasNull();
		String consolidation = rs.getString("consolidation");
		Timestamp withdrawnAt = rs.getTimestamp("withdrawn_at");
		LifecycleEvent.Withdrawal withdrawal = (withdrawnAt != null)
				? new LifecycleEvent.Withdrawal(withdrawnAt.toInstant(), String.valueOf(rs.getString("withdrawn_by")),
						String.valueOf(rs.getString("withdrawal_reason")))
				: null;
		return new LifecycleEvent(rs.getLong("id"), LifecycleEventType.valueOf(rs.getString("event_type")),
				rs.getDate("event_date").toLocalDate(), localDate(rs.getDate("effective_date")),
				versionMissing ? null : version, causedByMissing ? null : causedBy, rs.getString("caused_by_text"),
				rs.getString("provisions"), rs.getString("origin"), rs.getString("recorded_by"), rs.getString("reason"),
				LifecycleEvent.Term.of(localDate(rs.getDate("valid_from")), localDate(rs.getDate("valid_until"))),
				(consolidation != null) ? LifecycleEvent.Consolidation.valueOf(consolidation) : null, withdrawal);
	}

	private static Relation relation(ResultSet rs, int row) throws SQLException {
		long to = rs.getLong("to_document_id");
		boolean toMissing = rs.wasNull();
		int start = rs.getInt("span_start");
		boolean startMissing = rs.wasNull();
		int end = rs.getInt("span_end");
		boolean endMissing = rs.wasNull();
		return new Relation(rs.getLong("id"), rs.getLong("from_document_id"),
				RelationType.valueOf(rs.getString("relation_type")), toMissing ? null : to,
				rs.getString("target_title"), rs.getString("target_doc_number"),
				rs.getString("target_doc_number_normalized"), startMissing ? null : start, endMissing ? null : end,
				rs.getString("unresolved_reason"));
	}

	private static @Nullable LocalDate localDate(@Nullable Date date) {
		return (date != null) ? date.toLocalDate() : null;
	}

	private static @Nullable Date date(@Nullable LocalDate date) {
		return (date != null) ? Date.valueOf(date) : null;
	}

	private static @Nullable String truncate(@Nullable String s, int max) {
		return (s == null || s.length() <= max) ? s : s.substring(0, max);
	}

}
