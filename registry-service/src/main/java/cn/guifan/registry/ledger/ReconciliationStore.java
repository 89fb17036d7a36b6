package cn.guifan.registry.ledger;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** The ledger_reconciliation table: reports as made, and what was applied from them. */
@Repository
class ReconciliationStore {

	private static final ObjectMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	ReconciliationStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	ReconciliationReport save(ReconciliationReport report) {
		KeyHolder key = new GeneratedKeyHolder();
		this.jdbc.sql("""
				INSERT INTO ledger_reconciliation (file_name, report_json, created_by, created_at)
				VALUES (?, ?, ?, ?)
				""")
			.params(report.fileName(), JSON.writeValueAsString(report), report.createdBy(),
					Timestamp.from(report.createdAt()))
			.update(key, "id");
		long id = java.util.Objects.requireNonNull(key.getKeyAs(Long.class), "generated id");
		ReconciliationReport saved = report.withId(id);
		this.jdbc.sql("UPDATE ledger_reconciliation SET report_json = ? WHERE id = ?")
			.params(JSON.writeValueAsString(saved), id)
			.update();
		return saved;
	}

	Optional<ReconciliationReport> find(long id) {
		return this.jdbc.sql("SELECT report_json FROM ledger_reconciliation WHERE id = ?")
			.param(id)
			.query(String.class)
			.optional()
			.map((json) -> JSON.readValue(json, ReconciliationReport.class));
	}

	/** Marks it applied, once: false when it was applied before. */
	boolean markApplied(ReconciliationReport applied, String by, String appliedJson, Instant at) {
		return this.jdbc.sql("""
				UPDATE ledger_reconciliation SET applied_by = ?, applied_at = ?, applied_json = ?, report_json = ?
				WHERE id = ? AND applied_at IS NULL
				""")
			.params(by, Timestamp.from(at), appliedJson, JSON.writeValueAsString(applied), applied.id())
			.update() == 1;
	}

	static String json(Object value) {
		return JSON.writeValueAsString(value);
	}

}
