package cn.guifan.registry.ingest;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.guifan.registry.document.DocumentSummary;
import cn.guifan.registry.document.Documents;
import cn.guifan.schemas.document.ExtractionError;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Documents stored although a step of their metadata extraction failed (the step's fields
 * are missing), for the registrar's page. A table of its own, written with the document,
 * so the list is a query on a few rows, never a scan of every record's JSON.
 */
@Repository
public class ExtractionFailures {

	private final JdbcClient jdbc;

	private final Documents documents;

	ExtractionFailures(JdbcClient jdbc, Documents documents) {
		this.jdbc = jdbc;
		this.documents = documents;
	}

	/** Records the failed steps of a document read from {@code file}. */
	void record(long documentId, String file, List<ExtractionError> errors, Instant now) {
		for (ExtractionError e : errors) {
			this.jdbc.sql("""
					INSERT INTO extraction_failure (document_id, file_name, stage, message, created_at)
					VALUES (?, ?, ?, ?, ?)
					""")
				.params(documentId, truncate(file, 2000), truncate(e.stage(), 100), truncate(e.message(), 2000),
						Timestamp.from(now))
				.update();
		}
	}

	/** The latest failures, newest first, with their documents' titles. */
	public List<Entry> latest(int limit) {
		List<Row> rows = this.jdbc.sql("""
				SELECT document_id, file_name, stage, message, created_at FROM extraction_failure
				 ORDER BY created_at DESC, id DESC
				""" + " FETCH FIRST " + limit + " ROWS ONLY")
			.query((rs, i) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getTimestamp(5).toInstant()))
			.list();
		Map<Long, DocumentSummary> summaries = this.documents
			.summaries(rows.stream().map(Row::documentId).distinct().toList());
		List<Entry> entries = new ArrayList<>();
		for (Row row : rows) {
			DocumentSummary d = summaries.get(row.documentId());
			if (d != null) {
				entries.add(new Entry(row.documentId(), d.title(), d.docNumber(), row.file(), row.stage(),
						row.message(), row.at()));
			}
		}
		return entries;
	}

	private record Row(long documentId, String file, String stage, String message, Instant at) {
	}

	private static String truncate(String s, int max) {
		return (s.length() <= max) ? s : s.substring(0, max);
	}

	/**
	 * A failed step of a stored document.
	 *
	 * @param documentId the document
	 * @param title its title
	 * @param docNumber its 发文字号, when known
	 * @param file the file it was read from
	 * @param stage the step that failed
	 * @param message what went wrong
	 * @param at when it was stored
	 */
	public record Entry(long documentId, String title, @Nullable String docNumber, String file, String stage,
			String message, Instant at) {
	}

}
