package cn.guifan.registry.ingest;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import cn.guifan.ingest.job.IngestMonitor;
import cn.guifan.ingest.metadata.MetadataExtractor;
import cn.guifan.ingest.testing.FailingStages;
import cn.guifan.ingest.testing.TestFiles;
import cn.guifan.registry.support.Http;
import cn.guifan.registry.support.RegistryIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Issue 16 through the real registry: a folder with the notice whose repeal clause
 * stopped ingest, two sample documents, a document on which a metadata step fails (a test
 * stage that throws, since the real stages no longer fail on the notice) and one on which
 * extraction fails outside the steps. The run completes; every readable document is
 * stored; the failed step is on the record, in the run's summary and on the registrar's
 * page; the file that failed outside the steps is skipped with its reason.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "guifan.security.users[0].name=registrar", "guifan.security.users[0].password={noop}s3cret",
				"guifan.security.users[0].roles=REGISTRAR" })
class StageFailureIngestIT extends RegistryIntegrationTest {

	/**
	 * The notice of the issue, its repeal clause broken over two lines as printed there.
	 */
	static final String NOTICE = """
			某县人民政府办公室关于印发《某县城区停车收费管理办法》的通知

			某政办规〔2026〕7号

			各乡镇人民政府，县政府各部门：

			　　《某县城区停车收费管理办法》已经县人民政府同意，现印发给你们，请认真贯彻执行。

			某县城区停车收费管理办法

			第一条　为规范城区停车收费，制定本办法。
			第二条　本办法自2027年1月1日起施行，有效期5年。《某县城区停车收费暂行办法》（某政办规〔2021〕3号，
			以下简称《暂行办法》）同时废止。

			某县人民政府办公室
			2026年11月20日
			""";

	private static final Path SAMPLES = Path.of("src/main/resources/samples/qinghe");

	@Autowired
	IngestService ingest;

	@Autowired
	JdbcClient jdbc;

	@LocalServerPort
	int port;

	@TempDir
	Path dir;

	@Test
	void noDocumentStopsTheRunAndAFailedStepIsReportedWithItsDocument() throws Exception {
		TestFiles.text(this.dir, "notice.txt", NOTICE);
		Files.copy(SAMPLES.resolve("01-fengzhengfa-2016-9-yuanlin-zanxing.txt"), this.dir.resolve("sample-01.txt"));
		Files.copy(SAMPLES.resolve("07-qingzhengbangui-2022-2-zhandao.txt"), this.dir.resolve("sample-07.txt"));
		TestFiles.text(this.dir, "step-fails.txt",
				TestFiles.NOTICE.replace("12号", "61号").replace("占道经营", "夜间施工") + "\n" + FailingStages.FAILS_A_STAGE);
		TestFiles.text(this.dir, "extraction-fails.txt",
				TestFiles.NOTICE.replace("12号", "62号") + "\n" + FailingStages.FAILS_OUTSIDE_THE_STAGES);

		IngestReport report = this.ingest.ingest(this.dir, Duration.ofSeconds(60));

		assertThat(report.completed()).as(report.failure()).isTrue();
		assertThat(report.counts().read()).isEqualTo(5);
		assertThat(report.counts().stored()).isEqualTo(4);
		assertThat(report.counts().withStageFailures()).isEqualTo(1);
		assertThat(report.stageFailures())
			.extracting(IngestMonitor.StageFailure::file, IngestMonitor.StageFailure::stage)
			.containsExactly(tuple("step-fails.txt", "ThrowingStage"));
		assertThat(report.issues()).singleElement().satisfies((issue) -> {
			assertThat(issue.file()).isEqualTo("extraction-fails.txt");
			assertThat(issue.code()).isEqualTo("INTERNAL_ERROR");
			assertThat(issue.message()).contains("extraction-fails.txt", "NullPointerException");
		});

		// The notice is stored with what it repeals, read right.
		String notice = metadataOf("某政办规〔2026〕7号");
		assertThat(notice).contains("\"title\":\"某县城区停车收费暂行办法\"", "某政办规〔2021〕3号").doesNotContain("\"errors\"");
		// The document whose step failed is stored with everything else, and the failure.
		String failed = metadataOf("青政办〔2021〕61号");
		assertThat(failed).contains("\"stage\":\"ThrowingStage\"", "STAGE_FAILED", "\"issuers\":[\"青禾县人民政府办公室\"]");
		assertThat(this.jdbc.sql("""
				SELECT f.stage FROM extraction_failure f JOIN document d ON d.id = f.document_id
				 WHERE d.doc_number_normalized = '青政办〔2021〕61号'
				""").query(String.class).list()).containsExactly("ThrowingStage");

		// Pages sign in with the login form (the API with HTTP Basic).
		Http browser = Http.browser(this.port);
		assertThat(browser.login("registrar", "s3cret").statusCode()).isEqualTo(302);
		HttpResponse<String> page = browser.get("/registrar");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("部分信息未能自动识别的文件", "夜间施工", "ThrowingStage", "step-fails.txt");
	}

	private String metadataOf(String docNumber) {
		return this.jdbc.sql("SELECT metadata_json FROM document WHERE doc_number_normalized = ?")
			.param(docNumber)
			.query(String.class)
			.single();
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class FailingExtraction {

		@Bean
		@Primary
		MetadataExtractor failingMetadataExtractor() {
			return FailingStages.standardAndFailing();
		}

	}

}
