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
import java.util.Objects;
import java.util.Optional;

import cn.guifan.schemas.lifecycle.LifecycleEventType;
import cn.guifan.schemas.lifecycle.RelationType;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The lifecycle tables: events, relations, aliases, and reads of versions for timelines.
 */
@Repository
public class LifecycleStore {

	private final JdbcClient jdbc;

	public LifecycleStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<LifecycleEvent> events(long documentId) {
		return this.jdbc.sql("SELECT * FROM lifecycle_event WHERE document_id = ? ORDER BY event_date, id")
			.param(documentId)
			.query(LifecycleStore::event)
			.list();
	}

	/**
	 * Stores an event unless one of the same type on the same date is there; returns its
	 * id. The same event can arrive twice: from the document's own history (修正 on a date)
	 * and from the document that made it (the 修正案 adopted that day). The second fills in
	 * what the first did not know: which document caused it and when it took effect.
	 */
	public long addEvent(long documentId, LifecycleEvent e, Instant now) {
		Optional<Long> existing = this.jdbc
			.sql("SELECT id FROM lifecycle_event WHERE document_id = ? AND event_type = ? AND event_date = ?")
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
			}
			return existing.get();
		}
		KeyHolder key = new GeneratedKeyHolder();
		this.jdbc.sql("""
				INSERT INTO lifecycle_event (document_id, event_type, event_date, effective_date, version_no,
				       caused_by_document_id, caused_by_text, provisions, origin, recorded_by, reason, recorded_at)
				VALUES (:document, :type, :date, :effective, :version, :causedBy, :causedByText, :provisions, :origin,
				       :recordedBy, :reason, :now)
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
			.update(key, "id");
		return key.getKeyAs(Long.class);
	}

	/** The versions of a document, oldest first. */
	public List<VersionSpan> versions(long documentId) {
		return this.jdbc
			.sql("SELECT version_no, valid_from, label FROM document_version WHERE document_id = ? ORDER BY version_no")
			.param(documentId)
			.query((rs, i) -> new VersionSpan(rs.getInt(1), localDate(rs.getDate(2)), rs.getString(3)))
			.list();
	}

	/** The document's own effective and expiry dates, for its timeline. */
	public Optional<LocalDate[]> dates(long documentId) {
		return this.jdbc.sql("SELECT effective_date, expiry_date FROM document WHERE id = ?")
			.param(documentId)
			.query((rs, i) -> new LocalDate[] { localDate(rs.getDate(1)), localDate(rs.getDate(2)) })
			.optional();
	}

	/**
	 * Who made a change: the title, number and dates of an amending or repealing
	 * document.
	 */
	public Optional<Maker> maker(long documentId) {
		return this.jdbc.sql(
				"SELECT title, doc_number_normalized, signed_date, published_date, effective_date FROM document WHERE id = ?")
			.param(documentId)
			.query((rs, i) -> new Maker(documentId, rs.getString(1), rs.getString(2), localDate(rs.getDate(3)),
					localDate(rs.getDate(4)), localDate(rs.getDate(5))))
			.optional();
	}

	/**
	 * The first day the document is known to have existed: the earliest of its own dates,
	 * its versions' and its history's (a law merged from several versions keeps the date
	 * of its first enactment).
	 */
	public Optional<LocalDate> earliestDate(long documentId) {
		List<LocalDate> dates = new ArrayList<>();
		maker(documentId).ifPresent((m) -> {
			dates.add(m.signedDate());
			dates.add(m.publishedDate());
			dates.add(m.effectiveDate());
		});
		dates.addAll(this.jdbc.sql("SELECT MIN(valid_from) FROM document_version WHERE document_id = ?")
			.param(documentId)
			.query((rs, i) -> localDate(rs.getDate(1)))
			.list());
		dates.addAll(this.jdbc
			.sql("SELECT MIN(event_date) FROM lifecycle_event WHERE document_id = ? AND event_type IN "
					+ "('ENACTED', 'PUBLISHED', 'EFFECTIVE', 'AMENDED', 'REVISED')")
			.param(documentId)
			.query((rs, i) -> localDate(rs.getDate(1)))
			.list());
		return dates.stream().filter(Objects::nonNull).min(LocalDate::compareTo);
	}

	public Timeline timeline(long documentId) {
		LocalDate[] dates = dates(documentId).orElse(new LocalDate[2]);
		return new Timeline(dates[0], dates[1], versions(documentId), events(documentId));
	}

	public long addRelation(long fromDocumentId, RelationType type, @Nullable Long toDocumentId, @Nullable String title,
			@Nullable String number, @Nullable String normalizedNumber, @Nullable Integer start, @Nullable Integer end,
			@Nullable String unresolvedReason, Instant now) {
		KeyHolder key = new GeneratedKeyHolder();
		this.jdbc
			.sql("""
					INSERT INTO document_relation (from_document_id, relation_type, to_document_id, target_title,
					       target_doc_number, target_doc_number_normalized, span_start, span_end, unresolved_reason, created_at)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
					""")
			.params(fromDocumentId, type.name(), toDocumentId, truncate(title, 1000), truncate(number, 200),
					truncate(normalizedNumber, 200), start, end, truncate(unresolvedReason, 500), Timestamp.from(now))
			.update(key, "id");
		return key.getKeyAs(Long.class);
	}

	public boolean hasRelations(long fromDocumentId) {
		return this.jdbc.sql("SELECT COUNT(*) FROM document_relation WHERE from_document_id = ?")
			.param(fromDocumentId)
			.query(Long.class)
			.single() > 0;
	}

	/** Relations from other documents that name this one but were not resolved yet. */
	public List<Relation> unresolvedNaming(@Nullable String normalizedNumber, Collection<String> titles) {
		return this.jdbc.sql("""
				SELECT * FROM document_relation
				 WHERE to_document_id IS NULL
				   AND (target_doc_number_normalized = :number OR target_title IN (:titles))
				""")
			.paramSource(new MapSqlParameterSource().addValue("number", normalizedNumber)
				.addValue("titles", titles.isEmpty() ? List.of("") : titles))
			.query(LifecycleStore::relation)
			.list();
	}

	public void resolve(long relationId, long toDocumentId) {
		this.jdbc.sql("UPDATE document_relation SET to_document_id = ?, unresolved_reason = NULL WHERE id = ?")
			.params(toDocumentId, relationId)
			.update();
	}

	/** Relations from a document, in text order. */
	public List<Relation> relationsFrom(long documentId) {
		return this.jdbc.sql("SELECT * FROM document_relation WHERE from_document_id = ? ORDER BY span_start, id")
			.param(documentId)
			.query(LifecycleStore::relation)
			.list();
	}

	/** Relations to a document (who cites, amends, repeals it). */
	public List<Relation> relationsTo(long documentId) {
		return this.jdbc.sql("SELECT * FROM document_relation WHERE to_document_id = ? ORDER BY from_document_id, id")
			.param(documentId)
			.query(LifecycleStore::relation)
			.list();
	}

	public void addAliases(long documentId, Collection<String> aliases) {
		for (String alias : aliases) {
			this.jdbc.sql("""
					INSERT INTO document_alias (document_id, alias)
					SELECT ?, ? FROM (VALUES (1)) AS one (x)
					 WHERE NOT EXISTS (SELECT 1 FROM document_alias WHERE document_id = ? AND alias = ?)
					""").params(documentId, truncate(alias, 1000), documentId, truncate(alias, 1000)).update();
		}
	}

	public List<String> aliases(long documentId) {
		return this.jdbc.sql("SELECT alias FROM document_alias WHERE document_id = ? ORDER BY alias")
			.param(documentId)
			.query(String.class)
			.list();
	}

	/** Documents whose doc number is this normalized one. */
	public List<Long> documentsNumbered(String normalizedNumber) {
		return this.jdbc.sql("SELECT id FROM document WHERE doc_number_normalized = ? ORDER BY id")
			.param(normalizedNumber)
			.query(Long.class)
			.list();
	}

	/**
	 * Documents whose title or one of whose aliases is this title (compared as
	 * {@link Titles#key}).
	 */
	public List<Long> documentsTitled(String titleKey) {
		return this.jdbc.sql("""
				SELECT id FROM document WHERE title = :title
				UNION
				SELECT document_id FROM document_alias WHERE alias = :title
				ORDER BY 1
				""").param("title", titleKey).query(Long.class).list();
	}

	/**
	 * A relation between two documents.
	 *
	 * @param id its id
	 * @param fromDocumentId the document that refers
	 * @param type how
	 * @param toDocumentId the document referred to, when resolved
	 * @param targetTitle the title as printed
	 * @param targetNumber the doc number as printed
	 * @param targetNumberNormalized the doc number normalized
	 * @param start where the reference starts in the referring text
	 * @param end where it ends
	 * @param unresolvedReason why it is not resolved
	 */
	public record Relation(long id, long fromDocumentId, RelationType type, @Nullable Long toDocumentId,
			@Nullable String targetTitle, @Nullable String targetNumber, @Nullable String targetNumberNormalized,
			@Nullable Integer start, @Nullable Integer end, @Nullable String unresolvedReason) {
	}

	private static LifecycleEvent event(ResultSet rs, int row) throws SQLException {
		long causedBy = rs.getLong("caused_by_document_id");
		boolean causedByMissing = rs.wasNull();
		int version = rs.getInt("version_no");
		boolean versionMissing = rs.wasNull();
		return new LifecycleEvent(rs.getLong("id"), LifecycleEventType.valueOf(rs.getString("event_type")),
				rs.getDate("event_date").toLocalDate(), localDate(rs.getDate("effective_date")),
				versionMissing ? null : version, causedByMissing ? null : causedBy, rs.getString("caused_by_text"),
				rs.getString("provisions"), rs.getString("origin"), rs.getString("recorded_by"),
				rs.getString("reason"));
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

	static @Nullable LocalDate localDate(@Nullable Date date) {
		return (date != null) ? date.toLocalDate() : null;
	}

	private static @Nullable Date date(@Nullable LocalDate date) {
		return (date != null) ? Date.valueOf(date) : null;
	}

	private static @Nullable String truncate(@Nullable String s, int max) {
		return (s == null || s.length() <= max) ? s : s.substring(0, max);
	}

	/**
	 * A document as the maker of a change to another: the cause named on the changed
	 * document's timeline and the dates the change was decided and took effect.
	 */
	public record Maker(long id, String title, @Nullable String docNumber, @Nullable LocalDate signedDate,
			@Nullable LocalDate publishedDate, @Nullable LocalDate effectiveDate) {

		public @Nullable LocalDate decided() {
			return (this.signedDate != null) ? this.signedDate
					: (this.publishedDate != null) ? this.publishedDate : this.effectiveDate;
		}

		/**
		 * The date its references speak from: when it took effect, else when it was made.
		 */
		public @Nullable LocalDate referenceDate() {
			return (this.effectiveDate != null) ? this.effectiveDate : decided();
		}

		public String cause() {
			return "《" + this.title + "》" + ((this.docNumber != null) ? "（" + this.docNumber + "）" : "");
		}

	}

}
