package cn.guifan.registry.catalog;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A document as the registry shows it on a date: its metadata, its status then and why,
 * the version of the text that applied, its versions, timeline, relations and source
 * files.
 *
 * @param id registry id
 * @param title 标题
 * @param docNumber 发文字号 as printed
 * @param docNumberNormalized 发文字号 normalized
 * @param issuers 发文机关
 * @param kind kind code
 * @param kindLabel 效力级别
 * @param kindReason why the kind
 * @param signedDate 成文日期
 * @param publishedDate 发布日期
 * @param effectiveDate 施行日期
 * @param expiryDate 有效期届满日
 * @param trial 试行/暂行
 * @param disclosure 公开属性
 * @param asOf the date the status and text are for
 * @param status status code on {@code asOf}
 * @param statusLabel 时效性 on {@code asOf}
 * @param statusReason why, in words
 * @param statusWording the status with the day it began (已废止（2022-03-01 起）), or 该日尚未制定
 * @param versionNo the version of the text that applied on {@code asOf}, null when the
 * registry does not hold that text
 * @param text that version's text (empty when not held)
 * @param successor the document that replaced or repealed this one, if any
 * @param versions the versions, oldest first
 * @param timeline what happened, in order
 * @param references documents this one refers to (引用, 依据, 废止, 修改, 解读)
 * @param referencedBy documents that refer to this one
 * @param sources the original files
 */
public record DocumentDetail(long id, String title, @Nullable String docNumber, @Nullable String docNumberNormalized,
		List<String> issuers, String kind, String kindLabel, String kindReason, @Nullable LocalDate signedDate,
		@Nullable LocalDate publishedDate, @Nullable LocalDate effectiveDate, @Nullable LocalDate expiryDate,
		boolean trial, @Nullable String disclosure, LocalDate asOf, String status, String statusLabel,
		String statusReason, String statusWording, @Nullable Integer versionNo, String text, @Nullable Link successor,
		List<Version> versions, List<Event> timeline, List<Reference> references, List<Reference> referencedBy,
		List<Source> sources) {

	/**
	 * A version of the text.
	 *
	 * @param versionNo number, from 1
	 * @param label what made it (修订, 修正…)
	 * @param validFrom first day it applies
	 * @param validUntil first day it no longer applies
	 * @param status its status today (已修改 once replaced)
	 * @param statusLabel the same in Chinese
	 */
	public record Version(int versionNo, @Nullable String label, @Nullable LocalDate validFrom,
			@Nullable LocalDate validUntil, String status, String statusLabel) {
	}

	/**
	 * Something that happened to the document.
	 *
	 * @param type event code
	 * @param label the event in Chinese
	 * @param date when
	 * @param effectiveDate when it took effect, if different
	 * @param cause what caused it, as printed
	 * @param causedBy the document that caused it, if in the registry
	 * @param origin INGEST, REGISTRAR, SWEEP
	 * @param recordedBy who recorded it
	 * @param reason why, or the line it was read from
	 * @param eventId the event's id, to withdraw it (not a document id)
	 * @param validUntil the new last day of validity it gave, if any
	 * @param consolidation for an amendment, whether its text was applied (已整合为新文本,
	 * 修改内容待整合)
	 * @param withdrawn who withdrew it, when and why, if it was withdrawn
	 */
	public record Event(String type, String label, LocalDate date, @Nullable LocalDate effectiveDate,
			@Nullable String cause, @Nullable Link causedBy, String origin, String recordedBy, @Nullable String reason,
			long eventId, @Nullable LocalDate validUntil, @Nullable String consolidation, @Nullable String withdrawn) {
	}

	/**
	 * A reference between documents.
	 *
	 * @param type relation code
	 * @param label the relation in Chinese
	 * @param title the title as printed in the referring document
	 * @param docNumber the doc number as printed
	 * @param document the document on the other side, if in the registry
	 * @param unresolvedReason why it is not linked
	 * @param times how often the text makes this same reference (merged into one)
	 */
	public record Reference(String type, String label, @Nullable String title, @Nullable String docNumber,
			@Nullable Link document, @Nullable String unresolvedReason, int times) {
	}

	/**
	 * A link to another document.
	 *
	 * @param id its registry id
	 * @param title its title
	 * @param statusLabel its status today
	 */
	public record Link(long id, String title, String statusLabel) {
	}

	/**
	 * An original file.
	 *
	 * @param sha256 content digest, also the download key
	 * @param fileName name as ingested
	 * @param mediaType detected type
	 * @param size bytes
	 */
	public record Source(String sha256, String fileName, String mediaType, long size) {
	}

}
