package cn.guifan.registry.ledger;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jspecify.annotations.Nullable;

/**
 * The ledger as an XLSX workbook, streamed (POI's SXSSF keeps a window of rows in memory;
 * the shared strings table stays in memory, one entry per distinct text): a heading with
 * the filters and date, then one row per document under the column names a bureau's
 * ledger uses. Dates are date cells, so the sheet sorts and filters as dates.
 */
public final class LedgerXlsx {

	/** The ledger's columns, as exported and as recognised on import. */
	public static final List<String> HEADERS = List.of("序号", "文件名称", "文号", "统一登记号", "制定机关", "成文日期", "发布日期", "施行日期",
			"有效期至", "有效性", "公开属性", "最近清理", "清理结论");

	private LedgerXlsx() {
	}

	public static void write(Ledger.LedgerView view, OutputStream out) throws IOException {
		// Text in the shared strings table, as Excel writes it, not SXSSF's default
		// inline strings: a tool built on POI that edits an inline-string cell writes the
		// new value beside the old one, and readers (POI, ours) keep reading the old one,
		// so an edited 文号 or 制定机关 came back 一致.
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(null, 200, false, true)) {
			SXSSFSheet sheet = workbook.createSheet("台账");
			Font bold = workbook.createFont();
			bold.setBold(true);
			CellStyle header = workbook.createCellStyle();
			header.setFont(bold);
			CellStyle date = workbook.createCellStyle();
			date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
			Row title = sheet.createRow(0);
			title.createCell(0).setCellValue("规章和行政规范性文件台账");
			title.getCell(0).setCellStyle(header);
			sheet.createRow(1)
				.createCell(0)
				.setCellValue(
						"有效性截至 " + view.asOf() + "；" + view.filter().describe() + "；共 " + view.rows().size() + " 件");
			Row head = sheet.createRow(3);
			for (int i = 0; i < HEADERS.size(); i++) {
				Cell cell = head.createCell(i);
				cell.setCellValue(HEADERS.get(i));
				cell.setCellStyle(header);
			}
			int r = 4;
			int n = 1;
			for (LedgerRow row : view.rows()) {
				Row line = sheet.createRow(r++);
				line.createCell(0).setCellValue(n++);
				text(line, 1, row.title());
				text(line, 2, row.docNumber());
				text(line, 3, row.registrationNumber());
				text(line, 4, row.issuers());
				date(line, 5, row.signedDate(), date);
				date(line, 6, row.publishedDate(), date);
				date(line, 7, row.effectiveDate(), date);
				date(line, 8, row.expiryDate(), date);
				text(line, 9, row.statusLabel());
				text(line, 10, row.disclosure());
				text(line, 11, row.lastCampaign());
				text(line, 12, row.campaignDecision());
			}
			int[] widths = { 6, 48, 22, 16, 30, 12, 12, 12, 12, 10, 10, 20, 10 };
			for (int i = 0; i < widths.length; i++) {
				sheet.setColumnWidth(i, widths[i] * 256);
			}
			sheet.createFreezePane(0, 4);
			workbook.write(out);
		}
	}

	private static void text(Row row, int column, @Nullable String value) {
		if (value != null) {
			row.createCell(column).setCellValue(value);
		}
	}

	private static void date(Row row, int column, @Nullable LocalDate value, CellStyle style) {
		if (value != null) {
			Cell cell = row.createCell(column);
			cell.setCellValue(value);
			cell.setCellStyle(style);
		}
	}

}
