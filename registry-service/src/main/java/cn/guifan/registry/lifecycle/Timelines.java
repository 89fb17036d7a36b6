package cn.guifan.registry.lifecycle;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import cn.guifan.registry.common.Keyset;
import cn.guifan.registry.document.DocumentSummary;
import cn.guifan.registry.document.Documents;
import cn.guifan.schemas.lifecycle.RelationType;
import org.jspecify.annotations.Nullable;
import cn.guifan.registry.document.Visibility;
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

	private final Visibility visibility;

	Timelines(LifecycleStore store, Documents documents, Visibility visibility) {
		this.store = store;
		this.documents = documents;
		this.visibility = visibility;
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
		summaries.forEach((id, s) -> timelines.put(id, new Timeline(madeOn(s), s.effectiveDate(), s.expiryDate(),
				versions.getOrDefault(id, List.of()), events.getOrDefault(id, List.of()))));
		return timelines;
	}

	private static @Nullable LocalDate madeOn(DocumentSummary s) {
		if (s.signedDate() == null) {
			return s.publishedDate();
		}
		return (s.publishedDate() != null && s.publishedDate().isBefore(s.signedDate())) ? s.publishedDate()
				: s.signedDate();
	}

	/**
	 * The document's timeline as the asker may see it ({@link Visibility}): an event
	 * caused by a document hidden from them keeps what happened and when, so the status
	 * and its dates stay true, but not which document caused it nor the words of its
	 * clause.
	 */
	public Timeline timeline(long documentId, boolean includeRestricted) {
		Timeline timeline = timeline(documentId);
		if (includeRestricted || timeline.history().stream().noneMatch((e) -> e.causedByDocumentId() != null)) {
			return timeline;
		}
		DocumentSummary summary = this.documents.summary(documentId).orElse(null);
		if (summary == null) {
			return timeline;
		}
		Set<Long> causes = new HashSet<>();
		timeline.history().forEach((e) -> {
			if (e.causedByDocumentId() != null) {
				causes.add(e.causedByDocumentId());
			}
		});
		Set<Long> visible = this.visibility.visible(causes, false);
		List<LifecycleEvent> events = timeline.history()
			.stream()
			.map((e) -> (e.causedByDocumentId() == null || visible.contains(e.causedByDocumentId())) ? e
					: e.withHiddenCause(Visibility.HIDDEN_DOCUMENT))
			.toList();
		return new Timeline(madeOn(summary), summary.effectiveDate(), summary.expiryDate(), timeline.versions(),
				events);
	}

	/**
	 * Relations from a document as the asker may see them: a reference to a document
	 * hidden from them keeps the title and number printed in the referring text, not the
	 * link.
	 */
	public List<Relation> relationsFrom(long documentId, boolean includeRestricted) {
		List<Relation> relations = relationsFrom(documentId);
		if (includeRestricted) {
			return relations;
		}
		Set<Long> visible = this.visibility.visible(relations.stream()
			.map(Relation::toDocumentId)
			.filter(Objects::nonNull)
			.collect(Collectors.toCollection(LinkedHashSet::new)), false);
		return relations.stream()
			.map((r) -> (r.toDocumentId() == null || visible.contains(r.toDocumentId())) ? r : r.unlinked())
			.toList();
	}

	/**
	 * Relations to a document as the asker may see them: those from documents hidden from
	 * them are left out.
	 */
	public List<Relation> relationsTo(long documentId, boolean includeRestricted) {
		List<Relation> relations = relationsTo(documentId);
		if (includeRestricted) {
			return relations;
		}
		Set<Long> visible = this.visibility.visible(
				relations.stream().map(Relation::fromDocumentId).collect(Collectors.toCollection(LinkedHashSet::new)),
				false);
		return relations.stream().filter((r) -> visible.contains(r.fromDocumentId())).toList();
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
	 * Events that changed documents after they were stored — recorded by a registrar or
	 * the expiry sweep, or caused by another document (a repeal clause, an amending
	 * decision) — in the order they were recorded, one window at a time; {@code only}
	 * limits them to some documents. What a document's own text says of its past (its
	 * history block, its effect clause) came with the document and is not among them.
	 */
	public List<RecordedEvent> changesRecorded(Keyset window, @Nullable Collection<Long> only) {
		return this.store.changesRecorded(window, only);
	}

	/** When an event or a relation was last recorded. */
	public Optional<Instant> lastRecorded() {
		return this.store.lastRecorded();
	}

	/** Every resolved relation of a type (all 解读 of the registry, say). */
	public List<Relation> relationsOfType(RelationType type) {
		return this.store.relationsOfType(type);
	}

	/**
	 * An event with the document it happened to and when it was recorded.
	 *
	 * @param documentId the document
	 * @param event the event
	 * @param recordedAt when the registry recorded it
	 */
	public record RecordedEvent(long documentId, LifecycleEvent event, Instant recordedAt) {
	}

	/**
	 * Relations from each of the documents (what they cite, amend, repeal), in text
	 * order; documents without any are left out.
	 */
	public Map<Long, List<Relation>> relationsFrom(Collection<Long> documentIds) {
		return this.store.relationsFrom(documentIds);
	}

	/**
	 * Relations to each of the documents (who cites, amends, repeals them); documents
	 * nobody refers to are left out.
	 */
	public Map<Long, List<Relation>> relationsTo(Collection<Long> documentIds) {
		return this.store.relationsTo(documentIds);
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
