package cn.guifan.registry.document;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import cn.guifan.registry.common.Keyset;
import cn.guifan.schemas.document.Disclosure;
import cn.guifan.schemas.document.DocumentKind;
import cn.guifan.schemas.document.DocumentMetadata;
import cn.guifan.schemas.document.SourceFile;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The document tables: {@code document}, {@code document_issuer}, {@code document_alias},
 * {@code document_version}, {@code document_source} and {@code source_file}. The only
 * place that reads or writes them; callers hold the transaction. Every write that changes
 * what a document's index entries are made of publishes {@link DocumentChanged} (or
 * {@link DocumentRemoved}), so nobody has to remember to reindex.
 */
@Repository
class DocumentStore {

	private static final String SUMMARY_COLUMNS = """
			id, title, doc_number, doc_number_normalized, kind, kind_reason, signed_date, published_date,
			effective_date, expiry_date, trial, disclosure, region, topic, registration_number""";

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	/** For JDBC batches, which {@link JdbcClient} does not make. */
	private final JdbcTemplate batch;

	DocumentStore(JdbcClient jdbc, JdbcTemplate batch, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.events = events;
	}

	// Reads

	Optional<DocumentSummary> summary(long id) {
		return summaries(List.of(id)).values().stream().findFirst();
	}

	/** Summaries of the documents that exist among the ids, in id order. */
	Map<Long, DocumentSummary> summaries(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		Map<Long, List<String>> issuers = issuers(ids);
		Map<Long, DocumentSummary> summaries = new LinkedHashMap<>();
		for (List<Long> part : parts(ids)) {
			this.jdbc.sql("SELECT " + SUMMARY_COLUMNS + " FROM document WHERE id IN (:ids) ORDER BY id")
				.paramSource(new MapSqlParameterSource("ids", part))
				.query((rs) -> {
					DocumentSummary s = summary(rs, issuers.getOrDefault(rs.getLong("id"), List.of()));
					summaries.put(s.id(), s);
				});
		}
		return summaries;
	}

	private Map<Long, List<String>> issuers(Collection<Long> ids) {
		Map<Long, List<String>> issuers = new HashMap<>();
		for (List<Long> part : parts(ids)) {
			this.jdbc.sql(
					"SELECT document_id, name FROM document_issuer WHERE document_id IN (:ids) ORDER BY document_id, ordinal")
				.paramSource(new MapSqlParameterSource("ids", part))
				.query((rs) -> {
					issuers.computeIfAbsent(rs.getLong(1), (k) -> new ArrayList<>()).add(rs.getString(2));
				});
		}
		return issuers;
	}

	private static DocumentSummary summary(ResultSet rs, List<String> issuers) throws SQLException {
		String disclosure = rs.getString("disclosure");
		return new DocumentSummary(rs.getLong("id"), rs.getString("title"), rs.getString("doc_number"),
				rs.getString("doc_number_normalized"), issuers, DocumentKind.valueOf(rs.getString("kind")),
				rs.getString("kind_reason"), localDate(rs.getDate("signed_date")),
				localDate(rs.getDate("published_date")), localDate(rs.getDate("effective_date")),
				localDate(rs.getDate("expiry_date")), rs.getBoolean("trial"),
				(disclosure != null) ? Disclosure.valueOf(disclosure) : null, rs.getString("region"),
				rs.getString("topic"), rs.getString("registration_number"));
	}

	boolean exists(long id) {
		return this.jdbc.sql("SELECT COUNT(*) FROM document WHERE id = ?").param(id).query(Long.class).single() > 0;
	}

	long count() {
		return this.jdbc.sql("SELECT COUNT(*) FROM document").query(Long.class).single();
	}

	List<Long> idsAfter(long afterId, int limit) {
		return this.jdbc
			.sql("SELECT id FROM document WHERE id > ? ORDER BY id FETCH FIRST %d ROWS ONLY".formatted(limit))
			.param(afterId)
			.query(Long.class)
			.list();
	}

	List<Long> idsNumbered(String normalizedNumber) {
		return this.jdbc.sql("SELECT id FROM document WHERE doc_number_normalized = ? ORDER BY id")
			.param(normalizedNumber)
			.query(Long.class)
			.list();
	}

	/** The documents with each of these normalized numbers, in id order. */
	Map<String, List<Long>> idsNumbered(Collection<String> normalizedNumbers) {
		Map<String, List<Long>> ids = new HashMap<>();
		for (List<String> part : parts(normalizedNumbers)) {
			this.jdbc.sql(
					"SELECT doc_number_normalized, id FROM document WHERE doc_number_normalized IN (:numbers) ORDER BY id")
				.param("numbers", part)
				.query((rs) -> {
					ids.computeIfAbsent(rs.getString(1), (k) -> new ArrayList<>()).add(rs.getLong(2));
				});
		}
		return ids;
	}

	/**
	 * The documents whose title or one of whose names is each of these keys
	 * ({@link Titles#key}), in id order.
	 */
	Map<String, List<Long>> idsTitled(Collection<String> titleKeys) {
		Map<String, java.util.SortedSet<Long>> ids = new HashMap<>();
		for (List<String> part : parts(titleKeys)) {
			this.jdbc.sql("""
					SELECT title, id FROM document WHERE title IN (:titles)
					UNION
					SELECT alias, document_id FROM document_alias WHERE alias IN (:titles)
					""").param("titles", part).query((rs) -> {
				ids.computeIfAbsent(rs.getString(1), (k) -> new java.util.TreeSet<>()).add(rs.getLong(2));
			});
		}
		Map<String, List<Long>> lists = new HashMap<>();
		ids.forEach((key, set) -> lists.put(key, List.copyOf(set)));
		return lists;
	}

	/** Documents whose title or one of whose names is this key ({@link Titles#key}). */
	List<Long> idsTitled(String titleKey) {
		return this.jdbc.sql("""
				SELECT id FROM document WHERE title = :title
				UNION
				SELECT document_id FROM document_alias WHERE alias = :title
				ORDER BY 1
				""").param("title", titleKey).query(Long.class).list();
	}

	/** Documents whose validity period ended before the day. */
	List<Long> idsExpiredBefore(LocalDate day) {
		return this.jdbc.sql("SELECT id FROM document WHERE expiry_date < ? ORDER BY id")
			.param(Date.valueOf(day))
			.query(Long.class)
			.list();
	}

	/**
	 * Documents whose status may have turned with the date between the two days: taking
	 * effect after {@code since} and by {@code today}, or expiring in that time.
	 */
	List<Long> idsTurningBetween(LocalDate since, LocalDate today) {
		return this.jdbc.sql("""
				SELECT id FROM document
				 WHERE (effective_date > ? AND effective_date <= ?)
				    OR (expiry_date >= ? AND expiry_date < ?)
				 ORDER BY id
				""")
			.params(Date.valueOf(since), Date.valueOf(today), Date.valueOf(since.minusDays(1)), Date.valueOf(today))
			.query(Long.class)
			.list();
	}

	/** Documents whose validity period ends between the two days, soonest first. */
	List<Long> idsExpiringBetween(LocalDate from, LocalDate to) {
		return this.jdbc
			.sql("SELECT id FROM document WHERE expiry_date >= ? AND expiry_date <= ? ORDER BY expiry_date, id")
			.params(Date.valueOf(from), Date.valueOf(to))
			.query(Long.class)
			.list();
	}

	/** The names a document is known by, besides its title key. */
	Map<Long, List<String>> aliases(Collection<Long> ids) {
		Map<Long, List<String>> aliases = new HashMap<>();
		for (List<Long> part : parts(ids)) {
			this.jdbc.sql(
					"SELECT document_id, alias FROM document_alias WHERE document_id IN (:ids) ORDER BY document_id, alias")
				.paramSource(new MapSqlParameterSource("ids", part))
				.query((rs) -> {
					aliases.computeIfAbsent(rs.getLong(1), (k) -> new ArrayList<>()).add(rs.getString(2));
				});
		}
		return aliases;
	}

	/** The versions of the documents, oldest first per document. */
	Map<Long, List<DocumentVersion>> versions(Collection<Long> ids) {
		Map<Long, List<DocumentVersion>> versions = new HashMap<>();
		for (List<Long> part : parts(ids)) {
			this.jdbc.sql("""
					SELECT document_id, version_no, label, valid_from, source_sha256
					  FROM document_version WHERE document_id IN (:ids) ORDER BY document_id, version_no
					""").paramSource(new MapSqlParameterSource("ids", part)).query((rs) -> {
				DocumentVersion v = version(rs);
				versions.computeIfAbsent(v.documentId(), (k) -> new ArrayList<>()).add(v);
			});
		}
		return versions;
	}

	/** Every version of the documents with its text, oldest first per document. */
	List<Documents.VersionText> versionTexts(Collection<Long> ids) {
		List<Documents.VersionText> texts = new ArrayList<>();
		for (List<Long> part : parts(ids)) {
			this.jdbc.sql("""
					SELECT document_id, version_no, label, valid_from, source_sha256, text_content
					  FROM document_version WHERE document_id IN (:ids) ORDER BY document_id, version_no
					""").paramSource(new MapSqlParameterSource("ids", part)).query((rs) -> {
				texts.add(new Documents.VersionText(version(rs), rs.getString("text_content")));
			});
		}
		return texts;
	}

	/**
	 * Every version of the documents with the start of its text, at most {@code maxChars}
	 * characters (PostgreSQL counts code points, so up to twice as many UTF-16
	 * characters), and the length of the whole text. The text is cut by the database: a
	 * 15-million-character text does not come into this JVM's heap whole (PostgreSQL
	 * sends only the start; H2, embedded, reads the value once and keeps the start).
	 */
	List<Documents.VersionExcerpt> versionExcerpts(Collection<Long> ids, int maxChars) {
		List<Documents.VersionExcerpt> texts = new ArrayList<>();
		for (List<Long> part : parts(ids)) {
			this.jdbc.sql("""
					SELECT document_id, version_no, label, valid_from, source_sha256,
					       SUBSTRING(text_content FROM 1 FOR :max) AS text_start,
					       CHAR_LENGTH(text_content) AS text_chars
					  FROM document_version WHERE document_id IN (:ids) ORDER BY document_id, version_no
					""").paramSource(new MapSqlParameterSource("ids", part).addValue("max", maxChars)).query((rs) -> {
				texts.add(new Documents.VersionExcerpt(version(rs), rs.getString("text_start"),
						rs.getLong("text_chars")));
			});
		}
		return texts;
	}

	/**
	 * The characters of each document's versions' texts, each version counted up to
	 * {@code maxChars}: what loading their excerpts brings into memory. Documents without
	 * versions are missing.
	 */
	Map<Long, Long> excerptChars(Collection<Long> ids, int maxChars) {
		Map<Long, Long> chars = new HashMap<>();
		for (List<Long> part : parts(ids)) {
			this.jdbc.sql("""
					SELECT document_id, SUM(LEAST(CHAR_LENGTH(text_content), :max))
					  FROM document_version WHERE document_id IN (:ids) GROUP BY document_id
					""").paramSource(new MapSqlParameterSource("ids", part).addValue("max", maxChars)).query((rs) -> {
				chars.put(rs.getLong(1), rs.getLong(2));
			});
		}
		return chars;
	}

	private static DocumentVersion version(ResultSet rs) throws SQLException {
		return new DocumentVersion(rs.getLong("document_id"), rs.getInt("version_no"), rs.getString("label"),
				localDate(rs.getDate("valid_from")), strip(rs.getString("source_sha256")));
	}

	Optional<String> versionText(long documentId, int versionNo) {
		return this.jdbc.sql("SELECT text_content FROM document_version WHERE document_id = ? AND version_no = ?")
			.params(documentId, versionNo)
			.query(String.class)
			.optional();
	}

	/** The earliest day a version of the document applies from, if any says. */
	Map<Long, LocalDate> firstVersionDates(Collection<Long> ids) {
		Map<Long, LocalDate> dates = new HashMap<>();
		for (List<Long> part : parts(ids)) {
			this.jdbc.sql("""
					SELECT document_id, MIN(valid_from) FROM document_version
					 WHERE document_id IN (:ids) AND valid_from IS NOT NULL GROUP BY document_id
					""").paramSource(new MapSqlParameterSource("ids", part)).query((rs) -> {
				dates.put(rs.getLong(1), rs.getDate(2).toLocalDate());
			});
		}
		return dates;
	}

	List<Documents.Source> sources(long documentId) {
		return this.jdbc.sql("""
				SELECT s.sha256, s.file_name, f.media_type, f.size_bytes
				  FROM document_source s JOIN source_file f ON f.sha256 = s.sha256
				 WHERE s.document_id = ? ORDER BY s.added_at, s.file_name
				""")
			.param(documentId)
			.query((rs, i) -> new Documents.Source(rs.getString(1).strip(), rs.getString(2), rs.getString(3),
					rs.getLong(4)))
			.list();
	}

	Optional<Long> documentOfSource(String sha256) {
		return this.jdbc.sql("SELECT document_id FROM document_source WHERE sha256 = ?")
			.param(sha256)
			.query(Long.class)
			.optional();
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
	 * normalized number, or same title, each with its metadata, for {@link SameDocument}.
	 * Two look-ups, each through its index (one condition with OR would read every
	 * version of every document); the text is read only for the candidates whose metadata
	 * agree ({@link #latestVersionText}).
	 */
	List<Candidate> candidates(@Nullable String docNumberNormalized, String title) {
		// Without a number, no number look-up: "= NULL" matches nothing, yet H2 walks
		// every document without a number (most laws) to find that out.
		String byNumber = (docNumberNormalized != null)
				? "SELECT id FROM document WHERE doc_number_normalized = :number UNION " : "";
		return this.jdbc
			.sql("SELECT id, metadata_json FROM document WHERE id IN (" + byNumber
					+ "SELECT id FROM document WHERE title = :title) ORDER BY id FETCH FIRST 20 ROWS ONLY")
			.param("number", docNumberNormalized)
			.param("title", title)
			.query((rs, i) -> new Candidate(rs.getLong("id"), rs.getString("metadata_json")))
			.list();
	}

	/** The latest version of a document with its text. */
	Optional<VersionText> latestVersionText(long documentId) {
		return this.jdbc.sql("""
				SELECT id, text_content FROM document_version WHERE document_id = ?
				 ORDER BY version_no DESC FETCH FIRST 1 ROWS ONLY
				""")
			.param(documentId)
			.query((rs, i) -> new VersionText(documentId, rs.getLong(1), rs.getString(2)))
			.optional();
	}

	/**
	 * Documents with this title, with the metadata of each of their versions, for
	 * {@link Versions#sameWork}.
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

	/** The stored metadata of a document. */
	Optional<String> metadataJson(long id) {
		return this.jdbc.sql("SELECT metadata_json FROM document WHERE id = ?")
			.param(id)
			.query(String.class)
			.optional();
	}

	int versionCount(long documentId) {
		return this.jdbc.sql("SELECT COUNT(*) FROM document_version WHERE document_id = ?")
			.param(documentId)
			.query(Integer.class)
			.single();
	}

	/** Documents with this 统一登记号 key ({@link RegistrationNumberKey#of}). */
	List<Long> idsRegistered(String registrationKey) {
		return this.jdbc.sql("SELECT id FROM document WHERE registration_key = ? ORDER BY id")
			.param(registrationKey)
			.query(Long.class)
			.list();
	}

	/** Documents this organ issued, alone or jointly. */
	List<Long> idsIssuedBy(String issuer) {
		return this.jdbc.sql("SELECT DISTINCT document_id FROM document_issuer WHERE name = ? ORDER BY document_id")
			.param(issuer)
			.query(Long.class)
			.list();
	}

	/** The stored metadata of each document, as JSON. */
	Map<Long, String> metadataJson(Collection<Long> ids) {
		Map<Long, String> json = new LinkedHashMap<>();
		for (List<Long> part : parts(ids)) {
			this.jdbc.sql("SELECT id, metadata_json FROM document WHERE id IN (:ids) ORDER BY id")
				.paramSource(new MapSqlParameterSource("ids", part))
				.query((rs) -> {
					json.put(rs.getLong(1), rs.getString(2));
				});
		}
		return json;
	}

	/** The original files of each document, in the order they arrived. */
	Map<Long, List<Documents.Source>> sources(Collection<Long> ids) {
		Map<Long, List<Documents.Source>> sources = new HashMap<>();
		for (List<Long> part : parts(ids)) {
			this.jdbc.sql("""
					SELECT s.document_id, s.sha256, s.file_name, f.media_type, f.size_bytes
					  FROM document_source s JOIN source_file f ON f.sha256 = s.sha256
					 WHERE s.document_id IN (:ids) ORDER BY s.document_id, s.added_at, s.file_name
					""").paramSource(new MapSqlParameterSource("ids", part)).query((rs) -> {
				sources.computeIfAbsent(rs.getLong(1), (k) -> new ArrayList<>())
					.add(new Documents.Source(rs.getString(2).strip(), rs.getString(3), rs.getString(4),
							rs.getLong(5)));
			});
		}
		return sources;
	}

	/**
	 * The latest change to the registry's documents: the newest metadata change or
	 * document, or the newest version.
	 */
	Optional<Instant> lastChange() {
		Timestamp updated = this.jdbc.sql("SELECT MAX(updated_at) FROM document")
			.query((rs, i) -> rs.getTimestamp(1))
			.optional()
			.orElse(null);
		Timestamp version = this.jdbc
			.sql("SELECT created_at FROM document_version ORDER BY id DESC FETCH FIRST 1 ROWS ONLY")
			.query((rs, i) -> rs.getTimestamp(1))
			.optional()
			.orElse(null);
		Instant a = (updated != null) ? updated.toInstant() : null;
		Instant b = (version != null) ? version.toInstant() : null;
		if (a == null || b == null) {
			return Optional.ofNullable((a != null) ? a : b);
		}
		return Optional.of(a.isAfter(b) ? a : b);
	}

	/** Documents in the order they were stored, one window of it. */
	List<Documents.Stored> stored(Keyset window, @Nullable Collection<Long> only) {
		return this.jdbc
			.sql("SELECT id, created_at FROM document WHERE " + window.where("created_at", "id")
					+ ((only != null) ? " AND id IN (:only)" : "") + " ORDER BY " + window.order("created_at", "id")
					+ " FETCH FIRST " + window.limit() + " ROWS ONLY")
			.paramSource(window.params(only))
			.query((rs, i) -> new Documents.Stored(rs.getLong(1), rs.getTimestamp(2).toInstant()))
			.list();
	}

	/**
	 * Versions that arrived after their document was stored, in the order they arrived,
	 * one window of it.
	 */
	List<Documents.AddedVersion> addedVersions(Keyset window, @Nullable Collection<Long> only) {
		return this.jdbc
			.sql("SELECT v.id, v.document_id, v.version_no, v.label, v.valid_from, v.created_at"
					+ " FROM document_version v JOIN document d ON d.id = v.document_id"
					+ " WHERE v.created_at > d.created_at AND " + window.where("v.created_at", "v.id")
					+ ((only != null) ? " AND v.document_id IN (:only)" : "") + " ORDER BY "
					+ window.order("v.created_at", "v.id") + " FETCH FIRST " + window.limit() + " ROWS ONLY")
			.paramSource(window.params(only))
			.query((rs, i) -> new Documents.AddedVersion(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getString(4),
					localDate(rs.getDate(5)), rs.getTimestamp(6).toInstant()))
			.list();
	}

	// Writes

	long insertDocument(DocumentMetadata m, String metadataJson, Instant now) {
		KeyHolder key = new GeneratedKeyHolder();
		metadataColumns(this.jdbc.sql("""
				INSERT INTO document (title, doc_number, doc_number_normalized, kind, kind_reason, signed_date,
				       published_date, effective_date, expiry_date, trial, disclosure, topic, index_number,
				       registration_number, registration_key, metadata_json, created_at, updated_at)
				VALUES (:title, :docNumber, :docNumberNormalized, :kind, :kindReason, :signedDate,
				       :publishedDate, :effectiveDate, :expiryDate, :trial, :disclosure, :topic, :indexNumber,
				       :registrationNumber, :registrationKey, :metadataJson, :now, :now)
				"""), m, metadataJson, now).update(key, "id");
		long id = java.util.Objects.requireNonNull(key.getKeyAs(Long.class), "generated id");
		insertIssuers(id, m.issuers());
		// A new document has no names yet: one batch, no look-up per name.
		List<Object[]> names = names(m.title()).stream().map((name) -> new Object[] { id, name }).toList();
		this.batch.batchUpdate("INSERT INTO document_alias (document_id, alias) VALUES (?, ?)", names);
		changed(id);
		return id;
	}

	/**
	 * Replaces a document's metadata (columns, issuers and the JSON record). A version
	 * read from a file whose metadata was the document's (stored once, with no copy of
	 * its own: the first version of a new document) first gets the record being replaced,
	 * so it keeps what its file said.
	 */
	void updateMetadata(long id, DocumentMetadata m, String metadataJson, Instant now) {
		this.jdbc.sql("""
				UPDATE document_version SET metadata_json = (SELECT metadata_json FROM document WHERE id = :id)
				 WHERE document_id = :id AND metadata_json IS NULL AND source_sha256 IS NOT NULL
				""").param("id", id).update();
		metadataColumns(
				this.jdbc
					.sql("""
							UPDATE document SET title = :title, doc_number = :docNumber, doc_number_normalized = :docNumberNormalized,
							       kind = :kind, kind_reason = :kindReason, signed_date = :signedDate, published_date = :publishedDate,
							       effective_date = :effectiveDate, expiry_date = :expiryDate, trial = :trial, disclosure = :disclosure,
							       topic = :topic, index_number = :indexNumber, registration_number = :registrationNumber,
							       registration_key = :registrationKey, metadata_json = :metadataJson, updated_at = :now,
							       row_version = row_version + 1
							 WHERE id = :id
							"""),
				m, metadataJson, now)
			.param("id", id)
			.update();
		this.jdbc.sql("DELETE FROM document_issuer WHERE document_id = ?").param(id).update();
		insertIssuers(id, m.issuers());
		addNames(id, m.title());
		changed(id);
	}

	/** The document columns that hold its metadata, bound by name. */
	private static JdbcClient.StatementSpec metadataColumns(JdbcClient.StatementSpec statement, DocumentMetadata m,
			String metadataJson, Instant now) {
		String registration = blankToNull(m.registrationNumber());
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
			.param("topic", truncate(m.topic(), 200))
			.param("indexNumber", truncate(m.indexNumber(), 200))
			.param("registrationNumber", truncate(registration, 200))
			.param("registrationKey",
					(registration != null) ? truncate(RegistrationNumberKey.of(registration), 200) : null)
			.param("metadataJson", metadataJson)
			.param("now", Timestamp.from(now));
	}

	private void insertIssuers(long id, List<String> issuers) {
		List<Object[]> rows = new ArrayList<>(issuers.size());
		for (int i = 0; i < issuers.size(); i++) {
			rows.add(new Object[] { id, i, truncate(issuers.get(i), 300) });
		}
		this.batch.batchUpdate("INSERT INTO document_issuer (document_id, ordinal, name) VALUES (?, ?, ?)", rows);
	}

	/**
	 * Records the names the title implies (its key, the short name of a law, the
	 * instrument a 印发 notice publishes); names known before stay, so a reference made by
	 * an earlier title still finds the document.
	 */
	void addNames(long documentId, String title) {
		for (String name : names(title)) {
			this.jdbc.sql("""
					INSERT INTO document_alias (document_id, alias)
					SELECT ?, ? FROM (VALUES (1)) AS one (x)
					 WHERE NOT EXISTS (SELECT 1 FROM document_alias WHERE document_id = ? AND alias = ?)
					""").param(documentId).param(name).param(documentId).param(name).update();
		}
	}

	/** The names a title implies, as stored: distinct, each cut to the column. */
	private static Set<String> names(String title) {
		Set<String> names = new java.util.LinkedHashSet<>();
		Titles.aliases(title).forEach((alias) -> names.add(cut(alias, 1000)));
		names.add(cut(Titles.key(title), 1000));
		return names;
	}

	long insertVersion(long documentId, int versionNo, @Nullable String label, @Nullable LocalDate validFrom,
			String text, String textSha256, @Nullable String sourceSha256, @Nullable String metadataJson, Instant now) {
		KeyHolder key = new GeneratedKeyHolder();
		this.jdbc.sql("""
				INSERT INTO document_version (document_id, version_no, label, valid_from, text_content, text_sha256,
				       source_sha256, metadata_json, created_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
				""")
			.param(documentId)
			.param(versionNo)
			.param(truncate(label, 300))
			.param(date(validFrom))
			.param(text)
			.param(textSha256)
			.param(sourceSha256)
			.param(metadataJson)
			.param(Timestamp.from(now))
			.update(key, "id");
		changed(documentId);
		return java.util.Objects.requireNonNull(key.getKeyAs(Long.class), "generated id");
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
		changed(documentId);
		return ids.indexOf(versionId) + 1;
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
				""")
			.param(documentId)
			.param(sha256)
			.param(truncate(fileName, 2000))
			.param(versionId)
			.param(Timestamp.from(now))
			.update();
	}

	/**
	 * Removes a version no file stands behind (a text the registry made by applying an
	 * amendment), and numbers the others afresh. Returns whether there was one.
	 */
	boolean deleteVersionWithoutSource(long documentId, int versionNo) {
		int deleted = this.jdbc
			.sql("DELETE FROM document_version WHERE document_id = ? AND version_no = ? AND source_sha256 IS NULL")
			.params(documentId, versionNo)
			.update();
		if (deleted == 0) {
			return false;
		}
		List<Long> ids = this.jdbc.sql("SELECT id FROM document_version WHERE document_id = ? ORDER BY version_no")
			.param(documentId)
			.query(Long.class)
			.list();
		if (!ids.isEmpty()) {
			renumberVersions(documentId, ids.get(0));
		}
		changed(documentId);
		return true;
	}

	/**
	 * Removes a document with its versions, issuers, names and source links (the tables'
	 * foreign keys cascade); the original files stay in the file store, where other
	 * documents may share them. {@link DocumentRemoving} goes out first, so that what
	 * points at it can let go. Returns whether there was one.
	 */
	boolean delete(long id) {
		this.events.publishEvent(new DocumentRemoving(id));
		boolean deleted = this.jdbc.sql("DELETE FROM document WHERE id = ?").param(id).update() > 0;
		if (deleted) {
			this.events.publishEvent(new DocumentRemoved(id));
		}
		return deleted;
	}

	private void changed(long documentId) {
		this.events.publishEvent(new DocumentChanged(documentId));
	}

	/** Splits a long list, so that no statement binds thousands of parameters. */
	private static <T> List<List<T>> parts(Collection<T> ids) {
		List<T> all = List.copyOf(ids);
		List<List<T>> parts = new ArrayList<>();
		for (int i = 0; i < all.size(); i += 1000) {
			parts.add(all.subList(i, Math.min(all.size(), i + 1000)));
		}
		return parts;
	}

	private static @Nullable LocalDate localDate(@Nullable Date date) {
		return (date != null) ? date.toLocalDate() : null;
	}

	private static @Nullable Date date(@Nullable LocalDate date) {
		return (date != null) ? Date.valueOf(date) : null;
	}

	private static @Nullable String strip(@Nullable String s) {
		return (s != null) ? s.strip() : null;
	}

	private static @Nullable String blankToNull(@Nullable String s) {
		return (s == null || s.isBlank()) ? null : s.strip();
	}

	private static String cut(String s, int max) {
		return java.util.Objects.requireNonNull(truncate(s, max));
	}

	static @Nullable String truncate(@Nullable String s, int max) {
		return (s == null || s.length() <= max) ? s : s.substring(0, max);
	}

	/** A version's metadata. */
	record VersionMetadata(long documentId, long versionId, String metadataJson) {
	}

	/** A document version, by ids. */
	record VersionRef(long documentId, long versionId) {
	}

	/** A stored document that a new file may be another copy of. */
	record Candidate(long documentId, String metadataJson) {
	}

	/** A version with its text. */
	record VersionText(long documentId, long versionId, String text) {
	}

}
