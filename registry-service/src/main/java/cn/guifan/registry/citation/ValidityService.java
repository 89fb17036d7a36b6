package cn.guifan.registry.citation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import cn.guifan.registry.common.InvalidRequestException;
import cn.guifan.registry.document.DocumentSummary;
import cn.guifan.registry.document.Documents;
import cn.guifan.registry.document.Titles;
import cn.guifan.registry.document.Visibility;
import cn.guifan.registry.lifecycle.LifecycleEvent;
import cn.guifan.registry.lifecycle.ReferenceResolver;
import cn.guifan.registry.lifecycle.Relation;
import cn.guifan.registry.lifecycle.StatusOnDate;
import cn.guifan.registry.lifecycle.Timeline;
import cn.guifan.registry.lifecycle.Timelines;
import cn.guifan.schemas.docnumber.DocNumber;
import cn.guifan.schemas.docnumber.DocNumbers;
import cn.guifan.schemas.lifecycle.DocumentStatus;
import cn.guifan.schemas.lifecycle.RelationType;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Answers "is this valid on date D — can I cite it?" for a document named by its doc
 * number (any bracket form), its full title or a short title (会计法), with the status then,
 * why, the version and the successor. When several documents answer to a name, all are
 * given and the ambiguity is said.
 */
@Service
public class ValidityService {

	private final ReferenceResolver resolver;

	private final Timelines timelines;

	private final Documents documents;

	private final Visibility visibility;

	private final Clock clock;

	ValidityService(ReferenceResolver resolver, Timelines timelines, Documents documents, Visibility visibility,
			Clock clock) {
		this.resolver = resolver;
		this.timelines = timelines;
		this.documents = documents;
		this.visibility = visibility;
		this.clock = clock;
	}

	public ValidityAnswer check(@Nullable String ref, @Nullable LocalDate date, boolean includeRestricted) {
		if (ref == null || ref.isBlank()) {
			throw new InvalidRequestException("ref", "请输入发文字号、文件标题或简称，例如 国办发〔2020〕17号 或 会计法");
		}
		if (ref.length() > 300) {
			throw new InvalidRequestException("ref", "查询内容过长（" + ref.length() + " 字）");
		}
		LocalDate day = (date != null) ? date : LocalDate.now(this.clock);
		String cleaned = ref.strip().replaceAll("^[《〈]|[》〉]$", "");
		Optional<DocNumber> number = DocNumbers.parseLenient(cleaned);
		List<Long> ids = number.isPresent() ? this.resolver.candidates(number.get().normalized(), null)
				: this.resolver.candidates(null, cleaned);
		List<ValidityAnswer.Match> matches = new ArrayList<>();
		for (long id : this.visibility.visible(ids, includeRestricted)) {
			matches.add(match(id, day, includeRestricted));
		}
		String message;
		if (matches.isEmpty()) {
			message = "登记库中没有找到“" + ref.strip() + "”。请核对发文字号或标题；登记库只收录本级规章、规范性文件及其引用的上位法。";
		}
		else if (matches.size() > 1) {
			message = "有 " + matches.size() + " 个文件符合“" + ref.strip() + "”，请按发文字号或完整标题确认。";
		}
		else {
			ValidityAnswer.Match m = matches.get(0);
			message = Titles.quoted(m.title()) + day + " " + m.statusLabel() + "：" + m.reason()
					+ (m.citable() ? "，可以引用" : "，不能作为现行依据引用")
					+ ((m.successor() != null) ? "；后继文件为" + Titles.quoted(m.successor().title()) : "") + "。";
		}
		return new ValidityAnswer(ref, day, !matches.isEmpty(), matches.size() > 1, message, matches);
	}

	/**
	 * The answer for one document the asker may see: its status, why, and its successor,
	 * told as they may see them ({@link Visibility}).
	 */
	ValidityAnswer.Match match(long id, LocalDate day, boolean includeRestricted) {
		Timeline timeline = this.timelines.timeline(id, includeRestricted);
		StatusOnDate status = timeline.on(day);
		DocumentSummary document = this.documents.require(id);
		Timeline.VersionPeriod period = null;
		if (status.version() != null) {
			period = timeline.versionPeriods(day)
				.stream()
				.filter((p) -> p.version().versionNo() == status.version().versionNo())
				.findFirst()
				.orElse(null);
		}
		DocumentStatus s = status.status();
		return new ValidityAnswer.Match(id, document.title(), document.docNumber(), document.kind().label(), s.name(),
				status.label(), s.flkLabel(), s.pkulawLabel(), s.isCitable(), status.reason(),
				(status.version() != null) ? status.version().versionNo() : null,
				(period != null) ? period.from() : null, successor(id, timeline, day, includeRestricted),
				"/documents/" + id);
	}

	/**
	 * What replaced or repealed a document: a 替代 relation, else the cause of its ending.
	 */
	ValidityAnswer.@Nullable Successor successor(long id, Timeline timeline, LocalDate day, boolean includeRestricted) {
		Long successor = null;
		for (Relation relation : this.timelines.relationsTo(id, includeRestricted)) {
			if (relation.type() == RelationType.REPLACES) {
				successor = relation.fromDocumentId();
			}
		}
		LifecycleEvent ending = timeline.endingEvent();
		if (successor == null && ending != null && ending.causedByDocumentId() != null
				&& !day.isBefore(ending.takesEffect())) {
			successor = ending.causedByDocumentId();
		}
		if (successor == null) {
			return null;
		}
		long s = successor;
		return this.visibility.summary(s, includeRestricted)
			.map((d) -> new ValidityAnswer.Successor(s, d.title(), this.timelines.timeline(s).on(day).status().label()))
			.orElse(null);
	}

	/** Whether a title names the document (its title or one of its names). */
	boolean titled(long id, String title) {
		return this.resolver.candidates(null, title).contains(id);
	}

}
