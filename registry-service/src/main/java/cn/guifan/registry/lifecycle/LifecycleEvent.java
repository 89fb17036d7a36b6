package cn.guifan.registry.lifecycle;

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
 */
public record LifecycleEvent(long id, LifecycleEventType type, LocalDate date, @Nullable LocalDate effectiveDate,
		@Nullable Integer versionNo, @Nullable Long causedByDocumentId, @Nullable String causedByText,
		@Nullable String provisions, String origin, String recordedBy, @Nullable String reason) {

	public LifecycleEvent {
		Objects.requireNonNull(type, "type");
		Objects.requireNonNull(date, "date");
		Objects.requireNonNull(origin, "origin");
		Objects.requireNonNull(recordedBy, "recordedBy");
	}

	/**
	 * The event without what would name its cause: for an asker who may not see the
	 * document that caused it. Its reason goes too, since it quotes that document's
	 * clause or speaks of it.
	 */
	public LifecycleEvent withHiddenCause(String hiddenCause) {
		return new LifecycleEvent(this.id, this.type, this.date, this.effectiveDate, this.versionNo, null, hiddenCause,
				this.provisions, this.origin, this.recordedBy, null);
	}

	/** When the event takes effect: its effective date, else its date. */
	public LocalDate takesEffect() {
		return (this.effectiveDate != null) ? this.effectiveDate : this.date;
	}

}
