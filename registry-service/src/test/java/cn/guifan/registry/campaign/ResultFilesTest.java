package cn.guifan.registry.campaign;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ResultFilesTest {

	static final List<ResultRow> ROWS = List.of(
			new ResultRow(Decision.CONTINUE, 1, 7, "青禾县城区占道经营管理办法", "青政办规〔2022〕2号", "青禾县人民政府办公室",
					LocalDate.of(2022, 2, 10), "符合现行规定", null, null, true),
			new ResultRow(Decision.REPEAL, 1, 13, "青禾县促进房地产市场平稳健康发展若干措施", "青政办规〔2023〕1号", "青禾县人民政府办公室",
					LocalDate.of(2023, 3, 28), "适用期已过", null, null, true),
			new ResultRow(Decision.REPEAL, 2, 20, "青禾县内部工作规则", "青政办明电〔2024〕6号", "青禾县人民政府办公室", LocalDate.of(2024, 5, 20),
					"任务已完成", null, null, false),
			new ResultRow(Decision.AMEND, 1, 14, "青禾县食品小作坊和食品摊贩登记管理实施细则", "青市监规〔2023〕1号", "青禾县市场监督管理局",
					LocalDate.of(2023, 4, 18), "个别条款与上位法不一致", "第九条", null, true));

	static DecisionText decision(boolean publicOnly) {
		return DecisionText.of(DecisionText.titleFor("青禾县人民政府", "2026年行政规范性文件全面清理"), "青政发〔2026〕12号", "青禾县人民政府",
				LocalDate.of(2026, 12, 20), "2026年行政规范性文件全面清理", null, ROWS, publicOnly);
	}

	@Test
	void theDecisionHasAParagraphAndAnAnnexPerDecisionInTheDecisionsOrder() {
		DecisionText text = decision(false);
		assertThat(text.title()).isEqualTo("青禾县人民政府关于公布2026年行政规范性文件全面清理结果的决定");
		assertThat(text.annexes()).extracting(DecisionText.Annex::decision)
			.containsExactly(Decision.CONTINUE, Decision.AMEND, Decision.REPEAL);
		assertThat(text.body()).anyMatch((p) -> p.contains("《青禾县促进房地产市场平稳健康发展若干措施》等2件文件予以废止（见附件3）"));
		assertThat(text.plainText()).contains("序号　文件名称　文号　制定机关　成文日期　清理意见　理由")
			.contains("1　《青禾县食品小作坊和食品摊贩登记管理实施细则》　青市监规〔2023〕1号　青禾县市场监督管理局　2023年4月18日　修改（第九条）　个别条款与上位法不一致");
	}

	@Test
	void thePublicDecisionLeavesOutDocumentsThatAreNotPublicAndSaysHowMany() {
		DecisionText text = decision(true);
		assertThat(text.plainText()).doesNotContain("青禾县内部工作规则").contains("另有1件不公开的文件");
		assertThat(text.annexes().get(2).rows()).hasSize(1);
		assertThat(text.annexes().get(2).title()).contains("（1件）");
	}

	@Test
	void theDocxAndXlsxHoldTheListsWithTheColumnsOfAPublishedDecision() throws Exception {
		DecisionText text = decision(false);
		try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(ResultFiles.docx(text)));
				XWPFWordExtractor extractor = new XWPFWordExtractor(docx)) {
			assertThat(docx.getTables()).hasSize(3);
			assertThat(extractor.getText()).contains(text.title())
				.contains("青政发〔2026〕12号")
				.contains("决定废止的行政规范性文件目录（2件）")
				.contains("青禾县促进房地产市场平稳健康发展若干措施");
		}
		try (XSSFWorkbook xlsx = new XSSFWorkbook(new ByteArrayInputStream(ResultFiles.xlsx(text)))) {
			assertThat(xlsx.getNumberOfSheets()).isEqualTo(3);
			var repeal = xlsx.getSheetAt(2);
			assertThat(repeal.getRow(1).getCell(1).getStringCellValue()).isEqualTo("文件名称");
			assertThat(repeal.getRow(1).getCell(6).getStringCellValue()).isEqualTo("理由");
			assertThat(repeal.getRow(2).getCell(2).getStringCellValue()).isEqualTo("青政办规〔2023〕1号");
			assertThat(repeal.getRow(3).getCell(6).getStringCellValue()).isEqualTo("任务已完成");
		}
	}

}
