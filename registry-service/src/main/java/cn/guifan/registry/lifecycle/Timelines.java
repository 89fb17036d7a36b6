package cn.guifan.registry.lifecycle;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import cn.guifan.registry.document.DocumentSummary;
import cn.guifan.registry.document.Documents;
import org.springframework.stereotype.Component;

/**
 * What the lifecycle feature tells others: a document's timeline (its status and version
 * on any date, and why), how documents refer to each other, and when a document first
 * existed. Batch reads take many ids at once.
 */
@Component
public class Timelines {

	private final LifecycleStore store;

	private final Documents documents;

	Timelines(LifecycleStore store, Documents documents) {
		this.store = store;
		this.documents = documents;
	}

	/** The document's timeline; empty for a document that does not exist. */
	public Timeline timeline(long documentId) {
		return timelines(List.of(documentId)).getOrDefault(documentId, Timeline.EMPTY);
	}

	/** The timelines of the documents that exist among the ids, with three queries. */
	public Map<Long, Timeline> timelines(Collection<Long> documentIds) {
		Map<Long, DocumentSummary> summaries = this.documents.summaries(documentIds);
		var versions = this.documents.versions(summaries.keySet());
		var events = this.store.events(summaries.keySet());
		Map<Long, Timeline> timelines = new LinkedHashMap<>();
		summaries.forEach((id, s) -> timelines.put(id, new Timeline(s.effectiveDate(), s.expiryDate(),
				versions.getOrDefault(id, List.of()), events.getOrDefault(id, List.of()))));
		return timelines;
	}

	/** Relations from a document (what it cites, amends, repeals), in text order. */
	public List<Relation> relationsFrom(long documentId) {
		return this.store.relationsFrom(documentId);
	}

	/** Relations to a document (who cites, amends, repeals it). */
	public List<Relation> relationsTo(long documentId) {
		return this.store.relationsTo(documentId);
	}

	/**
	 * The first day the document is known to have existed: the earliest of its own dates,
	 * its versions' and its history's (a law merged from several versions keeps the date
	 * of its first enactment).
	 */
	public Optional<LocalDate> earliestDate(long documentId) {
		return Optional.ofNullable(earliestDates(List.of(documentId)).get(documentId));
	}

	/**
	 * {@link #earliestDate} of each of the documents that has one, with four queries
	 * however many they are.
	 */
	public Map<Long, LocalDate> earliestDates(Collection<Long> documentIds) {
		if (documentIds.isEmpty()) {
			return Map.of();
		}
		Map<Long, DocumentSummary> summaries = this.documents.summaries(documentIds);
		Map<Long, LocalDate> versions = this.documents.firstVersionDates(summaries.keySet());
		Map<Long, LocalDate> events = this.store.earliestExistenceEvents(summaries.keySet());
		Map<Long, LocalDate> earliest = new HashMap<>();
		summaries.forEach((id, s) -> {
			List<LocalDate> dates = new ArrayList<>();
			dates.add(s.signedDate());
			dates.add(s.publishedDate());
			dates.add(s.effectiveDate());
			dates.add(versions.get(id));
			dates.add(events.get(id));
			dates.stream().filter(Objects::nonNull).min(LocalDate::compareTo).ifPresent((d) -> earliest.put(id, d));
		});
		return earliest;
	}

}
