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

	/**
	 * Documents that may be the same as one with this doc number or title: same
	 * normalized number, or same title. Each with its metadata and its latest text, for
	 * {@link SameDocument}.
	 */
	List<Candidate> candidates(@Nullable String docNumberNormalized, String title) {
		return this.jdbc.sql("""
				SELECT d.id, d.metadata_json, v.id AS version_id, v.text_content
				  FROM document d
				  JOIN document_version v ON v.document_id = d.id
				   AND v.version_no = (SELECT MAX(version_no) FROM document_version l WHERE l.document_id = d.id)
				 WHERE d.doc_number_normalized = :number OR d.title = :title
				 ORDER BY d.id FETCH FIRST 20 ROWS ONLY
				""")
			.param("number", docNumberNormalized)
			.param("title", title)
			.query((rs, i) -> new Candidate(rs.getLong("id"), rs.getLong("version_id"), rs.getString("metadata_json"),
					rs.getString("text_content")))
			.list();
	}

	long insertDocument(DocumentMetadata m, String metadataJson, Instant now) {
		KeyHolder key = new GeneratedKeyHolder();
		metadataColumns(this.jdbc.sql("""
				INSERT INTO document (title, doc_number, doc_number_normalized, kind, kind_reason, signed_date,
				       published_date, effective_date, expiry_date, trial, disclosure, topic, index_number,
				       metadata_json, created_at, updated_at)
				VALUES (:title, :docNumber, :docNumberNormalized, :kind, :kindReason, :signedDate,
				       :publishedDate, :effectiveDate, :expiryDate, :trial, :disclosure, :topic, :indexNumber,
				       :metadataJson, :now, :now)
				"""), m, metadataJson, now).update(key, "id");
		long id = key.getKeyAs(Long.class);
		insertIssuers(id, m.issuers());
		return id;
	}

	/** The document columns that hold its metadata, bound by name. */
	private static JdbcClient.StatementSpec metadataColumns(JdbcClient.StatementSpec statement, DocumentMetadata m,
			String metadataJson, Instant now) {
		return statement.param("title", truncate(m.title(), 1000))
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
			.param("now", Timestamp.from(now));
	}

	private void insertIssuers(long id, List<String> issuers) {
		for (int i = 0; i < issuers.size(); i++) {
			this.jdbc.sql("INSERT INTO document_issuer (document_id, ordinal, name) VALUES (?, ?, ?)")
				.params(id, i, truncate(issuers.get(i), 300))
				.update();
		}
	}

	/** Replaces a document's metadata (columns, issuers and the JSON record). */
	void updateMetadata(long id, DocumentMetadata m, String metadataJson, Instant now) {
		metadataColumns(
				this.jdbc
					.sql("""
							UPDATE document SET title = :title, doc_number = :docNumber, doc_number_normalized = :docNumberNormalized,
							       kind = :kind, kind_reason = :kindReason, signed_date = :signedDate, published_date = :publishedDate,
							       effective_date = :effectiveDate, expiry_date = :expiryDate, trial = :trial, disclosure = :disclosure,
							       topic = :topic, index_number = :indexNumber, metadata_json = :metadataJson, updated_at = :now,
							       row_version = row_version + 1
							 WHERE id = :id
							"""),
				m, metadataJson, now)
			.param("id", id)
			.update();
		this.jdbc.sql("DELETE FROM document_issuer WHERE document_id = ?").param(id).update();
		insertIssuers(id, m.issuers());
	}

	/** The stored metadata of a document. */
	String metadataJson(long id) {
		return this.jdbc.sql("SELECT metadata_json FROM document WHERE id = ?").param(id).query(String.class).single();
	}

	long insertVersion(long documentId, int versionNo, @Nullable String label, @Nullable LocalDate validFrom,
			String text, String textSha256, String sourceSha256, String metadataJson, Instant now) {
		KeyHolder key = new GeneratedKeyHolder();
		this.jdbc.sql("""
				INSERT INTO document_version (document_id, version_no, label, valid_from, text_content, text_sha256,
				       source_sha256, metadata_json, created_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
				""")
			.params(documentId, versionNo, truncate(label, 300), date(validFrom), text, textSha256, sourceSha256,
					metadataJson, Timestamp.from(now))
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

	/**
	 * Numbers a document's versions 1, 2, … in order of when they apply, and returns the
	 * number the given version got.
	 */
	int renumberVersions(long documentId, long versionId) {
		List<Long> ids = this.jdbc.sql("""
				SELECT id FROM document_version WHERE document_id = ? ORDER BY valid_from NULLS FIRST, id
				""").param(documentId).query(Long.class).list();
		// Two passes, so that the unique (document, version number) never sees two equal
		// numbers.
		for (int i = 0; i < ids.size(); i++) {
			this.jdbc.sql("UPDATE document_version SET version_no = ? WHERE id = ?")
				.params(-(i + 1), ids.get(i))
				.update();
		}
		this.jdbc.sql("UPDATE document_version SET version_no = -version_no WHERE document_id = ?")
			.param(documentId)
			.update();
		return ids.indexOf(versionId) + 1;
	}

	int versionCount(long documentId) {
		return this.jdbc.sql("SELECT COUNT(*) FROM document_version WHERE document_id = ?")
			.param(documentId)
			.query(Integer.class)
			.single();
	}

	/**
	 * Documents with this title, with the metadata of each of their versions, for
	 * {@code Versions#sameWork}.
	 */
	List<VersionMetadata> versionsTitled(String title) {
		return this.jdbc.sql("""
				SELECT v.document_id, v.id, COALESCE(v.metadata_json, d.metadata_json) AS metadata_json
				  FROM document d JOIN document_version v ON v.document_id = d.id
				 WHERE d.title = ?
				 ORDER BY v.document_id, v.version_no
				""")
			.param(title)
			.query((rs, i) -> new VersionMetadata(rs.getLong(1), rs.getLong(2), rs.getString(3)))
			.list();
	}

	/** A version's metadata. */
	record VersionMetadata(long documentId, long versionId, String metadataJson) {
	}

	/** A document version, by ids. */
	record VersionRef(long documentId, long versionId) {
	}

	/** A stored document that a new file may be another copy of. */
	record Candidate(long documentId, long versionId, String metadataJson, String text) {
	}

}
