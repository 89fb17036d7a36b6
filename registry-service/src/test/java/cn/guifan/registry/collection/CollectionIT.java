package cn.guifan.registry.collection;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

import cn.guifan.registry.export.PdfInspection;
import cn.guifan.registry.support.Http;
import cn.guifan.registry.support.RegistryIntegrationTest;
import cn.guifan.registry.support.SampleFixture;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Collections of the sample documents of 青禾县, end to end: defined through the API by a
 * registrar, built by the batch job, downloaded. The collection in force on 2025-01-01
 * grouped by kind: its PDF embeds its fonts ({@code pdffonts} and PDFBox), its table of
 * contents gives the pages the documents start on, it holds nothing repealed; its DOCX
 * uses Word's heading styles and converts with LibreOffice; a rebuild gives the same
 * content. Anonymous users see public collections and public exports only.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "guifan.security.users[0].name=registrar", "guifan.security.users[0].password={noop}s3cret",
				"guifan.security.users[0].roles=REGISTRAR" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CollectionIT extends RegistryIntegrationTest {

	static final String USER = "registrar";

	static final String PASSWORD = "s3cret";

	@Autowired
	SampleFixture samples;

	@LocalServerPort
	int port;

	Http http;

	long inForce;

	@BeforeAll
	void buildTheCollectionInForceOn2025() throws Exception {
		this.samples.load();
		this.http = new Http(this.port);
		HttpResponse<String> created = this.http.send("POST", "/api/v1/collections", """
				{"title":"青禾县现行有效规章和规范性文件汇编","asOf":"2025-01-01","groupBy":"KIND","scope":{}}
				""", USER, PASSWORD);
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		this.inForce = this.http.json(created).get("id").asLong();
		JsonNode done = awaitBuilt(this.inForce);
		assertThat(done.get("state").asString()).as(done.toString()).isEqualTo("DONE");
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

	List<JsonNode> items(long id) {
		List<JsonNode> items = new ArrayList<>();
		this.http.json(this.http.getAs("/api/v1/collections/" + id + "/documents", USER, PASSWORD)).forEach(items::add);
		return items;
	}

	@Test
	void theCollectionInForceOn2025HoldsNothingRepealedAndIsGroupedByKind() {
		List<JsonNode> items = items(this.inForce);
		assertThat(items).isNotEmpty();
		assertThat(items)
			.allSatisfy((i) -> assertThat(i.get("status").asString()).isIn("IN_FORCE", "PARTIALLY_INVALID"));
		List<String> titles = items.stream().map((i) -> i.get("title").asString()).toList();
		String repealed = validityTitle("青政办〔2019〕8号", "2025-01-01", "已废止");
		String expired = validityTitle("丰环青〔2020〕15号", "2025-01-01", "失效");
		// Made in 2025: on 2025-01-01 it did not exist yet (issue 9 says 尚未制定).
		String notYet = validityTitle("青农规〔2025〕2号", "2025-01-01", "尚未制定");
		assertThat(titles).doesNotContain(repealed, expired, notYet);
		assertThat(titles).contains(validityTitle("青政办规〔2022〕2号", "2025-01-01", "现行有效"));
		assertThat(titles).as("work documents (OTHER) are not in a collection of normative documents")
			.doesNotContain(validityTitle("青政办〔2022〕9号", "2025-01-01", null));
		List<String> parts = items.stream().map((i) -> i.get("partTitle").asString()).distinct().toList();
		assertThat(parts).containsExactly("一、规章", "二、行政规范性文件");
	}

	@Test
	void itsPdfEmbedsItsFontsAndItsContentsGiveThePagesTheDocumentsStartOn() throws Exception {
		byte[] pdf = bytes("/api/v1/collections/" + this.inForce + ".pdf", null);
		PdfInspection inspection = PdfInspection.of(pdf);
		assertThat(inspection.fonts).isNotEmpty()
			.allSatisfy((name, embedded) -> assertThat(embedded).as(name).isTrue());
		Path file = Files.createTempFile(Path.of("target"), "collection-", ".pdf");
		Files.write(file, pdf);
		String pdffonts = run(List.of("pdffonts", file.toString()), "poppler-utils");
		List<String> fontLines = pdffonts.lines().skip(2).toList();
		assertThat(fontLines).isNotEmpty().allSatisfy((line) -> assertThat(line.split("\\s+")).contains("yes"));
		for (String line : fontLines) {
			String[] columns = line.trim().split("\\s+");
			assertThat(columns[columns.length - 5]).as("embedded: " + line).isEqualTo("yes");
		}
		assertThat(PdfInspection.squeeze(inspection.pages.get(1))).contains("编辑说明").contains("截至2025年1月1日");
		int body = inspection.bodyStart();
		assertThat(inspection.labels.get(body)).isEqualTo("1");
		List<JsonNode> items = items(this.inForce);
		assertThat(inspection.bookmarks).contains("一、规章", "二、行政规范性文件");
		for (JsonNode item : items) {
			String title = item.get("title").asString();
			int page = inspection.pageStartingWith(title, body);
			assertThat(page).as("the page of " + title).isGreaterThanOrEqualTo(body);
			int number = inspection.contentsNumber(title);
			assertThat(number).as("contents: " + title).isEqualTo(page - body + 1);
			assertThat(inspection.footerNumber(page)).as("footer of " + title).isEqualTo(number);
			assertThat(inspection.bookmarks).contains(title);
		}
	}

	@Test
	void itsDocxUsesHeadingStylesAndConvertsWithLibreOffice() throws Exception {
		byte[] docx = bytes("/api/v1/collections/" + this.inForce + ".docx", null);
		List<JsonNode> items = items(this.inForce);
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
			List<String> headings = document.getParagraphs()
				.stream()
				.filter((p) -> "Heading2".equals(p.getStyle()))
				.map(XWPFParagraph::getText)
				.toList();
			assertThat(headings)
				.containsExactlyElementsOf(items.stream().map((i) -> i.get("title").asString()).toList());
		}
		Path dir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "docx-");
		Path file = dir.resolve("collection.docx");
		Files.write(file, docx);
		run(List.of("soffice", "--headless", "-env:UserInstallation=file://" + dir.resolve("profile"), "--convert-to",
				"pdf", "--outdir", dir.toString(), file.toString()), "libreoffice-writer-nogui");
		Path converted = dir.resolve("collection.pdf");
		assertThat(converted).exists();
		PdfInspection pdf = PdfInspection.of(Files.readAllBytes(converted));
		String all = PdfInspection.squeeze(String.join("", pdf.pages));
		assertThat(all).contains("编辑说明");
		for (JsonNode item : items) {
			assertThat(all).contains(PdfInspection.squeeze(item.get("title").asString()));
		}
	}

	@Test
	void rebuildingTheSameDefinitionGivesTheSameContent() throws Exception {
		JsonNode before = this.http.json(this.http.getAs("/api/v1/collections/" + this.inForce, USER, PASSWORD));
		List<JsonNode> itemsBefore = items(this.inForce);
		HttpResponse<String> rebuild = this.http.send("POST", "/api/v1/collections/" + this.inForce + "/rebuild", "",
				USER, PASSWORD);
		assertThat(rebuild.statusCode()).as(rebuild.body()).isEqualTo(200);
		JsonNode after = awaitBuilt(this.inForce);
		assertThat(after.get("state").asString()).isEqualTo("DONE");
		assertThat(after.get("contentDigest").asString()).isEqualTo(before.get("contentDigest").asString());
		assertThat(items(this.inForce)).isEqualTo(itemsBefore);
	}

	@Test
	void anonymousUsersSeePublicCollectionsAndPublicExportsOnly() throws Exception {
		HttpResponse<String> anonymousCreate = this.http.send("POST", "/api/v1/collections",
				"{\"title\":\"x\",\"asOf\":\"2025-01-01\"}", null, null);
		assertThat(anonymousCreate.statusCode()).isEqualTo(401);
		HttpResponse<String> restricted = this.http.send("POST", "/api/v1/collections", """
				{"title":"内部工作文件","asOf":"2025-01-01","groupBy":"NONE",
				 "scope":{"kinds":["OTHER"],"includeRestricted":true}}
				""", USER, PASSWORD);
		long id = this.http.json(restricted).get("id").asLong();
		JsonNode built = awaitBuilt(id);
		assertThat(built.get("publicCollection").asBoolean()).isFalse();
		assertThat(this.http.get("/api/v1/collections/" + id).statusCode()).isEqualTo(404);
		assertThat(this.http.getBytes("/api/v1/collections/" + id + ".pdf").statusCode()).isEqualTo(404);
		assertThat(bytes("/api/v1/collections/" + id + ".pdf", USER)).isNotEmpty();
		JsonNode publicList = this.http.json(this.http.get("/api/v1/collections"));
		List<Long> listed = new ArrayList<>();
		publicList.forEach((c) -> listed.add(c.get("id").asLong()));
		assertThat(listed).contains(this.inForce).doesNotContain(id);
		assertThat(this.http.get("/collections").body()).contains("青禾县现行有效规章和规范性文件汇编").doesNotContain("内部工作文件");
		assertThat(this.http.getBytes("/api/v1/collections/" + this.inForce + ".pdf").statusCode()).isEqualTo(200);

		long restrictedDocument = documentId("青政字（2022）31号");
		assertThat(this.http.getBytes("/api/v1/documents/" + restrictedDocument + "/export.pdf").statusCode())
			.isEqualTo(404);
		assertThat(bytes("/api/v1/documents/" + restrictedDocument + "/export.txt", USER)).isNotEmpty();
	}

	@Test
	void anyDocumentDownloadsAsOfADateWithItsStatusInTheHeader() throws Exception {
		long id = documentId("青政办〔2019〕8号");
		String txt = new String(bytes("/api/v1/documents/" + id + "/export.txt?asOf=2021-06-01", null),
				StandardCharsets.UTF_8);
		assertThat(txt).startsWith("【截至2021年6月1日：现行有效");
		String today = new String(bytes("/api/v1/documents/" + id + "/export.txt", null), StandardCharsets.UTF_8);
		assertThat(today).contains("已废止");
		PdfInspection pdf = PdfInspection.of(bytes("/api/v1/documents/" + id + "/export.pdf?asOf=2021-06-01", null));
		assertThat(PdfInspection.squeeze(pdf.pages.get(0))).contains("截至2021年6月1日：现行有效").contains("发文字号");
		assertThat(pdf.fonts).allSatisfy((name, embedded) -> assertThat(embedded).isTrue());
		try (XWPFDocument docx = new XWPFDocument(
				new ByteArrayInputStream(bytes("/api/v1/documents/" + id + "/export.docx?asOf=2021-06-01", null)))) {
			assertThat(docx.getParagraphs().get(0).getText()).startsWith("截至2021年6月1日：现行有效");
		}
		assertThat(this.http.getBytes("/api/v1/documents/" + id + "/export.xls").statusCode()).isEqualTo(400);
		assertThat(this.http.getBytes("/api/v1/documents/999999/export.pdf").statusCode()).isEqualTo(404);
	}

	long documentId(String number) {
		JsonNode answer = this.http
			.json(this.http.getAs("/api/v1/validity?ref=" + Http.encode(number), USER, PASSWORD));
		return answer.get("matches").get(0).get("id").asLong();
	}

	String validityTitle(String number, String date, String expectedStatus) {
		JsonNode match = this.http
			.json(this.http.getAs("/api/v1/validity?ref=" + Http.encode(number) + "&date=" + date, USER, PASSWORD))
			.get("matches")
			.get(0);
		if (expectedStatus != null) {
			assertThat(match.get("statusLabel").asString()).as(number).isEqualTo(expectedStatus);
		}
		return match.get("title").asString();
	}

	byte[] bytes(String path, String user) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path));
		if (user != null) {
			request.header("Authorization", "Basic "
					+ Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
		}
		HttpResponse<byte[]> response = HttpClient.newHttpClient()
			.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return response.body();
	}

	/** Runs a Debian tool the test needs; fails naming the package when it is missing. */
	static String run(List<String> command, String debianPackage) throws IOException, InterruptedException {
		Process process;
		try {
			process = new ProcessBuilder(command).redirectErrorStream(true).start();
		}
		catch (IOException ex) {
			throw new AssertionError(command.get(0) + " is missing: scripts/install-test-deps " + debianPackage, ex);
		}
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(180, TimeUnit.SECONDS)).isTrue();
		assertThat(process.exitValue()).as(output).isZero();
		return output;
	}

}
