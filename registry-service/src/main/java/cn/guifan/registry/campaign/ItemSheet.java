package cn.guifan.registry.campaign;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.guifan.registry.common.InvalidRequestException;
import cn.guifan.schemas.text.ChineseDates;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;

/**
 * The spreadsheet of a campaign's items that a department (or the bureau) downloads,
 * fills in and uploads again: one row per document, the columns it fills being 清理意见, 理由,
 * 修改条款, 新有效期至 and 说明. Reading finds the columns by their headings, so a sheet whose
 * columns were moved still reads.
 */
final class ItemSheet {

	static final String ID = "文件编号";

	static final String ORDINAL = "序号";

	static final String TITLE = "文件名称";

	static final String NUMBER = "文号";

	static final String ISSUERS = "制定机关";

	static final String ORGAN = "负责清理机关";

	static final String FLAGS = "候选提示";

	static final String STATE = "当前状态";

	static final String DECISION = "清理意见";

	static final String GROUNDS = "理由";

	static final String ARTICLES = "修改条款";

	static final String NEW_EXPIRY = "新有效期至";

	static final String COMMENT = "说明";

	static final String REVIEW = "审核意见";

	private static final List<String> HEADINGS = List.of(ID, ORDINAL, TITLE, NUMBER, ISSUERS, ORGAN, FLAGS, STATE,
			DECISION, GROUNDS, ARTICLES, NEW_EXPIRY, COMMENT, REVIEW);

	/**
	 * More rows than this are refused: a county's campaign has hundreds, a province's
	 * thousands.
	 */
	static final int MAX_ROWS = 20_000;

	private ItemSheet() {
	}

	/**
	 * A line of the sheet to write.
	 *
	 * @param documentId 文件编号
	 * @param title 文件名称
	 * @param docNumber 文号
	 * @param issuers 制定机关
	 * @param organ 负责清理机关
	 * @param flags 候选提示
	 * @param state 当前状态
	 * @param decision the current proposal (拟保留…)
	 * @param grounds 理由
	 * @param articles 修改条款
	 * @param newExpiryDate 新有效期至
	 * @param comment 说明
	 * @param review 审核意见
	 */
	record Line(long documentId, String title, @Nullable String docNumber, String issuers, String organ, String flags,
			String state, @Nullable String decision, @Nullable String grounds, @Nullable String articles,
			@Nullable LocalDate newExpiryDate, @Nullable String comment, @Nullable String review) {
	}

	/** The workbook, with a drop-down of the decisions this campaign may take. */
	static byte[] write(String sheetName, List<Line> lines, List<Decision> decisions) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet(safeSheetName(sheetName));
			CellStyle heading = headingStyle(workbook);
			CellStyle wrap = workbook.createCellStyle();
			wrap.setWrapText(true);
			Row head = sheet.createRow(0);
			for (int c = 0; c < HEADINGS.size(); c++) {
				Cell cell = head.createCell(c);
				cell.setCellValue(HEADINGS.get(c));
				cell.setCellStyle(heading);
			}
			int r = 1;
			for (Line line : lines) {
				Row row = sheet.createRow(r);
				row.createCell(0).setCellValue(line.documentId());
				row.createCell(1).setCellValue(r);
				row.createCell(2).setCellValue(line.title());
				row.createCell(3).setCellValue(nonNull(line.docNumber()));
				row.createCell(4).setCellValue(line.issuers());
				row.createCell(5).setCellValue(line.organ());
				Cell flags = row.createCell(6);
				flags.setCellValue(line.flags());
				flags.setCellStyle(wrap);
				row.createCell(7).setCellValue(line.state());
				row.createCell(8).setCellValue(nonNull(line.decision()));
				row.createCell(9).setCellValue(nonNull(line.grounds()));
				row.createCell(10).setCellValue(nonNull(line.articles()));
				row.createCell(11).setCellValue((line.newExpiryDate() != null) ? line.newExpiryDate().toString() : "");
				row.createCell(12).setCellValue(nonNull(line.comment()));
				row.createCell(13).setCellValue(nonNull(line.review()));
				r++;
			}
			int[] widths = { 10, 6, 48, 22, 28, 24, 60, 12, 14, 40, 16, 14, 30, 30 };
			for (int c = 0; c < widths.length; c++) {
				sheet.setColumnWidth(c, widths[c] * 256);
			}
			sheet.createFreezePane(3, 1);
			if (!lines.isEmpty()) {
				DataValidationHelper helper = sheet.getDataValidationHelper();
				DataValidation validation = helper.createValidation(
						helper.createExplicitListConstraint(
								decisions.stream().map(Decision::proposalLabel).toArray(String[]::new)),
						new CellRangeAddressList(1, lines.size(), 8, 8));
				validation.setShowErrorBox(true);
				validation.createErrorBox("清理意见", "请从下拉列表中选择清理意见");
				sheet.addValidationData(validation);
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A row as read from an uploaded sheet: the cells the uploader fills, as text.
	 *
	 * @param row the row number as the spreadsheet shows it (from 2)
	 * @param documentId 文件编号, as written
	 * @param docNumber 文号, as written
	 * @param title 文件名称
	 * @param decision 清理意见
	 * @param grounds 理由
	 * @param articles 修改条款
	 * @param newExpiryDate 新有效期至
	 * @param comment 说明
	 */
	record Filled(int row, String documentId, String docNumber, String title, String decision, String grounds,
			String articles, String newExpiryDate, String comment) {

		boolean isBlank() {
			return this.documentId.isBlank() && this.docNumber.isBlank() && this.title.isBlank()
					&& this.decision.isBlank() && this.grounds.isBlank();
		}

		/**
		 * The new end of the period, or null when none is written; throws when
		 * unreadable.
		 */
		@Nullable LocalDate parsedExpiry() {
			if (this.newExpiryDate.isBlank()) {
				return null;
			}
			try {
				return LocalDate.parse(this.newExpiryDate.strip());
			}
			catch (DateTimeParseException ex) {
				return ChineseDates.parse(this.newExpiryDate.strip())
					.orElseThrow(() -> new IllegalArgumentException(
							"新有效期至“" + this.newExpiryDate + "”不是日期，请写成 YYYY-MM-DD，例如 2029-12-31"));
			}
		}

	}

	/**
	 * The rows of an uploaded sheet; a file that is no such sheet is refused, saying why.
	 */
	static List<Filled> read(InputStream in) {
		try (Workbook workbook = new XSSFWorkbook(in)) {
			if (workbook.getNumberOfSheets() == 0) {
				throw new InvalidRequestException("file", "表格中没有工作表");
			}
			Sheet sheet = workbook.getSheetAt(0);
			DataFormatter formatter = new DataFormatter();
			Row head = sheet.getRow(sheet.getFirstRowNum());
			if (head == null) {
				throw new InvalidRequestException("file", "表格是空的，请使用从本系统下载的清理意见表填写");
			}
			Map<String, Integer> columns = new HashMap<>();
			for (Cell cell : head) {
				columns.put(formatter.formatCellValue(cell).strip(), cell.getColumnIndex());
			}
			if (!columns.containsKey(DECISION) || !columns.containsKey(GROUNDS)
					|| (!columns.containsKey(ID) && !columns.containsKey(NUMBER))) {
				throw new InvalidRequestException("file", "表格第一行缺少“" + ID + "”（或“" + NUMBER + "”）、“" + DECISION + "”、“"
						+ GROUNDS + "”列，请使用从本系统下载的清理意见表填写");
			}
			if (sheet.getLastRowNum() > MAX_ROWS) {
				throw new InvalidRequestException("file", "表格超过 " + MAX_ROWS + " 行，请分批上传");
			}
			List<Filled> rows = new ArrayList<>();
			for (int r = head.getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				if (row == null) {
					continue;
				}
				Filled filled = new Filled(r + 1, text(row, columns.get(ID), formatter),
						text(row, columns.get(NUMBER), formatter), text(row, columns.get(TITLE), formatter),
						text(row, columns.get(DECISION), formatter), text(row, columns.get(GROUNDS), formatter),
						text(row, columns.get(ARTICLES), formatter), date(row, columns.get(NEW_EXPIRY), formatter),
						text(row, columns.get(COMMENT), formatter));
				if (!filled.isBlank()) {
					rows.add(filled);
				}
			}
			return rows;
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof InvalidRequestException invalid) {
				throw invalid;
			}
			throw new InvalidRequestException("file",
					"无法读取上传的文件，请上传 .xlsx 格式的清理意见表（" + ex.getClass().getSimpleName() + "）");
		}
	}

	private static String text(Row row, @Nullable Integer column, DataFormatter formatter) {
		if (column == null) {
			return "";
		}
		Cell cell = row.getCell(column);
		return (cell != null) ? formatter.formatCellValue(cell).strip() : "";
	}

	/** A date cell as YYYY-MM-DD, whatever format the spreadsheet shows it in. */
	private static String date(Row row, @Nullable Integer column, DataFormatter formatter) {
		if (column == null) {
			return "";
		}
		Cell cell = row.getCell(column);
		// A date typed into a cell without a date format is still a date: Excel's day
		// number.
		if (cell != null && cell.getCellType() == CellType.NUMERIC
				&& DateUtil.isValidExcelDate(cell.getNumericCellValue())) {
			java.time.LocalDateTime value = DateUtil.getLocalDateTime(cell.getNumericCellValue());
			return (value != null) ? value.toLocalDate().toString() : "";
		}
		return text(row, column, formatter);
	}

	private static CellStyle headingStyle(Workbook workbook) {
		CellStyle style = workbook.createCellStyle();
		Font font = workbook.createFont();
		font.setBold(true);
		style.setFont(font);
		style.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
		style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		return style;
	}

	/** Excel forbids some characters in sheet names and more than 31 of them. */
	static String safeSheetName(String name) {
		String safe = name.replaceAll("[\\\\/?*\\[\\]:]", " ").strip();
		if (safe.isEmpty()) {
			safe = "清理意见";
		}
		return (safe.length() > 31) ? safe.substring(0, 31) : safe;
	}

	private static String nonNull(@Nullable String s) {
		return (s != null) ? s : "";
	}

}
