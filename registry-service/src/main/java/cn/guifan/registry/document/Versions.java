package cn.guifan.registry.document;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import cn.guifan.schemas.document.DocumentMetadata;
import cn.guifan.schemas.document.HistoryEvent;
import org.jspecify.annotations.Nullable;

/** When a text applies, and whether two files are two versions of one document. */
public final class Versions {

	private Versions() {
	}

	/**
	 * The first day a file's text applies. For a law, its latest amendment or revision
	 * (or the effective date its text prints, when that comes later, as for a revision
	 * adopted in October and in force from the next July); for a document with one text,
	 * its effective date, else the day it was signed or published.
	 */
	public static @Nullable LocalDate validFrom(DocumentMetadata m) {
		LocalDate lastChange = m.history()
			.stream()
			.filter((e) -> e.type() == HistoryEvent.Type.AMENDED || e.type() == HistoryEvent.Type.REVISED)
			.map(HistoryEvent::date)
			.max(Comparator.naturalOrder())
			.orElse(null);
		if (lastChange != null) {
			LocalDate effective = m.effectiveDate();
			return (effective != null && effective.isAfter(lastChange)) ? effective : lastChange;
		}
		if (m.effectiveDate() != null) {
			return m.effectiveDate();
		}
		if (m.signedDate() != null) {
			return m.signedDate();
		}
		if (m.publishedDate() != null) {
			return m.publishedDate();
		}
		return m.history().stream().map(HistoryEvent::date).min(Comparator.naturalOrder()).orElse(null);
	}

	/** A short description of what made the version: 2024年6月28日第三次修正. */
	public static @Nullable String label(DocumentMetadata m) {
		return m.history()
			.stream()
			.filter((e) -> e.type() == HistoryEvent.Type.AMENDED || e.type() == HistoryEvent.Type.REVISED)
			.max(Comparator.comparing(HistoryEvent::date))
			.map((e) -> e.date() + " " + ((e.ordinal() != null) ? "第" + e.ordinal() + "次" : "") + e.type().label())
			.orElse(null);
	}

	/**
	 * Whether two files are versions of one document: the same title, and one's history
	 * block continues the other's (every dated line of the shorter is in the longer, and
	 * the longer has more). A regulation re-enacted under the same title starts a new
	 * history, and is another document that repeals the old one.
	 */
	public static boolean sameWork(DocumentMetadata a, DocumentMetadata b) {
		if (!Titles.key(a.title()).equals(Titles.key(b.title()))) {
			return false;
		}
		Set<LocalDate> datesA = dates(a.history());
		Set<LocalDate> datesB = dates(b.history());
		if (datesA.isEmpty() || datesB.isEmpty() || datesA.equals(datesB)) {
			return false;
		}
		return datesA.containsAll(datesB) || datesB.containsAll(datesA);
	}

	private static Set<LocalDate> dates(List<HistoryEvent> history) {
		return history.stream().map(HistoryEvent::date).collect(Collectors.toSet());
	}

}
