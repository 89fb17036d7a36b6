package cn.guifan.registry.campaign;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.guifan.registry.ledger.CampaignDecisions;
import cn.guifan.registry.support.RegistryIntegrationTest;
import cn.guifan.registry.support.SampleFixture;
import cn.guifan.registry.support.TestDatabase;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whole campaigns over the sample documents of 青禾县, through the API as a registrar and
 * department accounts use it: scope and flags, proposals through the API and through a
 * spreadsheet (with rejected rows), a returned proposal, approval, publication; then the
 * validity look-up, the public lists and the audit log. Also: what a department may not
 * see or do on every endpoint, publication that fails half way, the evaluation before a
 * validity period ends, and the review an upper-level change proposes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "guifan.security.users[0].name=registrar", "guifan.security.users[0].password={noop}s3cret",
				"guifan.security.users[0].roles=REGISTRAR", "guifan.security.users[1].name=zfb",
				"guifan.security.users[1].password={noop}zfb-pw", "guifan.security.users[1].roles=DEPARTMENT",
				"guifan.security.users[1].organization=青禾县人民政府办公室", "guifan.security.users[2].name=sjj",
				"guifan.security.users[2].password={noop}sjj-pw", "guifan.security.users[2].roles=DEPARTMENT",
				"guifan.security.users[2].organization=青禾县市场监督管理局", "guifan.security.users[3].name=sjs",
				"guifan.security.users[3].password={noop}sjs-pw", "guifan.security.users[3].roles=DEPARTMENT",
				"guifan.security.users[3].organization=青禾县审计局" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CampaignApiIT extends RegistryIntegrationTest {

	static final LocalDate TODAY = LocalDate.now();

	@Autowired
	SampleFixture samples;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PublishedDecisions publishedDecisions;

	@Autowired
	CampaignDecisions ledgerCampaigns;

	@LocalServerPort
	int port;

	CampaignClient registrar;

	CampaignClient office;

	CampaignClient market;

	CampaignClient audit;

	CampaignClient anonymous;

	@BeforeAll
	void setUp() throws Exception {
		this.samples.load();
		this.registrar = new CampaignClient(this.port, "registrar", "s3cret");
		this.office = new CampaignClient(this.port, "zfb", "zfb-pw");
		this.market = new CampaignClient(this.port, "sjj", "sjj-pw");
		this.audit = new CampaignClient(this.port, "sjs", "sjs-pw");
		this.anonymous = new CampaignClient(this.port, null, null);
	}

	@Test
	void aWholeCampaignFromScopeToPublishedLists() throws Exception {
		long housing = id("青政办规〔2023〕1号");
		long vending = id("青政办规〔2022〕2号");
		long inspection = id("青政办发〔2022〕21号");
		long food = id("青市监规〔2023〕1号");
		long future = id("青政办规〔2026〕3号");

		// Scope and flags, previewed before anything is stored.
		String scope = """
				{"issuers":["青禾县"],"kinds":["行政规范性文件"],"inForceOn":"%s"}""".formatted(TODAY);
		JsonNode preview = this.registrar
			.ok(this.registrar.post("/api/v1/campaigns/preview", "{\"scope\":" + scope + ",\"keywords\":[\"证明\"]}"));
		assertThat(ids(preview)).contains(housing, vending, inspection, food)
			.as("not yet in force, not in scope")
			.doesNotContain(future);
		assertThat(flags(preview, housing)).anyMatch((f) -> f.startsWith("EXPIRING") && f.contains("2026年12月31日"));
		assertThat(flags(preview, food)).anyMatch((f) -> f.startsWith("CITES_INVALID") && f.contains("青政办〔2019〕8号"))
			.anyMatch((f) -> f.startsWith("KEYWORD") && f.contains("“证明”"));
		assertThat(flags(preview, inspection))
			.anyMatch((f) -> f.startsWith("LATER_SAME_SUBJECT") && f.contains("青政办规〔2026〕3号"));

		JsonNode campaign = this.registrar.ok(this.registrar.post("/api/v1/campaigns", """
				{"name":"2026年行政规范性文件全面清理","kind":"COMPREHENSIVE","deadline":"%s","keywords":["证明"],
				 "basisText":"《丰原市人民政府办公室关于开展行政规范性文件清理工作的通知》","scope":%s}""".formatted(TODAY.plusDays(30), scope)));
		long id = campaign.get("id").asLong();
		String path = "/api/v1/campaigns/" + id;
		assertThat(campaign.get("stateLabel").asString()).isEqualTo("草拟");
		assertThat(this.office.get(path).statusCode()).as("departments do not see a draft").isEqualTo(404);
		this.registrar.ok(this.registrar.post(path + "/state", "{\"state\":\"ACTIVE\"}"));

		// The office sees its own items only, and proposes through the API.
		JsonNode officeItems = this.office.ok(this.office.get(path + "/items"));
		assertThat(officeItems).allMatch((i) -> i.get("responsibleOrgan").asString().equals("青禾县人民政府办公室"));
		assertThat(ids(officeItems)).contains(housing, vending, inspection).doesNotContain(food);
		JsonNode proposed = this.office.ok(this.office.post(path + "/items/" + housing + "/proposal",
				"{\"decision\":\"REPEAL\",\"grounds\":\"适用期已过\"}"));
		assertThat(proposed.get("item").get("decisionLabel").asString()).isEqualTo("拟废止");
		HttpResponse<String> noGrounds = this.office.post(path + "/items/" + vending + "/proposal",
				"{\"decision\":\"CONTINUE\"}");
		assertThat(noGrounds.statusCode()).isEqualTo(400);
		assertThat(CampaignClient.json(noGrounds).get("field").asString()).isEqualTo("grounds");

		// The market regulator fills in its spreadsheet: one good row, three it may not
		// apply.
		byte[] sheet = this.market.getBytes(path + "/items.xlsx").body();
		byte[] filled = fill(sheet, food, "拟修改", "第九条引用的文件已被废止", "第九条");
		filled = addRow(filled, vending, "拟保留", "仍然适用");
		filled = addRow(filled, 999_999L, "拟废止", "无");
		filled = addRow(filled, food, "作废", "无");
		JsonNode upload = this.market.ok(this.market.upload(path + "/items.xlsx", "市场监管局清理意见.xlsx", filled));
		Map<Integer, JsonNode> rows = new java.util.HashMap<>();
		upload.get("rows").forEach((r) -> rows.put(r.get("row").asInt(), r));
		assertThat(rows.values()).extracting((r) -> r.get("outcome").asString())
			.containsExactlyInAnyOrder("ERROR", "ERROR", "ERROR", "ERROR");
		assertThat(rows.get(3).get("message").asString()).contains("不在您负责");
		assertThat(rows.get(4).get("message").asString()).contains("登记库中没有");
		assertThat(rows.get(2).get("message").asString()).contains("重复");
		// The duplicate row taken out, the sheet is accepted row by row; nothing is
		// applied until confirmed.
		filled = addRow(fill(sheet, food, "拟修改", "第九条引用的文件已被废止", "第九条"), vending, "拟保留", "仍然适用");
		filled = addRow(filled, 999_999L, "拟废止", "无");
		upload = this.market.ok(this.market.upload(path + "/items.xlsx", "市场监管局清理意见.xlsx", filled));
		assertThat(upload.get("rows")).extracting((r) -> r.get("outcome").asString())
			.containsExactly("CHANGE", "ERROR", "ERROR");
		assertThat(item(this.market, path, food).get("state").asString()).isEqualTo("PENDING");
		long uploadId = upload.get("id").asLong();
		assertThat(this.office.post(path + "/uploads/" + uploadId + "/confirmation", "").statusCode())
			.as("only the uploader confirms")
			.isEqualTo(404);
		JsonNode confirmed = this.market.ok(this.market.post(path + "/uploads/" + uploadId + "/confirmation", ""));
		assertThat(confirmed.get("applied").asInt()).isEqualTo(1);
		assertThat(item(this.market, path, food).get("decisionLabel").asString()).isEqualTo("拟修改");
		assertThat(this.market.post(path + "/uploads/" + uploadId + "/confirmation", "").statusCode())
			.as("confirmed once")
			.isEqualTo(400);

		// The bureau returns the office's proposal; the office proposes again.
		JsonNode returned = this.registrar.ok(this.registrar.post(path + "/items/" + housing + "/review",
				"{\"approve\":false,\"comment\":\"请补充适用期届满的依据\"}"));
		assertThat(returned.get("item").get("stateLabel").asString()).isEqualTo("已退回");
		assertThat(this.registrar.post(path + "/items/" + vending + "/review", "{\"approve\":false}").statusCode())
			.isEqualTo(400);
		JsonNode seen = this.office.ok(this.office.get(path + "/items/" + housing));
		assertThat(seen.get("item").get("reviewComment").asString()).isEqualTo("请补充适用期届满的依据");
		this.office.ok(this.office.post(path + "/items/" + housing + "/proposal",
				"{\"decision\":\"拟废止\",\"grounds\":\"适用期已过：措施针对2023年的市场形势，已执行完毕\"}"));

		// The rest proposed by the bureau, then everything approved in bulk.
		List<Long> all = ids(this.registrar.ok(this.registrar.get(path + "/items")));
		for (long doc : all) {
			if (doc != housing && doc != food) {
				this.registrar.ok(this.registrar.post(path + "/items/" + doc + "/proposal",
						"{\"decision\":\"CONTINUE\",\"grounds\":\"符合上位法和现行政策\"}"));
			}
		}
		JsonNode progress = this.registrar.ok(this.registrar.get(path + "/progress"));
		assertThat(progress.get("totals").get("PROPOSED").asInt()).isEqualTo(all.size());
		assertThat(progress.get("readyToPublish").asBoolean()).isFalse();
		HttpResponse<String> early = this.registrar.post(path + "/publish",
				"{\"docNumber\":\"青政发〔2026〕20号\",\"date\":\"" + TODAY + "\"}");
		assertThat(early.statusCode()).isEqualTo(400);
		JsonNode bulk = this.registrar.ok(this.registrar.post(path + "/reviews",
				"{\"documentIds\":" + all + ",\"approve\":true,\"comment\":\"同意\"}"));
		assertThat(bulk.get("reviewed")).hasSize(all.size());
		this.registrar.ok(this.registrar.post(path + "/state", "{\"state\":\"IN_REVIEW\"}"));
		assertThat(this.registrar.ok(this.registrar.get(path + "/progress")).get("readyToPublish").asBoolean())
			.isTrue();

		// Publication.
		JsonNode published = this.registrar
			.ok(this.registrar.post(path + "/publish", "{\"docNumber\":\"青政发[2026]20号\",\"date\":\"" + TODAY + "\"}"));
		assertThat(published.get("stateLabel").asString()).isEqualTo("已发布");
		JsonNode decision = published.get("decision");
		assertThat(decision.get("title").asString()).isEqualTo("青禾县人民政府关于公布2026年行政规范性文件全面清理结果的决定");
		assertThat(decision.get("docNumber").asString()).isEqualTo("青政发〔2026〕20号");
		long decisionId = decision.get("documentId").asLong();

		JsonNode validity = this.anonymous.ok(this.anonymous.get("/api/v1/validity?ref=" + encode("青政办规〔2023〕1号")))
			.get("matches")
			.get(0);
		assertThat(validity.get("statusLabel").asString()).isEqualTo("已废止");
		assertThat(validity.get("citable").asBoolean()).isFalse();
		assertThat(validity.get("reason").asString()).contains("青政发〔2026〕20号");
		assertThat(validity.get("successor").get("id").asLong()).isEqualTo(decisionId);
		JsonNode amended = this.anonymous.ok(this.anonymous.get("/api/v1/validity?ref=" + encode("青市监规〔2023〕1号")))
			.get("matches")
			.get(0);
		assertThat(amended.get("statusLabel").asString()).as("修改 is pending: still in force").isEqualTo("现行有效");
		JsonNode decisionDocument = this.anonymous.ok(this.anonymous.get("/api/v1/documents/" + decisionId));
		assertThat(decisionDocument.get("title").asString()).isEqualTo(decision.get("title").asString());
		assertThat(decisionDocument.toString()).contains(Long.toString(housing));

		// The lists: public, downloadable.
		JsonNode results = this.anonymous.ok(this.anonymous.get(path + "/results"));
		assertThat(results.get("lists")).extracting((l) -> l.get("decision").asString())
			.containsExactly("CONTINUE", "AMEND", "REPEAL");
		assertThat(results.get("lists").get(2).get("rows").get(0).get("docNumber").asString())
			.isEqualTo("青政办规〔2023〕1号");
		HttpResponse<byte[]> docx = this.anonymous.getBytes(path + "/results.docx");
		assertThat(docx.statusCode()).isEqualTo(200);
		assertThat(docx.headers().firstValue("Content-Disposition")).get().asString().contains("attachment");
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx.body()));
				XWPFWordExtractor text = new XWPFWordExtractor(document)) {
			assertThat(text.getText()).contains("决定废止的行政规范性文件目录（1件）").contains("青禾县促进房地产市场平稳健康发展若干措施");
		}
		HttpResponse<byte[]> xlsx = this.anonymous.getBytes(path + "/results.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
			assertThat(workbook.getNumberOfSheets()).isEqualTo(3);
			assertThat(workbook.getSheetAt(1).getRow(2).getCell(5).getStringCellValue()).isEqualTo("修改（第九条）");
		}

		// Other features read what was published: the ledger's 最近清理 column and a
		// collection of the 继续有效 list.
		assertThat(this.publishedDecisions.last(List.of(housing)).get(housing))
			.isEqualTo(new PublishedDecisions.Published(id, "2026年行政规范性文件全面清理", "废止", TODAY));
		List<Long> continued = this.publishedDecisions.continuedInForce("2026年行政规范性文件全面清理").orElseThrow();
		assertThat(continued).isNotEmpty().doesNotContain(housing);
		assertThat(this.publishedDecisions.continuedInForce(Long.toString(id))).contains(continued);
		assertThat(this.publishedDecisions.continuedInForce("没有这次清理")).isEmpty();
		assertThat(this.publishedDecisions.last(continued).values())
			.allSatisfy((p) -> assertThat(p.decision()).isEqualTo("继续有效"));
		assertThat(this.ledgerCampaigns.lastDecisions(List.of(housing)).get(housing))
			.isEqualTo(new CampaignDecisions.Decision("2026年行政规范性文件全面清理", "废止", TODAY));

		// Every step is in the audit log.
		JsonNode log = this.registrar.ok(this.registrar.get("/api/v1/audit?limit=1000"));
		List<String> actions = new ArrayList<>();
		log.forEach((e) -> actions.add(e.get("action").asString() + ":" + e.get("actor").asString()));
		assertThat(actions).contains("CAMPAIGN_CREATE:registrar", "CAMPAIGN_STATE:registrar", "CAMPAIGN_PROPOSE:zfb",
				"CAMPAIGN_PROPOSE:sjj", "CAMPAIGN_UPLOAD:sjj", "CAMPAIGN_REVIEW:registrar",
				"CAMPAIGN_PUBLISH:registrar", "RECORD_EVENT:registrar", "CAMPAIGN_CONFIRMED:registrar",
				"CAMPAIGN_AMEND_PENDING:registrar");
		JsonNode housingLog = this.registrar.ok(this.registrar.get("/api/v1/audit?documentId=" + housing));
		assertThat(housingLog).extracting((e) -> e.get("action").asString())
			.containsSubsequence("RECORD_EVENT", "CAMPAIGN_REVIEW", "CAMPAIGN_PROPOSE", "CAMPAIGN_REVIEW",
					"CAMPAIGN_PROPOSE");
		JsonNode history = this.registrar.ok(this.registrar.get(path + "/items/" + housing)).get("history");
		assertThat(history).extracting((s) -> s.get("action").asString())
			.containsExactly("ADDED", "PROPOSED", "RETURNED", "PROPOSED", "APPROVED", "PUBLISHED");

		// Published, the campaign no longer changes.
		assertThat(this.office
			.post(path + "/items/" + vending + "/proposal", "{\"decision\":\"REPEAL\",\"grounds\":\"x\"}")
			.statusCode()).isEqualTo(400);
	}

	@Test
	void aDepartmentNeitherReadsNorChangesAnotherOrgansItemsOnAnyEndpoint() throws Exception {
		long office = id("青政办规〔2024〕1号");
		long food = id("青市监规〔2023〕1号");
		long id = startedCampaign("部门隔离检查", List.of(office, food));
		String path = "/api/v1/campaigns/" + id;
		String itemPath = path + "/items/" + office;

		assertThat(ids(this.market.ok(this.market.get(path + "/items")))).containsExactly(food);
		assertThat(this.market.ok(this.market.get(path)).get("counts").get("PENDING").asInt()).isEqualTo(1);
		assertThat(this.market.ok(this.market.get(path + "/progress")).get("organs")).singleElement()
			.satisfies((o) -> assertThat(o.get("organ").asString()).isEqualTo("青禾县市场监督管理局"));
		assertThat(this.market.get(itemPath).statusCode()).isEqualTo(404);
		assertThat(this.market.post(itemPath + "/proposal", "{\"decision\":\"REPEAL\",\"grounds\":\"x\"}").statusCode())
			.isEqualTo(404);
		assertThat(this.market.post(itemPath + "/review", "{\"approve\":true}").statusCode()).isEqualTo(403);
		assertThat(this.market.post(itemPath + "/removal", "{\"reason\":\"x\"}").statusCode()).isEqualTo(403);
		assertThat(
				this.market.post(itemPath + "/assignment", "{\"organ\":\"青禾县市场监督管理局\",\"reason\":\"x\"}").statusCode())
			.isEqualTo(403);
		assertThat(
				this.market.post(path + "/reviews", "{\"documentIds\":[" + office + "],\"approve\":true}").statusCode())
			.isEqualTo(403);
		assertThat(
				this.market.post(path + "/items", "{\"documentIds\":[" + office + "],\"reason\":\"x\"}").statusCode())
			.isEqualTo(403);
		assertThat(this.market.post(path + "/state", "{\"state\":\"CANCELLED\",\"reason\":\"x\"}").statusCode())
			.isEqualTo(403);
		assertThat(this.market.post(path + "/flags", "").statusCode()).isEqualTo(403);
		assertThat(this.market.post(path + "/publish", "{\"docNumber\":\"青政发〔2026〕99号\",\"date\":\"" + TODAY + "\"}")
			.statusCode()).isEqualTo(403);
		assertThat(this.market.post("/api/v1/campaigns", "{\"name\":\"x\"}").statusCode()).isEqualTo(403);
		assertThat(this.market.post("/api/v1/campaigns/preview", "{\"scope\":{\"documentIds\":[" + office + "]}}")
			.statusCode()).isEqualTo(403);
		assertThat(this.market.post("/api/v1/campaigns/evaluations", "").statusCode()).isEqualTo(403);
		assertThat(this.market.get(path + "/results").statusCode()).as("not published").isEqualTo(404);

		// Its spreadsheet holds its own items; a row naming another organ's is refused.
		String title = this.registrar.ok(this.registrar.get(itemPath)).get("item").get("title").asString();
		byte[] sheet = this.market.getBytes(path + "/items.xlsx").body();
		assertThat(sheetText(sheet)).doesNotContain(title);
		JsonNode upload = this.market
			.ok(this.market.upload(path + "/items.xlsx", "x.xlsx", addRow(sheet, office, "拟废止", "x")));
		assertThat(upload.get("rows")).filteredOn((r) -> r.get("documentId").asLong() == office)
			.singleElement()
			.satisfies((r) -> {
				assertThat(r.get("outcome").asString()).isEqualTo("ERROR");
				assertThat(r.get("message").asString()).contains("不在您负责");
			});
		// Another department's upload is not its to see or confirm.
		JsonNode officeUpload = this.office
			.ok(this.office.upload(path + "/items.xlsx", "y.xlsx", this.office.getBytes(path + "/items.xlsx").body()));
		assertThat(this.market.get(path + "/uploads/" + officeUpload.get("id").asLong()).statusCode()).isEqualTo(404);

		// A department without items there does not see the campaign at all; nobody
		// anonymous does.
		assertThat(this.audit.get(path).statusCode()).isEqualTo(404);
		assertThat(this.audit.get(path + "/items/" + food).statusCode()).isEqualTo(404);
		assertThat(this.audit.ok(this.audit.get("/api/v1/campaigns"))).noneMatch((c) -> c.get("id").asLong() == id);
		assertThat(this.anonymous.get(path).statusCode()).isEqualTo(401);
		assertThat(this.anonymous.get(path + "/items").statusCode()).isEqualTo(401);
		assertThat(this.anonymous.post(itemPath + "/proposal", "{}").statusCode()).isEqualTo(401);
	}

	@Test
	void aPublicationThatFailsHalfWayLeavesNoStatusChangedAndNoListPublished() throws Exception {
		long straw = id("青农规[2025]2号");
		long review = id("青政办规〔2024〕1号");
		long id = startedCampaign("发布失败检查", List.of(straw, review));
		String path = "/api/v1/campaigns/" + id;
		this.registrar.ok(this.registrar.post(path + "/items/" + straw + "/proposal",
				"{\"decision\":\"REPEAL\",\"grounds\":\"被新规定涵盖或替代\"}"));
		this.registrar.ok(this.registrar.post(path + "/items/" + review + "/proposal",
				"{\"decision\":\"INVALIDATE\",\"grounds\":\"调整对象已消失\"}"));
		this.registrar.ok(this.registrar.post(path + "/reviews",
				"{\"documentIds\":[" + straw + "," + review + "],\"approve\":true}"));
		this.registrar.ok(this.registrar.post(path + "/state", "{\"state\":\"IN_REVIEW\"}"));
		long auditBefore = this.jdbc.sql("SELECT COUNT(*) FROM audit_log").query(Long.class).single();

		if (TestDatabase.postgres()) {
			this.jdbc.sql("""
					CREATE FUNCTION refuse_publication() RETURNS trigger AS $$
					BEGIN
					  IF NEW.state = 'PUBLISHED' THEN RAISE EXCEPTION '测试：数据库拒绝了发布的最后一次写入'; END IF;
					  RETURN NEW;
					END $$ LANGUAGE plpgsql""").update();
			this.jdbc
				.sql("CREATE TRIGGER refuse_publication BEFORE UPDATE ON campaign FOR EACH ROW "
						+ "EXECUTE FUNCTION refuse_publication()")
				.update();
		}
		else {
			this.jdbc
				.sql("CREATE TRIGGER refuse_publication BEFORE UPDATE ON campaign FOR EACH ROW CALL '"
						+ RefusePublication.class.getName() + "'")
				.update();
		}
		HttpResponse<String> failed;
		try {
			failed = this.registrar.post(path + "/publish",
					"{\"docNumber\":\"青政发〔2026〕31号\",\"date\":\"" + TODAY + "\"}");
		}
		finally {
			this.jdbc.sql(TestDatabase.postgres() ? "DROP TRIGGER refuse_publication ON campaign"
					: "DROP TRIGGER refuse_publication")
				.update();
		}
		assertThat(failed.statusCode()).isEqualTo(500);
		assertThat(status("青农规[2025]2号")).isEqualTo("现行有效");
		assertThat(status("青政办规〔2024〕1号")).isEqualTo("现行有效");
		assertThat(this.anonymous.ok(this.anonymous.get("/api/v1/validity?ref=" + encode("青政发〔2026〕31号")))
			.get("found")
			.asBoolean()).as("no decision document").isFalse();
		assertThat(this.anonymous.get(path + "/results").statusCode()).isEqualTo(404);
		assertThat(this.registrar.ok(this.registrar.get(path)).get("state").asString()).isEqualTo("IN_REVIEW");
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM audit_log").query(Long.class).single()).isEqualTo(auditBefore);

		// Once the database takes the write again, the same publication goes through.
		this.registrar
			.ok(this.registrar.post(path + "/publish", "{\"docNumber\":\"青政发〔2026〕31号\",\"date\":\"" + TODAY + "\"}"));
		assertThat(status("青农规[2025]2号")).isEqualTo("已废止");
		assertThat(status("青政办规〔2024〕1号")).isEqualTo("失效");
	}

	@Test
	void documentsWhoseValidityEndsWithinSixMonthsAreEvaluatedAndAnExtensionReRegistersThem() throws Exception {
		long finance = id("青财规〔2022〕3号");
		JsonNode run = this.registrar.ok(this.registrar.post("/api/v1/campaigns/evaluations", ""));
		long id = run.get("campaignId").asLong();
		assertThat(run.get("added").toString()).contains(Long.toString(finance));
		assertThat(this.registrar.ok(this.registrar.post("/api/v1/campaigns/evaluations", "")).get("added")).as("once")
			.isEmpty();
		String path = "/api/v1/campaigns/" + id;
		JsonNode campaign = this.registrar.ok(this.registrar.get(path));
		assertThat(campaign.get("kind").asString()).isEqualTo("ROUTINE");
		assertThat(campaign.get("state").asString()).as("under way at once").isEqualTo("ACTIVE");
		HttpResponse<String> wrong = this.registrar.post(path + "/items/" + finance + "/proposal",
				"{\"decision\":\"CONTINUE\",\"grounds\":\"x\"}");
		assertThat(wrong.statusCode()).as("an evaluation extends, amends, repeals or lets lapse").isEqualTo(400);
		LocalDate extended = TODAY.plusYears(3);
		HttpResponse<String> noDate = this.registrar.post(path + "/items/" + finance + "/proposal",
				"{\"decision\":\"EXTEND\",\"grounds\":\"奖补政策仍需执行\"}");
		assertThat(CampaignClient.json(noDate).get("field").asString()).isEqualTo("newExpiryDate");
		List<Long> items = ids(this.registrar.ok(this.registrar.get(path + "/items")));
		for (long doc : items) {
			String proposal = (doc == finance)
					? "{\"decision\":\"EXTEND\",\"grounds\":\"奖补政策仍需执行\",\"newExpiryDate\":\"" + extended + "\"}"
					: "{\"decision\":\"LAPSE\",\"grounds\":\"有效期届满后不再执行\"}";
			this.registrar.ok(this.registrar.post(path + "/items/" + doc + "/proposal", proposal));
		}
		this.registrar.ok(this.registrar.post(path + "/reviews", "{\"documentIds\":" + items + ",\"approve\":true}"));
		this.registrar.ok(this.registrar.post(path + "/state", "{\"state\":\"IN_REVIEW\"}"));
		this.registrar
			.ok(this.registrar.post(path + "/publish", "{\"docNumber\":\"青政发〔2026〕40号\",\"date\":\"" + TODAY + "\"}"));
		JsonNode document = this.anonymous.ok(this.anonymous.get("/api/v1/documents/" + finance));
		assertThat(document.get("expiryDate").asString()).isEqualTo(extended.toString());
		JsonNode log = this.registrar.ok(this.registrar.get("/api/v1/audit?documentId=" + finance));
		assertThat(log.get(0).get("action").asString()).isEqualTo("CORRECT_METADATA");
		assertThat(log.get(0).get("reason").asString()).contains("青政发〔2026〕40号").contains("延长有效期");
	}

	/**
	 * A campaign named as campaigns are (…专项清理) publishes a decision titled as cleanup
	 * decisions are (…清理结果的决定). Storing it read its 宣布失效 list and declared the document
	 * invalid; the publication then declared it again and failed on that (不能再登记“宣布失效”),
	 * publishing nothing. The campaign records each outcome once, with the registrar's
	 * grounds; the decision is related to what it lists.
	 */
	@Test
	void aCleanupCampaignDeclaresADocumentInvalidOnceWhenItPublishes() {
		long greening = id("丰原市人民政府令第１２号");
		String path = campaignInReview("2026年行政规范性文件专项清理", greening, "INVALIDATE", "调整对象已消失");

		HttpResponse<String> published = this.registrar.post(path + "/publish",
				"{\"docNumber\":\"青政发〔2026〕41号\",\"date\":\"" + TODAY + "\"}");

		assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
		assertThat(status("丰原市人民政府令第１２号")).isEqualTo("失效");
		JsonNode document = this.registrar.ok(this.registrar.get("/api/v1/documents/" + greening));
		assertThat(document.get("timeline")).filteredOn((e) -> e.get("type").asString().equals("DECLARED_INVALID"))
			.singleElement()
			.satisfies((e) -> assertThat(e.toString()).contains("青政发〔2026〕41号").contains("调整对象已消失"));
	}

	@Test
	void aPublicationRefusedForOneDocumentNamesItAndPublishesNothing() {
		long kindergartens = id("青教规〔2023〕3号");
		String path = campaignInReview("发布时已废止检查", kindergartens, "REPEAL", "被新规定涵盖或替代");
		// Repealed by its own organs while the campaign was under review.
		this.registrar.ok(this.registrar.post("/api/v1/documents/" + kindergartens + "/events", """
				{"type":"REPEALED","date":"%s","causedByText":"青禾县教育局 青禾县财政局关于废止部分文件的通知",
				 "reason":"制定机关废止"}""".formatted(TODAY)));

		HttpResponse<String> refused = this.registrar.post(path + "/publish",
				"{\"docNumber\":\"青政发〔2026〕43号\",\"date\":\"" + TODAY + "\",\"issuer\":\"青禾县人民政府\"}");

		assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
		assertThat(refused.body()).contains("清理结果未发布")
			.contains("青禾县普惠性民办幼儿园认定和奖补办法")
			.contains("青教规〔2023〕3号")
			.contains("登记号 " + kindergartens);
		assertThat(this.registrar.ok(this.registrar.get(path)).get("state").asString()).isEqualTo("IN_REVIEW");
		assertThat(this.anonymous.ok(this.anonymous.get("/api/v1/validity?ref=" + encode("青政发〔2026〕43号")))
			.get("found")
			.asBoolean()).as("no decision document").isFalse();
	}

	@Test
	void anAmendmentOfADocumentOthersAreBasedOnProposesASpecialReviewWithAThirtyDayDeadline() {
		long rule = id("丰原市人民政府令第8号");
		long cleanupDecision = id("青政发〔2024〕11号");
		this.registrar.ok(this.registrar.post("/api/v1/documents/" + rule + "/events", """
				{"type":"AMENDED","date":"%s","causedByText":"丰原市人民政府关于修改《丰原市行政规范性文件管理规定》的决定",
				 "reason":"市政府令修改"}""".formatted(TODAY)));
		JsonNode proposed = null;
		for (JsonNode c : this.registrar.ok(this.registrar.get("/api/v1/campaigns"))) {
			if (c.get("trigger") != null && !c.get("trigger").isNull()
					&& c.get("trigger").get("documentId").asLong() == rule) {
				proposed = c;
			}
		}
		assertThat(proposed).as("a proposed campaign").isNotNull();
		assertThat(proposed.get("kind").asString()).isEqualTo("SPECIAL");
		assertThat(proposed.get("state").asString()).as("proposed, for the bureau to start").isEqualTo("DRAFT");
		assertThat(proposed.get("deadline").asString()).isEqualTo(TODAY.plusDays(30).toString());
		assertThat(proposed.get("name").asString()).contains("丰原市行政规范性文件管理规定").contains("修正");
		JsonNode items = this.registrar
			.ok(this.registrar.get("/api/v1/campaigns/" + proposed.get("id").asLong() + "/items"));
		assertThat(ids(items)).contains(cleanupDecision);
		assertThat(flags(items, cleanupDecision))
			.anyMatch((f) -> f.startsWith("UPPER_LEVEL_CHANGED") && f.contains("修正"));
	}

	// Helpers

	/**
	 * A started campaign over one document whose proposal is approved and which is under
	 * review: ready to publish. Returns the campaign's API path.
	 */
	private String campaignInReview(String name, long document, String decision, String grounds) {
		String path = "/api/v1/campaigns/" + startedCampaign(name, List.of(document));
		this.registrar.ok(this.registrar.post(path + "/items/" + document + "/proposal",
				"{\"decision\":\"%s\",\"grounds\":\"%s\"}".formatted(decision, grounds)));
		this.registrar
			.ok(this.registrar.post(path + "/reviews", "{\"documentIds\":[" + document + "],\"approve\":true}"));
		this.registrar.ok(this.registrar.post(path + "/state", "{\"state\":\"IN_REVIEW\"}"));
		return path;
	}

	private long startedCampaign(String name, List<Long> documents) {
		JsonNode campaign = this.registrar.ok(this.registrar.post("/api/v1/campaigns", """
				{"name":"%s","kind":"专项","deadline":"%s","scope":{"documentIds":%s}}""".formatted(name,
				TODAY.plusDays(10), documents)));
		long id = campaign.get("id").asLong();
		this.registrar.ok(this.registrar.post("/api/v1/campaigns/" + id + "/state", "{\"state\":\"ACTIVE\"}"));
		return id;
	}

	private long id(String ref) {
		return this.anonymous.ok(this.anonymous.get("/api/v1/validity?ref=" + encode(ref)))
			.get("matches")
			.get(0)
			.get("id")
			.asLong();
	}

	private String status(String ref) {
		return this.anonymous.ok(this.anonymous.get("/api/v1/validity?ref=" + encode(ref)))
			.get("matches")
			.get(0)
			.get("statusLabel")
			.asString();
	}

	private static JsonNode item(CampaignClient client, String path, long document) {
		return client.ok(client.get(path + "/items/" + document)).get("item");
	}

	private static List<Long> ids(JsonNode lines) {
		List<Long> ids = new ArrayList<>();
		lines.forEach((l) -> ids.add(l.get("documentId").asLong()));
		return ids;
	}

	private static List<String> flags(JsonNode lines, long document) {
		List<String> flags = new ArrayList<>();
		lines.forEach((l) -> {
			if (l.get("documentId").asLong() == document) {
				l.get("flags").forEach((f) -> flags.add(f.get("code").asString() + " " + f.get("text").asString()));
			}
		});
		return flags;
	}

	private static String encode(String s) {
		return URLEncoder.encode(s, StandardCharsets.UTF_8);
	}

	/** The sheet with the row of one document filled in. */
	static byte[] fill(byte[] sheet, long document, String decision, String grounds, String articles) throws Exception {
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(sheet));
				ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet s = workbook.getSheetAt(0);
			for (Row row : s) {
				if (row.getRowNum() > 0 && (long) row.getCell(0).getNumericCellValue() == document) {
					row.getCell(8).setCellValue(decision);
					row.getCell(9).setCellValue(grounds);
					row.getCell(10).setCellValue(articles);
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
	}

	/** The sheet with one more row, as someone might add it by hand. */
	static byte[] addRow(byte[] sheet, long document, String decision, String grounds) throws Exception {
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(sheet));
				ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet s = workbook.getSheetAt(0);
			Row row = s.createRow(s.getLastRowNum() + 1);
			row.createCell(0).setCellValue(document);
			row.createCell(8).setCellValue(decision);
			row.createCell(9).setCellValue(grounds);
			workbook.write(out);
			return out.toByteArray();
		}
	}

	static String sheetText(byte[] sheet) throws Exception {
		StringBuilder text = new StringBuilder();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(sheet))) {
			for (Row row : workbook.getSheetAt(0)) {
				row.forEach((c) -> text.append(c.toString()).append('\t'));
				text.append('\n');
			}
		}
		return text.toString();
	}

}
