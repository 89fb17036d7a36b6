package cn.guifan.registry.lifecycle;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

import cn.guifan.schemas.lifecycle.LifecycleEventType;
import org.jspecify.annotations.Nullable;

/**
 * Something that happened to a document: its date, when it took effect, what caused it,
 * who recorded it and why.
 *
 * @param id the event's id (0 before it is stored)
 * @param type what happened
 * @param date when it happened (adopted, decided, published)
 * @param effectiveDate when it took effect, when that differs from {@code date}
 * @param versionNo the version of the text it made (amendments and revisions)
 * @param causedByDocumentId the registry document that caused it (the repealing
 * document…)
 * @param causedByText what caused it, as printed (《关于修改〈…〉的决定》, a cleanup decision)
 * @param provisions the provisions concerned (部分失效)
 * @param origin where the event comes from: INGEST, REGISTRAR, SWEEP
 * @param recordedBy who recorded it
 * @param reason why
 * @param term the term the event gives the document (an amended effect clause, a
 * re-registration), if it changes it
 * @param consolidation for an amendment: whether its text was applied to make a new
 * version
 * @param withdrawal when, by whom and why the event was withdrawn, if it was
 */
public record LifecycleEvent(long id, LifecycleEventType type, LocalDate date, @Nullable LocalDate effectiveDate,
		@Nullable Integer versionNo, @Nullable Long causedByDocumentId, @Nullable String causedByText,
		@Nullable String provisions, String origin, String recordedBy, @Nullable String reason, @Nullable Term term,
		@Nullable Consolidation consolidation, @Nullable Withdrawal withdrawal) {

	public LifecycleEvent {
		Objects.requireNonNull(type, "type");
		Objects.requireNonNull(date, "date");
		Objects.requireNonNull(origin, "origin");
		Objects.requireNonNull(recordedBy, "recordedBy");
	}

	/** An event that does not change the document's term. */
	public LifecycleEvent(long id, LifecycleEventType type, LocalDate date, @Nullable LocalDate effectiveDate,
			@Nullable Integer versionNo, @Nullable Long causedByDocumentId, @Nullable String causedByText,
			@Nullable String provisions, String origin, String recordedBy, @Nullable String reason) {
		this(id, type, date, effectiveDate, versionNo, causedByDocumentId, causedByText, provisions, origin, recordedBy,
				reason, null, null, null);
	}

	/**
	 * The event without what would name its cause: for an asker who may not see the
	 * document that caused it. Its reason goes too, since it quotes that document's
	 * clause or speaks of it.
	 */
	public LifecycleEvent withHiddenCause(String hiddenCause) {
		return new LifecycleEvent(this.id, this.type, this.date, this.effectiveDate, this.versionNo, null, hiddenCause,
				this.provisions, this.origin, this.recordedBy, null, this.term, this.consolidation, this.withdrawal);
	}

	/** When the event takes effect: its effective date, else its date. */
	public LocalDate takesEffect() {
		return (this.effectiveDate != null) ? this.effectiveDate : this.date;
	}

	/** Whether the event counts: it was not withdrawn. */
	public boolean active() {
		return this.withdrawal == null;
	}

	/** The same event with another term and consolidation. */
	public LifecycleEvent with(@Nullable Term term, @Nullable Consolidation consolidation,
			@Nullable Integer versionNo) {
		return new LifecycleEvent(this.id, this.type, this.date, this.effectiveDate, versionNo, this.causedByDocumentId,
				this.causedByText, this.provisions, this.origin, this.recordedBy, this.reason, term, consolidation,
				this.withdrawal);
	}

	/**
	 * A term (有效期) an event gives a document.
	 *
	 * @param from the new first day in force, when the event moves the commencement
	 * (推迟施行)
	 * @param until the new last day of validity, when the event sets one
	 */
	public record Term(@Nullable LocalDate from, @Nullable LocalDate until) {

		/** Null when the term says nothing. */
		public static @Nullable Term of(@Nullable LocalDate from, @Nullable LocalDate until) {
			return (from == null && until == null) ? null : new Term(from, until);
		}

	}

	/** Whether an amendment's text was applied to the document's text. */
	public enum Consolidation {

		/** Applied: the amendment made a new version of the text (整合后的文本). */
		APPLIED("已整合为新文本"),

		/**
		 * Not applied: the amending text does not say how, or could not be applied; the
		 * version in force is the old text as amended (待整合).
		 */
		PENDING("修改内容待整合");

		private final String label;

		Consolidation(String label) {
			this.label = label;
		}

		public String label() {
			return this.label;
		}

	}

	/**
	 * A withdrawal (撤销登记) of an event recorded in error.
	 *
	 * @param at when
	 * @param by who
	 * @param reason why
	 */
	public record Withdrawal(Instant at, String by, String reason) {
	}

}
