package cn.guifan.registry.document;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.guifan.registry.common.DocumentNotFoundException;
import cn.guifan.schemas.document.DocumentMetadata;
import cn.guifan.registry.common.Keyset;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * What other features may read of the registry's documents: their metadata, versions,
 * texts, names and original files. Batch reads take many ids at once, so a caller that
 * handles many documents asks once, not once per document.
 */
@Component
public class Documents {

	private final DocumentStore store;

	private final FileStore files;

	Documents(DocumentStore store, FileStore files) {
		this.store = store;
		this.files = files;
	}

	public Optional<DocumentSummary> summary(long id) {
		return this.store.summary(id);
	}

	/** The document, or {@link DocumentNotFoundException} naming the id. */
	public DocumentSummary require(long id) {
		return summary(id).orElseThrow(() -> new DocumentNotFoundException(Long.toString(id)));
	}

	/** The documents that exist among the ids, in id order. */
	public Map<Long, DocumentSummary> summaries(Collection<Long> ids) {
		return this.store.summaries(ids);
	}

	public boolean exists(long id) {
		return this.store.exists(id);
	}

	/** Whether anonymous users may see the document (false when it does not exist). */
	public boolean isPublic(long id) {
		return summary(id).map(DocumentSummary::isPublic).orElse(false);
	}

	public long count() {
		return this.store.count();
	}

	/** Ids in ascending order after the given one, for walking the whole registry. */
	public List<Long> idsAfter(long afterId, int limit) {
		return this.store.idsAfter(afterId, limit);
	}

	/** Documents with this normalized doc number. */
	public List<Long> idsNumbered(String normalizedNumber) {
		return this.store.idsNumbered(normalizedNumber);
	}

	/** The documents with each of these normalized numbers, in one query. */
	public Map<String, List<Long>> idsNumbered(Collection<String> normalizedNumbers) {
		return normalizedNumbers.isEmpty() ? Map.of() : this.store.idsNumbered(normalizedNumbers);
	}

	/**
	 * The documents whose title, or a name they are known by, is each of these titles
	 * (compared as {@link Titles#key}), keyed by the title as given, in one query.
	 */
	public Map<String, List<Long>> idsTitled(Collection<String> titles) {
		if (titles.isEmpty()) {
			return Map.of();
		}
		Map<String, List<String>> byKey = new java.util.HashMap<>();
		for (String title : titles) {
			byKey.computeIfAbsent(Titles.key(title), (k) -> new java.util.ArrayList<>()).add(title);
		}
		Map<String, List<Long>> ids = new java.util.HashMap<>();
		this.store.idsTitled(byKey.keySet())
			.forEach((key, found) -> byKey.getOrDefault(key, List.of()).forEach((title) -> ids.put(title, found)));
		return ids;
	}

	/**
	 * Documents whose title, or a name they are known by, is this title (compared as
	 * {@link Titles#key}).
	 */
	public List<Long> idsTitled(String title) {
		return this.store.idsTitled(Titles.key(title));
	}

	/** Documents whose validity period ended before the day. */
	public List<Long> idsExpiredBefore(LocalDate day) {
		return this.store.idsExpiredBefore(day);
	}

	/** Documents that take effect, or whose validity ends, between the two days. */
	public List<Long> idsTurningBetween(LocalDate since, LocalDate today) {
		return this.store.idsTurningBetween(since, today);
	}

	/** Documents whose validity period ends between the two days, soonest first. */
	public List<Long> idsExpiringBetween(LocalDate from, LocalDate to) {
		return this.store.idsExpiringBetween(from, to);
	}

	/**
	 * Where each field of a document's metadata comes from, its site/document
	 * disagreements and its site's table (for registrars).
	 */
	public MetadataOrigins origins(long id) {
		String json = this.store.metadataJson(id).orElseThrow(() -> new DocumentNotFoundException(Long.toString(id)));
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

	/**
	 * Documents with this 统一登记号, in any printed or typed form
	 * ({@link RegistrationNumberKey#of}).
	 */
	public List<Long> idsRegistered(String registrationNumber) {
		return this.store.idsRegistered(RegistrationNumberKey.of(registrationNumber));
	}

	/** Documents this organ issued, alone or jointly, by its full name. */
	public List<Long> idsIssuedBy(String issuer) {
		return this.store.idsIssuedBy(issuer);
	}

	/**
	 * The metadata of each document as the registry keeps it: JSON in the shape of
	 * {@code document.schema.json}, corrections included.
	 */
	public Map<Long, String> metadataJson(Collection<Long> ids) {
		return this.store.metadataJson(ids);
	}

	/** The original files of each document, in the order they arrived. */
	public Map<Long, List<Source>> sources(Collection<Long> ids) {
		return this.store.sources(ids);
	}

	/**
	 * When the registry's documents last changed (stored, corrected, a version added).
	 */
	public Optional<Instant> lastChange() {
		return this.store.lastChange();
	}

	/**
	 * Documents in the order they were stored (newest first, or oldest first after a
	 * position), one window at a time; {@code only} limits them to some documents.
	 */
	public List<Stored> stored(Keyset window, @Nullable Collection<Long> only) {
		return this.store.stored(window, only);
	}

	/**
	 * Versions that arrived after their document was stored, in the order they arrived,
	 * one window at a time.
	 */
	public List<AddedVersion> addedVersions(Keyset window, @Nullable Collection<Long> only) {
		return this.store.addedVersions(window, only);
	}

	/** The names each document is known by, besides its title. */
	public Map<Long, List<String>> aliases(Collection<Long> ids) {
		return this.store.aliases(ids);
	}

	public List<DocumentVersion> versions(long id) {
		return this.store.versions(List.of(id)).getOrDefault(id, List.of());
	}

	/** The versions of each document, oldest first. */
	public Map<Long, List<DocumentVersion>> versions(Collection<Long> ids) {
		return this.store.versions(ids);
	}

	/** Every version of the documents with its text, oldest first per document. */
	public List<VersionText> versionTexts(Collection<Long> ids) {
		return this.store.versionTexts(ids);
	}

	/**
	 * Every version of the documents with at most {@code maxChars} characters of its text
	 * (its start) and the length of the whole text, oldest first per document: for
	 * readers that use a bounded part of a text of any length (the search index).
	 */
	public List<VersionExcerpt> versionExcerpts(Collection<Long> ids, int maxChars) {
		return this.store.versionExcerpts(ids, maxChars);
	}

	/**
	 * The characters {@link #versionExcerpts} would read for each document: the lengths
	 * of its versions' texts, each counted up to {@code maxChars}.
	 */
	public Map<Long, Long> excerptChars(Collection<Long> ids, int maxChars) {
		return this.store.excerptChars(ids, maxChars);
	}

	/** The text of one version. */
	public String versionText(long id, int versionNo) {
		return this.store.versionText(id, versionNo)
			.orElseThrow(() -> new DocumentNotFoundException(id + " 的第 " + versionNo + " 版"));
	}

	/** The earliest day any version of each document applies from. */
	public Map<Long, LocalDate> firstVersionDates(Collection<Long> ids) {
		return this.store.firstVersionDates(ids);
	}

	/** The original files of a document, in the order they arrived. */
	public List<Source> sources(long id) {
		return this.store.sources(id);
	}

	/** The stored original file of a document. */
	public StoredFile sourceFile(long id, String sha256) {
		Source source = sources(id).stream()
			.filter((s) -> s.sha256().equals(sha256))
			.findFirst()
			.orElseThrow(() -> new DocumentNotFoundException(id + " 的原文件 " + sha256));
		return new StoredFile(this.files.locate(source.sha256()), source.fileName(), source.mediaType(), source.size());
	}

	/** The document a file with this digest is a source of, if any. */
	public Optional<Long> idOfSource(String sha256) {
		return this.store.documentOfSource(sha256);
	}

	/** Whether a file with this digest is already a source of some document. */
	public boolean hasSource(String sha256) {
		return this.store.documentOfSource(sha256).isPresent();
	}

	/**
	 * A document as it was stored.
	 *
	 * @param documentId the document
	 * @param at when it was stored
	 */
	public record Stored(long documentId, Instant at) {
	}

	/**
	 * A version added to a document already stored.
	 *
	 * @param rowId the version's own id, stable when versions are renumbered
	 * @param documentId the document
	 * @param versionNo its number now
	 * @param label what made it
	 * @param validFrom the first day it applies
	 * @param at when it arrived
	 */
	public record AddedVersion(long rowId, long documentId, int versionNo, @Nullable String label,
			@Nullable LocalDate validFrom, Instant at) {
	}

	/**
	 * A version with its text.
	 *
	 * @param version the version
	 * @param text its text
	 */
	public record VersionText(DocumentVersion version, String text) {
	}

	/**
	 * A version with the start of its text.
	 *
	 * @param version the version
	 * @param text the start of its text, the whole text when it is short enough
	 * @param textChars the length of the whole text, in characters
	 */
	public record VersionExcerpt(DocumentVersion version, String text, long textChars) {
	}

	/**
	 * An original file.
	 *
	 * @param sha256 content digest, also the download key
	 * @param fileName name as ingested
	 * @param mediaType detected type
	 * @param size bytes
	 */
	public record Source(String sha256, String fileName, String mediaType, long size) {
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
