package cn.guifan.registry.lifecycle;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.guifan.registry.catalog.DocumentDetail;
import cn.guifan.registry.catalog.DocumentDetails;
import cn.guifan.registry.ingest.IngestReport;
import cn.guifan.registry.ingest.IngestService;
import cn.guifan.registry.support.Corpus;
import cn.guifan.registry.support.Http;
import cn.guifan.registry.support.RegistryIntegrationTest;
import cn.guifan.schemas.lifecycle.DocumentStatus;
import cn.guifan.schemas.lifecycle.LifecycleEventType;
import cn.guifan.schemas.lifecycle.RelationType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Lifecycle over the real corpus: the versions of 会计法 and 保守国家秘密法 ordered with the right
 * dates; the text in force before, between and after them; the 刑法修正案 amending 刑法.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LifecycleCorpusIT extends RegistryIntegrationTest {

	@Autowired
	IngestService ingest;

	@Autowired
	DocumentDetails documents;

	@Autowired
	Timelines lifecycle;

	@Autowired
	JdbcClient jdbc;

	@TempDir
	static Path dir;

	@LocalServerPort
	int port;

	private Http http;

	@BeforeAll
	void ingestLaws() throws Exception {
		List<Path> files = new ArrayList<>();
		try (var laws = Files.walk(Corpus.laws())) {
			laws.filter((p) -> p.toString().endsWith(".md")).filter((p) -> {
				String name = p.getFileName().toString();
				return name.startsWith("会计法(") || name.startsWith("保守国家秘密法(") || name.startsWith("刑法");
			}).forEach(files::add);
		}
		Corpus.linkInto(files, dir);
		IngestReport report = this.ingest.ingest(dir, Duration.ofMinutes(3));
		assertThat(report.completed()).isTrue();
		assertThat(report.issues()).isEmpty();
		this.http = new Http(this.port);
	}

	@Test
	void theTwoFilesOfTheAccountingLawAreOneDocumentWithTwoOrderedVersions() {
		DocumentDetail law = law("中华人民共和国会计法");
		assertThat(law.versions()).hasSize(2);
		assertThat(law.versions().get(0).validFrom()).isEqualTo(LocalDate.of(2017, 11, 4));
		assertThat(law.versions().get(1).validFrom()).isEqualTo(LocalDate.of(2024, 6, 28));
		assertThat(law.versions().get(0).statusLabel()).isEqualTo("已修改");
		assertThat(law.versions().get(1).statusLabel()).isEqualTo("现行有效");
		assertThat(law.timeline()).extracting(DocumentDetail.Event::date)
			.contains(LocalDate.of(1985, 1, 21), LocalDate.of(1993, 12, 29), LocalDate.of(1999, 10, 31),
					LocalDate.of(2017, 11, 4), LocalDate.of(2024, 6, 28));
	}

	@Test
	void asOfBeforeBetweenAndAfterTheVersionsGivesTheTextThenInForce() {
		long id = law("中华人民共和国会计法").id();
		DocumentDetail before = this.documents.find(Long.toString(id), false, LocalDate.of(2010, 1, 1));
		assertThat(before.status()).isEqualTo(DocumentStatus.IN_FORCE.name());
		assertThat(before.versionNo()).as("the 1999 text is not in the corpus").isNull();
		DocumentDetail between = this.documents.find(Long.toString(id), false, LocalDate.of(2020, 1, 1));
		assertThat(between.versionNo()).isEqualTo(1);
		assertThat(between.text()).contains("会计帐簿");
		DocumentDetail after = this.documents.find(Long.toString(id), false, LocalDate.of(2025, 1, 1));
		assertThat(after.versionNo()).isEqualTo(2);
		assertThat(after.text()).contains("会计账簿").doesNotContain("会计帐簿");
		DocumentDetail beforeAll = this.documents.find(Long.toString(id), false, LocalDate.of(1980, 1, 1));
		assertThat(beforeAll.status()).isEqualTo(DocumentStatus.NOT_YET_EFFECTIVE.name());
	}

	@Test
	void theStateSecretsLawHasItsTwoVersionsEachFromTheDayItTookEffect() {
		DocumentDetail law = law("中华人民共和国保守国家秘密法");
		assertThat(law.versions()).extracting(DocumentDetail.Version::validFrom)
			.containsExactly(LocalDate.of(2010, 10, 1), LocalDate.of(2024, 5, 1));
		long id = law.id();
		// revised on 2024-02-27, in force from 2024-05-01: the 2010 text still applies in
		// between
		assertThat(this.documents.find(Long.toString(id), false, LocalDate.of(2024, 3, 1)).versionNo()).isEqualTo(1);
		assertThat(this.documents.find(Long.toString(id), false, LocalDate.of(2015, 6, 1)).versionNo()).isEqualTo(1);
		assertThat(this.documents.find(Long.toString(id), false, LocalDate.of(2024, 6, 1)).versionNo()).isEqualTo(2);
	}

	@Test
	void theCriminalLawAmendmentsAmendTheCriminalLaw() {
		long criminalLaw = law("中华人民共和国刑法").id();
		List<Relation> amending = this.lifecycle.relationsTo(criminalLaw)
			.stream()
			.filter((r) -> r.type() == RelationType.AMENDS)
			.toList();
		assertThat(amending).hasSizeGreaterThanOrEqualTo(11);
		List<String> amendmentTitles = amending.stream()
			.map((r) -> this.documents.link(r.fromDocumentId()).orElseThrow().title())
			.toList();
		assertThat(amendmentTitles).contains("中华人民共和国刑法修正案（十一）", "中华人民共和国刑法修正案（十二）");
		assertThat(this.lifecycle.timeline(criminalLaw).events()).filteredOn((e) -> e.causedByDocumentId() != null)
			.extracting(LifecycleEvent::type)
			.containsOnly(LifecycleEventType.AMENDED);
		assertThat(law("中华人民共和国刑法").status()).isEqualTo(DocumentStatus.IN_FORCE.name());
	}

	@Test
	void theTwoVersionsOfTheAccountingLawAreComparedArticleByArticle() {
		long id = law("中华人民共和国会计法").id();
		HttpResponse<String> response = this.http.get("/api/v1/documents/" + id + "/diff?from=1&to=2");
		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode diff = this.http.json(response);
		assertThat(diff.get("summary").get("CHANGED").asLong()).isPositive();
		assertThat(diff.get("summary").get("UNCHANGED").asLong()).isPositive();
		JsonNode changed = null;
		for (JsonNode row : diff.get("rows")) {
			if (row.get("change").asString().equals("CHANGED")
					&& row.get("oldArticle").get("text").asString().contains("会计帐簿")) {
				changed = row;
				break;
			}
		}
		assertThat(changed).as("an article where 帐 became 账").isNotNull();
		assertThat(changed.get("oldArticle").get("label").asString())
			.isEqualTo(changed.get("newArticle").get("label").asString());
		List<String> ops = new ArrayList<>();
		changed.get("segments").forEach((seg) -> ops.add(seg.get("op").asString() + ":" + seg.get("text").asString()));
		assertThat(ops).contains("DELETE:帐", "INSERT:账");

		HttpResponse<String> page = this.http.get("/documents/" + id + "/diff?from=1&to=2");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("新旧对照", "中华人民共和国会计法", "<del", "<ins");

		HttpResponse<String> missing = this.http.get("/api/v1/documents/" + id + "/diff?from=1&to=7");
		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(missing.body()).contains("7");
	}

	@Test
	void aShortNameAsksAfterTheLawAndTheVersionInForceOnTheDate() {
		JsonNode now = this.http.json(this.http.get("/api/v1/validity?ref=" + Http.encode("会计法")));
		assertThat(now.get("ambiguous").asBoolean()).isFalse();
		JsonNode match = now.get("matches").get(0);
		assertThat(match.get("title").asString()).isEqualTo("中华人民共和国会计法");
		assertThat(match.get("status").asString()).isEqualTo(DocumentStatus.IN_FORCE.name());
		assertThat(match.get("citable").asBoolean()).isTrue();
		assertThat(match.get("versionNo").asInt()).isEqualTo(2);
		assertThat(match.get("flkStatus").asString()).isEqualTo("有效");
		JsonNode then = this.http
			.json(this.http.get("/api/v1/validity?ref=" + Http.encode("会计法") + "&date=2020-01-01"));
		assertThat(then.get("matches").get(0).get("versionNo").asInt()).isEqualTo(1);
	}

	@Test
	void theCriminalLawListsTheAmendmentsAsAffectingIt() {
		long criminalLaw = law("中华人民共和国刑法").id();
		JsonNode document = this.http.json(this.http.get("/api/v1/documents/" + criminalLaw));
		List<String> amending = new ArrayList<>();
		for (JsonNode r : document.get("referencedBy")) {
			if (r.get("type").asString().equals(RelationType.AMENDS.name())) {
				amending.add(r.get("document").get("title").asString());
			}
		}
		assertThat(amending).contains("中华人民共和国刑法修正案（十一）", "中华人民共和国刑法修正案（十二）");
		HttpResponse<String> page = this.http.get("/documents/" + criminalLaw);
		assertThat(page.body()).contains("受影响文件", "中华人民共和国刑法修正案（十一）");
	}

	@Test
	void aDraftUploadedAsAFileIsChecked() {
		String draft = "根据《中华人民共和国会计法》和《中华人民共和国保守国家秘密法》，参照《青禾县不存在的办法》，制定本办法。";
		HttpResponse<String> response = this.http.postFile("/api/v1/citation-check?date=2025-01-01", "draft.txt",
				draft.getBytes(StandardCharsets.UTF_8));
		assertThat(response.statusCode()).isEqualTo(200);
		List<String> verdicts = new ArrayList<>();
		this.http.json(response).get("findings").forEach((f) -> verdicts.add(f.get("verdict").asString()));
		assertThat(verdicts).containsExactly("OK", "OK", "NOT_IN_REGISTRY");
	}

	private DocumentDetail law(String title) {
		List<Long> ids = this.jdbc.sql("SELECT id FROM document WHERE title = ?").param(title).query(Long.class).list();
		assertThat(ids)
			.as("%s among %s", title, this.jdbc.sql("SELECT id, title FROM document ORDER BY id").query().listOfRows())
			.hasSize(1);
		return this.documents.find(Long.toString(ids.get(0)), false);
	}

}
