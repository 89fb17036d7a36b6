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

	private final @Nullable LocalDate madeOn;

	private final List<DocumentVersion> versions;

	/** The events that count (not withdrawn), in order of taking effect. */
	private final List<LifecycleEvent> events;

	/** Every event, withdrawn ones too, in order of taking effect. */
	private final List<LifecycleEvent> allEvents;

	/**
	 * @param effectiveDate the document's effective date as its text gives it, if any
	 * @param expiry the last day of its validity period, if it has one
	 * @param versions its versions, any order
	 * @param events its events, any order
	 */
	public Timeline(@Nullable LocalDate effectiveDate, @Nullable LocalDate expiry, List<DocumentVersion> versions,
			List<LifecycleEvent> events) {
		this(null, effectiveDate, expiry, versions, events);
	}

	/**
	 * @param madeOn the day the document was made (signed, published), if known
	 * @param effectiveDate the document's effective date as its text gives it, if any
	 * @param expiry the last day of the validity period its text gives, if it has one
	 * @param versions its versions, any order
	 * @param events its events, any order, withdrawn ones included
	 */
	public Timeline(@Nullable LocalDate madeOn, @Nullable LocalDate effectiveDate, @Nullable LocalDate expiry,
			List<DocumentVersion> versions, List<LifecycleEvent> events) {
		this.versions = versions.stream()
			.sorted(Comparator.comparing(DocumentVersion::validFrom, Comparator.nullsFirst(Comparator.naturalOrder()))
				.thenComparing(DocumentVersion::versionNo))
			.toList();
		this.allEvents = events.stream()
			.sorted(Comparator.comparing(LifecycleEvent::takesEffect).thenComparing(LifecycleEvent::id))
			.toList();
		this.events = this.allEvents.stream().filter(LifecycleEvent::active).toList();
		this.start = commencement(startOf(effectiveDate, this.versions, this.events), this.events);
		this.expiry = termEnd(expiry, this.events);
		// A document in force before the day it was signed (a retroactive effect clause)
		// existed from its commencement as far as the index is concerned.
		this.madeOn = earliest(this.start,
				earliest(madeOn, earliest(earliestOf(this.events, LifecycleEventType.ENACTED),
						earliestOf(this.events, LifecycleEventType.PUBLISHED))));
	}

	/** The first day the document is in force, or null when nothing says. */
	public @Nullable LocalDate start() {
		return this.start;
	}

	/**
	 * The last day of its validity period, if it has one: the term its text gave, or the
	 * term a later amendment or re-registration gave it while it was still in force.
	 */
	public @Nullable LocalDate expiry() {
		return this.expiry;
	}

	/** The day the document was made (制定, 印发), when known. */
	public @Nullable LocalDate madeOn() {
		return this.madeOn;
	}

	/**
	 * The event that ended the document (the first to take effect), if any. The expiry
	 * sweep's 有效期届满 records what the term says and is not a cause of its own: a corrected
	 * or extended term is what counts.
	 */
	public @Nullable LifecycleEvent endingEvent() {
		return this.events.stream().filter(Timeline::ends).findFirst().orElse(null);
	}

	private static boolean ends(LifecycleEvent e) {
		return e.type().ends() && !(e.type() == LifecycleEventType.EXPIRED && ExpirySweep.ORIGIN.equals(e.origin()));
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

	/** The events that count (withdrawn ones left out), in order of taking effect. */
	public List<LifecycleEvent> events() {
		return this.events;
	}

	/**
	 * Every event, withdrawn ones included, in the order a person reads a history: by the
	 * day it happened, then the day it took effect.
	 */
	public List<LifecycleEvent> history() {
		return this.allEvents.stream()
			.sorted(Comparator.comparing(LifecycleEvent::date)
				.thenComparing(LifecycleEvent::takesEffect)
				.thenComparing(LifecycleEvent::id))
			.toList();
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
		if (this.madeOn != null && day.isBefore(this.madeOn)) {
			return new StatusOnDate(day, DocumentStatus.NOT_YET_EFFECTIVE, null, "该日尚未制定（" + this.madeOn + " 制定）", null,
					null, true, null);
		}
		DocumentVersion version = versionOn(day);
		LocalDate end = end();
		DocumentStatus status = StatusRule.on(day, this.start, end, endStatus(), partiallyInvalidFrom());
		switch (status) {
			case NOT_YET_EFFECTIVE:
				return new StatusOnDate(day, status, null, "自" + this.start + "起施行", null, this.madeOn, false,
						pendingEnd(day));
			case REPEALED, EXPIRED, AMENDED: {
				LifecycleEvent ending = endingEvent();
				if (ending != null && ending.takesEffect().equals(end)) {
					String reason = ending.takesEffect() + "起" + ending.type().label()
							+ ((ending.causedByText() != null) ? "（" + ending.causedByText() + "）" : "");
					return new StatusOnDate(day, status, version, reason, ending, end, false, null);
				}
				return new StatusOnDate(day, status, version, "有效期至" + this.expiry + "届满", null, end, false, null);
			}
			case PARTIALLY_INVALID: {
				LifecycleEvent partial = this.events.stream()
					.filter((e) -> e.type() == LifecycleEventType.PARTIALLY_INVALID && !day.isBefore(e.takesEffect()))
					.reduce((a, b) -> b)
					.orElseThrow();
				return new StatusOnDate(day, status, version,
						partial.takesEffect() + "起部分条款失效"
								+ ((partial.provisions() != null) ? "（" + partial.provisions() + "）" : ""),
						null, partial.takesEffect(), false, pendingEnd(day));
			}
			default: {
				String reason = (this.start != null) ? "自" + this.start + "起施行" : "未见废止、失效的记载";
				if (version != null && version.validFrom() != null && this.versions.size() > 1) {
					reason += "，适用" + version.validFrom() + "起施行的文本";
				}
				LifecycleEvent amended = amendmentPendingConsolidation(day);
				if (amended != null) {
					reason += "，" + amended.takesEffect() + "起按"
							+ ((amended.causedByText() != null) ? amended.causedByText() : "修改决定") + "修改（修改内容待整合）";
				}
				if (this.expiry != null) {
					reason += "，有效期至" + this.expiry;
				}
				LifecycleEvent pending = pendingEnd(day);
				if (pending != null) {
					reason += "；将于" + pending.takesEffect() + pending.type().label()
							+ ((pending.causedByText() != null) ? "（" + pending.causedByText() + "）" : "");
				}
				return new StatusOnDate(day, DocumentStatus.IN_FORCE, version, reason, null, this.start, false,
						pending);
			}
		}
	}

	/** A repeal or invalidity decided by the day that takes effect after it. */
	private @Nullable LifecycleEvent pendingEnd(LocalDate day) {
		LifecycleEvent ending = endingEvent();
		LocalDate end = end();
		if (ending != null && ending.takesEffect().equals(end) && !day.isBefore(ending.date())
				&& day.isBefore(ending.takesEffect())) {
			return ending;
		}
		return null;
	}

	/** The latest amendment in effect by the day whose text is not consolidated yet. */
	private @Nullable LifecycleEvent amendmentPendingConsolidation(LocalDate day) {
		return this.events.stream()
			.filter((e) -> e.consolidation() == LifecycleEvent.Consolidation.PENDING && !day.isBefore(e.takesEffect()))
			.reduce((a, b) -> b)
			.orElse(null);
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
			if (from != null && until != null && until.isBefore(from)) {
				// Repealed before it took effect: it never applied.
				from = until;
			}
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
	 * begins on its effective date. An amendment that gives a new term (推迟施行 before
	 * commencement) is no sign of such a history.
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
			.anyMatch((e) -> e.type().makesVersion() && e.term() == null
					&& (effectiveDate == null || e.date().isBefore(effectiveDate)));
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

	/**
	 * The commencement, moved by an event decided before it that gives the document
	 * another first day (推迟施行).
	 */
	private static @Nullable LocalDate commencement(@Nullable LocalDate start, List<LifecycleEvent> events) {
		LocalDate moved = start;
		for (LifecycleEvent e : events) {
			if (e.term() != null && e.term().from() != null && (moved == null || !e.date().isAfter(moved))) {
				moved = e.term().from();
			}
		}
		return moved;
	}

	/**
	 * The last day of the term: the text's, replaced by each event that gives a new term
	 * while the document is still in force (an amended effect clause, a re-registration).
	 * An event that comes after the term ran out cannot revive it: that takes a new
	 * document.
	 */
	private static @Nullable LocalDate termEnd(@Nullable LocalDate expiry, List<LifecycleEvent> events) {
		LocalDate last = expiry;
		for (LifecycleEvent e : events) {
			if (e.term() == null || e.term().until() == null) {
				continue;
			}
			if (last == null || !e.takesEffect().isAfter(last.plusDays(1)) || !e.date().isAfter(last)) {
				last = e.term().until();
			}
		}
		return last;
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
