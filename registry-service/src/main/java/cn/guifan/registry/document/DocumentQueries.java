package cn.guifan.registry.document;

import cn.guifan.registry.common.DocumentNotFoundException;
import java.nio.file.Path;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import cn.guifan.registry.lifecycle.LifecycleEvent;
import cn.guifan.registry.lifecycle.LifecycleStore;
import cn.guifan.registry.lifecycle.StatusOnDate;
import cn.guifan.registry.lifecycle.Timeline;
import cn.guifan.ingest.json.DocumentJson;
import cn.guifan.schemas.document.Disclosure;
import cn.guifan.schemas.document.DocumentKind;
import cn.guifan.schemas.document.DocumentMetadata;
import cn.guifan.schemas.lifecycle.RelationType;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads documents for the API and the pages, as they stood on a date. */
@Component
public class DocumentQueries {

	private final JdbcClient jdbc;

	private final FileStore files;

	private final LifecycleStore lifecycle;

	private final Clock clock;

	public DocumentQueries(JdbcClient jdbc, FileStore files, LifecycleStore lifecycle, Clock clock) {
		this.jdbc = jdbc;
		this.files = files;
		this.lifecycle = lifecycle;
		this.clock = clock;
	}

	/** The document today. */
	public DocumentDetail find(String idText, boolean includeRestricted) {
		return find(idText, includeRestricted, null);
	}

	/**
	 * The document on a date (today when {@code asOf} is null), if it exists and the
	 * asker may see it: anonymous users see public documents only.
	 */
	public DocumentDetail find(String idText, boolean includeRestricted, @Nullable LocalDate asOf) {
		long id = parseId(idText);
		Row row = row(id).filter((r) -> includeRestricted || Disclosure.isPublic(r.disclosure()))
			.orElseThrow(() -> new DocumentNotFoundException(idText));
		LocalDate today = LocalDate.now(this.clock);
		LocalDate day = (asOf != null) ? asOf : today;
		Timeline timeline = this.lifecycle.timeline(id);
		StatusOnDate status = timeline.on(day);
		Integer versionNo = (status.version() != null) ? status.version().versionNo() : null;
		String text = (versionNo != null) ? versionText(id, versionNo) : "";
		List<DocumentDetail.Version> versions = timeline.versionPeriods(today)
			.stream()
			.map((p) -> new DocumentDetail.Version(p.version().versionNo(), p.version().label(), p.from(), p.until(),
					p.status().name(), p.status().label()))
			.toList();
		List<DocumentDetail.Event> events = timeline.events().stream().map(this::event).toList();
		return new DocumentDetail(id, row.title(), row.docNumber(), row.docNumberNormalized(), issuers(id),
				row.kind().name(), row.kind().label(), row.kindReason(), row.signedDate(), row.publishedDate(),
				row.effectiveDate(), row.expiryDate(), row.trial(),
				(row.disclosure() != null) ? row.disclosure().label() : null, day, status.status().name(),
				status.status().label(), status.reason(), versionNo, text, successor(id, timeline), versions, events,
				references(id), referencedBy(id), sources(id));
	}

	/**
	 * A link to a document: its title and status today, or empty if it does not exist.
	 */
	public Optional<DocumentDetail.Link> link(long id) {
		return this.jdbc.sql("SELECT title FROM document WHERE id = ?")
			.param(id)
			.query(String.class)
			.optional()
			.map((title) -> new DocumentDetail.Link(id, title,
					this.lifecycle.timeline(id).on(LocalDate.now(this.clock)).status().label()));
	}

	/** The text of one version of a document. */
	public String versionText(long id, int versionNo) {
		return this.jdbc.sql("SELECT text_content FROM document_version WHERE document_id = ? AND version_no = ?")
			.params(id, versionNo)
			.query(String.class)
			.optional()
			.orElseThrow(() -> new DocumentNotFoundException(id + " 的第 " + versionNo + " 版"));
	}

	/**
	 * The stored original file of a document, if the document has it and the asker may
	 * see it.
	 */
	public StoredFile sourceFile(String idText, String sha256, boolean includeRestricted) {
		DocumentDetail document = find(idText, includeRestricted);
		DocumentDetail.Source source = document.sources()
			.stream()
			.filter((s) -> s.sha256().equals(sha256))
			.findFirst()
			.orElseThrow(() -> new DocumentNotFoundException(idText + " 的原文件 " + sha256));
		return new StoredFile(this.files.locate(source.sha256()), source.fileName(), source.mediaType(), source.size());
	}

	/** Number of documents in the registry. */
	public long count() {
		return this.jdbc.sql("SELECT COUNT(*) FROM document").query(Long.class).single();
	}

	/** A document's doc number as printed, if it has one. */
	public @Nullable String docNumber(long id) {
		return row(id).map(Row::docNumber).orElse(null);
	}

	/**
	 * Where each field of a document's metadata comes from, its site/document
	 * disagreements and its site's table (for registrars).
	 */
	public MetadataOrigins origins(long id) {
		String json = this.jdbc.sql("SELECT metadata_json FROM document WHERE id = ?")
			.param(id)
			.query(String.class)
			.optional()
			.orElseThrow(() -> new DocumentNotFoundException(Long.toString(id)));
		DocumentMetadata m = DocumentJson.fromJson(DocumentJson.mapper().readTree(json));
		List<MetadataOrigins.Field> fields = new ArrayList<>();
		m.provenance()
			.forEach((field, p) -> fields.add(new MetadataOrigins.Field(field.jsonName(), field.label(),
					p.source().label(), p.inferred(), p.confidence(), p.note())));
		return new MetadataOrigins(fields,
				m.disagreements()
					.stream()
					.map((d) -> new MetadataOrigins.Disagreement(d.field().label(), d.body(), d.site()))
					.toList(),
				m.siteFields().stream().map((f) -> new MetadataOrigins.SiteValue(f.label(), f.value())).toList());
	}

	/** A document's kind in Chinese. */
	public String kindLabel(long id) {
		return row(id).map((r) -> r.kind().label()).orElse("");
	}

	/** A document's normalized doc number, if it has one. */
	public @Nullable String docNumberNormalized(long id) {
		return row(id).map(Row::docNumberNormalized).orElse(null);
	}

	/** Whether anonymous users may see the document. */
	public boolean isPublic(long id) {
		return row(id).map((r) -> Disclosure.isPublic(r.disclosure())).orElse(false);
	}

	private DocumentDetail.Event event(LifecycleEvent e) {
		DocumentDetail.Link causedBy = (e.causedByDocumentId() != null) ? link(e.causedByDocumentId()).orElse(null)
				: null;
		return new DocumentDetail.Event(e.type().name(), e.type().label(), e.date(), e.effectiveDate(),
				e.causedByText(), causedBy, e.origin(), e.recordedBy(), e.reason());
	}

	private DocumentDetail.@Nullable Link successor(long id, Timeline timeline) {
		for (LifecycleStore.Relation relation : this.lifecycle.relationsTo(id)) {
			if (relation.type() == RelationType.REPLACES) {
				return link(relation.fromDocumentId()).orElse(null);
			}
		}
		LifecycleEvent ending = timeline.endingEvent();
		if (ending != null && ending.causedByDocumentId() != null) {
			return link(ending.causedByDocumentId()).orElse(null);
		}
		return null;
	}

	private List<DocumentDetail.Reference> references(long id) {
		List<DocumentDetail.Reference> references = new ArrayList<>();
		for (LifecycleStore.Relation r : this.lifecycle.relationsFrom(id)) {
			references
				.add(new DocumentDetail.Reference(r.type().name(), r.type().label(), r.targetTitle(), r.targetNumber(),
						(r.toDocumentId() != null) ? link(r.toDocumentId()).orElse(null) : null, r.unresolvedReason()));
		}
		return references;
	}

	private List<DocumentDetail.Reference> referencedBy(long id) {
		List<DocumentDetail.Reference> references = new ArrayList<>();
		for (LifecycleStore.Relation r : this.lifecycle.relationsTo(id)) {
			if (!isPublic(r.fromDocumentId())) {
				continue;
			}
			references.add(new DocumentDetail.Reference(r.type().name(), r.type().label(), r.targetTitle(),
					r.targetNumber(), link(r.fromDocumentId()).orElse(null), null));
		}
		return references;
	}

	private List<String> issuers(long id) {
		return this.jdbc.sql("SELECT name FROM document_issuer WHERE document_id = ? ORDER BY ordinal")
			.param(id)
			.query(String.class)
			.list();
	}

	private List<DocumentDetail.Source> sources(long id) {
		return this.jdbc.sql("""
				SELECT s.sha256, s.file_name, f.media_type, f.size_bytes
				  FROM document_source s JOIN source_file f ON f.sha256 = s.sha256
				 WHERE s.document_id = ? ORDER BY s.added_at, s.file_name
				""")
			.param(id)
			.query((rs, i) -> new DocumentDetail.Source(rs.getString(1).strip(), rs.getString(2), rs.getString(3),
					rs.getLong(4)))
			.list();
	}

	private Optional<Row> row(long id) {
		return this.jdbc.sql("""
				SELECT title, doc_number, doc_number_normalized, kind, kind_reason, signed_date, published_date,
				       effective_date, expiry_date, trial, disclosure
				  FROM document WHERE id = ?
				""").param(id).query((rs, i) -> {
			String disclosure = rs.getString("disclosure");
			return new Row(rs.getString("title"), rs.getString("doc_number"), rs.getString("doc_number_normalized"),
					DocumentKind.valueOf(rs.getString("kind")), rs.getString("kind_reason"),
					date(rs.getDate("signed_date")), date(rs.getDate("published_date")),
					date(rs.getDate("effective_date")), date(rs.getDate("expiry_date")), rs.getBoolean("trial"),
					(disclosure != null) ? Disclosure.valueOf(disclosure) : null);
		}).optional();
	}

	private static long parseId(String idText) {
		try {
			return Long.parseLong(idText.strip());
		}
		catch (NumberFormatException ex) {
			throw new DocumentNotFoundException(idText);
		}
	}

	private static @Nullable LocalDate date(@Nullable Date date) {
		return (date != null) ? date.toLocalDate() : null;
	}

	private record Row(String title, @Nullable String docNumber, @Nullable String docNumberNormalized,
			DocumentKind kind, String kindReason, @Nullable LocalDate signedDate, @Nullable LocalDate publishedDate,
			@Nullable LocalDate effectiveDate, @Nullable LocalDate expiryDate, boolean trial,
			@Nullable Disclosure disclosure) {
	}

	/**
	 * An original file on disk, ready to be downloaded.
	 *
	 * @param path where it is stored
	 * @param fileName the name it was ingested under
	 * @param mediaType its type
	 * @param size its length
	 */
	public record StoredFile(Path path, String fileName, String mediaType, long size) {
	}

}
