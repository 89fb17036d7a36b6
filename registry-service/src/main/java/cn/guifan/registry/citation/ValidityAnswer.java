package cn.guifan.registry.citation;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The answer to "is this document valid on this date — can I cite it?".
 *
 * @param ref what was asked, as typed
 * @param date the date asked about
 * @param found whether the registry holds a document by that name or number
 * @param ambiguous whether several documents answer to it (each is listed)
 * @param message the answer in a sentence
 * @param matches the documents that answer to the reference
 */
public record ValidityAnswer(String ref, LocalDate date, boolean found, boolean ambiguous, String message,
		List<Match> matches) {

	/**
	 * A document that answers to the reference.
	 *
	 * @param id registry id
	 * @param title 标题
	 * @param docNumber 发文字号
	 * @param kindLabel 效力级别
	 * @param status status code on the date
	 * @param statusLabel 时效性 on the date
	 * @param flkStatus the status in the vocabulary of flk.npc.gov.cn
	 * @param pkulawStatus the status in the vocabulary of 北大法宝
	 * @param citable whether it may be cited as in force on the date
	 * @param reason why
	 * @param versionNo the version in force on the date, if held
	 * @param versionValidFrom when that version took effect
	 * @param successor what replaced or repealed it
	 * @param url its page
	 */
	public record Match(long id, String title, @Nullable String docNumber, String kindLabel, String status,
			String statusLabel, String flkStatus, String pkulawStatus, boolean citable, String reason,
			@Nullable Integer versionNo, @Nullable LocalDate versionValidFrom, @Nullable Successor successor,
			String url) {
	}

	/**
	 * The document that replaced or repealed another.
	 *
	 * @param id registry id
	 * @param title 标题
	 * @param statusLabel its status on the date
	 */
	public record Successor(long id, String title, String statusLabel) {
	}

}
