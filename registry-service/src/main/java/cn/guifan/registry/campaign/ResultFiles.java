package cn.guifan.registry.campaign;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * The published files of a campaign's decision: the 决定 with its annexes as DOCX, and the
 * annex lists as XLSX (one sheet per list).
 */
final class ResultFiles {

	private static final String TITLE_FONT = "方正小标宋简体";

	private static final String BODY_FONT = "仿宋_GB2312";

	private ResultFiles() {
	}

	static byte[] docx(DecisionText decision) {
		try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			paragraph(doc, decision.issuer() + "文件", ParagraphAlignment.CENTER, TITLE_FONT, 26, true);
			paragraph(doc, decision.docNumber(), ParagraphAlignment.CENTER, BODY_FONT, 16, false);
			paragraph(doc, decision.title(), ParagraphAlignment.CENTER, TITLE_FONT, 22, false);
			for (String p : decision.body()) {
				paragraph(doc, p, ParagraphAlignment.LEFT, BODY_FONT, 16, false);
			}
			if (!decision.annexes().isEmpty()) {
				StringBuilder list = new StringBuilder("　　附件：");
				for (DecisionText.Annex a : decision.annexes()) {
					list.append((a.number() > 1) ? "；" : "").append(a.number()).append("．").append(a.title());
				}
				paragraph(doc, list.toString(), ParagraphAlignment.LEFT, BODY_FONT, 16, false);
			}
			paragraph(doc, decision.issuer(), ParagraphAlignment.RIGHT, BODY_FONT, 16, false);
			paragraph(doc, Dates.chinese(decision.date()), ParagraphAlignment.RIGHT, BODY_FONT, 16, false);
			paragraph(doc, "（此件公开发布）", ParagraphAlignment.LEFT, BODY_FONT, 16, false);
			for (DecisionText.Annex a : decision.annexes()) {
				XWPFParagraph heading = paragraph(doc, "附件" + a.number(), ParagraphAlignment.LEFT, BODY_FONT, 16, true);
				heading.setPageBreak(true);
				paragraph(doc, a.title(), ParagraphAlignment.CENTER, TITLE_FONT, 18, false);
				XWPFTable table = doc.createTable(a.rows().size() + 1, DecisionText.COLUMNS.size());
				table.setWidth("100%");
				fill(table.getRow(0), DecisionText.COLUMNS, true);
				for (int i = 0; i < a.rows().size(); i++) {
					fill(table.getRow(i + 1), DecisionText.cells(a.rows().get(i)), false);
				}
			}
			doc.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static XWPFParagraph paragraph(XWPFDocument doc, String text, ParagraphAlignment alignment, String font,
			int size, boolean bold) {
		XWPFParagraph p = doc.createParagraph();
		p.setAlignment(alignment);
		XWPFRun run = p.createRun();
		run.setText(text);
		run.setFontFamily(font);
		run.setFontSize(size);
		run.setBold(bold);
		return p;
	}

	private static void fill(XWPFTableRow row, List<String> cells, boolean heading) {
		for (int c = 0; c < cells.size(); c++) {
			XWPFParagraph p = row.getCell(c).getParagraphs().get(0);
			XWPFRun run = p.createRun();
			run.setText(cells.get(c));
			run.setFontSize(10);
			run.setBold(heading);
		}
		if (heading) {
			row.setRepeatHeader(true);
		}
	}

	static byte[] xlsx(DecisionText decision) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			CellStyle heading = workbook.createCellStyle();
			Font bold = workbook.createFont();
			bold.setBold(true);
			heading.setFont(bold);
			if (decision.annexes().isEmpty()) {
				workbook.createSheet("清理结果").createRow(0).createCell(0).setCellValue("本次清理没有公开列出的文件");
			}
			for (DecisionText.Annex a : decision.annexes()) {
				Sheet sheet = workbook
					.createSheet(ItemSheet.safeSheetName("附件" + a.number() + " " + a.decision().label()));
				Row title = sheet.createRow(0);
				Cell titleCell = title.createCell(0);
				titleCell.setCellValue(a.title());
				titleCell.setCellStyle(heading);
				Row head = sheet.createRow(1);
				for (int c = 0; c < DecisionText.COLUMNS.size(); c++) {
					Cell cell = head.createCell(c);
					cell.setCellValue(DecisionText.COLUMNS.get(c));
					cell.setCellStyle(heading);
				}
				for (int i = 0; i < a.rows().size(); i++) {
					Row row = sheet.createRow(i + 2);
					List<String> cells = DecisionText.cells(a.rows().get(i));
					row.createCell(0).setCellValue(a.rows().get(i).ordinal());
					for (int c = 1; c < cells.size(); c++) {
						row.createCell(c).setCellValue(cells.get(c));
					}
				}
				int[] widths = { 6, 48, 22, 30, 16, 18, 40 };
				for (int c = 0; c < widths.length; c++) {
					sheet.setColumnWidth(c, widths[c] * 256);
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
