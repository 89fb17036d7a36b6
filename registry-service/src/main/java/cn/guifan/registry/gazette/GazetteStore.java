package cn.guifan.registry.gazette;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The gazette tables: the only place that reads or writes them. */
@Repository
class GazetteStore {

	private static final String ARTICLE = """
			SELECT a.id, a.document_id, a.first_page, a.last_page, a.source_sha256, a.standard_text, a.recorded_by,
			       i.gazette, i.issue_year, i.issue_no, i.overall_no, i.published_on
			  FROM gazette_article a JOIN gazette_issue i ON i.id = a.issue_id
			""";

	private final JdbcClient jdbc;

	GazetteStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The issue's id, created when new; a known issue gets the overall number and date it
	 * lacked.
	 */
	long issue(String gazette, int year, int issueNo, @Nullable Integer overallNo, @Nullable LocalDate publishedOn,
			Instant now) {
		Optional<Long> known = this.jdbc
			.sql("SELECT id FROM gazette_issue WHERE gazette = ? AND issue_year = ? AND issue_no = ?")
			.params(gazette, year, issueNo)
			.query(Long.class)
			.optional();
		if (known.isPresent()) {
			this.jdbc.sql("""
					UPDATE gazette_issue SET overall_no = COALESCE(:overall, overall_no),
					       published_on = COALESCE(:published, published_on)
					 WHERE id = :id
					""")
				.param("overall", overallNo)
				.param("published", (publishedOn != null) ? Date.valueOf(publishedOn) : null)
				.param("id", known.get())
				.update();
			return known.get();
		}
		this.jdbc.sql("""
				INSERT INTO gazette_issue (gazette, issue_year, issue_no, overall_no, published_on, created_at)
				VALUES (:gazette, :year, :issue, :overall, :published, :now)
				""")
			.param("gazette", gazette)
			.param("year", year)
			.param("issue", issueNo)
			.param("overall", overallNo)
			.param("published", (publishedOn != null) ? Date.valueOf(publishedOn) : null)
			.param("now", Timestamp.from(now))
			.update();
		return issue(gazette, year, issueNo, null, null, now);
	}

	/** Records (or replaces) where a document stands in an issue. */
	void article(long issueId, long documentId, @Nullable Integer firstPage, @Nullable Integer lastPage,
			@Nullable String sourceSha256, boolean standardText, String actor, Instant now) {
		this.jdbc.sql("DELETE FROM gazette_article WHERE issue_id = ? AND document_id = ?")
			.params(issueId, documentId)
			.update();
		this.jdbc.sql("""
				INSERT INTO gazette_article (issue_id, document_id, first_page, last_page, source_sha256, standard_text,
				       recorded_by, recorded_at)
				VALUES (:issue, :document, :first, :last, :sha, :standard, :actor, :now)
				""")
			.param("issue", issueId)
			.param("document", documentId)
			.param("first", firstPage)
			.param("last", lastPage)
			.param("sha", sourceSha256)
			.param("standard", standardText)
			.param("actor", actor)
			.param("now", Timestamp.from(now))
			.update();
	}

	List<Gazettes.Publication> ofDocument(long documentId) {
		return this.jdbc.sql(ARTICLE + " WHERE a.document_id = ? ORDER BY i.issue_year, i.issue_no")
			.param(documentId)
			.query(GazetteStore::publication)
			.list();
	}

	List<Gazettes.Publication> inIssue(String gazette, int year, int issueNo) {
		return this.jdbc
			.sql(ARTICLE + " WHERE i.gazette = ? AND i.issue_year = ? AND i.issue_no = ? ORDER BY a.first_page, a.id")
			.params(gazette, year, issueNo)
			.query(GazetteStore::publication)
			.list();
	}

	List<Gazettes.Publication> all() {
		return this.jdbc.sql(ARTICLE + " ORDER BY i.issue_year DESC, i.issue_no DESC, i.gazette, a.first_page, a.id")
			.query(GazetteStore::publication)
			.list();
	}

	private static Gazettes.Publication publication(ResultSet rs, int row) throws SQLException {
		int first = rs.getInt("first_page");
		boolean noFirst = rs.wasNull();
		int last = rs.getInt("last_page");
		boolean noLast = rs.wasNull();
		int overall = rs.getInt("overall_no");
		boolean noOverall = rs.wasNull();
		Date published = rs.getDate("published_on");
		String sha = rs.getString("source_sha256");
		return new Gazettes.Publication(rs.getLong("document_id"), rs.getString("gazette"), rs.getInt("issue_year"),
				rs.getInt("issue_no"), noOverall ? null : overall, (published != null) ? published.toLocalDate() : null,
				noFirst ? null : first, noLast ? null : last, (sha != null) ? sha.strip() : null,
				rs.getBoolean("standard_text"), rs.getString("recorded_by"));
	}

}
