package cn.guifan.registry.ledger;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.guifan.registry.common.InvalidRequestException;
import cn.guifan.schemas.text.ChineseDates;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.jspecify.annotations.Nullable;

/**
 * Reads a bureau's own ledger spreadsheet (XLSX or XLS), whatever its column names: the
 * header row is the first of the top rows that names at least two known columns (文件名称 or
 * 标题, 文号 or 发文字号, 统一登记号, 制定机关 or 发文机关, 成文日期, 发布日期, 施行日期, 有效期至, 有效性, 公开属性…); every row
 * below with something in a known column is an entry. Dates are read from date cells or
 * from text in the usual forms (2022-03-01, 2022年3月1日, 2022.3.1, 20220301, 二〇二二年三月一日).
 */
public final class LedgerSpreadsheet {

	private static final int HEADER_SEARCH_ROWS = 20;

	private static final Pattern DATE = Pattern.compile("(\\d{4})\\s*[-年./／]\\s*(\\d{1,2})\\s*[-月./／]\\s*(\\d{1,2})");

	private static final Pattern COMPACT_DATE = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");

	private LedgerSpreadsheet() {
	}

	/** The columns a ledger may have. */
	public enum Column {

		REGISTRATION_NUMBER("统一登记号", "统一登记号", "登记号", "登记编号", "统一编号"),

		DOC_NUMBER("文号", "发文字号", "文号", "文件编号", "字号"),

		TITLE("文件名称", "文件名称", "文件标题", "规范性文件名称", "标题", "名称", "文件名"),

		ISSUERS("制定机关", "制定机关", "发文机关", "发布机关", "制发机关", "制定单位", "发文单位", "发布单位"),

		SIGNED_DATE("成文日期", "成文日期", "印发日期", "签发日期", "成文时间"),

		PUBLISHED_DATE("发布日期", "发布日期", "公布日期", "发布时间", "公布时间"),

		EFFECTIVE_DATE("施行日期", "施行日期", "实施日期", "生效日期", "施行时间"),

		EXPIRY_DATE("有效期至", "有效期至", "有效期截止", "失效日期", "有效期"),

		STATUS("有效性", "有效性", "效力状态", "时效性", "是否有效", "状态"),

		DISCLOSURE("公开属性", "公开属性", "公开方式", "公开类型");

		private final String label;

		private final List<String> names;

		Column(String label, String... names) {
			this.label = label;
			this.names = List.of(names);
		}

		public String label() {
			return this.label;
		}

		static @Nullable Column of(String header) {
			String h = header.replaceAll("[\\s\\u3000*＊]", "");
			if (h.isEmpty() || h.equals("序号")) {
				return null;
			}
			for (Column c : values()) {
				for (String name : c.names) {
					if (h.contains(name)) {
						return c;
					}
				}
			}
			return null;
		}

	}

	/**
	 * A row of the ledger.
	 *
	 * @param row its row number in the sheet, from 1 as Excel shows it
	 * @param values the text of each known column it fills
	 * @param dates the dates read from its date columns
	 */
	public record Entry(int row, Map<Column, String> values, Map<Column, LocalDate> dates) {

		public @Nullable String get(Column column) {
			return this.values.get(column);
		}

	}

	/**
	 * The spreadsheet's header and entries.
	 *
	 * @param sheet the sheet read
	 * @param headerRow the header's row number
	 * @param columns the known columns found, with the header text each was found under
	 * @param entries the rows
	 */
	public record Parsed(String sheet, int headerRow, Map<Column, String> columns, List<Entry> entries) {
	}

	public static Parsed read(InputStream in, String fileName) throws IOException {
		Workbook workbook;
		try {
			// POI answers anything that is neither OLE2 (.xls) nor OOXML (.xlsx) with an
			// English IOException ("unsupported file type"): tell the registrar in words.
			InputStream marked = FileMagic.prepareToCheckMagic(in);
			FileMagic magic = FileMagic.valueOf(marked);
			if (magic != FileMagic.OLE2 && magic != FileMagic.OOXML) {
				throw new InvalidRequestException("file", "“" + fileName + "”不是 Excel 表格（.xlsx 或 .xls）");
			}
			workbook = WorkbookFactory.create(marked);
		}
		catch (InvalidRequestException ex) {
			throw ex;
		}
		catch (NotOfficeXmlFileException | org.apache.poi.EmptyFileException ex) {
			throw new InvalidRequestException("file", "“" + fileName + "”不是 Excel 表格（.xlsx 或 .xls）");
		}
		catch (IOException | RuntimeException ex) {
			if (ex.getClass().getName().contains("Encrypted") || String.valueOf(ex.getMessage()).contains("encrypt")) {
				throw new InvalidRequestException("file", "“" + fileName + "”有密码保护，请去掉密码后再上传");
			}
			throw new InvalidRequestException("file", "“" + fileName + "”无法读取：" + ex.getMessage());
		}
		try (workbook) {
			DataFormatter formatter = new DataFormatter(java.util.Locale.CHINA);
			for (Sheet sheet : workbook) {
				Parsed parsed = read(sheet, formatter);
				if (parsed != null) {
					return parsed;
				}
			}
		}
		throw new InvalidRequestException("file",
				"“" + fileName + "”中没有找到台账的表头：前" + HEADER_SEARCH_ROWS + "行中应有“文件名称”（或“标题”）、“文号”（或“发文字号”）等列名");
	}

	private static @Nullable Parsed read(Sheet sheet, DataFormatter formatter) {
		int headerRow = -1;
		Map<Integer, Column> byIndex = new java.util.TreeMap<>();
		Map<Column, String> columns = new EnumMap<>(Column.class);
		for (int r = sheet.getFirstRowNum(); r <= Math.min(sheet.getLastRowNum(), HEADER_SEARCH_ROWS); r++) {
			Row row = sheet.getRow(r);
			if (row == null) {
				continue;
			}
			Map<Integer, Column> found = new java.util.TreeMap<>();
			Map<Column, String> names = new EnumMap<>(Column.class);
			for (Cell cell : row) {
				Column c = Column.of(formatter.formatCellValue(cell));
				if (c != null && !names.containsKey(c)) {
					found.put(cell.getColumnIndex(), c);
					names.put(c, formatter.formatCellValue(cell).strip());
				}
			}
			if (found.size() >= 2 && (names.containsKey(Column.TITLE) || names.containsKey(Column.DOC_NUMBER))) {
				headerRow = r;
				byIndex = found;
				columns = names;
				break;
			}
		}
		if (headerRow < 0) {
			return null;
		}
		List<Entry> entries = new ArrayList<>();
		for (int r = headerRow + 1; r <= sheet.getLastRowNum(); r++) {
			Row row = sheet.getRow(r);
			if (row == null) {
				continue;
			}
			Map<Column, String> values = new EnumMap<>(Column.class);
			Map<Column, LocalDate> dates = new EnumMap<>(Column.class);
			for (Map.Entry<Integer, Column> e : byIndex.entrySet()) {
				Cell cell = row.getCell(e.getKey());
				if (cell == null) {
					continue;
				}
				LocalDate date = isDateColumn(e.getValue()) ? date(cell, formatter) : null;
				String text = (date != null) ? date.toString() : formatter.formatCellValue(cell).strip();
				if (!text.isEmpty()) {
					values.put(e.getValue(), text);
				}
				if (date != null) {
					dates.put(e.getValue(), date);
				}
			}
			if (values.containsKey(Column.TITLE) || values.containsKey(Column.DOC_NUMBER)
					|| values.containsKey(Column.REGISTRATION_NUMBER)) {
				entries.add(new Entry(r + 1, values, dates));
			}
		}
		return new Parsed(sheet.getSheetName(), headerRow + 1, columns, entries);
	}

	static boolean isDateColumn(Column c) {
		return c == Column.SIGNED_DATE || c == Column.PUBLISHED_DATE || c == Column.EFFECTIVE_DATE
				|| c == Column.EXPIRY_DATE;
	}

	private static @Nullable LocalDate date(Cell cell, DataFormatter formatter) {
		if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
			return cell.getDateCellValue().toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
		}
		if (cell.getCellType() == CellType.NUMERIC) {
			double value = cell.getNumericCellValue();
			if (value > 20000 && value < 80000) {
				return DateUtil.getLocalDateTime(value).toLocalDate();
			}
		}
		return parseDate(formatter.formatCellValue(cell));
	}

	/** A date as ledgers write it, or null. */
	static @Nullable LocalDate parseDate(String text) {
		String t = text.strip();
		if (t.isEmpty()) {
			return null;
		}
		try {
			Matcher m = DATE.matcher(t);
			if (m.find()) {
				return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
						Integer.parseInt(m.group(3)));
			}
			m = COMPACT_DATE.matcher(t);
			if (m.matches()) {
				return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
						Integer.parseInt(m.group(3)));
			}
		}
		catch (java.time.DateTimeException ex) {
			return null;
		}
		return ChineseDates.parse(t).orElse(null);
	}

}
