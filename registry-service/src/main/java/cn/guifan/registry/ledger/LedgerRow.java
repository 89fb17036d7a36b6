package cn.guifan.registry.ledger;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A line of the ledger (台账).
 *
 * @param id registry id
 * @param title 文件名称
 * @param docNumber 文号
 * @param registrationNumber 统一登记号
 * @param issuers 制定机关, joined with 、
 * @param kind 效力级别 code
 * @param kindLabel 效力级别
 * @param signedDate 成文日期
 * @param publishedDate 发布日期
 * @param effectiveDate 施行日期
 * @param expiryDate 有效期至
 * @param status 有效性 code on the ledger's date
 * @param statusLabel 有效性
 * @param disclosure 公开属性
 * @param lastCampaign the last cleanup campaign that decided on it
 * @param campaignDecision that campaign's decision
 * @param year the year it was made (成文日期, else 发布日期, else 施行日期)
 */
public record LedgerRow(long id, String title, @Nullable String docNumber, @Nullable String registrationNumber,
		String issuers, String kind, String kindLabel, @Nullable LocalDate signedDate,
		@Nullable LocalDate publishedDate, @Nullable LocalDate effectiveDate, @Nullable LocalDate expiryDate,
		String status, String statusLabel, @Nullable String disclosure, @Nullable String lastCampaign,
		@Nullable String campaignDecision, @Nullable Integer year) {

	/** The lead issuer (the first of {@link #issuers}). */
	public String leadIssuer() {
		int sep = this.issuers.indexOf('、');
		return (sep < 0) ? this.issuers : this.issuers.substring(0, sep);
	}

}
