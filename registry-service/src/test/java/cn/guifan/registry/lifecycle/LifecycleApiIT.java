package cn.guifan.registry.lifecycle;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;

import cn.guifan.registry.support.SampleFixture;
import cn.guifan.registry.support.Http;
import cn.guifan.registry.support.RegistryIntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lifecycle as departments, the public and registrars meet it, on the sample
 * documents of 青禾县: repeals read from the texts, a future effective date, an ended
 * validity, the validity look-up, the document on a date, and what a registrar records
 * (audited, refused without the role or with bad input).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "guifan.security.users[0].name=registrar", "guifan.security.users[0].password={noop}s3cret",
				"guifan.security.users[0].roles=REGISTRAR" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LifecycleApiIT extends RegistryIntegrationTest {

	@Autowired
	SampleFixture samples;

	@Autowired
	ExpirySweep sweep;

	@LocalServerPort
	int port;

	Http http;

	@BeforeAll
	void loadSamples() throws Exception {
		this.samples.load();
		this.http = new Http(this.port);
	}

	@Test
	void aTemporaryRuleRepealedByItsSuccessorIsRepealedSinceTheSuccessorTookEffect() {
		JsonNode answer = validity("青政办[2019]8号", null);
		assertThat(answer.get("found").asBoolean()).isTrue();
		JsonNode match = answer.get("matches").get(0);
		assertThat(match.get("statusLabel").asString()).isEqualTo("已废止");
		assertThat(match.get("citable").asBoolean()).isFalse();
		assertThat(match.get("successor").get("title").asString()).contains("青禾县城区占道经营管理办法");
		assertThat(match.get("pkulawStatus").asString()).isEqualTo("失效");
		JsonNode before = validity("青政办〔2019〕8号", "2021-06-01").get("matches").get(0);
		assertThat(before.get("statusLabel").asString()).isEqualTo("现行有效");
		assertThat(before.get("citable").asBoolean()).isTrue();
	}

	@Test
	void aShortTitleFindsTheDocumentAndAnUnknownOneIsSaidToBeUnknown() {
		JsonNode byTitle = validity("青禾县城区占道经营管理办法", null);
		assertThat(byTitle.get("matches").get(0).get("docNumber").asString()).isEqualTo("青政办规〔2022〕2号");
		JsonNode unknown = validity("不存在的管理办法", null);
		assertThat(unknown.get("found").asBoolean()).isFalse();
		assertThat(unknown.get("message").asString()).contains("没有找到");
		HttpResponse<String> empty = this.http.get("/api/v1/validity?ref=");
		assertThat(empty.statusCode()).isEqualTo(400);
		HttpResponse<String> badDate = this.http.get("/api/v1/validity?ref=x&date=2024-13-40");
		assertThat(badDate.statusCode()).isEqualTo(400);
		assertThat(this.http.json(badDate).get("detail").asString()).contains("YYYY-MM-DD");
	}

	@Test
	void aDocumentWithAFutureEffectiveDateIsNotYetInForceAndWhatItRepealsStaysInForceUntilThen() {
		JsonNode future = validity("青政办规〔2026〕3号", "2026-11-22").get("matches").get(0);
		assertThat(future.get("statusLabel").asString()).isEqualTo("尚未生效");
		JsonNode repealedLater = validity("青政办发〔2022〕21号", "2026-11-22").get("matches").get(0);
		assertThat(repealedLater.get("statusLabel").asString()).isEqualTo("现行有效");
		JsonNode afterwards = validity("青政办发〔2022〕21号", "2027-01-02").get("matches").get(0);
		assertThat(afterwards.get("statusLabel").asString()).isEqualTo("已废止");
	}

	@Test
	void aDocumentWhoseValidityEndedHasExpiredAndTheSweepRecordsIt() {
		JsonNode expired = validity("丰环青〔2020〕15号", "2026-11-22");
		JsonNode match = expired.get("matches").get(0);
		assertThat(match.get("statusLabel").asString()).isEqualTo("失效");
		ExpirySweep.Result result = this.sweep.sweep(LocalDate.of(2026, 11, 1));
		assertThat(result.expired()).contains(match.get("id").asLong());
		JsonNode document = this.http.json(this.http.get("/api/v1/documents/" + match.get("id").asLong()));
		assertThat(document.get("timeline").toString()).contains("EXPIRED");
	}

	@Test
	void theDocumentOnADateShowsTheStatusThen() {
		long id = validity("青政办〔2019〕8号", null).get("matches").get(0).get("id").asLong();
		JsonNode then = this.http.json(this.http.get("/api/v1/documents/" + id + "?asOf=2020-01-01"));
		assertThat(then.get("statusLabel").asString()).isEqualTo("现行有效");
		assertThat(then.get("versionNo").asInt()).isEqualTo(1);
		JsonNode now = this.http.json(this.http.get("/api/v1/documents/" + id));
		assertThat(now.get("statusLabel").asString()).isEqualTo("已废止");
		assertThat(now.get("successor").get("title").asString()).contains("占道经营管理办法");
		HttpResponse<String> page = this.http.get("/documents/" + id + "?asOf=2020-01-01");
		assertThat(page.body()).contains("时间线").contains("现行有效").contains("type=\"date\"");
	}

	@Test
	void aRegistrarRecordsARepealWhichIsAuditedAndChangesTheStatus() {
		long target = validity("青教规〔2023〕3号", null).get("matches").get(0).get("id").asLong();
		String repeal = """
				{"type":"REPEALED","date":"2026-11-01","effectiveDate":"2026-11-15",
				 "causedByText":"青禾县人民政府关于废止部分规范性文件的决定","reason":"2026年规范性文件清理"}
				""";
		HttpResponse<String> anonymous = this.http.send("POST", "/api/v1/documents/" + target + "/events", repeal, null,
				null);
		assertThat(anonymous.statusCode()).isEqualTo(401);

		HttpResponse<String> recorded = this.http.send("POST", "/api/v1/documents/" + target + "/events", repeal,
				"registrar", "s3cret");
		assertThat(recorded.statusCode()).isEqualTo(201);
		assertThat(this.http.json(recorded).get("recordedBy").asString()).isEqualTo("registrar");

		assertThat(validity("青教规〔2023〕3号", "2026-11-14").get("matches").get(0).get("statusLabel").asString())
			.isEqualTo("现行有效");
		assertThat(validity("青教规〔2023〕3号", "2026-11-15").get("matches").get(0).get("statusLabel").asString())
			.isEqualTo("已废止");
		JsonNode audit = this.http.json(this.http.getAs("/api/v1/audit?documentId=" + target, "registrar", "s3cret"));
		assertThat(audit.get(0).get("action").asString()).isEqualTo("RECORD_EVENT");
		assertThat(audit.get(0).get("actor").asString()).isEqualTo("registrar");
		assertThat(audit.get(0).get("reason").asString()).isEqualTo("2026年规范性文件清理");
		assertThat(audit.get(0).get("detail").get("statusBefore").asString()).isEqualTo("IN_FORCE");
	}

	@Test
	void badEventsAreRefusedWithAMessageNamingWhatIsWrong() {
		long target = validity("青政办规〔2022〕2号", null).get("matches").get(0).get("id").asLong();
		String noReason = "{\"type\":\"REPEALED\",\"date\":\"2026-11-01\"}";
		HttpResponse<String> missing = this.http.send("POST", "/api/v1/documents/" + target + "/events", noReason,
				"registrar", "s3cret");
		assertThat(missing.statusCode()).isEqualTo(400);
		assertThat(this.http.json(missing).get("field").asString()).isEqualTo("reason");
		String badDate = "{\"type\":\"REPEALED\",\"date\":\"2026-02-30\",\"reason\":\"x\"}";
		HttpResponse<String> invalid = this.http.send("POST", "/api/v1/documents/" + target + "/events", badDate,
				"registrar", "s3cret");
		assertThat(invalid.statusCode()).isEqualTo(400);
		assertThat(this.http.json(invalid).get("detail").asString()).contains("2026-02-30");
		String unknownCause = "{\"type\":\"REPEALED\",\"date\":\"2026-11-01\",\"causedByDocumentId\":999999,\"reason\":\"x\"}";
		HttpResponse<String> cause = this.http.send("POST", "/api/v1/documents/" + target + "/events", unknownCause,
				"registrar", "s3cret");
		assertThat(cause.statusCode()).isEqualTo(400);
		assertThat(this.http.json(cause).get("detail").asString()).contains("999999");
		HttpResponse<String> noDocument = this.http.send("POST", "/api/v1/documents/999999/events",
				"{\"type\":\"REPEALED\",\"date\":\"2026-11-01\",\"reason\":\"x\"}", "registrar", "s3cret");
		assertThat(noDocument.statusCode()).isEqualTo(404);
	}

	@Test
	void aRegistrarCorrectsMetadataWithTheValuesBeforeAndAfterAudited() {
		long target = validity("青农规〔2025〕2号", null).get("matches").get(0).get("id").asLong();
		HttpResponse<String> corrected = this.http.send("PATCH", "/api/v1/documents/" + target,
				"{\"topic\":\"农业农村\",\"publishedDate\":\"2025-03-10\",\"reason\":\"按原件补录\"}", "registrar", "s3cret");
		assertThat(corrected.statusCode()).isEqualTo(200);
		assertThat(this.http.json(corrected).get("publishedDate").asString()).isEqualTo("2025-03-10");
		JsonNode audit = this.http.json(this.http.getAs("/api/v1/audit?documentId=" + target, "registrar", "s3cret"));
		assertThat(audit.get(0).get("action").asString()).isEqualTo("CORRECT_METADATA");
		assertThat(audit.get(0).get("detail").get("publishedDate").get("after").asString()).isEqualTo("2025-03-10");
		HttpResponse<String> badNumber = this.http.send("PATCH", "/api/v1/documents/" + target,
				"{\"docNumber\":\"not a number\",\"reason\":\"x\"}", "registrar", "s3cret");
		assertThat(badNumber.statusCode()).isEqualTo(400);
		assertThat(this.http.json(badNumber).get("detail").asString()).contains("not a number");
	}

	@Test
	void aRegistrarReclassifiesAnOtherDocumentAsNormativeAndBack() {
		// Sample 20 is a meeting notice: another document, kept apart from the normative
		// ones.
		long meeting = search("清理工作推进会议").get("id").asLong();
		JsonNode before = this.http.json(this.http.getAs("/api/v1/documents/" + meeting, "registrar", "s3cret"));
		assertThat(before.get("kind").asString()).isEqualTo("OTHER");
		assertThat(before.get("kindLabel").asString()).isEqualTo("其他文件");
		// Pages take a form login (HTTP Basic is for the API).
		Http browser = Http.browser(this.port);
		assertThat(browser.login("registrar", "s3cret").statusCode()).isEqualTo(302);
		HttpResponse<String> page = browser.get("/registrar/documents/" + meeting);
		assertThat(page.body()).contains("信息来源", "其他文件", "推断");

		HttpResponse<String> normative = this.http.send("PATCH", "/api/v1/documents/" + meeting,
				"{\"kind\":\"行政规范性文件\",\"reason\":\"按实质复核\"}", "registrar", "s3cret");
		assertThat(normative.statusCode()).as(normative.body()).isEqualTo(200);
		assertThat(this.http.json(normative).get("kind").asString()).isEqualTo("NORMATIVE_DOCUMENT");
		assertThat(this.http.json(normative).get("kindReason").asString()).contains("按实质复核");
		assertThat(browser.get("/registrar/documents/" + meeting).body()).contains("登记人员");

		HttpResponse<String> back = this.http.send("PATCH", "/api/v1/documents/" + meeting,
				"{\"kind\":\"OTHER\",\"reason\":\"会议通知不是规范性文件\"}", "registrar", "s3cret");
		assertThat(this.http.json(back).get("kindLabel").asString()).isEqualTo("其他文件");
		JsonNode audit = this.http.json(this.http.getAs("/api/v1/audit?documentId=" + meeting, "registrar", "s3cret"));
		assertThat(audit.get(0).get("detail").get("kind").get("before").asString()).isEqualTo("NORMATIVE_DOCUMENT");
		assertThat(audit.get(0).get("detail").get("kind").get("after").asString()).isEqualTo("OTHER");
	}

	@Test
	void documentsEndingWithinSixMonthsAreListedForEvaluation() {
		HttpResponse<String> report = this.http.getAs("/api/v1/reports/expiring?months=6", "registrar", "s3cret");
		assertThat(report.statusCode()).isEqualTo(200);
		assertThat(report.body()).contains("青政办规〔2023〕1号");
		assertThat(this.http.get("/api/v1/reports/expiring?months=6").statusCode()).isEqualTo(401);
	}

	private JsonNode search(String q) {
		HttpResponse<String> response = this.http.getAs("/api/v1/documents?status=all&q=" + Http.encode(q), "registrar",
				"s3cret");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return this.http.json(response).get("hits").get(0);
	}

	private JsonNode validity(String ref, String date) {
		HttpResponse<String> response = this.http
			.get("/api/v1/validity?ref=" + Http.encode(ref) + ((date != null) ? "&date=" + date : ""));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return this.http.json(response);
	}

}
