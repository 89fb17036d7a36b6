package cn.guifan.registry.lifecycle;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import cn.guifan.schemas.lifecycle.DocumentStatus;
import cn.guifan.schemas.lifecycle.LifecycleEventType;
import org.jspecify.annotations.Nullable;

/**
 * A document's life computed from its versions and lifecycle events: when it took effect,
 * which text applied on any date, when and why it stopped applying. Nothing here is
 * stored; the status on a date is always worked out from what happened.
 * <p>
 * Rules, on a date D: before the document takes effect it is 尚未生效; once an ending event
 * (废止, 宣布失效, 有效期届满) has taken effect it is 已废止 or 失效; after the last day of its validity
 * period it is 失效; after a partial repeal it is 部分失效; otherwise 现行有效. The version that
 * applied is the latest one that had taken effect by D; a version replaced by a later one
 * is 已修改 from the later one's start.
 */
public final class Timeline {

	private final @Nullable LocalDate start;

	private final @Nullable LocalDate expiry;

	private final List<VersionSpan> versions;

	private final List<LifecycleEvent> events;

	/**
	 * @param effectiveDate the document's effective date as its text gives it, if any
	 * @param expiry the last day of its validity period, if it has one
	 * @param versions its versions, any order
	 * @param events its events, any order
	 */
	public Timeline(@Nullable LocalDate effectiveDate, @Nullable LocalDate expiry, List<VersionSpan> versions,
			List<LifecycleEvent> events) {
		this.versions = versions.stream()
			.sorted(Comparator.comparing(VersionSpan::validFrom, Comparator.nullsFirst(Comparator.naturalOrder()))
				.thenComparing(VersionSpan::versionNo))
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

	public List<VersionSpan> versions() {
		return this.versions;
	}

	public List<LifecycleEvent> events() {
		return this.events;
	}

	/** The document's status on a date, the version that applied, and why. */
	public StatusOnDate on(LocalDate day) {
		VersionSpan version = versionOn(day);
		if (this.start != null && day.isBefore(this.start)) {
			return new StatusOnDate(day, DocumentStatus.NOT_YET_EFFECTIVE, null, "自" + this.start + "起施行", null);
		}
		LifecycleEvent ending = endingEvent();
		LocalDate end = end();
		if (end != null && !day.isBefore(end)) {
			boolean byEvent = ending != null && ending.takesEffect().equals(end);
			String reason = byEvent
					? ending.takesEffect() + "起" + ending.type().label()
							+ ((ending.causedByText() != null) ? "（" + ending.causedByText() + "）" : "")
					: "有效期至" + this.expiry + "届满";
			return new StatusOnDate(day, endStatus(), version, reason, byEvent ? ending : null);
		}
		LifecycleEvent partial = this.events.stream()
			.filter((e) -> e.type() == LifecycleEventType.PARTIALLY_INVALID && !day.isBefore(e.takesEffect()))
			.reduce((a, b) -> b)
			.orElse(null);
		if (partial != null) {
			return new StatusOnDate(day, DocumentStatus.PARTIALLY_INVALID, version, partial.takesEffect() + "起部分条款失效"
					+ ((partial.provisions() != null) ? "（" + partial.provisions() + "）" : ""), null);
		}
		String reason = (this.start != null) ? "自" + this.start + "起施行" : "未见废止、失效的记载";
		if (version != null && version.validFrom() != null && this.versions.size() > 1) {
			reason += "，适用" + version.validFrom() + "起施行的文本";
		}
		return new StatusOnDate(day, DocumentStatus.IN_FORCE, version, reason, null);
	}

	/** The version that applied on a date: the latest one that had taken effect. */
	public @Nullable VersionSpan versionOn(LocalDate day) {
		VersionSpan applied = null;
		for (VersionSpan v : this.versions) {
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
			VersionSpan v = this.versions.get(i);
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
	public record VersionPeriod(VersionSpan version, @Nullable LocalDate from, @Nullable LocalDate until,
			DocumentStatus status, @Nullable String endReason) {
	}

	/**
	 * The first day in force. A document that has been amended before (a law with a
	 * history block) began with its first adoption, whatever effective date its latest
	 * text prints (本法自2000年7月1日 起施行 is the 1999 revision's); a document with one text
	 * begins on its effective date.
	 */
	private static @Nullable LocalDate startOf(@Nullable LocalDate effectiveDate, List<VersionSpan> versions,
			List<LifecycleEvent> events) {
		LocalDate effectiveEvent = earliestOf(events, LifecycleEventType.EFFECTIVE);
		LocalDate enacted = earliest(earliestOf(events, LifecycleEventType.ENACTED),
				earliestOf(events, LifecycleEventType.PUBLISHED));
		LocalDate firstVersion = versions.stream()
			.map(VersionSpan::validFrom)
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
