package cn.guifan.registry.interpretation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.guifan.registry.calendar.WorkingDays;
import cn.guifan.registry.document.DocumentSummary;
import cn.guifan.registry.document.Documents;
import cn.guifan.registry.lifecycle.LifecycleEvent;
import cn.guifan.registry.lifecycle.Relation;
import cn.guifan.registry.lifecycle.Timeline;
import cn.guifan.registry.lifecycle.Timelines;
import cn.guifan.schemas.document.DocumentKind;
import cn.guifan.schemas.lifecycle.RelationType;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Which rules and normative documents have no 解读, and which 解读 came late: "规范性文件网上
 * 公布后3个工作日内，解读材料是否关联公开". A document is published on its 发布日期 (else its 成文日期); an amended
 * one again on the day of the amendment a 解读 explains (the latest 修正/修订 on or before the
 * 解读's own date).
 */
@Component
public class InterpretationReport {

	/** Working days a 解读 may follow its document. */
	public static final int ALLOWED_WORKING_DAYS = 3;

	private static final Set<DocumentKind> NEED_INTERPRETATION = Set.of(DocumentKind.RULE,
			DocumentKind.NORMATIVE_DOCUMENT);

	private final Documents documents;

	private final Timelines timelines;

	private final WorkingDays workingDays;

	InterpretationReport(Documents documents, Timelines timelines, WorkingDays workingDays) {
		this.documents = documents;
		this.timelines = timelines;
		this.workingDays = workingDays;
	}

	/** The report over the whole registry. */
	public Report report() {
		Map<Long, List<Long>> interpretationsOf = new HashMap<>();
		for (Relation r : this.timelines.relationsOfType(RelationType.INTERPRETS)) {
			if (r.toDocumentId() != null) {
				interpretationsOf.computeIfAbsent(r.toDocumentId(), (k) -> new ArrayList<>()).add(r.fromDocumentId());
			}
		}
		List<Row> without = new ArrayList<>();
		List<Late> late = new ArrayList<>();
		Set<Integer> uncovered = new java.util.TreeSet<>();
		long after = 0;
		while (true) {
			List<Long> ids = this.documents.idsAfter(after, 500);
			if (ids.isEmpty()) {
				break;
			}
			after = ids.get(ids.size() - 1);
			Map<Long, DocumentSummary> summaries = this.documents.summaries(ids);
			Set<Long> interpreters = new LinkedHashSet<>();
			for (long id : summaries.keySet()) {
				interpreters.addAll(interpretationsOf.getOrDefault(id, List.of()));
			}
			Map<Long, DocumentSummary> interpretations = this.documents.summaries(interpreters);
			Map<Long, Timeline> timelines = this.timelines.timelines(summaries.keySet());
			for (DocumentSummary d : summaries.values()) {
				if (!NEED_INTERPRETATION.contains(d.kind())) {
					continue;
				}
				LocalDate published = published(d);
				List<Long> mine = interpretationsOf.getOrDefault(d.id(), List.of());
				if (mine.isEmpty()) {
					without.add(new Row(d.id(), d.title(), d.docNumber(), d.leadIssuer(), published));
					continue;
				}
				for (long i : mine) {
					DocumentSummary interpretation = interpretations.get(i);
					LocalDate interpreted = (interpretation != null) ? published(interpretation) : null;
					if (interpretation == null || interpreted == null) {
						continue;
					}
					LocalDate reference = referenceDate(published, timelines.get(d.id()), interpreted);
					if (reference == null) {
						continue;
					}
					if (!this.workingDays.covers(interpreted.getYear())) {
						uncovered.add(interpreted.getYear());
					}
					int days = this.workingDays.between(reference, interpreted);
					if (days > ALLOWED_WORKING_DAYS) {
						late.add(new Late(d.id(), d.title(), d.docNumber(), reference, i, interpretation.title(),
								interpreted, days));
					}
				}
			}
		}
		without.sort(Comparator.comparing(Row::published, Comparator.nullsLast(Comparator.reverseOrder())));
		late.sort(Comparator.comparing(Late::workingDays).reversed());
		return new Report(ALLOWED_WORKING_DAYS, without, late, List.copyOf(uncovered),
				List.copyOf(this.workingDays.sources().keySet()));
	}

	private static @Nullable LocalDate published(DocumentSummary d) {
		return (d.publishedDate() != null) ? d.publishedDate() : d.signedDate();
	}

	/** The day the 解读 should follow: publication, or the amendment it came after. */
	private static @Nullable LocalDate referenceDate(@Nullable LocalDate published, @Nullable Timeline timeline,
			LocalDate interpreted) {
		LocalDate reference = published;
		if (timeline != null) {
			for (LifecycleEvent e : timeline.events()) {
				if (e.type().makesVersion() && !e.date().isAfter(interpreted)
						&& (reference == null || e.date().isAfter(reference))) {
					reference = e.date();
				}
			}
		}
		return reference;
	}

	/**
	 * The report.
	 *
	 * @param allowedWorkingDays how many working days a 解读 may follow
	 * @param withoutInterpretation rules and normative documents no 解读 is linked to
	 * @param late 解读 published later than allowed
	 * @param yearsWithoutSchedule years counted Monday to Friday: their holiday schedule
	 * is not in the data
	 * @param yearsWithSchedule years whose schedule is in the data
	 */
	public record Report(int allowedWorkingDays, List<Row> withoutInterpretation, List<Late> late,
			List<Integer> yearsWithoutSchedule, List<Integer> yearsWithSchedule) {
	}

	/**
	 * A document without a 解读.
	 *
	 * @param id registry id
	 * @param title 标题
	 * @param docNumber 发文字号
	 * @param issuer lead 发文机关, who should publish it
	 * @param published its publication date
	 */
	public record Row(long id, String title, @Nullable String docNumber, @Nullable String issuer,
			@Nullable LocalDate published) {
	}

	/**
	 * A 解读 published late.
	 *
	 * @param documentId the document
	 * @param title its title
	 * @param docNumber its 发文字号
	 * @param published the day it was published (or amended)
	 * @param interpretationId the 解读
	 * @param interpretationTitle its title
	 * @param interpreted the day the 解读 was published
	 * @param workingDays working days between the two
	 */
	public record Late(long documentId, String title, @Nullable String docNumber, LocalDate published,
			long interpretationId, String interpretationTitle, LocalDate interpreted, int workingDays) {
	}

}
