package cn.guifan.registry.catalog;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.guifan.registry.common.DocumentNotFoundException;
import cn.guifan.registry.document.DocumentSummary;
import cn.guifan.registry.document.Documents;
import cn.guifan.registry.document.Visibility;
import cn.guifan.registry.lifecycle.LifecycleEvent;
import cn.guifan.registry.lifecycle.Relation;
import cn.guifan.registry.lifecycle.StatusOnDate;
import cn.guifan.registry.lifecycle.Timeline;
import cn.guifan.registry.lifecycle.Timelines;
import cn.guifan.registry.security.CurrentUser;
import cn.guifan.schemas.lifecycle.RelationType;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Reads documents for the API and the pages, as they stood on a date. */
@Component
public class DocumentDetails {

	private final Documents documents;

	private final Visibility visibility;

	private final Timelines timelines;

	private final Clock clock;

	DocumentDetails(Documents documents, Visibility visibility, Timelines timelines, Clock clock) {
		this.documents = documents;
		this.visibility = visibility;
		this.timelines = timelines;
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
		DocumentSummary d = this.visibility.summary(id, includeRestricted)
			.orElseThrow(() -> new DocumentNotFoundException(idText));
		LocalDate today = LocalDate.now(this.clock);
		LocalDate day = (asOf != null) ? asOf : today;
		Timeline timeline = this.timelines.timeline(id, includeRestricted);
		StatusOnDate status = timeline.on(day);
		Integer versionNo = (status.version() != null) ? status.version().versionNo() : null;
		String text = (versionNo != null) ? this.documents.versionText(id, versionNo) : "";
		List<DocumentDetail.Version> versions = timeline.versionPeriods(today)
			.stream()
			.map((p) -> new DocumentDetail.Version(p.version().versionNo(), p.version().label(), p.from(), p.until(),
					p.status().name(), p.status().label()))
			.toList();
		List<DocumentDetail.Event> events = timeline.history()
			.stream()
			.map((e) -> event(e, includeRestricted))
			.toList();
		return new DocumentDetail(id, d.title(), d.docNumber(), d.docNumberNormalized(), d.issuers(), d.kind().name(),
				d.kind().label(), d.kindReason(), d.signedDate(), d.publishedDate(), d.effectiveDate(), d.expiryDate(),
				d.trial(), (d.disclosure() != null) ? d.disclosure().label() : null, day, status.status().name(),
				status.label(), status.reason(), status.wording(), versionNo, text,
				successor(id, timeline, includeRestricted), versions, events, references(id, includeRestricted),
				referencedBy(id, includeRestricted), sources(id));
	}

	/**
	 * A link to a document as the current user may see it ({@link Visibility}): its title
	 * and status today, or empty if it does not exist or is hidden from them.
	 */
	public Optional<DocumentDetail.Link> link(long id) {
		return link(id, CurrentUser.maySeeRestricted());
	}

	/**
	 * A link to a document: its title and status today, or empty if it does not exist or
	 * the asker may not see it ({@link Visibility}).
	 */
	public Optional<DocumentDetail.Link> link(long id, boolean includeRestricted) {
		return this.visibility.summary(id, includeRestricted)
			.map((s) -> new DocumentDetail.Link(id, s.title(),
					this.timelines.timeline(id).on(LocalDate.now(this.clock)).status().label()));
	}

	/** The text of one version of a document. */
	public String versionText(long id, int versionNo) {
		return this.documents.versionText(id, versionNo);
	}

	/**
	 * The stored original file of a document, if the document has it and the asker may
	 * see it.
	 */
	public Documents.StoredFile sourceFile(String idText, String sha256, boolean includeRestricted) {
		DocumentDetail document = find(idText, includeRestricted);
		return this.documents.sourceFile(document.id(), sha256);
	}

	private DocumentDetail.Event event(LifecycleEvent e, boolean includeRestricted) {
		DocumentDetail.Link causedBy = (e.causedByDocumentId() != null)
				? link(e.causedByDocumentId(), includeRestricted).orElse(null) : null;
		String withdrawn = (e.withdrawal() != null)
				? "已于 " + e.withdrawal().at().atZone(this.clock.getZone()).toLocalDate() + " 由" + e.withdrawal().by()
						+ "撤销：" + e.withdrawal().reason()
				: null;
		return new DocumentDetail.Event(e.type().name(), e.type().label(), e.date(), e.effectiveDate(),
				e.causedByText(), causedBy, e.origin(), e.recordedBy(), e.reason(), e.id(),
				(e.term() != null) ? e.term().until() : null,
				(e.consolidation() != null) ? e.consolidation().label() : null, withdrawn);
	}

	private DocumentDetail.@Nullable Link successor(long id, Timeline timeline, boolean includeRestricted) {
		for (Relation relation : this.timelines.relationsTo(id, includeRestricted)) {
			if (relation.type() == RelationType.REPLACES) {
				return link(relation.fromDocumentId(), includeRestricted).orElse(null);
			}
		}
		LifecycleEvent ending = timeline.endingEvent();
		if (ending != null && ending.causedByDocumentId() != null) {
			return link(ending.causedByDocumentId(), includeRestricted).orElse(null);
		}
		return null;
	}

	private List<DocumentDetail.Reference> references(long id, boolean includeRestricted) {
		List<DocumentDetail.Reference> references = new ArrayList<>();
		for (Relation r : this.timelines.relationsFrom(id, includeRestricted)) {
			references
				.add(new DocumentDetail.Reference(r.type().name(), r.type().label(), r.targetTitle(), r.targetNumber(),
						(r.toDocumentId() != null) ? link(r.toDocumentId(), includeRestricted).orElse(null) : null,
						r.unresolvedReason(), 1));
		}
		return merged(references);
	}

	private List<DocumentDetail.Reference> referencedBy(long id, boolean includeRestricted) {
		List<DocumentDetail.Reference> references = new ArrayList<>();
		for (Relation r : this.timelines.relationsTo(id, includeRestricted)) {
			references.add(new DocumentDetail.Reference(r.type().name(), r.type().label(), r.targetTitle(),
					r.targetNumber(), link(r.fromDocumentId(), includeRestricted).orElse(null), null, 1));
		}
		return merged(references);
	}

	/**
	 * One line per document and relation: a text that cites a law three times, or a
	 * decision that both amends a document and cites it, is listed once per kind.
	 */
	static List<DocumentDetail.Reference> merged(List<DocumentDetail.Reference> references) {
		Map<String, DocumentDetail.Reference> merged = new LinkedHashMap<>();
		for (DocumentDetail.Reference r : references) {
			String other = (r.document() != null) ? "#" + r.document().id()
					: String.valueOf(r.title()) + "|" + r.docNumber();
			merged.merge(r.type() + "|" + other, r,
					(a, b) -> new DocumentDetail.Reference(a.type(), a.label(), a.title(),
							(a.docNumber() != null) ? a.docNumber() : b.docNumber(), a.document(), a.unresolvedReason(),
							a.times() + b.times()));
		}
		return List.copyOf(merged.values());
	}

	private List<DocumentDetail.Source> sources(long id) {
		return this.documents.sources(id)
			.stream()
			.map((s) -> new DocumentDetail.Source(s.sha256(), s.fileName(), s.mediaType(), s.size()))
			.toList();
	}

	private static long parseId(String idText) {
		try {
			return Long.parseLong(idText.strip());
		}
		catch (NumberFormatException ex) {
			throw new DocumentNotFoundException(idText);
		}
	}

}
