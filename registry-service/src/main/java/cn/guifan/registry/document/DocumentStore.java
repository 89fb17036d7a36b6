package cn.guifan.registry.document;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import cn.guifan.schemas.document.DocumentMetadata;
import cn.guifan.schemas.document.SourceFile;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Writes of the registry's document tables. Callers hold the transaction. */
@Repository
class DocumentStore {

	private final JdbcClient jdbc;

	DocumentStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Long> documentOfSource(String sha256) {
		return this.jdbc.sql("SELECT document_id FROM document_source WHERE sha256 = ?")
			.param(sha256)
			.query(Long.class)
			.optional();
	}

	boolean hasSource(String sha256) {
		return documentOfSource(sha256).isPresent();
	}

	/**
	 * A version with exactly this text (ignoring spaces and widths): the same document.
	 */
	Optional<VersionRef> versionWithText(String textSha256) {
		return this.jdbc.sql(
				"SELECT document_id, id FROM document_version WHERE text_sha256 = ? ORDER BY id FETCH FIRST 1 ROWS ONLY")
			.param(textSha256)
			.query((rs, i) -> new VersionRef(rs.getLong(1), rs.getLong(2)))
			.optional();
	}

	long insertDocument(DocumentMetadata m, String metadataJson, Instant now) {
		KeyHolder key = new GeneratedKeyHolder();
		this.jdbc.sql("""
				INSERT INTO document (title, doc_number, doc_number_normalized, kind, kind_reason, signed_date,
				       published_date, effective_date, expiry_date, trial, disclosure, topic, index_number,
				       metadata_json, created_at, updated_at)
				VALUES (:title, :docNumber, :docNumberNormalized, :kind, :kindReason, :signedDate,
				       :publishedDate, :effectiveDate, :expiryDate, :trial, :disclosure, :topic, :indexNumber,
				       :metadataJson, :now, :now)
				""")
			.param("title", truncate(m.title(), 1000))
			.param("docNumber", (m.docNumber() != null) ? m.docNumber().printed() : null)
			.param("docNumberNormalized", (m.docNumber() != null) ? m.docNumber().normalized() : null)
			.param("kind", m.kind().name())
			.param("kindReason", truncate(m.kindReason(), 1000))
			.param("signedDate", date(m.signedDate()))
			.param("publishedDate", date(m.publishedDate()))
			.param("effectiveDate", date(m.effectiveDate()))
			.param("expiryDate", date(m.expiryDate()))
			.param("trial", m.trial())
			.param("disclosure", (m.disclosure() != null) ? m.disclosure().name() : null)
			.param("topic", m.topic())
			.param("indexNumber", m.indexNumber())
			.param("metadataJson", metadataJson)
			.param("now", Timestamp.from(now))
			.update(key, "id");
		long id = key.getKeyAs(Long.class);
		List<String> issuers = m.issuers();
		for (int i = 0; i < issuers.size(); i++) {
			this.jdbc.sql("INSERT INTO document_issuer (document_id, ordinal, name) VALUES (?, ?, ?)")
				.params(id, i, truncate(issuers.get(i), 300))
				.update();
		}
		return id;
	}

	long insertVersion(long documentId, int versionNo, @Nullable String label, @Nullable LocalDate validFrom,
			String text, String textSha256, String sourceSha256, Instant now) {
		KeyHolder key = new GeneratedKeyHolder();
		this.jdbc.sql("""
				INSERT INTO document_version (document_id, version_no, label, valid_from, text_content, text_sha256,
				       source_sha256, created_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?)
				""")
			.params(documentId, versionNo, label, date(validFrom), text, textSha256, sourceSha256, Timestamp.from(now))
			.update(key, "id");
		return key.getKeyAs(Long.class);
	}

	void insertSourceFileIfAbsent(SourceFile source, Instant now) {
		this.jdbc.sql("""
				INSERT INTO source_file (sha256, media_type, size_bytes, stored_at)
				SELECT ?, ?, ?, ? FROM (VALUES (1)) AS one (x)
				 WHERE NOT EXISTS (SELECT 1 FROM source_file WHERE sha256 = ?)
				""")
			.params(source.sha256(), source.mediaType(), source.size(), Timestamp.from(now), source.sha256())
			.update();
	}

	void insertDocumentSource(long documentId, String sha256, String fileName, @Nullable Long versionId, Instant now) {
		this.jdbc.sql("""
				INSERT INTO document_source (document_id, sha256, file_name, version_id, added_at)
				VALUES (?, ?, ?, ?, ?)
				""").params(documentId, sha256, truncate(fileName, 2000), versionId, Timestamp.from(now)).update();
	}

	void recordIssue(long runId, String fileName, String code, String message, Instant now) {
		this.jdbc.sql("""
				INSERT INTO ingest_issue (run_id, file_name, error_code, message, created_at) VALUES (?, ?, ?, ?, ?)
				""")
			.params(runId, truncate(fileName, 2000), code, truncate(message, 2000), Timestamp.from(now))
			.update();
	}

	private static @Nullable Date date(@Nullable LocalDate date) {
		return (date != null) ? Date.valueOf(date) : null;
	}

	private static @Nullable String truncate(@Nullable String s, int max) {
		return (s == null || s.length() <= max) ? s : s.substring(0, max);
	}

	/** A document version, by ids. */
	record VersionRef(long documentId, long versionId) {
	}

}
