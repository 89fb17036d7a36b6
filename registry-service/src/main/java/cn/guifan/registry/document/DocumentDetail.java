package cn.guifan.registry.document;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A document as the registry shows it: its metadata, status, text, versions and source
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
 * @param status status code today
 * @param statusLabel 时效性 today
 * @param text the latest version's text
 * @param versions the versions, oldest first
 * @param sources the original files
 */
public record DocumentDetail(long id, String title, @Nullable String docNumber, @Nullable String docNumberNormalized,
		List<String> issuers, String kind, String kindLabel, String kindReason, @Nullable LocalDate signedDate,
		@Nullable LocalDate publishedDate, @Nullable LocalDate effectiveDate, @Nullable LocalDate expiryDate,
		boolean trial, @Nullable String disclosure, String status, String statusLabel, String text,
		List<Version> versions, List<Source> sources) {

	/**
	 * A version of the text.
	 *
	 * @param versionNo number, from 1
	 * @param label what made it (修订, 修正…)
	 * @param validFrom first day in force
	 */
	public record Version(int versionNo, @Nullable String label, @Nullable LocalDate validFrom) {
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
