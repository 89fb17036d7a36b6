package cn.guifan.registry.lifecycle;

import java.time.LocalDate;

import cn.guifan.schemas.lifecycle.DocumentStatus;
import org.jspecify.annotations.Nullable;

/**
 * When a document is in force: from its effective date (inclusive) until the day it ends
 * (exclusive), either of which may be open.
 *
 * @param from first day in force, or null when unknown (treated as always)
 * @param until first day no longer in force, or null while open
 * @param endStatus what the document is after {@code until}: repealed or expired
 */
public record InForcePeriod(@Nullable LocalDate from, @Nullable LocalDate until, DocumentStatus endStatus) {

	/**
	 * From the dates a document's metadata gives: effective (or signed, or published)
	 * date and expiry.
	 */
	public static InForcePeriod fromDates(@Nullable LocalDate effective, @Nullable LocalDate signed,
			@Nullable LocalDate published, @Nullable LocalDate expiry) {
		LocalDate from = (effective != null) ? effective : (signed != null) ? signed : published;
		return new InForcePeriod(from, (expiry != null) ? expiry.plusDays(1) : null, DocumentStatus.EXPIRED);
	}

	/** The status on a day. */
	public DocumentStatus statusOn(LocalDate day) {
		if (this.from != null && day.isBefore(this.from)) {
			return DocumentStatus.NOT_YET_EFFECTIVE;
		}
		if (this.until != null && !day.isBefore(this.until)) {
			return this.endStatus;
		}
		return DocumentStatus.IN_FORCE;
	}

}
