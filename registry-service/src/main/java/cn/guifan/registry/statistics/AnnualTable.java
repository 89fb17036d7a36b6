package cn.guifan.registry.statistics;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The table 第二十条第（一）项 for one year: a row for 规章 and one for 行政规范性文件, each with 本年制发件数,
 * 本年废止件数 and 现行有效件数, and the documents behind each number.
 *
 * @param year the year
 * @param issuer the issuing government (or organ) asked about, null for the whole
 * registry
 * @param departments whether its departments' documents are counted
 * @param rows 规章, 行政规范性文件
 * @param undated documents left out because no date says when they were made
 * @param notes how the numbers are counted
 */
public record AnnualTable(int year, @Nullable String issuer, boolean departments, List<Row> rows, List<Item> undated,
		List<String> notes) {

	/**
	 * A row of the table.
	 *
	 * @param kind RULE or NORMATIVE_DOCUMENT
	 * @param label 规章 or 行政规范性文件
	 * @param made 本年制发: made in the year
	 * @param repealed 本年废止: stopped being in force in the year (废止, 宣布失效, 有效期届满)
	 * @param inForce 现行有效: made by the end of the year and still in force after it
	 * @param inForcePreviousYear 现行有效 at the end of the year before
	 * @param consistent whether 现行有效 = 上年现行有效 + 本年制发 − 本年废止
	 */
	public record Row(String kind, String label, Cell made, Cell repealed, Cell inForce, int inForcePreviousYear,
			boolean consistent) {
	}

	/**
	 * A number and the documents behind it.
	 *
	 * @param count the number
	 * @param documents the documents
	 */
	public record Cell(int count, List<Item> documents) {
	}

	/**
	 * A document behind a number.
	 *
	 * @param id registry id
	 * @param title 标题
	 * @param docNumber 文号
	 * @param issuers 制定机关
	 * @param made when it was made (发布日期, else 成文日期, else 施行日期)
	 * @param ended the first day it was no longer in force, if it has ended
	 * @param note what a reader should know (not yet in force at the year's end)
	 */
	public record Item(long id, String title, @Nullable String docNumber, String issuers, @Nullable LocalDate made,
			@Nullable LocalDate ended, @Nullable String note) {
	}

}
