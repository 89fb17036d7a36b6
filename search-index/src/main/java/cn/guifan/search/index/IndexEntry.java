package cn.guifan.search.index;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import cn.guifan.schemas.document.DocumentKind;
import org.jspecify.annotations.Nullable;

/**
 * One entry of the documents index: one version (text valid from–to) of one document. The
 * index holds nothing the registry cannot rebuild: every entry is made from the database.
 *
 * @param documentId the registry's id of the document (the work)
 * @param versionNo the version's number within its document, from 1
 * @param latest whether this is the document's newest version
 * @param title 标题
 * @param aliases short titles and other names the document is known by (会计法)
 * @param docNumberPrinted 发文字号 as printed
 * @param docNumberNormalized 发文字号 normalized
 * @param issuers 发文机关
 * @param kind 效力级别
 * @param disclosure 公开属性 label, or null when the document does not say
 * @param publiclyVisible whether anonymous users may find it
 * @param region the region (行政区划) the document belongs to
 * @param topic 主题分类
 * @param signedDate 成文日期
 * @param publishedDate 发布日期
 * @param effectiveDate 施行日期
 * @param expiryDate the last day of a validity period
 * @param inForceFrom the first day this version is in force
 * @param inForceUntil the first day it is no longer in force (exclusive), null while open
 * @param status the status code as of indexing
 * @param endReason why the version stopped being in force (superseded, repealed,
 * expired…)
 * @param partiallyInvalidFrom the first day some of the document's provisions stopped
 * applying, if any
 * @param body the version's full text
 * @param sourceSha256 the source file of this version
 */
public record IndexEntry(String documentId, int versionNo, boolean latest, String title, List<String> aliases,
		@Nullable String docNumberPrinted, @Nullable String docNumberNormalized, List<String> issuers,
		DocumentKind kind, @Nullable String disclosure, boolean publiclyVisible, @Nullable String region,
		@Nullable String topic, @Nullable LocalDate signedDate, @Nullable LocalDate publishedDate,
		@Nullable LocalDate effectiveDate, @Nullable LocalDate expiryDate, @Nullable LocalDate inForceFrom,
		@Nullable LocalDate inForceUntil, String status, @Nullable String endReason,
		@Nullable LocalDate partiallyInvalidFrom, String body, @Nullable String sourceSha256) {

	public IndexEntry {
		Objects.requireNonNull(documentId, "documentId");
		Objects.requireNonNull(title, "title");
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(status, "status");
		Objects.requireNonNull(body, "body");
		aliases = List.copyOf(aliases);
		issuers = List.copyOf(issuers);
	}

	/** The entry's id in the index: one per document version. */
	public String entryId() {
		return this.documentId + "-v" + this.versionNo;
	}

}
