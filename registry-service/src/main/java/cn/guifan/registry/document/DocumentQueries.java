package cn.guifan.registry.document;

import java.nio.file.Path;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import cn.guifan.registry.lifecycle.InForcePeriod;
import cn.guifan.schemas.document.Disclosure;
import cn.guifan.schemas.document.DocumentKind;
import cn.guifan.schemas.lifecycle.DocumentStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads documents for the API and the pages. */
@Component
public class DocumentQueries {

	private final JdbcClient jdbc;

	private final FileStore files;

	private final Clock clock;

	public DocumentQueries(JdbcClient jdbc, FileStore files, Clock clock) {
		this.jdbc = jdbc;
		this.files = files;
		this.clock = clock;
	}

	/**
	 * The document, if it exists and the asker may see it: anonymous users see public
	 * documents only.
	 */
	public DocumentDetail find(String idText, boolean includeRestricted) {
		long id = parseId(idText);
		List<String> issuers = this.jdbc.sql("SELECT name FROM document_issuer WHERE document_id = ? ORDER BY ordinal")
			.param(id)
			.query(String.class)
			.list();
		List<DocumentDetail.Version> versions = this.jdbc
			.sql("SELECT version_no, label, valid_from FROM document_version WHERE document_id = ? ORDER BY version_no")
			.param(id)
			.query((rs, i) -> new DocumentDetail.Version(rs.getInt(1), rs.getString(2), date(rs.getDate(3))))
			.list();
		String text = this.jdbc.sql("""
				SELECT text_content FROM document_version WHERE document_id = ? ORDER BY version_no DESC
				 FETCH FIRST 1 ROWS ONLY
				""").param(id).query(String.class).optional().orElse("");
		List<DocumentDetail.Source> sources = this.jdbc.sql("""
				SELECT s.sha256, s.file_name, f.media_type, f.size_bytes
				  FROM document_source s JOIN source_file f ON f.sha256 = s.sha256
				 WHERE s.document_id = ? ORDER BY s.added_at, s.file_name
				""")
			.param(id)
			.query((rs, i) -> new DocumentDetail.Source(rs.getString(1).strip(), rs.getString(2), rs.getString(3),
					rs.getLong(4)))
			.list();
		return this.jdbc.sql("""
				SELECT id, title, doc_number, doc_number_normalized, kind, kind_reason, signed_date, published_date,
				       effective_date, expiry_date, trial, disclosure
				  FROM document WHERE id = ?
				""").param(id).query((rs, i) -> {
			Disclosure disclosure = (rs.getString("disclosure") != null)
					? Disclosure.valueOf(rs.getString("disclosure")) : null;
			DocumentKind kind = DocumentKind.valueOf(rs.getString("kind"));
			LocalDate signed = date(rs.getDate("signed_date"));
			LocalDate published = date(rs.getDate("published_date"));
			LocalDate effective = date(rs.getDate("effective_date"));
			LocalDate expiry = date(rs.getDate("expiry_date"));
			DocumentStatus status = InForcePeriod.fromDates(effective, signed, published, expiry)
				.statusOn(LocalDate.now(this.clock));
			return new DetailWithVisibility(new DocumentDetail(id, rs.getString("title"), rs.getString("doc_number"),
					rs.getString("doc_number_normalized"), issuers, kind.name(), kind.label(),
					rs.getString("kind_reason"), signed, published, effective, expiry, rs.getBoolean("trial"),
					(disclosure != null) ? disclosure.label() : null, status.name(), status.label(), text, versions,
					sources), Disclosure.isPublic(disclosure));
		})
			.optional()
			.filter((d) -> includeRestricted || d.visibleToPublic())
			.map(DetailWithVisibility::detail)
			.orElseThrow(() -> new DocumentNotFoundException(idText));
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

	private record DetailWithVisibility(DocumentDetail detail, boolean visibleToPublic) {
	}

}
