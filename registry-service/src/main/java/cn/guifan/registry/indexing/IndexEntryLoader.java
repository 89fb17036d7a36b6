package cn.guifan.registry.indexing;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.guifan.schemas.document.Disclosure;
import cn.guifan.schemas.document.DocumentKind;
import cn.guifan.registry.lifecycle.InForcePeriod;
import cn.guifan.search.index.IndexEntry;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads documents from the database as index entries, one per version: the index holds
 * nothing the registry cannot rebuild.
 */
@Component
public class IndexEntryLoader {

	private final JdbcClient jdbc;

	private final Clock clock;

	public IndexEntryLoader(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The entries of the given documents; documents that no longer exist give none. */
	public List<IndexEntry> load(Collection<Long> documentIds) {
		if (documentIds.isEmpty()) {
			return List.of();
		}
		Map<Long, List<String>> issuers = new HashMap<>();
		this.jdbc.sql(
				"SELECT document_id, name FROM document_issuer WHERE document_id IN (:ids) ORDER BY document_id, ordinal")
			.paramSource(new MapSqlParameterSource("ids", documentIds))
			.query((rs) -> {
				issuers.computeIfAbsent(rs.getLong(1), (k) -> new ArrayList<>()).add(rs.getString(2));
			});
		Map<Long, DocumentRow> documents = new LinkedHashMap<>();
		this.jdbc.sql("""
				SELECT id, title, doc_number, doc_number_normalized, kind, signed_date, published_date, effective_date,
				       expiry_date, disclosure, region, topic
				  FROM document WHERE id IN (:ids)
				""").paramSource(new MapSqlParameterSource("ids", documentIds)).query((rs) -> {
			long id = rs.getLong("id");
			documents.put(id,
					new DocumentRow(id, rs.getString("title"), rs.getString("doc_number"),
							rs.getString("doc_number_normalized"), DocumentKind.valueOf(rs.getString("kind")),
							date(rs.getDate("signed_date")), date(rs.getDate("published_date")),
							date(rs.getDate("effective_date")), date(rs.getDate("expiry_date")),
							rs.getString("disclosure"), rs.getString("region"), rs.getString("topic")));
		});
		List<IndexEntry> entries = new ArrayList<>();
		this.jdbc.sql("""
				SELECT document_id, version_no, valid_from, text_content, source_sha256,
				       (SELECT MAX(version_no) FROM document_version l WHERE l.document_id = v.document_id) AS latest_no
				  FROM document_version v WHERE document_id IN (:ids) ORDER BY document_id, version_no
				""").paramSource(new MapSqlParameterSource("ids", documentIds)).query((rs) -> {
			DocumentRow d = documents.get(rs.getLong("document_id"));
			if (d == null) {
				return;
			}
			int versionNo = rs.getInt("version_no");
			entries.add(toEntry(d, versionNo, versionNo == rs.getInt("latest_no"), rs.getString("text_content"),
					rs.getString("source_sha256"), issuers.getOrDefault(d.id(), List.of())));
		});
		return entries;
	}

	/** Ids of all documents, in batches, for a full reindex. */
	public List<Long> documentIdsAfter(long afterId, int limit) {
		return this.jdbc
			.sql("SELECT id FROM document WHERE id > ? ORDER BY id FETCH FIRST %d ROWS ONLY".formatted(limit))
			.param(afterId)
			.query(Long.class)
			.list();
	}

	private IndexEntry toEntry(DocumentRow d, int versionNo, boolean latest, String text, @Nullable String sourceSha,
			List<String> issuers) {
		InForcePeriod period = InForcePeriod.fromDates(d.effectiveDate(), d.signedDate(), d.publishedDate(),
				d.expiryDate());
		Disclosure disclosure = (d.disclosure() != null) ? Disclosure.valueOf(d.disclosure()) : null;
		return new IndexEntry(Long.toString(d.id()), versionNo, latest, d.title(), List.of(), d.docNumber(),
				d.docNumberNormalized(), issuers, d.kind(), (disclosure != null) ? disclosure.label() : null,
				Disclosure.isPublic(disclosure), d.region(), d.topic(), d.signedDate(), d.publishedDate(),
				d.effectiveDate(), d.expiryDate(), period.from(), period.until(),
				period.statusOn(LocalDate.now(this.clock)).name(),
				(period.until() != null) ? period.endStatus().name() : null, text, sourceSha);
	}

	private static @Nullable LocalDate date(@Nullable Date date) {
		return (date != null) ? date.toLocalDate() : null;
	}

	private record DocumentRow(long id, String title, @Nullable String docNumber, @Nullable String docNumberNormalized,
			DocumentKind kind, @Nullable LocalDate signedDate, @Nullable LocalDate publishedDate,
			@Nullable LocalDate effectiveDate, @Nullable LocalDate expiryDate, @Nullable String disclosure,
			@Nullable String region, @Nullable String topic) {
	}

}
