package cn.guifan.registry.citation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Every citation found in a draft, with its position and a verdict.
 *
 * @param date the date the draft will be issued on (the verdicts are for that date)
 * @param summary how many citations got each verdict
 * @param findings the citations in text order
 */
public record CitationCheckResult(LocalDate date, Map<Verdict, Long> summary, List<Finding> findings) {

	/**
	 * One citation.
	 *
	 * @param title the cited title, without 《》
	 * @param docNumber the doc number printed after it, if any
	 * @param start where the citation starts in the draft
	 * @param end where it ends
	 * @param context the sentence around it
	 * @param verdict the verdict
	 * @param verdictLabel the verdict in Chinese
	 * @param message why, and what to do
	 * @param documents the registry documents it was matched to
	 */
	public record Finding(String title, @Nullable String docNumber, int start, int end, String context, Verdict verdict,
			String verdictLabel, String message, List<ValidityAnswer.Match> documents) {
	}

}
