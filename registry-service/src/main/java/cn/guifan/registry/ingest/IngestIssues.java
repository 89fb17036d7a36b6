package cn.guifan.registry.ingest;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The files ingest runs could not read, with the reason ({@code ingest_issue}). */
@Repository
class IngestIssues {

	private final JdbcClient jdbc;

	IngestIssues(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void record(long runId, String fileName, String code, String message, Instant now) {
		this.jdbc.sql("""
				INSERT INTO ingest_issue (run_id, file_name, error_code, message, created_at) VALUES (?, ?, ?, ?, ?)
				""")
			.params(runId, truncate(fileName, 2000), code, truncate(message, 2000), Timestamp.from(now))
			.update();
	}

	List<IngestReport.Issue> ofRun(long runId) {
		return this.jdbc.sql("SELECT file_name, error_code, message FROM ingest_issue WHERE run_id = ? ORDER BY id")
			.param(runId)
			.query((rs, i) -> new IngestReport.Issue(rs.getString(1), rs.getString(2), rs.getString(3)))
			.list();
	}

	private static String truncate(String s, int max) {
		return (s.length() <= max) ? s : s.substring(0, max);
	}

}
