package cn.guifan.registry.document;

import java.time.LocalDate;
import java.util.List;

import cn.guifan.schemas.document.Disclosure;
import cn.guifan.schemas.document.DocumentKind;
import org.jspecify.annotations.Nullable;

/**
 * A document's registered metadata, as other features read it: the one projection of the
 * {@code document} table (and its issuers) outside this package.
 *
 * @param id registry id
 * @param title 标题
 * @param docNumber 发文字号 as printed
 * @param docNumberNormalized 发文字号 normalized
 * @param issuers 发文机关, lead first
 * @param kind 效力级别
 * @param kindReason why the kind
 * @param signedDate 成文日期
 * @param publishedDate 发布日期
 * @param effectiveDate 施行日期
 * @param expiryDate the last day of its validity period
 * @param trial 试行/暂行
 * @param disclosure 公开属性, null when the document does not say
 * @param region the region (行政区划) it belongs to
 * @param topic 主题分类
 * @param registrationNumber 统一登记号 as printed, for a normative document that has one
 */
public record DocumentSummary(long id, String title, @Nullable String docNumber, @Nullable String docNumberNormalized,
		List<String> issuers, DocumentKind kind, String kindReason, @Nullable LocalDate signedDate,
		@Nullable LocalDate publishedDate, @Nullable LocalDate effectiveDate, @Nullable LocalDate expiryDate,
		boolean trial, @Nullable Disclosure disclosure, @Nullable String region, @Nullable String topic,
		@Nullable String registrationNumber) {

	public DocumentSummary {
		issuers = List.copyOf(issuers);
	}

	/** Whether anonymous users may see it: 主动公开, or no disclosure stated. */
	public boolean isPublic() {
		return Disclosure.isPublic(this.disclosure);
	}

	/** The lead issuer, if any. */
	public @Nullable String leadIssuer() {
		return this.issuers.isEmpty() ? null : this.issuers.get(0);
	}

	/** The day it was decided: signed, else published, else effective. */
	public @Nullable LocalDate decided() {
		return (this.signedDate != null) ? this.signedDate
				: (this.publishedDate != null) ? this.publishedDate : this.effectiveDate;
	}

	/** The document as a cause printed on another's timeline: 《标题》（文号）. */
	public String cause() {
		return Titles.quoted(this.title)
				+ ((this.docNumberNormalized != null) ? "（" + this.docNumberNormalized + "）" : "");
	}

}
