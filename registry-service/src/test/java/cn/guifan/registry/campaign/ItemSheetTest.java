package cn.guifan.registry.campaign;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;

import cn.guifan.registry.common.InvalidRequestException;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ItemSheetTest {

	@Test
	void aWrittenSheetFilledInByHandReadsBackRowByRow() throws Exception {
		byte[] written = ItemSheet.write("2026年全面清理", List.of(line(11, "青禾县城区占道经营管理办法", "青政办规〔2022〕2号", "拟保留"),
				line(12, "青禾县食品小作坊和食品摊贩登记管理实施细则", "青市监规〔2023〕1号", null)), Decision.CLEANUP);
		byte[] filled;
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(written));
				ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("文件编号");
			assertThat(sheet.getDataValidations()).as("a drop-down of the decisions").hasSize(1);
			Row second = sheet.getRow(2);
			second.getCell(8).setCellValue("拟修改");
			second.getCell(9).setCellValue("个别条款与上位法不一致");
			second.getCell(10).setCellValue("第九条");
			second.createCell(11).setCellValue(LocalDate.of(2029, 12, 31));
			sheet.createRow(5).createCell(2).setCellValue("");
			workbook.write(out);
			filled = out.toByteArray();
		}
		List<ItemSheet.Filled> rows = ItemSheet.read(new ByteArrayInputStream(filled));
		assertThat(rows).hasSize(2);
		assertThat(rows.get(0).row()).isEqualTo(2);
		assertThat(rows.get(0).documentId()).isEqualTo("11");
		assertThat(rows.get(0).decision()).isEqualTo("拟保留");
		assertThat(rows.get(1).decision()).isEqualTo("拟修改");
		assertThat(rows.get(1).articles()).isEqualTo("第九条");
		assertThat(rows.get(1).docNumber()).isEqualTo("青市监规〔2023〕1号");
		assertThat(rows.get(1).parsedExpiry()).isEqualTo(LocalDate.of(2029, 12, 31));
	}

	@Test
	void aFileThatIsNoSheetOfOursIsRefusedSayingWhy() throws Exception {
		assertThatThrownBy(() -> ItemSheet.read(new ByteArrayInputStream("不是表格".getBytes())))
			.isInstanceOf(InvalidRequestException.class)
			.hasMessageContaining(".xlsx");
		byte[] other;
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			workbook.createSheet("x").createRow(0).createCell(0).setCellValue("姓名");
			workbook.write(out);
			other = out.toByteArray();
		}
		assertThatThrownBy(() -> ItemSheet.read(new ByteArrayInputStream(other)))
			.isInstanceOf(InvalidRequestException.class)
			.hasMessageContaining("清理意见");
	}

	@Test
	void sheetNamesAreMadeSafe() {
		assertThat(ItemSheet.safeSheetName("a/b:c")).isEqualTo("a b c");
		assertThat(ItemSheet.safeSheetName("很".repeat(40))).hasSize(31);
	}

	private static ItemSheet.Line line(long id, String title, String number, String decision) {
		return new ItemSheet.Line(id, title, number, "青禾县人民政府办公室", "青禾县人民政府办公室", "【有效期将届满】有效期至2026年12月31日", "待提出意见",
				decision, null, null, null, null, null);
	}

}
