package cn.guifan.schemas.document;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * One line of a law's history block (题注), e.g. "1993年12月29日 第八届全国人民代表大会常务委员会
 * 第五次会议《关于修改〈中华人民共和国会计法〉的决定》第一次修正".
 *
 * @param type what happened
 * @param date the date on the line
 * @param organ the organ that acted, e.g. 第十二届全国人民代表大会常务委员会第三十次会议
 * @param decision the title of the amending decision, when the line names one
 * @param ordinal the 第N次 count of amendments or revisions, when printed
 * @param text the line as printed
 */
public record HistoryEvent(Type type, LocalDate date, @Nullable String organ, @Nullable String decision,
		@Nullable Integer ordinal, String text) {

	/** The events a history block records. */
	public enum Type {

		/** 通过. */
		ADOPTED("通过"),

		/** 批准 (local regulations approved by the provincial congress). */
		APPROVED("批准"),

		/** 公布 / 发布. */
		PROMULGATED("公布"),

		/** 修正: amended by a decision; the text changes in place. */
		AMENDED("修正"),

		/** 修订: revised as a whole. */
		REVISED("修订"),

		/** 施行. */
		EFFECTIVE("施行");

		private final String label;

		Type(String label) {
			this.label = label;
		}

		public String label() {
			return this.label;
		}

	}

}
