package cn.guifan.schemas.document;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * 有效期: a validity period stated in the text, as a length (有效期5年) or an end date
 * (有效期至2025年12月31日).
 *
 * @param years the length in years, if given as such
 * @param months the length in months, if given as such
 * @param until the last day of validity, if given as a date
 * @param text the clause as printed
 */
public record Validity(@Nullable Integer years, @Nullable Integer months, @Nullable LocalDate until, String text) {

	/**
	 * The last day a document is valid under this period when it takes effect on
	 * {@code effective}: effective 2022-05-01 with 有效期5年 ends on 2027-04-30.
	 */
	public @Nullable LocalDate expiryFrom(@Nullable LocalDate effective) {
		if (this.until != null) {
			return this.until;
		}
		if (effective == null) {
			return null;
		}
		if (this.years != null) {
			return effective.plusYears(this.years).minusDays(1);
		}
		if (this.months != null) {
			return effective.plusMonths(this.months).minusDays(1);
		}
		return null;
	}

}
