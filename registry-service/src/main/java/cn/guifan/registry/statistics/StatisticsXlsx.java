package cn.guifan.registry.statistics;

import java.io.IOException;
import java.io.OutputStream;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The annual table as a workbook: the table as the report prints it, then a sheet listing
 * the documents behind each number, and the notes on how they are counted.
 */
final class StatisticsXlsx {

	private StatisticsXlsx() {
	}

	static void write(AnnualTable table, OutputStream out) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Font bold = workbook.createFont();
			bold.setBold(true);
			CellStyle header = workbook.createCellStyle();
			header.setFont(bold);
			Sheet sheet = workbook.createSheet(table.year() + "年");
			sheet.createRow(0)
				.createCell(0)
				.setCellValue("第二十条第（一）项（" + table.year() + "年"
						+ ((table.issuer() != null) ? "，" + table.issuer() + (table.departments() ? "及其所属部门" : "") : "")
						+ "）");
			sheet.getRow(0).getCell(0).setCellStyle(header);
			Row head = sheet.createRow(1);
			String[] columns = { "信息内容", "本年制发件数", "本年废止件数", "现行有效件数" };
			for (int i = 0; i < columns.length; i++) {
				head.createCell(i).setCellValue(columns[i]);
				head.getCell(i).setCellStyle(header);
			}
			int r = 2;
			for (AnnualTable.Row row : table.rows()) {
				Row line = sheet.createRow(r++);
				line.createCell(0).setCellValue(row.label());
				line.createCell(1).setCellValue(row.made().count());
				line.createCell(2).setCellValue(row.repealed().count());
				line.createCell(3).setCellValue(row.inForce().count());
			}
			r++;
			for (String note : table.notes()) {
				sheet.createRow(r++).createCell(0).setCellValue(note);
			}
			sheet.setColumnWidth(0, 24 * 256);
			for (int i = 1; i < 4; i++) {
				sheet.setColumnWidth(i, 16 * 256);
			}
			Sheet lists = workbook.createSheet("清单");
			Row listHead = lists.createRow(0);
			String[] listColumns = { "类别", "统计项", "文件名称", "文号", "制定机关", "制发日期", "失效日期", "说明" };
			for (int i = 0; i < listColumns.length; i++) {
				listHead.createCell(i).setCellValue(listColumns[i]);
				listHead.getCell(i).setCellStyle(header);
			}
			int l = 1;
			for (AnnualTable.Row row : table.rows()) {
				l = list(lists, l, row.label(), "本年制发", row.made());
				l = list(lists, l, row.label(), "本年废止", row.repealed());
				l = list(lists, l, row.label(), "现行有效", row.inForce());
			}
			lists.setColumnWidth(2, 48 * 256);
			lists.setColumnWidth(3, 22 * 256);
			lists.setColumnWidth(4, 30 * 256);
			workbook.write(out);
		}
	}

	private static int list(Sheet sheet, int start, String kind, String what, AnnualTable.Cell cell) {
		int r = start;
		for (AnnualTable.Item item : cell.documents()) {
			Row row = sheet.createRow(r++);
			row.createCell(0).setCellValue(kind);
			row.createCell(1).setCellValue(what);
			row.createCell(2).setCellValue(item.title());
			row.createCell(3).setCellValue((item.docNumber() != null) ? item.docNumber() : "");
			row.createCell(4).setCellValue(item.issuers());
			row.createCell(5).setCellValue((item.made() != null) ? item.made().toString() : "");
			row.createCell(6).setCellValue((item.ended() != null) ? item.ended().toString() : "");
			row.createCell(7).setCellValue((item.note() != null) ? item.note() : "");
		}
		return r;
	}

}
