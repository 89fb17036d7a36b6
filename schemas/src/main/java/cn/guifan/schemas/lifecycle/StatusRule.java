package cn.guifan.schemas.lifecycle;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * The one rule for the status of a document, or of one version of its text, on a date,
 * from its time in force. The registry's timeline computes a document's status with it,
 * and the search index computes each hit's status with it from the same fields stored in
 * the index, so the two never disagree.
 * <p>
 * On a day D: before the first day in force it is 尚未生效; from the first day it is no
 * longer in force, it is what ended it (已废止, 失效, or 已修改 for a version superseded by a
 * later text); once some provisions stopped applying it is 部分失效; otherwise 现行有效.
 */
public final class StatusRule {

	private StatusRule() {
	}

	/**
	 * @param day the date asked about
	 * @param from the first day in force, null when unknown (treated as always)
	 * @param until the first day no longer in force, null while open
	 * @param endStatus the status from {@code until} on (REPEALED, EXPIRED, AMENDED…)
	 * @param partiallyInvalidFrom the first day some provisions stopped applying, if any
	 * @return the status on {@code day}
	 */
	public static DocumentStatus on(LocalDate day, @Nullable LocalDate from, @Nullable LocalDate until,
			DocumentStatus endStatus, @Nullable LocalDate partiallyInvalidFrom) {
		if (from != null && day.isBefore(from)) {
			return DocumentStatus.NOT_YET_EFFECTIVE;
		}
		if (until != null && !day.isBefore(until)) {
			return endStatus;
		}
		if (partiallyInvalidFrom != null && !day.isBefore(partiallyInvalidFrom)) {
			return DocumentStatus.PARTIALLY_INVALID;
		}
		return DocumentStatus.IN_FORCE;
	}

}
