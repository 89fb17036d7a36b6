package cn.guifan.registry.lifecycle;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import cn.guifan.ingest.metadata.MetadataExtractor;
import cn.guifan.ingest.timing.StageEvent;
import cn.guifan.registry.document.DocumentEditor;
import cn.guifan.registry.document.DocumentIngested;
import cn.guifan.registry.document.DocumentRemoving;
import cn.guifan.registry.document.DocumentVersion;
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
import org.springframework.util.function.SingletonSupplier;

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

	private final DocumentEditor editor;

	private final MetadataExtractor extractor = MetadataExtractor.standard();

	LifecycleRecorder(LifecycleStore store, ReferenceResolver resolver, Documents documents, Timelines timelines,
			Clock clock, DocumentEditor editor) {
		this.store = store;
		this.resolver = resolver;
		this.documents = documents;
		this.timelines = timelines;
		this.clock = clock;
		this.editor = editor;
	}

	/**
	 * A document leaves the registry: what other documents said of it stays, unresolved
	 * again, so that it is found when the document is stored anew.
	 */
	@EventListener
	void on(DocumentRemoving removing) {
		this.store.unresolveReferencesTo(removing.documentId());
	}

	@EventListener
	void on(DocumentIngested ingested) {
		StageEvent timing = StageEvent.start(StageEvent.LIFECYCLE);
		long documentId = ingested.documentId();
		DocumentMetadata m = ingested.metadata();
		Instant now = this.clock.instant();
		recordEvents(documentId, m, ingested.arrival() == DocumentIngested.Arrival.NEW_DOCUMENT, now);
		if (ingested.arrival() != DocumentIngested.Arrival.EARLIER_VERSION && !this.store.hasRelations(documentId)) {
			recordRelations(documentId, m, ingested.text(), ingested.listsApplied(), now);
		}
		if (ingested.arrival() == DocumentIngested.Arrival.NEW_DOCUMENT) {
			StageEvent pending = StageEvent.start(StageEvent.REFERENCES);
			resolvePendingReferencesTo(documentId, m, now);
			pending.finish();
		}
		timing.finish();
	}

	private void recordEvents(long documentId, DocumentMetadata m, boolean newDocument, Instant now) {
		List<LifecycleEvent> events = new ArrayList<>();
		if (!m.history().isEmpty()) {
			for (HistoryEvent h : m.history()) {
				events.add(new LifecycleEvent(0, eventType(h.type()), h.date(), null, null, null, h.decision(), null,
						INGEST, INGEST_ACTOR, h.text()));
			}
		}
		else {
			LocalDate published = (m.signedDate() != null) ? m.signedDate() : m.publishedDate();
			if (published != null) {
				events.add(new LifecycleEvent(0, LifecycleEventType.PUBLISHED, published, null, null, null, null, null,
						INGEST, INGEST_ACTOR, (m.signedDate() != null) ? "成文日期" : "发布日期"));
			}
			if (m.effectiveDate() != null) {
				String clause = (m.commencement() != null) ? m.commencement().text() : "施行日期";
				events.add(new LifecycleEvent(0, LifecycleEventType.EFFECTIVE, m.effectiveDate(), null, null, null,
						null, null, INGEST, INGEST_ACTOR, clause));
			}
		}
		if (newDocument) {
			// Nothing recorded on it yet: one batch, no look-up per event.
			this.store.addEventsOfNewDocument(documentId, events, now);
		}
		else {
			events.forEach((e) -> this.store.addEvent(documentId, e, now));
		}
	}

	private void recordRelations(long documentId, DocumentMetadata m, String text, boolean listsApplied, Instant now) {
		LocalDate asOf = referenceDate(m);
		// Read only if this document acts on another: most only cite.
		SingletonSupplier<DocumentSummary> maker = SingletonSupplier.of(() -> this.documents.require(documentId));
		boolean interpretation = isInterpretation(m.title());
		String amended = interpretation ? null : Titles.amendedBy(m.title());
		String interpretedTitle = interpretation ? interpretedTitle(m.title()) : null;
		List<CleanupLists.Entry> listed = CleanupLists.isCleanupDecision(m.title())
				? CleanupLists.read(text, m.citations()) : List.of();
		Map<ReferenceResolver.Reference, Optional<Long>> resolved = resolveAll(documentId, asOf, m, amended,
				interpretedTitle, listed);
		// Stored together at the end, in one batch; nothing below reads this document's
		// relations.
		List<LifecycleStore.NewRelation> relations = new ArrayList<>();
		for (RepealClause repeal : m.repeals()) {
			String number = (repeal.docNumber() != null) ? repeal.docNumber().normalized() : null;
			Optional<Long> target = target(resolved, new ReferenceResolver.Reference(number, repeal.title()));
			relations.add(new LifecycleStore.NewRelation(documentId, RelationType.REPEALS, target.orElse(null),
					repeal.title(), (repeal.docNumber() != null) ? repeal.docNumber().printed() : null, number,
					repeal.span().start(), repeal.span().end(), target.isPresent() ? null : "登记库中没有被废止的文件"));
			target.ifPresent((t) -> repeal(t, maker.obtain(), repeal.text(), now));
		}
		if (amended != null) {
			Optional<Long> target = target(resolved, new ReferenceResolver.Reference(null, amended));
			relations.add(new LifecycleStore.NewRelation(documentId, RelationType.AMENDS, target.orElse(null), amended,
					null, null, null, null, target.isPresent() ? null : "登记库中没有被修改的文件"));
			target.ifPresent((t) -> amend(t, maker.obtain(), text, "由修改文件关联", now));
		}
		Long interpreted = null;
		if (interpretation) {
			// A 政策解读 interprets the document its title names (or, failing that, the first
			// it cites): a relation of its own, never an event on that document.
			String named = interpretedTitle;
			Optional<Long> target = (named != null) ? target(resolved, new ReferenceResolver.Reference(null, named))
					: Optional.empty();
			if (target.isEmpty() && !m.citations().isEmpty()) {
				Citation first = m.citations().get(0);
				target = target(resolved, reference(first));
				named = first.title();
			}
			relations.add(new LifecycleStore.NewRelation(documentId, RelationType.INTERPRETS, target.orElse(null),
					named, null, null, null, null, target.isPresent() ? null : "登记库中没有被解读的文件"));
			interpreted = target.orElse(null);
		}
		Set<Integer> listedAt = new HashSet<>();
		Set<String> listedTitles = new HashSet<>();
		for (CleanupLists.Entry entry : listed) {
			if (entry.disposition() == CleanupLists.Disposition.REPEALED) {
				continue; // Read as a repeal clause.
			}
			Citation c = entry.citation();
			listedAt.add(c.span().start());
			listedTitles.add(c.title());
			String number = (entry.number() != null) ? entry.number().normalized() : null;
			Optional<Long> target = target(resolved, new ReferenceResolver.Reference(number, c.title()));
			relations.add(new LifecycleStore.NewRelation(documentId, entry.disposition().relation(),
					target.orElse(null), c.title(), (entry.number() != null) ? entry.number().printed() : null, number,
					c.span().start(), c.span().end(), target.isPresent() ? null : "登记库中没有该文件"));
			if (!listsApplied) {
				target.ifPresent((t) -> listed(t, maker.obtain(), entry.disposition(), entry.row(), now));
			}
		}
		for (Citation citation : m.citations()) {
			if (listedAt.contains(citation.span().start())
					|| (listedTitles.contains(citation.title()) && inLists(text, citation.span().start(), listed))) {
				continue; // A row of a list: its relation is the list's.
			}
			String number = (citation.docNumber() != null) ? citation.docNumber().normalized() : null;
			Optional<Long> target = target(resolved, reference(citation));
			if (interpreted != null && target.isPresent() && target.get().equals(interpreted)) {
				continue; // Already its 解读 relation.
			}
			RelationType type = basedOn(text, citation.span().start()) ? RelationType.BASED_ON : RelationType.CITES;
			relations.add(new LifecycleStore.NewRelation(documentId, type, target.orElse(null), citation.title(),
					(citation.docNumber() != null) ? citation.docNumber().printed() : null, number,
					citation.span().start(), citation.span().end(), target.isPresent() ? null : "登记库中没有该文件"));
		}
		this.store.addRelations(relations, now);
	}

	/**
	 * What each reference the document makes means, all resolved at once: a fixed number
	 * of queries however many it makes (a law cites dozens of others).
	 */
	private Map<ReferenceResolver.Reference, Optional<Long>> resolveAll(long documentId, @Nullable LocalDate asOf,
			DocumentMetadata m, @Nullable String amended, @Nullable String interpretedTitle,
			List<CleanupLists.Entry> listed) {
		Set<ReferenceResolver.Reference> references = new LinkedHashSet<>();
		for (RepealClause repeal : m.repeals()) {
			references.add(new ReferenceResolver.Reference(
					(repeal.docNumber() != null) ? repeal.docNumber().normalized() : null, repeal.title()));
		}
		if (amended != null) {
			references.add(new ReferenceResolver.Reference(null, amended));
		}
		if (interpretedTitle != null) {
			references.add(new ReferenceResolver.Reference(null, interpretedTitle));
		}
		for (CleanupLists.Entry entry : listed) {
			references.add(new ReferenceResolver.Reference(
					(entry.number() != null) ? entry.number().normalized() : null, entry.citation().title()));
		}
		m.citations().forEach((c) -> references.add(reference(c)));
		List<ReferenceResolver.Reference> all = new ArrayList<>(references);
		List<Optional<Long>> targets = this.resolver.resolveAll(all, documentId, asOf);
		Map<ReferenceResolver.Reference, Optional<Long>> resolved = new HashMap<>();
		for (int i = 0; i < all.size(); i++) {
			resolved.put(all.get(i), targets.get(i));
		}
		return resolved;
	}

	private static Optional<Long> target(Map<ReferenceResolver.Reference, Optional<Long>> resolved,
			ReferenceResolver.Reference reference) {
		return resolved.getOrDefault(reference, Optional.empty());
	}

	private static ReferenceResolver.Reference reference(Citation citation) {
		return new ReferenceResolver.Reference(
				(citation.docNumber() != null) ? citation.docNumber().normalized() : null, citation.title());
	}

	private static boolean inLists(String text, int at, List<CleanupLists.Entry> listed) {
		int lineStart = text.lastIndexOf('\n', Math.max(0, at - 1)) + 1;
		return listed.stream()
			.anyMatch((e) -> e.citation().span().start() >= lineStart && e.citation().span().start() <= at);
	}

	/** 政策解读, 图解, 答记者问, 问答: documents that explain another, not amend it. */
	static boolean isInterpretation(String title) {
		String key = Titles.key(title);
		return key.contains("解读") || key.endsWith("图解") || key.endsWith("答记者问") || key.endsWith("问答");
	}

	/**
	 * The document an interpretation's title names: the outermost 《…》, or what it
	 * explains.
	 */
	static @Nullable String interpretedTitle(String title) {
		String key = Titles.key(title);
		int open = key.indexOf('《');
		if (open < 0) {
			return null;
		}
		int depth = 0;
		for (int i = open; i < key.length(); i++) {
			char c = key.charAt(i);
			if (c == '《') {
				depth++;
			}
			else if (c == '》' && --depth == 0) {
				return key.substring(open + 1, i).replace('《', '〈').replace('》', '〉');
			}
		}
		return null;
	}

	/**
	 * What a cleanup decision's list does to a document on it, from the decision's day.
	 */
	private void listed(long target, DocumentSummary decision, CleanupLists.Disposition disposition, String row,
			Instant now) {
		LocalDate decided = decision.decided();
		if (decided == null) {
			return;
		}
		LocalDate effective = (decision.effectiveDate() != null && decision.effectiveDate().isAfter(decided))
				? decision.effectiveDate() : null;
		this.store.addEvent(target, new LifecycleEvent(0, disposition.event(), decided, effective, null, decision.id(),
				decision.cause(), null, INGEST, INGEST_ACTOR, row), now);
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
		List<Relation> resolved = pending.stream().filter((relation) -> {
			DocumentSummary maker = summaries.get(relation.fromDocumentId());
			return maker != null && ReferenceResolver.existedBy(made, spokenOn(relation, maker, makersFirstDays));
		}).toList();
		// All at once: a law cited by hundreds of documents stored before it.
		this.store.resolve(resolved.stream().map(Relation::id).toList(), documentId);
		for (Relation relation : resolved) {
			DocumentSummary maker = java.util.Objects.requireNonNull(summaries.get(relation.fromDocumentId()));
			if (relation.type() == RelationType.REPEALS) {
				repeal(documentId, maker, "由后导入的废止条款关联", now);
			}
			else if (relation.type() == RelationType.AMENDS) {
				amend(documentId, maker, latestText(maker.id()), "由后导入的修改文件关联", now);
			}
			else {
				CleanupLists.Disposition disposition = CleanupLists.Disposition.of(relation.type());
				if (disposition != null) {
					listed(documentId, maker, disposition, "由后导入的清理决定关联", now);
				}
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

	/**
	 * An amending document (修正案, 关于修改《…》的决定) amends its target when it takes effect.
	 * Where its items say how, they are applied to the target's text, which makes the
	 * target's new version; where they do not, the amendment waits for a consolidated
	 * text (PENDING). An amended effect clause gives the target its new term: the term
	 * belongs to the document amended, not to the decision.
	 */
	private void amend(long target, DocumentSummary amending, String amendingText, String clause, Instant now) {
		LocalDate decided = amending.decided();
		if (decided == null) {
			return;
		}
		LifecycleEventType type = amending.title().contains("修订") ? LifecycleEventType.REVISED
				: LifecycleEventType.AMENDED;
		long eventId = this.store.addEvent(target, new LifecycleEvent(0, type, decided, amending.effectiveDate(), null,
				amending.id(), amending.cause(), null, INGEST, INGEST_ACTOR, clause), now);
		LifecycleEvent event = this.store.event(target, eventId).orElse(null);
		if (event == null || event.consolidation() != null) {
			return; // Already applied when the same amendment arrived before.
		}
		Amendments.Decision decision = Amendments.read(amendingText);
		LifecycleEvent.Term term = newTerm(target, decided, decision);
		List<DocumentVersion> versions = this.documents.versions(target);
		LocalDate takesEffect = event.takesEffect();
		DocumentVersion held = versions.stream()
			.filter((v) -> v.validFrom() != null && !v.validFrom().isBefore(takesEffect))
			.findFirst()
			.orElse(null);
		if (held != null) {
			// The registry holds the amended text already (a law's later version).
			this.store.updateAmendment(eventId, target, term, LifecycleEvent.Consolidation.APPLIED, held.versionNo());
			return;
		}
		if (versions.isEmpty() || decision.items().isEmpty()) {
			this.store.updateAmendment(eventId, target, term, LifecycleEvent.Consolidation.PENDING, null);
			return;
		}
		DocumentVersion latest = versions.get(versions.size() - 1);
		DocumentSummary amended = this.documents.require(target);
		String name = Titles.aliases(amended.title()).stream().findFirst().orElse(amended.title());
		String note = "（根据" + decided + amending.cause() + "修改，由登记库整合）";
		Optional<String> text = Amendments.apply(this.documents.versionText(target, latest.versionNo()), decision, name,
				note);
		if (text.isEmpty()) {
			this.store.updateAmendment(eventId, target, term, LifecycleEvent.Consolidation.PENDING, null);
			return;
		}
		int versionNo = this.editor.addConsolidatedVersion(target, text.get(), takesEffect, decided + " 修正（"
				+ ((amending.docNumberNormalized() != null) ? amending.docNumberNormalized() : amending.title()) + "）");
		this.store.updateAmendment(eventId, target, term, LifecycleEvent.Consolidation.APPLIED, versionNo);
	}

	/**
	 * The term an amendment gives: the effect clause of the articles it rewrites or adds
	 * (本办法自2023年7月1日起施行，有效期5年). It moves the commencement only of a document not yet in
	 * force when the amendment was decided.
	 */
	private LifecycleEvent.@Nullable Term newTerm(long target, LocalDate decided, Amendments.Decision decision) {
		String wording = decision.newWording();
		if (!wording.contains("施行") && !wording.contains("有效期")) {
			return null;
		}
		DocumentMetadata clause = this.extractor.extract(wording, "amendment.txt");
		LocalDate until = clause.expiryDate();
		LocalDate from = null;
		LocalDate start = this.timelines.timeline(target).start();
		if (clause.effectiveDate() != null && start != null && decided.isBefore(start)
				&& !clause.effectiveDate().equals(start)) {
			from = clause.effectiveDate();
		}
		return LifecycleEvent.Term.of(from, until);
	}

	private String latestText(long documentId) {
		List<DocumentVersion> versions = this.documents.versions(documentId);
		return versions.isEmpty() ? ""
				: this.documents.versionText(documentId, versions.get(versions.size() - 1).versionNo());
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
