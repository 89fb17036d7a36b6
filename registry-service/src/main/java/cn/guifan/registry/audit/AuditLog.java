package cn.guifan.registry.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** Appends to and reads the audit log. Entries are never changed or removed. */
@Component
public class AuditLog {

	private static final ObjectMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	private final Clock clock;

	public AuditLog(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Records a change, in the caller's transaction.
	 * @param actor who
	 * @param action what kind of change (RECORD_EVENT, CORRECT_METADATA, EXPIRY_SWEEP…)
	 * @param documentId the document changed
	 * @param detail what changed, as key–value pairs
	 * @param reason why
	 */
	public void record(String actor, String action, @Nullable Long documentId, Map<String, ?> detail,
			@Nullable String reason) {
		this.jdbc.sql("""
				INSERT INTO audit_log (recorded_at, actor, action, document_id, detail, reason)
				VALUES (?, ?, ?, ?, ?, ?)
				""")
			.param(Timestamp.from(this.clock.instant()))
			.param(actor)
			.param(action)
			.param(documentId)
			.param(JSON.writeValueAsString(detail))
			.param((reason != null && reason.length() > 2000) ? reason.substring(0, 2000) : reason)
			.update();
	}

	/** Entries, newest first, optionally of one document. */
	public List<Entry> entries(@Nullable Long documentId, int limit) {
		String where = (documentId != null) ? "WHERE document_id = :document" : "";
		var query = this.jdbc
			.sql("SELECT * FROM audit_log " + where + " ORDER BY id DESC FETCH FIRST " + limit + " ROWS ONLY");
		if (documentId != null) {
			query = query.param("document", documentId);
		}
		return query.query((rs, i) -> {
			long document = rs.getLong("document_id");
			boolean noDocument = rs.wasNull();
			return new Entry(rs.getLong("id"), rs.getTimestamp("recorded_at").toInstant(), rs.getString("actor"),
					rs.getString("action"), noDocument ? null : document, JSON.readTree(rs.getString("detail")),
					rs.getString("reason"));
		}).list();
	}

	/**
	 * An audit log entry.
	 *
	 * @param id its number
	 * @param at when
	 * @param actor who
	 * @param action what kind of change
	 * @param documentId the document
	 * @param detail what changed
	 * @param reason why
	 */
	public record Entry(long id, Instant at, String actor, String action, @Nullable Long documentId, Object detail,
			@Nullable String reason) {
	}

}
