package cn.guifan.registry.ledger;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import cn.guifan.registry.support.Http;
import cn.guifan.registry.support.RegistryIntegrationTest;
import cn.guifan.registry.support.SampleFixture;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ledger and the annual statistics on the samples of 青禾县: the annual table is
 * consistent for every year and explains each number; the ledger's XLSX round trip
 * (export, change three cells and delete a row, import) reports exactly those, a bureau's
 * own spreadsheet with other column names is read, and confirmed corrections are applied
 * once and audited. Registrars only.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "guifan.security.users[0].name=registrar", "guifan.security.users[0].password={noop}s3cret",
				"guifan.security.users[0].roles=REGISTRAR" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LedgerIT extends RegistryIntegrationTest {

	static final String USER = "registrar";

	static final String PASSWORD = "s3cret";

	@Autowired
	SampleFixture samples;

	@LocalServerPort
	int port;

	Http http;

	@BeforeAll
	void loadSamples() throws Exception {
		this.samples.load();
		this.http = new Http(this.port);
	}

	@Test
	@Order(1)
	void theAnnualTableOfQingheIsConsistentForEveryYearAndExplainsEachNumber() throws Exception {
		for (boolean departments : List.of(true, false)) {
			JsonNode series = json("/api/v1/statistics/annual/series?issuer=" + Http.encode("青禾县人民政府") + "&departments="
					+ departments);
			assertThat(series.size()).isGreaterThan(5);
			int previousRules = 0;
			int previousNormative = 0;
			for (JsonNode y : series) {
				int year = y.get("year").asInt();
				assertThat(y.get("rulesInForce").asInt()).as("规章 " + year)
					.isEqualTo(previousRules + y.get("rulesMade").asInt() - y.get("rulesRepealed").asInt());
				assertThat(y.get("normativeInForce").asInt()).as("行政规范性文件 " + year)
					.isEqualTo(previousNormative + y.get("normativeMade").asInt() - y.get("normativeRepealed").asInt());
				previousRules = y.get("rulesInForce").asInt();
				previousNormative = y.get("normativeInForce").asInt();
				JsonNode table = json("/api/v1/statistics/annual?year=" + year + "&issuer=" + Http.encode("青禾县人民政府")
						+ "&departments=" + departments);
				JsonNode normative = table.get("rows").get(1);
				assertThat(normative.get("label").asString()).isEqualTo("行政规范性文件");
				assertThat(normative.get("consistent").asBoolean()).isTrue();
				assertThat(normative.get("inForce").get("count").asInt()).isEqualTo(y.get("normativeInForce").asInt());
				for (String cell : List.of("made", "repealed", "inForce")) {
					assertThat(normative.get(cell).get("documents").size()).as(cell + " " + year)
						.isEqualTo(normative.get(cell).get("count").asInt());
				}
			}
		}
		JsonNode y2022 = json("/api/v1/statistics/annual?year=2022&issuer=" + Http.encode("青禾县人民政府"));
		JsonNode normative = y2022.get("rows").get(1);
		assertThat(titles(normative.get("repealed"))).anyMatch((t) -> t.contains("占道经营") && t.contains("暂行"));
		assertThat(docNumbers(normative.get("made"))).contains("青政办规〔2022〕2号", "青财规〔2022〕3号");
		JsonNode own = json(
				"/api/v1/statistics/annual?year=2022&issuer=" + Http.encode("青禾县人民政府") + "&departments=false");
		assertThat(docNumbers(own.get("rows").get(1).get("made"))).contains("青政办规〔2022〕2号")
			.doesNotContain("青财规〔2022〕3号");
		assertThat(this.http.get("/api/v1/statistics/annual?year=2022").statusCode()).isEqualTo(401);
		assertThat(bytes("/api/v1/statistics/annual.xlsx?year=2022&issuer=" + Http.encode("青禾县人民政府"))).isNotEmpty();
		// Pages take the login form's session, not HTTP Basic (the API's).
		Http browser = Http.browser(this.port);
		assertThat(browser.login(USER, PASSWORD).statusCode()).isEqualTo(302);
		HttpResponse<String> page = browser.get("/registrar/statistics?year=2022&issuer=" + Http.encode("青禾县人民政府"));
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("第二十条第（一）项").contains("<svg");
	}

	@Test
	@Order(2)
	void theLedgerXlsxRoundTripReportsExactlyTheChangedCellsAndTheDeletedRow() throws Exception {
		assertThat(this.http.getBytes("/api/v1/ledger.xlsx").statusCode()).isEqualTo(401);
		byte[] exported = bytes("/api/v1/ledger.xlsx?issuer=" + Http.encode("青禾县"));
		JsonNode ledger = json("/api/v1/ledger?issuer=" + Http.encode("青禾县"));
		int total = ledger.get("rows").size();
		assertThat(total).isGreaterThan(8);
		byte[] edited;
		String deletedTitle;
		LocalDate newEffective;
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(exported))) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(3).getCell(1).getStringCellValue()).isEqualTo("文件名称");
			assertThat(sheet.getLastRowNum()).isEqualTo(3 + total);
			Row first = sheet.getRow(4);
			first.getCell(2).setCellValue("青政办规〔2099〕99号");
			Row second = sheet.getRow(5);
			second.getCell(4).setCellValue("青禾县人民政府、青禾县司法局");
			Row third = sheet.getRow(6);
			// A plausible change (registrar writes refuse a 施行日期 a year before the 成文日期).
			LocalDate effective = third.getCell(7).getLocalDateTimeCellValue().toLocalDate();
			LocalDate signed = (third.getCell(5) != null) ? third.getCell(5).getLocalDateTimeCellValue().toLocalDate()
					: effective;
			newEffective = signed.plusDays(signed.plusDays(3).equals(effective) ? 4 : 3);
			third.getCell(7).setCellValue(newEffective);
			deletedTitle = sheet.getRow(7).getCell(1).getStringCellValue();
			sheet.removeRow(sheet.getRow(7));
			sheet.shiftRows(8, sheet.getLastRowNum(), -1);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			workbook.write(out);
			edited = out.toByteArray();
		}
		JsonNode report = this.http
			.json(upload("/api/v1/ledger/reconciliation?issuer=" + Http.encode("青禾县"), "台账.xlsx", edited));
		assertThat(report.get("counts").get("SAME").asInt()).as(report.toString()).isEqualTo(total - 4);
		assertThat(report.get("counts").get("DIFFERENT").asInt()).isEqualTo(3);
		assertThat(report.get("counts").get("LEDGER_ONLY").asInt()).isZero();
		assertThat(report.get("counts").get("REGISTRY_ONLY").asInt()).isEqualTo(1);
		assertThat(report.get("registryOnly").get(0).get("title").asString()).isEqualTo(deletedTitle);
		List<String> differences = new ArrayList<>();
		for (JsonNode row : report.get("rows")) {
			for (JsonNode d : row.get("differences")) {
				differences.add(row.get("row").asInt() + ":" + d.get("field").asString() + ":"
						+ d.get("ledgerValue").asString());
			}
		}
		assertThat(differences).containsExactlyInAnyOrder("5:docNumber:青政办规〔2099〕99号", "6:issuers:青禾县人民政府、青禾县司法局",
				"7:effectiveDate:" + newEffective);

		long id = report.get("id").asLong();
		HttpResponse<String> applied = this.http.send("POST", "/api/v1/ledger/reconciliation/" + id + "/apply", """
				{"corrections":[{"row":7,"field":"effectiveDate"},{"row":6,"field":"issuers"}],"reason":"2025年台账清查"}
				""", USER, PASSWORD);
		assertThat(applied.statusCode()).as(applied.body()).isEqualTo(200);
		assertThat(this.http.json(applied).get("documents").size()).isEqualTo(2);
		JsonNode after = json("/api/v1/ledger?issuer=" + Http.encode("青禾县"));
		List<String> effective = new ArrayList<>();
		List<String> issuers = new ArrayList<>();
		after.get("rows").forEach((r) -> {
			effective.add(r.get("effectiveDate").asString());
			issuers.add(r.get("issuers").asString());
		});
		assertThat(effective).contains(newEffective.toString());
		assertThat(issuers).contains("青禾县人民政府、青禾县司法局");
		JsonNode audit = json("/api/v1/audit");
		List<String> reasons = new ArrayList<>();
		audit.forEach((a) -> reasons.add(a.get("action").asString() + " " + a.get("reason").asString()));
		assertThat(reasons)
			.anyMatch((r) -> r.startsWith("CORRECT_METADATA") && r.contains("按台账核对更正（台账.xlsx）：2025年台账清查"));
		assertThat(reasons).anyMatch((r) -> r.startsWith("APPLY_LEDGER_RECONCILIATION"));
		HttpResponse<String> again = this.http.send("POST", "/api/v1/ledger/reconciliation/" + id + "/apply",
				"{\"corrections\":[{\"row\":5,\"field\":\"docNumber\"}]}", USER, PASSWORD);
		assertThat(again.statusCode()).isEqualTo(400);
		assertThat(this.http.json(again).get("detail").asString()).contains("已于");
	}

	@Test
	@Order(3)
	void aBureausOwnSpreadsheetWithItsOwnColumnNamesIsReadRowByRow() throws Exception {
		byte[] own;
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet sheet = workbook.createSheet("2025年台账");
			sheet.createRow(0).createCell(0).setCellValue("青禾县规范性文件登记台账（司法局）");
			Row head = sheet.createRow(2);
			String[] names = { "序号", "标题", "发文字号", "发文机关", "实施日期", "状态" };
			for (int i = 0; i < names.length; i++) {
				head.createCell(i).setCellValue(names[i]);
			}
			Row a = sheet.createRow(3);
			a.createCell(0).setCellValue(1);
			a.createCell(1).setCellValue("青禾县城区占道经营管理办法");
			a.createCell(2).setCellValue("青政办规[2022]2号");
			a.createCell(3).setCellValue("青禾县人民政府办公室");
			a.createCell(4).setCellValue("2022年3月1日");
			a.createCell(5).setCellValue("已废止");
			Row b = sheet.createRow(4);
			b.createCell(0).setCellValue(2);
			b.createCell(1).setCellValue("青禾县某某管理暂行办法");
			b.createCell(2).setCellValue("青政办规〔2018〕5号");
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			workbook.write(out);
			own = out.toByteArray();
		}
		JsonNode report = this.http
			.json(upload("/api/v1/ledger/reconciliation?issuer=" + Http.encode("青禾县"), "司法局台账.xlsx", own));
		assertThat(report.get("headerRow").asInt()).isEqualTo(3);
		JsonNode first = report.get("rows").get(0);
		assertThat(first.get("outcome").asString()).isEqualTo("DIFFERENT");
		assertThat(first.get("matchedBy").asString()).isEqualTo("文号");
		assertThat(first.get("differences")).hasSize(1);
		assertThat(first.get("differences").get(0).get("field").asString()).isEqualTo("status");
		assertThat(first.get("differences").get(0).get("correctable").asBoolean()).isFalse();
		assertThat(report.get("rows").get(1).get("outcome").asString()).isEqualTo("LEDGER_ONLY");
		HttpResponse<String> notASheet = upload("/api/v1/ledger/reconciliation", "台账.xlsx",
				"不是表格".getBytes(StandardCharsets.UTF_8));
		assertThat(notASheet.statusCode()).isEqualTo(400);
		assertThat(this.http.json(notASheet).get("detail").asString()).contains("不是 Excel 表格");
	}

	List<String> titles(JsonNode cell) {
		List<String> titles = new ArrayList<>();
		cell.get("documents").forEach((d) -> titles.add(d.get("title").asString()));
		return titles;
	}

	List<String> docNumbers(JsonNode cell) {
		List<String> numbers = new ArrayList<>();
		cell.get("documents").forEach((d) -> numbers.add(d.get("docNumber").asString()));
		return numbers;
	}

	JsonNode json(String path) {
		HttpResponse<String> response = this.http.getAs(path, USER, PASSWORD);
		assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
		return this.http.json(response);
	}

	byte[] bytes(String path) throws Exception {
		HttpResponse<byte[]> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
				.header("Authorization", basic())
				.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return response.body();
	}

	HttpResponse<String> upload(String path, String fileName, byte[] content) throws Exception {
		String boundary = "guifan-" + System.nanoTime();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.write(content);
		body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
				.header("Authorization", basic())
				.header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
				.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	static String basic() {
		return "Basic " + Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
	}

}
