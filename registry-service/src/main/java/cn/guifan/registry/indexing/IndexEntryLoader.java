package cn.guifan.registry.indexing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import cn.guifan.ingest.timing.StageEvent;
import cn.guifan.registry.document.DocumentSummary;
import cn.guifan.registry.document.Documents;
import cn.guifan.registry.document.Titles;
import cn.guifan.registry.lifecycle.Timeline;
import cn.guifan.registry.lifecycle.Timelines;
import cn.guifan.schemas.document.Disclosure;
import cn.guifan.search.index.IndexEntry;
import cn.guifan.search.index.IndexSourceBuilder;
import org.springframework.stereotype.Component;

/**
 * Reads documents as index entries, one per version: the index holds nothing the registry
 * cannot rebuild. A batch of documents takes a fixed number of queries, whatever its size
 * (metadata, names, versions with texts, timelines). Of a text only what the index holds
 * is read ({@link IndexSourceBuilder#MAX_INDEXED_BODY_CHARS}), so an entry is bounded
 * whatever the stored text's length.
 */
@Component
public class IndexEntryLoader {

	private final Documents documents;

	private final Timelines timelines;

	private final Clock clock;

	IndexEntryLoader(Documents documents, Timelines timelines, Clock clock) {
		this.documents = documents;
		this.timelines = timelines;
		this.clock = clock;
	}

	/** The entries of the given documents; documents that no longer exist give none. */
	public List<IndexEntry> load(Collection<Long> documentIds) {
		if (documentIds.isEmpty()) {
			return List.of();
		}
		StageEvent timing = StageEvent.start(StageEvent.INDEX_LOAD);
		LocalDate today = LocalDate.now(this.clock);
		Map<Long, DocumentSummary> summaries = this.documents.summaries(documentIds);
		Map<Long, List<String>> aliases = this.documents.aliases(summaries.keySet());
		Map<Long, Timeline> timelines = this.timelines.timelines(summaries.keySet());
		Map<Long, List<Timeline.VersionPeriod>> periods = new java.util.HashMap<>();
		List<IndexEntry> entries = new ArrayList<>();
		// The index holds at most MAX_INDEXED_BODY_CHARS of a body: only that much is
		// read, whatever the length of the stored text (a 45 MB text file is 15 million).
		for (Documents.VersionExcerpt version : this.documents.versionExcerpts(summaries.keySet(),
				IndexSourceBuilder.MAX_INDEXED_BODY_CHARS)) {
			long id = version.version().documentId();
			DocumentSummary d = summaries.get(id);
			Timeline timeline = timelines.get(id);
			if (d == null || timeline == null) {
				continue;
			}
			List<Timeline.VersionPeriod> documentPeriods = periods.computeIfAbsent(id,
					(k) -> timeline.versionPeriods(today));
			entries.add(toEntry(d, version, documentPeriods, timeline, aliases.getOrDefault(id, List.of()), today));
		}
		timing.finish(entries.size());
		return entries;
	}

	/**
	 * The characters of text {@link #load} reads for each document (its versions' bodies,
	 * each counted up to what the index holds), to bound a batch by memory; a document
	 * that no longer exists or has no version counts 0.
	 */
	public Map<Long, Long> indexedChars(Collection<Long> documentIds) {
		if (documentIds.isEmpty()) {
			return Map.of();
		}
		return this.documents.excerptChars(documentIds, IndexSourceBuilder.MAX_INDEXED_BODY_CHARS);
	}

	private static IndexEntry toEntry(DocumentSummary d, Documents.VersionExcerpt version,
			List<Timeline.VersionPeriod> periods, Timeline timeline, List<String> aliases, LocalDate today) {
		int versionNo = version.version().versionNo();
		Timeline.VersionPeriod period = periods.stream()
			.filter((p) -> p.version().versionNo() == versionNo)
			.findFirst()
			.orElse(null);
		boolean latest = periods.stream().allMatch((p) -> p.version().versionNo() <= versionNo);
		LocalDate from = (period != null) ? period.from() : timeline.start();
		LocalDate until = (period != null) ? period.until() : timeline.end();
		String status = (period != null) ? period.status().name() : timeline.on(today).status().name();
		Disclosure disclosure = d.disclosure();
		List<String> names = aliases.stream().filter((a) -> !a.equals(Titles.key(d.title()))).toList();
		return new IndexEntry(Long.toString(d.id()), versionNo, latest, d.title(), names, d.docNumber(),
				d.docNumberNormalized(), d.issuers(), d.kind(), (disclosure != null) ? disclosure.label() : null,
				d.isPublic(), d.region(), d.topic(), d.signedDate(), d.publishedDate(), d.effectiveDate(),
				d.expiryDate(), from, until, status, (period != null) ? period.endReason() : null,
				timeline.partiallyInvalidFrom(), IndexSourceBuilder.indexedBody(version.text()),
				version.version().sourceSha256());
	}

}
