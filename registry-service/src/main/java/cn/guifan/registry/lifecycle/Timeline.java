package cn.guifan.registry.lifecycle;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import cn.guifan.registry.document.DocumentVersion;
import cn.guifan.schemas.lifecycle.DocumentStatus;
import cn.guifan.schemas.lifecycle.LifecycleEventType;
import cn.guifan.schemas.lifecycle.StatusRule;
import org.jspecify.annotations.Nullable;

/**
 * A document's life computed from its versions and lifecycle events: when it took effect,
 * which text applied on any date, when and why it stopped applying. Nothing here is
 * stored; the status on a date is always worked out from what happened.
 * <p>
 * The status on a date D follows {@link StatusRule} over the document's time in force: it
 * starts when the document takes effect and ends when an ending event (废止, 宣布失效, 有效期届满)
 * takes effect or its validity period runs out, whichever comes first. The version that
 * applied is the latest one that had taken effect by D; a version replaced by a later one
 * is 已修改 from the later one's start.
 */
public final class Timeline {

	/** The timeline of a document the registry does not hold: nothing is known. */
	public static final Timeline EMPTY = new Timeline(null, null, List.of(), List.of());

	private final @Nullable LocalDate start;

	private final @Nullable LocalDate expiry;

	private final List<DocumentVersion> versions;

	private final List<LifecycleEvent> events;

	/**
	 * @param effectiveDate the document's effective date as its text gives it, if any
	 * @param expiry the last day of its validity period, if it has one
	 * @param versions its versions, any order
	 * @param events its events, any order
	 */
	public Timeline(@Nullable LocalDate effectiveDate, @Nullable LocalDate expiry, List<DocumentVersion> versions,
			List<LifecycleEvent> events) {
		this.versions = versions.stream()
			.sorted(Comparator.comparing(DocumentVersion::validFrom, Comparator.nullsFirst(Comparator.naturalOrder()))
				.thenComparing(DocumentVersion::versionNo))
			.toList();
		this.events = events.stream()
			.sorted(Comparator.comparing(LifecycleEvent::takesEffect).thenComparing(LifecycleEvent::id))
			.toList();
		this.expiry = expiry;
		this.start = startOf(effectiveDate, this.versions, this.events);
	}

	/** The first day the document is in force, or null when nothing says. */
	public @Nullable LocalDate start() {
		return this.start;
	}

	/** The last day of its validity period, if it has one. */
	public @Nullable LocalDate expiry() {
		return this.expiry;
	}

	/** The event that ended the document (the first to take effect), if any. */
	public @Nullable LifecycleEvent endingEvent() {
		return this.events.stream().filter((e) -> e.type().ends()).findFirst().orElse(null);
	}

	/**
	 * The first day the document is no longer in force, or null while it is open-ended.
	 */
	public @Nullable LocalDate end() {
		LifecycleEvent ending = endingEvent();
		LocalDate byEvent = (ending != null) ? ending.takesEffect() : null;
		LocalDate byExpiry = (this.expiry != null) ? this.expiry.plusDays(1) : null;
		if (byEvent == null) {
			return byExpiry;
		}
		return (byExpiry == null || byEvent.isBefore(byExpiry)) ? byEvent : byExpiry;
	}

	/** How the document ends after {@link #end()}: repealed or expired. */
	public DocumentStatus endStatus() {
		LifecycleEvent ending = endingEvent();
		LocalDate byExpiry = (this.expiry != null) ? this.expiry.plusDays(1) : null;
		if (ending != null && (byExpiry == null || !byExpiry.isBefore(ending.takesEffect()))) {
			return ending.type().endStatus();
		}
		return DocumentStatus.EXPIRED;
	}

	public List<DocumentVersion> versions() {
		return this.versions;
	}

	public List<LifecycleEvent> events() {
		return this.events;
	}

	/**
	 * The first day some of its provisions stopped applying (部分失效), if that happened.
	 */
	public @Nullable LocalDate partiallyInvalidFrom() {
		return earliestOf(this.events, LifecycleEventType.PARTIALLY_INVALID);
	}

	/**
	 * The document's status on a date ({@link StatusRule}), the version that applied, and
	 * why.
	 */
	public StatusOnDate on(LocalDate day) {
		DocumentVersion version = versionOn(day);
		LocalDate end = end();
		DocumentStatus status = StatusRule.on(day, this.start, end, endStatus(), partiallyInvalidFrom());
		switch (status) {
			case NOT_YET_EFFECTIVE:
				return new StatusOnDate(day, status, null, "自" + this.start + "起施行", null);
			case REPEALED, EXPIRED, AMENDED: {
				LifecycleEvent ending = endingEvent();
				if (ending != null && ending.takesEffect().equals(end)) {
					String reason = ending.takesEffect() + "起" + ending.type().label()
							+ ((ending.causedByText() != null) ? "（" + ending.causedByText() + "）" : "");
					return new StatusOnDate(day, status, version, reason, ending);
				}
				return new StatusOnDate(day, status, version, "有效期至" + this.expiry + "届满", null);
			}
			case PARTIALLY_INVALID: {
				LifecycleEvent partial = this.events.stream()
					.filter((e) -> e.type() == LifecycleEventType.PARTIALLY_INVALID && !day.isBefore(e.takesEffect()))
					.reduce((a, b) -> b)
					.orElseThrow();
				return new StatusOnDate(day, status, version, partial.takesEffect() + "起部分条款失效"
						+ ((partial.provisions() != null) ? "（" + partial.provisions() + "）" : ""), null);
			}
			default: {
				String reason = (this.start != null) ? "自" + this.start + "起施行" : "未见废止、失效的记载";
				if (version != null && version.validFrom() != null && this.versions.size() > 1) {
					reason += "，适用" + version.validFrom() + "起施行的文本";
				}
				return new StatusOnDate(day, DocumentStatus.IN_FORCE, version, reason, null);
			}
		}
	}

	/** The version that applied on a date: the latest one that had taken effect. */
	public @Nullable DocumentVersion versionOn(LocalDate day) {
		DocumentVersion applied = null;
		for (DocumentVersion v : this.versions) {
			LocalDate from = (v.validFrom() != null) ? v.validFrom() : this.start;
			if (from == null || !day.isBefore(from)) {
				applied = v;
			}
		}
		return applied;
	}

	/**
	 * Each version's period: from its start to the next version's start (or the
	 * document's end), with the status of the version on {@code today}.
	 */
	public List<VersionPeriod> versionPeriods(LocalDate today) {
		List<VersionPeriod> periods = new ArrayList<>();
		LocalDate end = end();
		for (int i = 0; i < this.versions.size(); i++) {
			DocumentVersion v = this.versions.get(i);
			LocalDate from = (v.validFrom() != null) ? v.validFrom() : this.start;
			LocalDate next = (i + 1 < this.versions.size()) ? this.versions.get(i + 1).validFrom() : null;
			LocalDate until = earliest(next, end);
			DocumentStatus status = (next != null && !today.isBefore(next)) ? DocumentStatus.AMENDED
					: on(today).status();
			// Known ahead too, so that a search as of a later date tells a future repeal
			// from an expiry.
			String endReason = null;
			if (until != null && until.equals(next)) {
				endReason = "SUPERSEDED";
			}
			else if (until != null && until.equals(end)) {
				endReason = endStatus().name();
			}
			periods.add(new VersionPeriod(v, from, until, status, endReason));
		}
		return periods;
	}

	/**
	 * A version's time in force.
	 *
	 * @param version the version
	 * @param from first day it applies (null: unknown, treated as always)
	 * @param until first day it no longer applies (null: open)
	 * @param status the version's status on the day asked
	 * @param endReason SUPERSEDED, REPEALED or EXPIRED: why it ends, once an end is known
	 */
	public record VersionPeriod(DocumentVersion version, @Nullable LocalDate from, @Nullable LocalDate until,
			DocumentStatus status, @Nullable String endReason) {
	}

	/**
	 * The first day in force. A document that has been amended before (a law with a
	 * history block) began with its first adoption, whatever effective date its latest
	 * text prints (本法自2000年7月1日 起施行 is the 1999 revision's); a document with one text
	 * begins on its effective date.
	 */
	private static @Nullable LocalDate startOf(@Nullable LocalDate effectiveDate, List<DocumentVersion> versions,
			List<LifecycleEvent> events) {
		LocalDate effectiveEvent = earliestOf(events, LifecycleEventType.EFFECTIVE);
		LocalDate enacted = earliest(earliestOf(events, LifecycleEventType.ENACTED),
				earliestOf(events, LifecycleEventType.PUBLISHED));
		LocalDate firstVersion = versions.stream()
			.map(DocumentVersion::validFrom)
			.filter(java.util.Objects::nonNull)
			.min(LocalDate::compareTo)
			.orElse(null);
		boolean amendedBefore = events.stream()
			.anyMatch((e) -> e.type().makesVersion() && (effectiveDate == null || e.date().isBefore(effectiveDate)));
		if (amendedBefore) {
			return earliest(earliest(enacted, effectiveEvent), earliest(effectiveDate, firstVersion));
		}
		if (effectiveDate != null) {
			return effectiveDate;
		}
		if (effectiveEvent != null) {
			return effectiveEvent;
		}
		return (firstVersion != null) ? firstVersion : enacted;
	}

	private static @Nullable LocalDate earliestOf(List<LifecycleEvent> events, LifecycleEventType type) {
		return events.stream()
			.filter((e) -> e.type() == type)
			.map(LifecycleEvent::takesEffect)
			.min(LocalDate::compareTo)
			.orElse(null);
	}

	private static @Nullable LocalDate earliest(@Nullable LocalDate a, @Nullable LocalDate b) {
		if (a == null) {
			return b;
		}
		if (b == null) {
			return a;
		}
		return a.isBefore(b) ? a : b;
	}

}
