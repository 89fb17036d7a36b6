package cn.guifan.registry.collection;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import cn.guifan.registry.export.BookWriter;
import cn.guifan.registry.export.BookWriters;
import cn.guifan.registry.export.ExportFormat;
import cn.guifan.registry.export.ExportedDocument;
import cn.guifan.registry.support.Http;
import cn.guifan.registry.support.RegistryIntegrationTest;
import cn.guifan.registry.support.SampleFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;

/**
 * A collection whose build fails: the PDF cannot be closed (as the whole corpus's could
 * not: "PDF 写出失败：Index 65845 out of bounds for length 3242"), or a document cannot be
 * written. The job ends FAILED, the collection says why in Chinese on its API and its
 * page, and nothing half written is left as its file: none for a first build, the
 * previous file untouched for a rebuild. The real writers, but for the failure.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "guifan.security.users[0].name=registrar", "guifan.security.users[0].password={noop}s3cret",
				"guifan.security.users[0].roles=REGISTRAR" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CollectionFailureIT extends RegistryIntegrationTest {

	static final String USER = "registrar";

	static final String PASSWORD = "s3cret";

	static final String CLOSE_FAILURE = "PDF 写出失败：Index 65845 out of bounds for length 3242（测试模拟）";

	static final String DOCUMENT_FAILURE = "第2件文件无法排版（测试模拟）";

	@Autowired
	SampleFixture samples;

	@Autowired
	CollectionFiles files;

	@MockitoSpyBean
	BookWriters writers;

	@LocalServerPort
	int port;

	Http http;

	/**
	 * A registrar signed in with the form: the pages do not take basic authentication.
	 */
	Http browser;

	@BeforeAll
	void loadTheSamples() throws Exception {
		this.samples.load();
		this.http = new Http(this.port);
		this.browser = Http.browser(this.port);
		this.browser.login(USER, PASSWORD);
	}

	@Test
	void aPdfThatCannotBeClosedFailsTheBuildWhichSaysWhyAndLeavesNoFile() throws Exception {
		failing(false);
		long id = create("关闭失败的汇编");
		JsonNode c = awaitBuilt(id);

		assertThat(c.get("state").asString()).as(c.toString()).isEqualTo("FAILED");
		assertThat(c.get("error").asString()).contains("生成失败").contains(CLOSE_FAILURE);
		String page = this.browser.get("/collections/" + id).body();
		assertThat(page).contains(CLOSE_FAILURE);
		HttpResponse<String> download = this.http.getAs("/api/v1/collections/" + id + ".pdf", USER, PASSWORD);
		assertThat(download.statusCode()).isBetween(400, 499);
		assertThat(download.body()).contains("没有可下载的PDF文件");
		for (ExportFormat f : List.of(ExportFormat.PDF, ExportFormat.DOCX)) {
			assertThat(this.files.file(id, f)).as("nothing published").doesNotExist();
			assertThat(this.files.building(id, f)).as("nothing half written left").doesNotExist();
		}
	}

	@Test
	void aDocumentThatCannotBeWrittenFailsTheRebuildWhichLeavesThePreviousFileAsItWas() throws Exception {
		long id = create("重新生成失败的汇编");
		JsonNode built = awaitBuilt(id);
		assertThat(built.get("state").asString()).as(built.toString()).isEqualTo("DONE");
		Path pdf = this.files.file(id, ExportFormat.PDF);
		byte[] before = Files.readAllBytes(pdf);

		failing(true);
		HttpResponse<String> rebuild = this.http.send("POST", "/api/v1/collections/" + id + "/rebuild", "", USER,
				PASSWORD);
		assertThat(rebuild.statusCode()).as(rebuild.body()).isEqualTo(200);
		JsonNode c = awaitBuilt(id);

		assertThat(c.get("state").asString()).as(c.toString()).isEqualTo("FAILED");
		assertThat(c.get("error").asString()).contains(DOCUMENT_FAILURE);
		assertThat(this.browser.get("/collections/" + id).body()).contains(DOCUMENT_FAILURE);
		assertThat(Files.readAllBytes(pdf)).as("the previous file, not a half-written one").isEqualTo(before);
		for (ExportFormat f : List.of(ExportFormat.PDF, ExportFormat.DOCX)) {
			assertThat(this.files.building(id, f)).as("nothing half written left").doesNotExist();
		}
	}

	/** The PDF writer fails on close, or on the second document. */
	void failing(boolean onDocument) throws IOException {
		doAnswer((call) -> {
			BookWriter real = (BookWriter) call.callRealMethod();
			return (call.getArgument(0) == ExportFormat.PDF) ? new FailingWriter(real, onDocument) : real;
		}).when(this.writers).open(any(), any(), any());
	}

	long create(String title) {
		HttpResponse<String> created = this.http.send("POST", "/api/v1/collections",
				"{\"title\":\"" + title + "\",\"asOf\":\"2025-01-01\",\"groupBy\":\"KIND\",\"scope\":{}}", USER,
				PASSWORD);
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		return this.http.json(created).get("id").asLong();
	}

	JsonNode awaitBuilt(long id) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
		JsonNode c;
		do {
			Thread.sleep(300);
			c = this.http.json(this.http.getAs("/api/v1/collections/" + id, USER, PASSWORD));
		}
		while (!List.of("DONE", "FAILED").contains(c.get("state").asString()) && System.nanoTime() < deadline);
		return c;
	}

	/** The real writer, failing where it is told to. */
	static final class FailingWriter implements BookWriter {

		private final BookWriter real;

		private final boolean onDocument;

		private int documents;

		FailingWriter(BookWriter real, boolean onDocument) {
			this.real = real;
			this.onDocument = onDocument;
		}

		@Override
		public void part(String key, String title) throws IOException {
			this.real.part(key, title);
		}

		@Override
		public void document(ExportedDocument document) throws IOException {
			if (this.onDocument && ++this.documents == 2) {
				throw new IllegalStateException(DOCUMENT_FAILURE);
			}
			this.real.document(document);
		}

		@Override
		public void finish() throws IOException {
			if (!this.onDocument) {
				// As the PDF writer reports a failure of its close.
				throw new IOException(CLOSE_FAILURE);
			}
			this.real.finish();
		}

		@Override
		public void close() throws IOException {
			this.real.close();
		}

	}

}
