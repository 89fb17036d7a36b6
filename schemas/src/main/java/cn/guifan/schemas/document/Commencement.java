package cn.guifan.schemas.document;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * 施行: when a document takes effect, as its effect clause says.
 *
 * @param rule a fixed date, or the day the document was signed or published
 * @param date the resolved effective date; null when the rule points to a date the text
 * does not give
 * @param text the clause as printed, e.g. 本办法自2022年5月1日起施行
 */
public record Commencement(Rule rule, @Nullable LocalDate date, String text) {

	/** How the effective date is given. */
	public enum Rule {

		/** 自2022年5月1日起施行. */
		ON_DATE,

		/** 自印发之日起施行: the signing (成文) date. */
		ON_ISSUE,

		/** 自发布之日起施行 / 自公布之日起施行: the publication date. */
		ON_PUBLICATION

	}

}
