package cn.guifan.registry.lifecycle;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import cn.guifan.ingest.timing.StageEvent;
import cn.guifan.registry.document.DocumentIngested;
import cn.guifan.registry.document.DocumentSummary;
import cn.guifan.registry.document.Documents;
import cn.guifan.registry.document.Titles;
import cn.guifan.registry.document.Versions;
import cn.guifan.schemas.document.Citation;
import cn.guifan.schemas.document.DocumentMetadata;
import cn.guifan.schemas.document.HistoryEvent;
import cn.guifan.schemas.document.RepealClause;
import cn.guifan.schemas.lifecycle.LifecycleEventType;
import cn.guifan.schemas.lifecycle.RelationType;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns what ingest read from a document into its lifecycle: the history block into
 * events, the effect clauses into publication and commencement, repeal clauses into
 * repeals of the documents they name, citations into relations. References to documents
 * the registry does not hold yet are kept, and resolved when those documents arrive. Runs
 * when a document is ingested, in the ingest chunk's transaction.
 */
@Component
public class LifecycleRecorder {

	/** Who recorded what ingest found. */
	public static final String INGEST = "INGEST";

	private static final String INGEST_ACTOR = "系统导入";

	private final LifecycleStore store;

	private final ReferenceResolver resolver;

	private final Documents documents;

	private final Timelines timelines;

	private final Clock clock;

	LifecycleRecorder(LifecycleStore store, ReferenceResolver resolver, Documents documents, Timelines timelines,
			Clock clock) {
		this.store = store;
		this.resolver = resolver;
		this.documents = documents;
		this.timelines = timelines;
		this.clock = clock;
	}

	@EventListener
	void on(DocumentIngested ingested) {
		StageEvent timing = StageEvent.start(StageEvent.LIFECYCLE);
		long documentId = ingested.documentId();
		DocumentMetadata m = ingested.metadata();
		Instant now = this.clock.instant();
		recordEvents(documentId, m, now);
		if (ingested.arrival() != DocumentIngested.Arrival.EARLIER_VERSION && !this.store.hasRelations(documentId)) {
			recordRelations(documentId, m, ingested.text(), now);
		}
		if (ingested.arrival() == DocumentIngested.Arrival.NEW_DOCUMENT) {
			StageEvent pending = StageEvent.start(StageEvent.REFERENCES);
			resolvePendingReferencesTo(documentId, m, now);
			pending.finish();
		}
		timing.finish();
	}

	private void recordEvents(long documentId, DocumentMetadata m, Instant now) {
		if (!m.history().isEmpty()) {
			for (HistoryEvent h : m.history()) {
				this.store.addEvent(documentId, new LifecycleEvent(0, eventType(h.type()), h.date(), null, null, null,
						h.decision(), null, INGEST, INGEST_ACTOR, h.text()), now);
			}
			return;
		}
		LocalDate published = (m.signedDate() != null) ? m.signedDate() : m.publishedDate();
		if (published != null) {
			this.store.addEvent(documentId, new LifecycleEvent(0, LifecycleEventType.PUBLISHED, published, null, null,
					null, null, null, INGEST, INGEST_ACTOR, (m.signedDate() != null) ? "成文日期" : "发布日期"), now);
		}
		if (m.effectiveDate() != null) {
			String clause = (m.commencement() != null) ? m.commencement().text() : "施行日期";
			this.store.addEvent(documentId, new LifecycleEvent(0, LifecycleEventType.EFFECTIVE, m.effectiveDate(), null,
					null, null, null, null, INGEST, INGEST_ACTOR, clause), now);
		}
	}

	private void recordRelations(long documentId, DocumentMetadata m, String text, Instant now) {
		LocalDate asOf = referenceDate(m);
		DocumentSummary maker = this.documents.require(documentId);
		// Every reference of the text resolved at once: a fixed number of queries
		// however many it makes.
		List<ReferenceResolver.Reference> references = new ArrayList<>();
		for (RepealClause repeal : m.repeals()) {
			references.add(new ReferenceResolver.Reference(
					(repeal.docNumber() != null) ? repeal.docNumber().normalized() : null, repeal.title()));
		}
		String amended = Titles.amendedBy(m.title());
		if (amended != null) {
			references.add(new ReferenceResolver.Reference(null, amended));
		}
		for (Citation citation : m.citations()) {
			references.add(new ReferenceResolver.Reference(
					(citation.docNumber() != null) ? citation.docNumber().normalized() : null, citation.title()));
		}
		Iterator<Optional<Long>> targets = this.resolver.resolveAll(references, documentId, asOf).iterator();
		for (RepealClause repeal : m.repeals()) {
			String number = (repeal.docNumber() != null) ? repeal.docNumber().normalized() : null;
			Optional<Long> target = targets.next();
			this.store.addRelation(documentId, RelationType.REPEALS, target.orElse(null), repeal.title(),
					(repeal.docNumber() != null) ? repeal.docNumber().printed() : null, number, repeal.span().start(),
					repeal.span().end(), target.isPresent() ? null : "登记库中没有被废止的文件", now);
			target.ifPresent((t) -> repeal(t, maker, repeal.text(), now));
		}
		if (amended != null) {
			Optional<Long> target = targets.next();
			this.store.addRelation(documentId, RelationType.AMENDS, target.orElse(null), amended, null, null, null,
					null, target.isPresent() ? null : "登记库中没有被修改的文件", now);
			target.ifPresent((t) -> amend(t, maker, "由修改文件关联", now));
		}
		boolean interpretation = m.title().contains("解读");
		for (Citation citation : m.citations()) {
			String number = (citation.docNumber() != null) ? citation.docNumber().normalized() : null;
			Optional<Long> target = targets.next();
			RelationType type = interpretation ? RelationType.INTERPRETS
					: basedOn(text, citation.span().start()) ? RelationType.BASED_ON : RelationType.CITES;
			interpretation = false;
			this.store.addRelation(documentId, type, target.orElse(null), citation.title(),
					(citation.docNumber() != null) ? citation.docNumber().printed() : null, number,
					citation.span().start(), citation.span().end(), target.isPresent() ? null : "登记库中没有该文件", now);
		}
	}

	/** References made earlier by other documents to this one, now that it is here. */
	private void resolvePendingReferencesTo(long documentId, DocumentMetadata m, Instant now) {
		Set<String> names = new LinkedHashSet<>(Titles.aliases(m.title()));
		names.add(Titles.key(m.title()));
		names.add(m.title());
		String number = (m.docNumber() != null) ? m.docNumber().normalized() : null;
		List<Relation> pending = this.store.unresolvedNaming(number, names)
			.stream()
			.filter((r) -> r.fromDocumentId() != documentId)
			.toList();
		if (pending.isEmpty()) {
			return;
		}
		// The makers of the references and their dates, in one batch for all of them.
		Set<Long> makers = new LinkedHashSet<>();
		pending.forEach((r) -> makers.add(r.fromDocumentId()));
		Map<Long, DocumentSummary> summaries = this.documents.summaries(makers);
		Set<Long> repealing = new LinkedHashSet<>();
		pending.stream()
			.filter((r) -> r.type() == RelationType.REPEALS)
			.forEach((r) -> repealing.add(r.fromDocumentId()));
		Map<Long, LocalDate> makersFirstDays = this.timelines.earliestDates(repealing);
		LocalDate made = this.timelines.earliestDate(documentId).orElse(null);
		for (Relation relation : pending) {
			DocumentSummary maker = summaries.get(relation.fromDocumentId());
			if (maker == null || !ReferenceResolver.existedBy(made, spokenOn(relation, maker, makersFirstDays))) {
				continue;
			}
			this.store.resolve(relation.id(), documentId);
			if (relation.type() == RelationType.REPEALS) {
				repeal(documentId, maker, "由后导入的废止条款关联", now);
			}
			else if (relation.type() == RelationType.AMENDS) {
				amend(documentId, maker, "由后导入的修改文件关联", now);
			}
		}
	}

	/**
	 * The day a stored reference was made. A repeal clause speaks from the day its
	 * document was first made, even when a later version of that document is what the
	 * registry holds now (the 2014 反间谍法 repealed the 1993 国家安全法; the registry also holds
	 * its 2023 revision).
	 */
	private static @Nullable LocalDate spokenOn(Relation relation, DocumentSummary maker,
			Map<Long, LocalDate> makersFirstDays) {
		LocalDate referenceDate = (maker.effectiveDate() != null) ? maker.effectiveDate() : maker.decided();
		if (relation.type() == RelationType.REPEALS) {
			LocalDate first = makersFirstDays.get(relation.fromDocumentId());
			return (first != null) ? first : referenceDate;
		}
		return referenceDate;
	}

	private void repeal(long target, DocumentSummary repealing, String clause, Instant now) {
		LocalDate decided = repealing.decided();
		if (decided == null) {
			decided = LocalDate.now(this.clock);
		}
		LocalDate effective = (repealing.effectiveDate() != null) ? repealing.effectiveDate() : decided;
		this.store.addEvent(target, new LifecycleEvent(0, LifecycleEventType.REPEALED, decided, effective, null,
				repealing.id(), repealing.cause(), null, INGEST, INGEST_ACTOR, clause), now);
	}

	/** An amending document (修正案, 关于修改《…》的决定) amends its target when it takes effect. */
	private void amend(long target, DocumentSummary amending, String clause, Instant now) {
		LocalDate decided = amending.decided();
		if (decided == null) {
			return;
		}
		LifecycleEventType type = amending.title().contains("修订") ? LifecycleEventType.REVISED
				: LifecycleEventType.AMENDED;
		this.store.addEvent(target, new LifecycleEvent(0, type, decided, amending.effectiveDate(), null, amending.id(),
				amending.cause(), null, INGEST, INGEST_ACTOR, clause), now);
	}

	private static @Nullable LocalDate referenceDate(DocumentMetadata m) {
		if (m.effectiveDate() != null) {
			return m.effectiveDate();
		}
		if (m.signedDate() != null) {
			return m.signedDate();
		}
		return Versions.validFrom(m);
	}

	/** 根据《…》, 依据《…》, 依照《…》: the document is made on the basis of what it cites. */
	static boolean basedOn(String text, int citationStart) {
		int from = Math.max(0, citationStart - 4);
		String before = text.substring(from, Math.min(citationStart, text.length()));
		return before.contains("根据") || before.contains("依据") || before.contains("依照");
	}

	private static LifecycleEventType eventType(HistoryEvent.Type type) {
		return switch (type) {
			case ADOPTED, APPROVED -> LifecycleEventType.ENACTED;
			case PROMULGATED -> LifecycleEventType.PUBLISHED;
			case AMENDED -> LifecycleEventType.AMENDED;
			case REVISED -> LifecycleEventType.REVISED;
			case EFFECTIVE -> LifecycleEventType.EFFECTIVE;
		};
	}

}
