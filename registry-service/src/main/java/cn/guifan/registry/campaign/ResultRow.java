package cn.guifan.registry.campaign;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * One line of a published annex list.
 *
 * @param list the decision whose list it is on
 * @param ordinal 序号
 * @param documentId the document
 * @param title 文件名称
 * @param docNumber 文号
 * @param issuers 制定机关
 * @param signedDate 成文日期
 * @param grounds 理由
 * @param articles the articles to amend (修改)
 * @param newExpiryDate the new end of its validity period (延长)
 * @param publicDocument whether anonymous users may see the document
 */
record ResultRow(Decision list, int ordinal, long documentId, String title, @Nullable String docNumber, String issuers,
		@Nullable LocalDate signedDate, @Nullable String grounds, @Nullable String articles,
		@Nullable LocalDate newExpiryDate, boolean publicDocument) {

	/** The 清理意见 column: the decision, with the articles or the new period. */
	String opinion() {
		if (this.list == Decision.AMEND && this.articles != null) {
			return "修改（" + this.articles + "）";
		}
		if (this.list == Decision.EXTEND && this.newExpiryDate != null) {
			return "延长有效期至" + Dates.chinese(this.newExpiryDate);
		}
		return this.list.label();
	}

}
