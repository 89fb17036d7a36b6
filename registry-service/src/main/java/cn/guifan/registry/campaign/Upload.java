package cn.guifan.registry.campaign;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A spreadsheet of proposals uploaded for preview: what each row would do. Nothing is
 * applied until its uploader confirms.
 *
 * @param id its number
 * @param campaignId the campaign
 * @param uploadedBy who uploaded it
 * @param organization the uploader's department (null for the bureau)
 * @param fileName the file's name
 * @param state PREVIEW, APPLIED or DISCARDED
 * @param rows each row's outcome
 * @param createdAt when
 */
record Upload(long id, long campaignId, String uploadedBy, @Nullable String organization, String fileName, String state,
		List<Row> rows, Instant createdAt) {

	long count(Outcome outcome) {
		return this.rows.stream().filter((r) -> r.outcome() == outcome).count();
	}

	/** What a row would do. */
	enum Outcome {

		/** The row's proposal will be recorded. */
		CHANGE("将更新"),

		/** The row says what is recorded already, or nothing. */
		UNCHANGED("无变化"),

		/** The row cannot be applied; the message says why. */
		ERROR("有错误");

		private final String label;

		Outcome(String label) {
			this.label = label;
		}

		String label() {
			return this.label;
		}

	}

	/**
	 * One row of the sheet.
	 *
	 * @param row the row number as the spreadsheet shows it
	 * @param documentId the document it names, when known
	 * @param title the title as written
	 * @param outcome what it would do
	 * @param message why, in words
	 * @param decision the decision proposed
	 * @param grounds 理由
	 * @param articles the articles to amend
	 * @param comment 说明
	 * @param newExpiryDate the new end of the period (延长)
	 */
	record Row(int row, @Nullable Long documentId, @Nullable String title, Outcome outcome, String message,
			@Nullable Decision decision, @Nullable String grounds, @Nullable String articles, @Nullable String comment,
			@Nullable LocalDate newExpiryDate) {
	}

}
