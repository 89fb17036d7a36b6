package cn.guifan.registry.catalog;

import java.net.http.HttpResponse;
import java.util.List;

import cn.guifan.registry.support.Http;
import cn.guifan.registry.support.RegistryIntegrationTest;
import cn.guifan.registry.support.SampleFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A public document linked to one that is not public: sample 03 was repealed by 07, and a
 * registrar marks 07 不予公开. Whatever anonymous users read of 03 (its JSON, its page, the
 * validity answer, a citation check of a draft citing it) says that 03 was repealed and
 * when, and never names 07: not its id, title or doc number, nor the clause of 07 that
 * repealed it. A registrar still sees all of it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "guifan.security.users[0].name=registrar", "guifan.security.users[0].password={noop}s3cret",
				"guifan.security.users[0].roles=REGISTRAR" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LinkVisibilityIT extends RegistryIntegrationTest {

	/** Sample 03, public, repealed by 07. */
	static final String REPEALED = "青政办〔2019〕8号";

	/** What names sample 07, hidden in this test. */
	static final List<String> HIDDEN_NAMES = List.of("青禾县人民政府办公室关于印发《青禾县城区占道经营管理办法》的通知", "青政办规〔2022〕2号", "同时废止");

	@Autowired
	SampleFixture samples;

	@LocalServerPort
	int port;

	Http http;

	long repealed;

	long hidden;

	@BeforeAll
	void hideTheSuccessor() throws Exception {
		this.samples.load();
		this.http = new Http(this.port);
		this.repealed = idOf(REPEALED);
		this.hidden = idOf("青政办规〔2022〕2号");
		HttpResponse<String> corrected = this.http.send("PATCH", "/api/v1/documents/" + this.hidden,
				"{\"disclosure\":\"不予公开\",\"reason\":\"测试：改为不予公开\"}", "registrar", "s3cret");
		assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(200);
	}

	@Test
	void theDocumentsJsonSaysItWasRepealedButNotByWhat() {
		HttpResponse<String> response = this.http.get("/api/v1/documents/" + this.repealed);
		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode doc = this.http.json(response);
		assertThat(doc.get("status").asString()).isEqualTo("REPEALED");
		assertThat(doc.get("successor").isNull()).isTrue();
		JsonNode repeal = eventOfType(doc, "REPEALED");
		assertThat(repeal.get("causedBy").isNull()).isTrue();
		assertThat(repeal.get("cause").asString()).isEqualTo("未公开的文件");
		assertNamesNothingHidden(response.body());
		assertThat(response.body()).doesNotContain("\"id\":" + this.hidden);
	}

	@Test
	void theDocumentsPageNamesNothingHidden() {
		HttpResponse<String> page = this.http.get("/documents/" + this.repealed);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("已废止");
		assertNamesNothingHidden(page.body());
		assertThat(page.body()).doesNotContain("/documents/" + this.hidden);
	}

	@Test
	void theValidityAnswerNamesNoHiddenSuccessor() {
		HttpResponse<String> response = this.http.get("/api/v1/validity?ref=" + Http.encode(REPEALED));
		JsonNode match = this.http.json(response).get("matches").get(0);
		assertThat(match.get("statusLabel").asString()).isEqualTo("已废止");
		assertThat(match.get("successor").isNull()).isTrue();
		assertNamesNothingHidden(response.body());
		assertNamesNothingHidden(this.http.get("/validity?ref=" + Http.encode(REPEALED)).body());
	}

	@Test
	void aCitationCheckNamesNoHiddenDocument() {
		String draft = "{\"text\":\"根据《青禾县城区占道经营管理暂行办法》（青政办〔2019〕8号），制定本方案。\"}";
		HttpResponse<String> response = this.http.send("POST", "/api/v1/citation-check", draft, null, null);
		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode finding = this.http.json(response).get("findings").get(0);
		assertThat(finding.get("verdict").asString()).isEqualTo("REPEALED");
		assertNamesNothingHidden(response.body());
	}

	@Test
	void aRegistrarStillSeesTheSuccessor() {
		JsonNode doc = this.http.json(this.http.getAs("/api/v1/documents/" + this.repealed, "registrar", "s3cret"));
		assertThat(doc.get("successor").get("id").asLong()).isEqualTo(this.hidden);
		assertThat(eventOfType(doc, "REPEALED").get("causedBy").get("id").asLong()).isEqualTo(this.hidden);
	}

	private long idOf(String docNumber) {
		JsonNode found = this.http
			.json(this.http.getAs("/api/v1/validity?ref=" + Http.encode(docNumber), "registrar", "s3cret"));
		return found.get("matches").get(0).get("id").asLong();
	}

	private static JsonNode eventOfType(JsonNode doc, String type) {
		for (JsonNode event : doc.get("timeline")) {
			if (event.get("type").asString().equals(type)) {
				return event;
			}
		}
		throw new AssertionError("no " + type + " event in " + doc.get("timeline"));
	}

	private static void assertNamesNothingHidden(String body) {
		for (String name : HIDDEN_NAMES) {
			assertThat(body).as("an anonymous answer names the hidden document").doesNotContain(name);
		}
	}

}
