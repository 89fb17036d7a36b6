package cn.guifan.registry.lifecycle;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import cn.guifan.registry.audit.AuditLog;
import cn.guifan.registry.common.DocumentNotFoundException;
import cn.guifan.registry.common.InvalidRequestException;
import cn.guifan.registry.document.Documents;
import cn.guifan.schemas.lifecycle.LifecycleEventType;
import cn.guifan.schemas.lifecycle.RelationType;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a registrar records: amendments, revisions, repeals, declarations of invalidity
 * and partial invalidity, each with its date, reason and the document that caused it.
 * Every event is audited; the store sees to the index. Each recorded event is announced
 * ({@link LifecycleEventRecorded}) in the same transaction.
 */
@Service
public class LifecycleService {

	/** Events a registrar may record; publication and commencement come from the text. */
	static final Set<LifecycleEventType> RECORDABLE = Set.of(LifecycleEventType.AMENDED, LifecycleEventType.REVISED,
			LifecycleEventType.REPEALED, LifecycleEventType.DECLARED_INVALID, LifecycleEventType.PARTIALLY_INVALID,
			LifecycleEventType.EXPIRED, LifecycleEventType.EFFECTIVE);

	private final LifecycleStore store;

	private final Documents documents;

	private final Timelines timelines;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	LifecycleService(LifecycleStore store, Documents documents, Timelines timelines, AuditLog audit,
			ApplicationEventPublisher events, Clock clock) {
		this.store = store;
		this.documents = documents;
		this.timelines = timelines;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * What happened.
	 *
	 * @param type the event
	 * @param date when it was decided
	 * @param effectiveDate when it takes effect, if later
	 * @param causedByDocumentId the registry document that caused it (the repealing
	 * decision…)
	 * @param causedByText what caused it, when it is not in the registry
	 * @param provisions the provisions concerned (部分失效)
	 * @param reason why (required)
	 */
	public record EventCommand(@Nullable LifecycleEventType type, @Nullable LocalDate date,
			@Nullable LocalDate effectiveDate, @Nullable Long causedByDocumentId, @Nullable String causedByText,
			@Nullable String provisions, @Nullable String reason) {
	}

	@Transactional
	public LifecycleEvent record(long documentId, EventCommand command, String actor) {
		if (!this.documents.exists(documentId)) {
			throw new DocumentNotFoundException(Long.toString(documentId));
		}
		if (command.type() == null) {
			throw new InvalidRequestException("type", "请说明登记的事项：修正、修订、废止、宣布失效、部分失效或有效期届满");
		}
		if (!RECORDABLE.contains(command.type())) {
			throw new InvalidRequestException("type", "“" + command.type().label() + "”由文件本身确定，不能登记");
		}
		if (command.date() == null) {
			throw new InvalidRequestException("date", "请填写日期（YYYY-MM-DD）");
		}
		if (command.effectiveDate() != null && command.effectiveDate().isBefore(command.date())) {
			throw new InvalidRequestException("effectiveDate",
					"生效日期 " + command.effectiveDate() + " 早于决定日期 " + command.date());
		}
		if (command.reason() == null || command.reason().isBlank()) {
			throw new InvalidRequestException("reason", "请说明理由");
		}
		if (command.type() == LifecycleEventType.PARTIALLY_INVALID
				&& (command.provisions() == null || command.provisions().isBlank())) {
			throw new InvalidRequestException("provisions", "部分失效须写明失效的条款，例如“第五条、第八条”");
		}
		Long cause = command.causedByDocumentId();
		if (cause != null) {
			if (cause == documentId) {
				throw new InvalidRequestException("causedByDocumentId", "文件不能废止或修改自身");
			}
			if (!this.documents.exists(cause)) {
				throw new InvalidRequestException("causedByDocumentId", "找不到编号为 " + cause + " 的依据文件");
			}
		}
		LifecycleEvent event = new LifecycleEvent(0, command.type(), command.date(), command.effectiveDate(), null,
				cause, blankToNull(command.causedByText()), blankToNull(command.provisions()), "REGISTRAR", actor,
				command.reason().strip());
		long id = this.store.addEvent(documentId, event, this.clock.instant());
		if (cause != null) {
			RelationType relation = switch (command.type()) {
				case REPEALED, DECLARED_INVALID, PARTIALLY_INVALID -> RelationType.REPEALS;
				case AMENDED, REVISED -> RelationType.AMENDS;
				default -> null;
			};
			if (relation != null) {
				this.store.addRelation(cause, relation, documentId, null, null, null, null, null, null,
						this.clock.instant());
			}
		}
		Map<String, Object> detail = new LinkedHashMap<>();
		detail.put("event", command.type().name());
		detail.put("date", event.date().toString());
		detail.put("effectiveDate", (command.effectiveDate() != null) ? command.effectiveDate().toString() : null);
		detail.put("causedBy", cause);
		detail.put("causedByText", command.causedByText());
		detail.put("provisions", command.provisions());
		detail.put("statusBefore", statusBefore(documentId, event.takesEffect()));
		this.audit.record(actor, "RECORD_EVENT", documentId, detail, command.reason());
		this.events.publishEvent(
				new LifecycleEventRecorded(documentId, event.type(), event.date(), event.takesEffect(), cause, actor));
		return new LifecycleEvent(id, event.type(), event.date(), event.effectiveDate(), null, cause,
				event.causedByText(), event.provisions(), event.origin(), actor, event.reason());
	}

	private String statusBefore(long documentId, LocalDate takesEffect) {
		return this.timelines.timeline(documentId).on(takesEffect.minusDays(1)).status().name();
	}

	private static @Nullable String blankToNull(@Nullable String s) {
		return (s == null || s.isBlank()) ? null : s.strip();
	}

}
