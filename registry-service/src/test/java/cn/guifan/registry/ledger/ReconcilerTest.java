package cn.guifan.registry.ledger;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import cn.guifan.registry.ledger.LedgerSpreadsheet.Column;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Matching and comparing ledger rows as a person would: doc numbers in any bracket form,
 * registration numbers with any dash, issuers as a set, validity as in force or not;
 * dates in the forms ledgers use.
 */
class ReconcilerTest {

	static LedgerRow row(long id, String title, String number, String issuers, String status) {
		return new LedgerRow(id, title, number, "QHGF-2022-0" + id, issuers, "NORMATIVE_DOCUMENT", "行政规范性文件",
				LocalDate.of(2022, 2, 10), null, LocalDate.of(2022, 3, 1), null, "IN_FORCE", status, "主动公开", null, null,
				2022);
	}

	static LedgerSpreadsheet.Entry entry(int row, Map<Column, String> values) {
		Map<Column, LocalDate> dates = new EnumMap<>(Column.class);
		values.forEach((c, v) -> {
			if (LedgerSpreadsheet.isDateColumn(c)) {
				LocalDate d = LedgerSpreadsheet.parseDate(v);
				if (d != null) {
					dates.put(c, d);
				}
			}
		});
		return new LedgerSpreadsheet.Entry(row, new EnumMap<>(values), dates);
	}

	@Test
	void rowsMatchByRegistrationNumberDocNumberOrTitleAndOnlyRealDifferencesAreReported() {
		Ledger.LedgerView registry = new Ledger.LedgerView(LocalDate.of(2025, 1, 1), LedgerFilter.none(),
				List.of(row(1, "青禾县城区占道经营管理办法", "青政办规〔2022〕2号", "青禾县人民政府办公室", "现行有效"),
						row(2, "青禾县城镇老年人养老服务补贴办法", "青政规〔2020〕2号", "青禾县人民政府", "现行有效"),
						new LedgerRow(3, "青禾县农作物秸秆综合利用管理办法", "青农规〔2025〕2号", null, "青禾县农业农村局", "NORMATIVE_DOCUMENT",
								"行政规范性文件", null, null, null, null, "IN_FORCE", "现行有效", null, null, null, 2025)),
				Map.of(), Map.of(), Map.of(), Map.of(), 0);
		Map<Column, String> columns = new EnumMap<>(Column.class);
		for (Column c : List.of(Column.TITLE, Column.DOC_NUMBER, Column.ISSUERS, Column.EFFECTIVE_DATE,
				Column.STATUS)) {
			columns.put(c, c.label());
		}
		LedgerSpreadsheet.Parsed parsed = new LedgerSpreadsheet.Parsed("台账", 1, columns, List.of(
				entry(2, Map.of(Column.TITLE, "青禾县城区占道经营管理办法", Column.DOC_NUMBER, "青政办规[2022] 2号", Column.ISSUERS,
						"青禾县人民政府办公室", Column.EFFECTIVE_DATE, "2022年3月1日", Column.STATUS, "有效")),
				entry(3, Map.of(Column.TITLE, "青禾县城镇老年人养老服务补贴办法", Column.DOC_NUMBER, "青政规（2020）2号", Column.ISSUERS,
						"青禾县民政局，青禾县人民政府", Column.EFFECTIVE_DATE, "2020.5.1", Column.STATUS, "已失效")),
				entry(4, Map.of(Column.TITLE, "青禾县城区占道经营管理办法", Column.DOC_NUMBER, "青政办规〔2022〕2号")),
				entry(5, Map.of(Column.TITLE, "某县不存在的办法", Column.DOC_NUMBER, "某政〔2010〕1号"))));
		ReconciliationReport report = Reconciler.reconcile(parsed, registry, "台账.xlsx", "registrar", Instant.EPOCH);

		assertThat(report.rows()).extracting(ReconciliationReport.RowResult::outcome)
			.containsExactly("SAME", "DIFFERENT", "DUPLICATE", "LEDGER_ONLY");
		assertThat(report.rows().get(0).matchedBy()).isEqualTo("文号");
		assertThat(report.rows().get(1).differences()).extracting(ReconciliationReport.Difference::field)
			.containsExactlyInAnyOrder("issuers", "effectiveDate", "status");
		assertThat(report.rows().get(1).differences()).filteredOn((d) -> d.field().equals("status"))
			.allSatisfy((d) -> assertThat(d.correctable()).isFalse());
		assertThat(report.registryOnly()).extracting(ReconciliationReport.Missing::documentId).containsExactly(3L);
		assertThat(report.counts()).containsEntry("REGISTRY_ONLY", 1).containsEntry("SAME", 1);
	}

	@Test
	void ledgersWriteDatesNumbersAndValidityInManyWays() {
		assertThat(LedgerSpreadsheet.parseDate("2022-3-1")).isEqualTo(LocalDate.of(2022, 3, 1));
		assertThat(LedgerSpreadsheet.parseDate("2022年03月01日")).isEqualTo(LocalDate.of(2022, 3, 1));
		assertThat(LedgerSpreadsheet.parseDate("20220301")).isEqualTo(LocalDate.of(2022, 3, 1));
		assertThat(LedgerSpreadsheet.parseDate("二〇二二年三月一日")).isEqualTo(LocalDate.of(2022, 3, 1));
		assertThat(LedgerSpreadsheet.parseDate("长期")).isNull();
		assertThat(Reconciler.registration("QHGF—2022—02")).isEqualTo(Reconciler.registration("qhgf-2022-02"));
		assertThat(Reconciler.validity("现行有效")).isEqualTo(Reconciler.validity("有效"));
		assertThat(Reconciler.validity("已废止")).isEqualTo(Reconciler.validity("失效"));
		assertThat(Reconciler.validity("部分失效")).isEqualTo(Reconciler.validity("有效"));
		assertThat(LedgerSpreadsheet.Column.of("文件名称")).isEqualTo(Column.TITLE);
		assertThat(LedgerSpreadsheet.Column.of("发文 字号")).isEqualTo(Column.DOC_NUMBER);
		assertThat(LedgerSpreadsheet.Column.of("统一登记号")).isEqualTo(Column.REGISTRATION_NUMBER);
		assertThat(LedgerSpreadsheet.Column.of("有效期至")).isEqualTo(Column.EXPIRY_DATE);
		assertThat(LedgerSpreadsheet.Column.of("序号")).isNull();
		assertThat(Reconciler.sameTitle("青禾县城区占道经营管理办法", "青禾县人民政府办公室关于印发《青禾县城区占道经营管理办法》的通知")).isTrue();
		assertThat(Reconciler.sameTitle("青禾县城区占道经营办法", "青禾县人民政府办公室关于印发《青禾县城区占道经营管理办法》的通知")).isFalse();
	}

	@Test
	void aLedgerExportedThenEditedCellByCellReportsEveryEditedCell() throws Exception {
		Ledger.LedgerView registry = new Ledger.LedgerView(LocalDate.of(2025, 1, 1), LedgerFilter.none(),
				List.of(row(1, "青禾县城区占道经营管理办法", "青政办规〔2022〕2号", "青禾县人民政府办公室", "现行有效"),
						row(2, "青禾县城镇老年人养老服务补贴办法", "青政规〔2020〕2号", "青禾县人民政府", "现行有效")),
				Map.of(), Map.of(), Map.of(), Map.of(), 0);
		java.io.ByteArrayOutputStream exported = new java.io.ByteArrayOutputStream();
		LedgerXlsx.write(registry, exported);
		java.io.ByteArrayOutputStream edited = new java.io.ByteArrayOutputStream();
		try (org.apache.poi.xssf.usermodel.XSSFWorkbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
				new java.io.ByteArrayInputStream(exported.toByteArray()))) {
			workbook.getSheetAt(0).getRow(4).getCell(2).setCellValue("青政办规〔2099〕99号");
			workbook.getSheetAt(0).getRow(5).getCell(4).setCellValue("青禾县人民政府、青禾县司法局");
			workbook.write(edited);
		}
		LedgerSpreadsheet.Parsed parsed = LedgerSpreadsheet.read(new java.io.ByteArrayInputStream(edited.toByteArray()),
				"台账.xlsx");
		ReconciliationReport report = Reconciler.reconcile(parsed, registry, "台账.xlsx", "registrar", Instant.EPOCH);

		assertThat(report.rows()).extracting((r) -> r.row() + ":" + r.outcome())
			.containsExactly("5:DIFFERENT", "6:DIFFERENT");
		assertThat(report.rows().get(0).matchedBy()).isEqualTo("统一登记号");
		assertThat(report.rows().get(0).differences()).extracting((d) -> d.field() + ":" + d.ledgerValue())
			.containsExactly("docNumber:青政办规〔2099〕99号");
		assertThat(report.rows().get(1).differences()).extracting((d) -> d.field() + ":" + d.ledgerValue())
			.containsExactly("issuers:青禾县人民政府、青禾县司法局");
	}

	@Test
	void aFileThatIsNoSpreadsheetIsToldSoInChinese() {
		assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> LedgerSpreadsheet.read(
				new java.io.ByteArrayInputStream("不是表格".getBytes(java.nio.charset.StandardCharsets.UTF_8)), "台账.xlsx")))
			.isInstanceOf(cn.guifan.registry.common.InvalidRequestException.class)
			.hasMessageContaining("不是 Excel 表格");
	}

}
