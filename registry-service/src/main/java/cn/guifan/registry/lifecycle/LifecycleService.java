package cn.guifan.registry.lifecycle;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import cn.guifan.registry.audit.AuditLog;
import cn.guifan.registry.common.DocumentNotFoundException;
import cn.guifan.registry.common.InvalidRequestException;
import cn.guifan.registry.document.DocumentEditor;
import cn.guifan.registry.document.Documents;
import cn.guifan.registry.document.Titles;
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
	public static final Set<LifecycleEventType> RECORDABLE = Set.of(LifecycleEventType.AMENDED,
			LifecycleEventType.REVISED, LifecycleEventType.REPEALED, LifecycleEventType.DECLARED_INVALID,
			LifecycleEventType.PARTIALLY_INVALID, LifecycleEventType.EXPIRED, LifecycleEventType.EFFECTIVE,
			LifecycleEventType.EXTENDED, LifecycleEventType.CONFIRMED, LifecycleEventType.MARKED_FOR_AMENDMENT);

	/** The earliest date a registrar may give: before it, a date is a typing slip. */
	private static final LocalDate EARLIEST = LocalDate.of(1949, 10, 1);

	private final LifecycleStore store;

	private final Documents documents;

	private final Timelines timelines;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final DocumentEditor editor;

	/** Who records events on the registrar's pages and API. */
	public static final String ORIGIN = "REGISTRAR";

	LifecycleService(LifecycleStore store, Documents documents, Timelines timelines, AuditLog audit,
			ApplicationEventPublisher events, Clock clock, DocumentEditor editor) {
		this.store = store;
		this.documents = documents;
		this.timelines = timelines;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
		this.editor = editor;
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
	 * @param validUntil the new last day of validity, for a re-registration (延长) or an
	 * amendment that changes the term
	 */
	public record EventCommand(@Nullable LifecycleEventType type, @Nullable LocalDate date,
			@Nullable LocalDate effectiveDate, @Nullable Long causedByDocumentId, @Nullable String causedByText,
			@Nullable String provisions, @Nullable String reason, @Nullable LocalDate validUntil) {

		public EventCommand(@Nullable LifecycleEventType type, @Nullable LocalDate date,
				@Nullable LocalDate effectiveDate, @Nullable Long causedByDocumentId, @Nullable String causedByText,
				@Nullable String provisions, @Nullable String reason) {
			this(type, date, effectiveDate, causedByDocumentId, causedByText, provisions, reason, null);
		}

	}

	@Transactional
	public LifecycleEvent record(long documentId, EventCommand command, String actor) {
		if (!this.documents.exists(documentId)) {
			throw new DocumentNotFoundException(Long.toString(documentId));
		}
		LifecycleEventType type = command.type();
		if (type == null) {
			throw new InvalidRequestException("type", "请说明登记的事项：修正、修订、废止、宣布失效、部分失效、有效期届满或延长有效期");
		}
		if (!RECORDABLE.contains(type)) {
			throw new InvalidRequestException("type", "“" + type.label() + "”由文件本身确定，不能登记");
		}
		LocalDate date = command.date();
		if (date == null) {
			throw new InvalidRequestException("date", "请填写决定日期（YYYY-MM-DD）");
		}
		LocalDate today = LocalDate.now(this.clock);
		checkPlausible("date", "决定日期", date, today);
		if (command.effectiveDate() != null) {
			checkPlausible("effectiveDate", "生效日期", command.effectiveDate(), today);
			if (command.effectiveDate().isBefore(date)) {
				throw new InvalidRequestException("effectiveDate",
						"生效日期 " + command.effectiveDate() + " 早于决定日期 " + date + "：生效不能早于决定");
			}
		}
		if (command.reason() == null || command.reason().isBlank()) {
			throw new InvalidRequestException("reason", "请说明理由");
		}
		if (type == LifecycleEventType.PARTIALLY_INVALID
				&& (command.provisions() == null || command.provisions().isBlank())) {
			throw new InvalidRequestException("provisions", "部分失效须写明失效的条款，例如“第五条、第八条”");
		}
		LocalDate takesEffect = (command.effectiveDate() != null) ? command.effectiveDate() : date;
		String effectField = (command.effectiveDate() != null) ? "effectiveDate" : "date";
		Timeline timeline = this.timelines.timeline(documentId);
		checkAgainst(timeline, type, date, takesEffect, effectField, command.validUntil());
		Long cause = command.causedByDocumentId();
		if (cause != null) {
			if (cause == documentId) {
				throw new InvalidRequestException("causedByDocumentId", "文件不能废止或修改自身");
			}
			var causeDocument = this.documents.summary(cause)
				.orElseThrow(() -> new InvalidRequestException("causedByDocumentId", "登记库中找不到编号为 " + cause + " 的依据文件"));
			LocalDate causeMade = this.timelines.earliestDate(cause).orElse(null);
			if (causeMade != null && causeMade.isAfter(date)) {
				throw new InvalidRequestException("causedByDocumentId", "依据文件" + Titles.quoted(causeDocument.title())
						+ "制定于 " + causeMade + "，晚于决定日期 " + date + "，不可能是该事项的依据");
			}
		}
		if (timeline.events()
			.stream()
			.anyMatch((e) -> e.type() == type && e.date().equals(date)
					&& Objects.equals(e.causedByDocumentId(), cause))) {
			throw new InvalidRequestException("date", "该文件已有 " + date + " 的“" + type.label() + "”记录，无需重复登记；如记录有误，请先撤销");
		}
		LifecycleEvent event = new LifecycleEvent(0, type, date, command.effectiveDate(), null, cause,
				blankToNull(command.causedByText()), blankToNull(command.provisions()), ORIGIN, actor,
				command.reason().strip(), LifecycleEvent.Term.of(null, command.validUntil()), null, null);
		long id = this.store.addEvent(documentId, event, this.clock.instant());
		if (cause != null) {
			RelationType relation = switch (type) {
				case REPEALED, PARTIALLY_INVALID -> RelationType.REPEALS;
				case DECLARED_INVALID -> RelationType.DECLARES_INVALID;
				case AMENDED, REVISED -> RelationType.AMENDS;
				case CONFIRMED -> RelationType.CONFIRMS;
				case MARKED_FOR_AMENDMENT -> RelationType.MARKS_FOR_AMENDMENT;
				default -> null;
			};
			if (relation != null && !this.store.hasRelation(cause, relation, documentId)) {
				this.store.addRelation(cause, relation, documentId, null, null, null, null, null, null,
						this.clock.instant());
			}
		}
		Map<String, Object> detail = new LinkedHashMap<>();
		detail.put("event", type.name());
		detail.put("date", event.date().toString());
		detail.put("effectiveDate", (command.effectiveDate() != null) ? command.effectiveDate().toString() : null);
		detail.put("causedBy", cause);
		detail.put("causedByText", command.causedByText());
		detail.put("provisions", command.provisions());
		detail.put("validUntil", (command.validUntil() != null) ? command.validUntil().toString() : null);
		detail.put("statusBefore", statusBefore(documentId, event.takesEffect()));
		this.audit.record(actor, "RECORD_EVENT", documentId, detail, command.reason());
		this.events.publishEvent(
				new LifecycleEventRecorded(documentId, event.type(), event.date(), event.takesEffect(), cause, actor));
		return this.store.event(documentId, id).orElseThrow();
	}

	/**
	 * Withdraws (撤销) an event recorded in error: it stays in the history, marked
	 * withdrawn and audited, and no longer counts for the status, the index or the expiry
	 * sweep. A version the registry made from a withdrawn amendment is removed with it.
	 */
	@Transactional
	public LifecycleEvent withdraw(long documentId, long eventId, @Nullable String reason, String actor) {
		if (!this.documents.exists(documentId)) {
			throw new DocumentNotFoundException(Long.toString(documentId));
		}
		if (reason == null || reason.isBlank()) {
			throw new InvalidRequestException("reason", "请说明撤销理由");
		}
		LifecycleEvent event = this.store.event(documentId, eventId)
			.orElseThrow(() -> new InvalidRequestException("eventId", "该文件没有编号为 " + eventId + " 的记录"));
		LifecycleEvent.Withdrawal earlier = event.withdrawal();
		if (earlier != null) {
			throw new InvalidRequestException("eventId",
					"该记录已于 " + earlier.at().atZone(this.clock.getZone()).toLocalDate() + " 由" + earlier.by() + "撤销");
		}
		if (!RECORDABLE.contains(event.type()) && event.type() != LifecycleEventType.EXPIRED) {
			throw new InvalidRequestException("eventId", "“" + event.type().label() + "”由文件本身确定，不能撤销；请更正文件信息");
		}
		String statusBefore = this.timelines.timeline(documentId).on(LocalDate.now(this.clock)).status().name();
		this.store.withdraw(documentId, eventId, actor, reason.strip(), this.clock.instant());
		if (event.consolidation() == LifecycleEvent.Consolidation.APPLIED && event.versionNo() != null) {
			this.editor.removeConsolidatedVersion(documentId, event.versionNo());
		}
		Map<String, Object> detail = new LinkedHashMap<>();
		detail.put("eventId", eventId);
		detail.put("event", event.type().name());
		detail.put("date", event.date().toString());
		detail.put("effectiveDate", (event.effectiveDate() != null) ? event.effectiveDate().toString() : null);
		detail.put("recordedBy", event.recordedBy());
		detail.put("statusBefore", statusBefore);
		detail.put("statusAfter", this.timelines.timeline(documentId).on(LocalDate.now(this.clock)).status().name());
		this.audit.record(actor, "WITHDRAW_EVENT", documentId, detail, reason.strip());
		return this.store.event(documentId, eventId).orElseThrow();
	}

	/**
	 * Checks an event against the document's timeline: it cannot precede the document,
	 * end one that has ended, amend one that is no longer in force, and so on. Each
	 * message names the field to correct.
	 */
	private static void checkAgainst(Timeline timeline, LifecycleEventType type, LocalDate date, LocalDate takesEffect,
			String effectField, @Nullable LocalDate validUntil) {
		LocalDate made = timeline.madeOn();
		if (made != null && date.isBefore(made)) {
			throw new InvalidRequestException("date", "决定日期 " + date + " 早于文件的制定日期 " + made + "：事项不能早于它所作用的文件");
		}
		LocalDate start = timeline.start();
		boolean ending = type.ends() || type == LifecycleEventType.PARTIALLY_INVALID;
		if (ending && start != null && !takesEffect.isAfter(start)) {
			throw new InvalidRequestException(effectField,
					"“" + type.label() + "”的生效日期 " + takesEffect + (takesEffect.isBefore(start) ? " 早于" : " 就是")
							+ "文件的施行日期 " + start + "：废止、失效须在文件施行之后生效；请核对日期，施行日期有误的请先更正文件信息");
		}
		LocalDate end = timeline.end();
		if (end != null && !takesEffect.isBefore(end) && type != LifecycleEventType.CONFIRMED) {
			StatusOnDate ended = timeline.on(end);
			throw new InvalidRequestException(effectField, "文件已于 " + end + " 起" + ended.status().label() + "（"
					+ ended.reason() + "），不能再登记“" + type.label() + "”；如原记录有误，请先撤销原记录或更正有效期");
		}
		if (type == LifecycleEventType.EXTENDED) {
			LocalDate expiry = timeline.expiry();
			if (validUntil == null) {
				throw new InvalidRequestException("validUntil", "延长有效期须填写新的有效期截止日期");
			}
			if (expiry != null && !validUntil.isAfter(expiry)) {
				throw new InvalidRequestException("validUntil",
						"新的有效期截止日期 " + validUntil + " 不晚于现有的 " + expiry + "，不是延长；如有效期登记有误，请更正文件信息");
			}
			if (expiry != null && date.isAfter(expiry)) {
				throw new InvalidRequestException("date", "有效期已于 " + expiry + " 届满，届满后不能延长，应重新制发文件；延长须在届满前决定");
			}
		}
		if (validUntil != null) {
			if (type != LifecycleEventType.EXTENDED && type != LifecycleEventType.AMENDED
					&& type != LifecycleEventType.REVISED) {
				throw new InvalidRequestException("validUntil", "只有修改、修订和延长有效期可以改变有效期");
			}
			if (start != null && validUntil.isBefore(start)) {
				throw new InvalidRequestException("validUntil", "新的有效期截止日期 " + validUntil + " 早于文件的施行日期 " + start);
			}
			if (validUntil.isBefore(takesEffect)) {
				throw new InvalidRequestException("validUntil", "新的有效期截止日期 " + validUntil + " 早于生效日期 " + takesEffect);
			}
		}
	}

	private static void checkPlausible(String field, String name, LocalDate date, LocalDate today) {
		if (date.isBefore(EARLIEST) || date.isAfter(today.plusYears(20))) {
			throw new InvalidRequestException(field,
					name + " " + date + " 不在合理范围内（" + EARLIEST + " 至 " + today.plusYears(20) + "），请核对年份");
		}
	}

	/**
	 * Links two documents as a registrar, where the texts do not say it (a 解读 published
	 * without naming its document): audited, and kept once.
	 * @return whether a new relation was recorded (false: it was there)
	 */
	@Transactional
	public boolean relate(long fromDocumentId, RelationType type, long toDocumentId, String actor,
			@Nullable String reason) {
		if (!this.documents.exists(fromDocumentId)) {
			throw new DocumentNotFoundException(Long.toString(fromDocumentId));
		}
		if (!this.documents.exists(toDocumentId)) {
			throw new DocumentNotFoundException(Long.toString(toDocumentId));
		}
		if (fromDocumentId == toDocumentId) {
			throw new InvalidRequestException("documentId", "文件不能与自身关联");
		}
		if (reason == null || reason.isBlank()) {
			throw new InvalidRequestException("reason", "请说明理由");
		}
		if (this.store.hasRelation(fromDocumentId, type, toDocumentId)) {
			return false;
		}
		this.store.addRelation(fromDocumentId, type, toDocumentId, null, null, null, null, null, null,
				this.clock.instant());
		this.audit.record(actor, "LINK_" + type.name(), toDocumentId,
				Map.of("from", fromDocumentId, "relation", type.name(), "to", toDocumentId), reason.strip());
		return true;
	}

	private String statusBefore(long documentId, LocalDate takesEffect) {
		return this.timelines.timeline(documentId).on(takesEffect.minusDays(1)).status().name();
	}

	private static @Nullable String blankToNull(@Nullable String s) {
		return (s == null || s.isBlank()) ? null : s.strip();
	}

}
