package cn.guifan.registry.document;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import cn.guifan.schemas.document.DocumentMetadata;
import cn.guifan.schemas.document.HistoryEvent;
import cn.guifan.schemas.text.ChineseText;
import org.jspecify.annotations.Nullable;

/**
 * Decides whether a file read now is another copy of a document the registry has: another
 * format of it, or the web page that publishes it and its attachment. They share the doc
 * number (or, without one, the title), nearly all their text, and no date of theirs
 * contradicts the other's.
 * <p>
 * Two versions of one law share the title and most of the text too, but not their dates
 * (the history block's last amendment, the signing or effective date): they are kept
 * apart here, and ordered as versions of one work by the lifecycle.
 */
final class SameDocument {

	/**
	 * Share of the smaller text found in the larger one above which two texts are one
	 * document.
	 */
	static final double MIN_CONTAINMENT = 0.95;

	private SameDocument() {
	}

	/** A document as compared: its metadata and text. */
	record Copy(DocumentMetadata metadata, String text) {
	}

	static boolean same(Copy incoming, Copy known) {
		if (!sameIdentity(incoming.metadata(), known.metadata())) {
			return false;
		}
		if (datesDisagree(incoming.metadata(), known.metadata())) {
			return false;
		}
		return sameText(incoming.text(), known.text());
	}

	/** Whether nearly all of the smaller text is found in the larger one. */
	static boolean sameText(String a, String b) {
		return TextSimilarity.containment(a, b) >= MIN_CONTAINMENT;
	}

	/** Same normalized doc number, or (when neither has one) the same title. */
	static boolean sameIdentity(DocumentMetadata a, DocumentMetadata b) {
		if (a.docNumber() != null && b.docNumber() != null) {
			return a.docNumber().normalized().equals(b.docNumber().normalized());
		}
		if (a.docNumber() != null || b.docNumber() != null) {
			// One file prints a number, the other does not: the title must say it is the
			// same.
			return titleKey(a.title()).equals(titleKey(b.title()));
		}
		return titleKey(a.title()).equals(titleKey(b.title()));
	}

	static boolean datesDisagree(DocumentMetadata a, DocumentMetadata b) {
		return differ(a.signedDate(), b.signedDate()) || differ(a.effectiveDate(), b.effectiveDate())
				|| differ(lastHistoryDate(a.history()), lastHistoryDate(b.history()));
	}

	static String titleKey(String title) {
		return ChineseText.removeSpaces(ChineseText.foldWidth(title));
	}

	private static boolean differ(@Nullable LocalDate a, @Nullable LocalDate b) {
		return a != null && b != null && !Objects.equals(a, b);
	}

	private static @Nullable LocalDate lastHistoryDate(List<HistoryEvent> history) {
		return history.stream().map(HistoryEvent::date).max(LocalDate::compareTo).orElse(null);
	}

}
