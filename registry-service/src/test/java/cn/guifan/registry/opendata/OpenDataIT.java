package cn.guifan.registry.opendata;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;

import javax.xml.parsers.DocumentBuilderFactory;

import cn.guifan.registry.document.DocumentSummary;
import cn.guifan.registry.document.Documents;
import cn.guifan.registry.freshness.Freshness;
import cn.guifan.registry.support.AtomValidator;
import cn.guifan.registry.support.Http;
import cn.guifan.registry.support.QrDecoder;
import cn.guifan.registry.support.RegistryIntegrationTest;
import cn.guifan.registry.support.SampleFixture;
import cn.guifan.schemas.json.JsonSchemas;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Open data on the 24 samples of 青禾县, two of them not public (10 依申请公开, 20 不予公开): the
 * OpenAPI description validates and covers every {@code /api/**} endpoint the application
 * maps; the change feeds validate as Atom, page correctly both ways and never show a
 * non-public document; the bulk export validates line by line against the schema and
 * holds exactly the public documents; every printing of a doc number leads to one
 * address; a QR code decodes to it; every answer says how current the data is.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "guifan.security.users[0].name=registrar", "guifan.security.users[0].password={noop}s3cret",
				"guifan.security.users[0].roles=REGISTRAR", "guifan.security.users[1].name=clerk",
				"guifan.security.users[1].password={noop}s3cret", "guifan.security.users[1].roles=DEPARTMENT",
				"guifan.security.users[1].organization=青禾县财政局" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenDataIT extends RegistryIntegrationTest {

	private static final tools.jackson.databind.ObjectMapper JSON = tools.jackson.databind.json.JsonMapper.builder()
		.build();

	@Autowired
	SampleFixture samples;

	@Autowired
	Documents documents;

	@Autowired
	Freshness freshness;

	@Autowired
	Snapshots snapshots;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@LocalServerPort
	int port;

	Http http;

	Map<Long, DocumentSummary> all;

	List<DocumentSummary> publicDocuments;

	List<DocumentSummary> restricted;

	@BeforeAll
	void loadSamples() throws Exception {
		this.samples.load();
		this.http = new Http(this.port);
		this.all = this.documents.summaries(this.documents.idsAfter(0, 1000));
		this.publicDocuments = this.all.values().stream().filter(DocumentSummary::isPublic).toList();
		this.restricted = this.all.values().stream().filter((d) -> !d.isPublic()).toList();
		assertThat(this.restricted).as("samples 10 and 20 are not public").hasSize(2);
	}

	// The API description

	@Test
	void theOpenApiDocumentValidatesAndDocumentsEveryApiEndpointWithErrorsAndAnExample() {
		HttpResponse<String> docs = this.http.get("/v3/api-docs");
		assertThat(docs.statusCode()).isEqualTo(200);
		ParseOptions options = new ParseOptions();
		options.setResolve(true);
		SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(docs.body(), null, options);
		assertThat(parsed.getMessages()).as("the OpenAPI validator's messages").isEmpty();
		OpenAPI api = parsed.getOpenAPI();
		List<String> undocumented = new ArrayList<>();
		int operations = 0;
		for (RequestMappingInfo info : this.mappings.getHandlerMethods().keySet()) {
			for (String pattern : info.getPatternValues()) {
				if (!pattern.startsWith("/api/")) {
					continue;
				}
				Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
				// The description names a variable without its pattern: {id}, not
				// {id:[0-9]+}.
				PathItem item = api.getPaths().get(pattern.replaceAll("\\{(\\w+):[^/]*}", "{$1}"));
				for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
					Operation op = (item != null)
							? item.readOperationsMap().get(PathItem.HttpMethod.valueOf(method.name())) : null;
					String name = method + " " + pattern;
					operations++;
					if (op == null) {
						undocumented.add(name + ": not in the description");
						continue;
					}
					if (op.getSummary() == null || op.getSummary().isBlank() || op.getOperationId() == null) {
						undocumented.add(name + ": no summary or operationId");
					}
					if (op.getResponses().keySet().stream().noneMatch((c) -> c.startsWith("4") || c.startsWith("5"))) {
						undocumented.add(name + ": no error response");
					}
					boolean example = op.getResponses()
						.entrySet()
						.stream()
						.filter((r) -> r.getKey().startsWith("2") && r.getValue().getContent() != null)
						.flatMap((r) -> r.getValue().getContent().values().stream())
						.map(MediaType::getExample)
						.anyMatch((e) -> e != null);
					if (!example) {
						undocumented.add(name + ": no example answer");
					}
				}
			}
		}
		assertThat(undocumented).as("each /api endpoint documented, with errors and an example").isEmpty();
		assertThat(operations).as("the API's operations").isGreaterThan(15);
		assertThat(this.http.get("/swagger-ui/index.html").statusCode()).isEqualTo(200);
		assertThat(this.http.get("/swagger-ui.html").statusCode()).isIn(200, 302);
	}

	// Change feeds

	@Test
	void theRegistryFeedIsValidAtomPagesBothWaysAndShowsOnlyPublicDocuments() throws Exception {
		List<Page> forward = new ArrayList<>();
		String url = "/feeds/changes.atom?size=5";
		while (url != null && forward.size() < 100) {
			Page page = page(url);
			forward.add(page);
			url = page.links.get("next");
		}
		assertThat(forward.size()).as("pages of 5").isGreaterThan(3);
		assertThat(forward.get(0).links).containsKeys("self", "first").doesNotContainKey("previous");
		assertThat(forward.get(forward.size() - 1).links).doesNotContainKey("next");
		List<String> ids = forward.stream().flatMap((p) -> p.entries.keySet().stream()).toList();
		assertThat(ids).as("no entry on two pages").doesNotHaveDuplicates();
		Set<String> titles = new LinkedHashSet<>();
		Set<Long> linked = new LinkedHashSet<>();
		forward.forEach((p) -> p.entries.values().forEach((e) -> {
			titles.add(e.title);
			linked.add(e.documentId);
		}));
		for (DocumentSummary d : this.publicDocuments) {
			assertThat(titles).as("new document " + d.id()).contains("新增文件：《" + d.title() + "》");
		}
		for (DocumentSummary d : this.restricted) {
			assertThat(linked).as("non-public " + d.title()).doesNotContain(d.id());
			assertThat(titles).noneMatch((t) -> t.contains(d.title()));
		}
		// Back from the last page by the previous links: the same entries.
		List<String> backward = new ArrayList<>();
		url = forward.get(forward.size() - 1).links.get("previous");
		backward.addAll(forward.get(forward.size() - 1).entries.keySet());
		while (url != null && backward.size() < 1000) {
			Page page = page(url);
			backward.addAll(0, page.entries.keySet());
			url = page.links.get("previous");
		}
		assertThat(backward).containsExactlyInAnyOrderElementsOf(ids);
	}

	@Test
	void anIssuersFeedHoldsTheirDocumentsAndADocumentsFeedItsChangesAsRecorded() throws Exception {
		String issuer = "青禾县人民政府办公室";
		Page page = page("/feeds/issuers/" + path(issuer) + ".atom");
		assertThat(page.entries).isNotEmpty();
		page.entries.values()
			.forEach((e) -> assertThat(this.all.get(e.documentId).issuers()).as(e.title).contains(issuer));
		assertThat(this.http.get("/feeds/issuers/" + path("不存在的机关") + ".atom").statusCode()).isEqualTo(404);
		for (DocumentSummary d : this.restricted) {
			assertThat(this.http.get("/documents/" + d.id() + "/changes.atom").statusCode()).isEqualTo(404);
		}
		assertThat(this.http.get("/feeds/changes.atom?before=yesterday").statusCode()).isEqualTo(400);

		DocumentSummary target = byNumber("青教规〔2023〕3号");
		String repeal = """
				{"type":"REPEALED","date":"2026-11-01","effectiveDate":"2026-11-15",
				 "causedByText":"青禾县人民政府关于废止部分规范性文件的决定","reason":"2026年规范性文件清理"}
				""";
		assertThat(this.http.send("POST", "/api/v1/documents/" + target.id() + "/events", repeal, "registrar", "s3cret")
			.statusCode()).isEqualTo(201);
		Page own = page("/documents/" + target.id() + "/changes.atom");
		Entry newest = own.entries.values().iterator().next();
		assertThat(newest.title).isEqualTo("废止：《" + target.title() + "》");
		assertThat(newest.summary).contains("2026-11-01 废止")
			.contains("2026-11-15 起生效")
			.contains("青禾县人民政府关于废止部分规范性文件的决定")
			.contains("2026年规范性文件清理");
		assertThat(own.entries.values()).anyMatch((e) -> e.title.startsWith("新增文件："));
		assertThat(page("/feeds/changes.atom").entries.values().iterator().next().title).isEqualTo(newest.title);
	}

	// Bulk export

	@Test
	void theExportValidatesLineByLineAgainstTheSchemaAndHoldsExactlyThePublicDocuments() throws Exception {
		Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
			.getSchema(JsonSchemas.read(JsonSchemas.DOCUMENT));
		HttpResponse<String> export = this.http.get("/api/v1/export.jsonl");
		assertThat(export.statusCode()).isEqualTo(200);
		assertThat(export.headers().firstValue("Content-Type").orElse("")).startsWith("application/x-ndjson");
		Set<Long> ids = new LinkedHashSet<>();
		String[] lines = export.body().split("\n");
		int structured = 0;
		for (String line : lines) {
			assertThat(schema.validate(line, InputFormat.JSON)).as(line.substring(0, Math.min(200, line.length())))
				.isEmpty();
			JsonNode record = JSON.readTree(line);
			ids.add(record.get("registry").get("id").asLong());
			String text = record.get("text").asString();
			assertThat(text).isNotBlank();
			// The registry stores no structure; the line's is rebuilt from its text, and
			// its spans point into that text.
			for (JsonNode provision : record.get("structure")) {
				assertThat(text.substring(provision.get("start").asInt())).as(provision.toString()).startsWith("第");
				structured++;
			}
			assertThat(record.get("registry").get("url").asString())
				.isEqualTo("http://127.0.0.1:" + this.port + "/documents/" + record.get("registry").get("id").asLong());
		}
		assertThat(lines).hasSize(this.publicDocuments.size());
		assertThat(ids)
			.containsExactlyInAnyOrderElementsOf(this.publicDocuments.stream().map(DocumentSummary::id).toList());
		String withoutText = this.http.get("/api/v1/export.jsonl?text=false").body();
		// Only the record's own text goes; nested "text" fields (validity, issued line)
		// stay.
		List<String> withoutTextLines = withoutText.lines().filter((l) -> !l.isBlank()).toList();
		assertThat(withoutTextLines).hasSize(this.publicDocuments.size())
			.allSatisfy((l) -> assertThat(JSON.readTree(l).has("text")).as(l).isFalse())
			.allSatisfy((l) -> assertThat(JSON.readTree(l).has("structure")).as(l).isFalse());
		assertThat(structured).as("top-level provisions of the exported texts").isPositive();

		Snapshots.Snapshot snapshot = this.snapshots.take();
		assertThat(snapshot.documents()).isEqualTo(this.publicDocuments.size());
		HttpResponse<byte[]> data = this.http.getBytes(snapshot.dataUrl());
		assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data.body())))
			.isEqualTo(snapshot.sha256());
		String unzipped = new String(new GZIPInputStream(new ByteArrayInputStream(data.body())).readAllBytes(),
				StandardCharsets.UTF_8);
		assertThat(unzipped.split("\n")).hasSize(this.publicDocuments.size());
		JsonNode manifest = this.http.json(this.http.get(snapshot.manifestUrl()));
		assertThat(manifest.get("documents").asLong()).isEqualTo(this.publicDocuments.size());
		assertThat(manifest.get("byKind").get("NORMATIVE_DOCUMENT").asLong()).isPositive();
		assertThat(this.http.json(this.http.get("/api/v1/export/snapshots")).get(0).get("date").asString())
			.isEqualTo(snapshot.date().toString());
		assertThat(this.http.get("/api/v1/export/snapshots/2001-01-01/manifest.json").statusCode()).isEqualTo(404);
		assertThat(this.http.get("/open-data").body()).contains("开放数据").contains(snapshot.sha256());
	}

	// Stable addresses and QR codes

	@Test
	void everyPrintingOfASamplesDocNumberLeadsToTheSameAddress() {
		int checked = 0;
		for (DocumentSummary d : this.publicDocuments) {
			if (d.docNumber() == null) {
				continue;
			}
			String canonical = "/documents/" + d.id();
			for (String form : printings(d.docNumber(), d.docNumberNormalized())) {
				HttpResponse<String> answer = this.http.get("/d/" + path(form));
				assertThat(answer.statusCode()).as(form).isEqualTo(302);
				assertThat(answer.headers().firstValue("Location").orElse("")).as(form).endsWith(canonical);
				checked++;
			}
			if (d.registrationNumber() != null) {
				for (String form : List.of(d.registrationNumber(), d.registrationNumber().replace('—', '-'),
						d.registrationNumber().toLowerCase(java.util.Locale.ROOT))) {
					assertThat(this.http.get("/d/" + path(form)).headers().firstValue("Location").orElse("")).as(form)
						.endsWith(canonical);
				}
			}
			assertThat(this.http.get("/d/" + d.id()).headers().firstValue("Location").orElse("")).endsWith(canonical);
		}
		assertThat(checked).isGreaterThan(100);
		assertThat(this.publicDocuments.stream().filter((d) -> d.registrationNumber() != null)).hasSize(3);

		DocumentSummary d = byNumber("青政办规〔2022〕2号");
		assertThat(this.http.get("/d/" + path("青政办规[2022]2号") + "/2024-01-01").headers().firstValue("Location"))
			.hasValueSatisfying((l) -> assertThat(l).endsWith("/documents/" + d.id() + "?asOf=2024-01-01"));
		assertThat(this.http.get("/d/" + path("青政办规[2022]2号") + "/versions/1").statusCode()).isEqualTo(302);
		assertThat(this.http.get("/d/" + path("青政办规[2022]2号") + "/versions/9").statusCode()).isEqualTo(404);
		JsonNode api = this.http.json(this.http.get("/api/v1/addresses/" + path("QHGF-2022-02")));
		assertThat(api.get("matchedBy").asString()).isEqualTo("REGISTRATION_NUMBER");
		assertThat(api.get("documents").get(0).get("id").asLong()).isEqualTo(d.id());
		assertThat(this.http.get("/api/v1/addresses/" + path("青政办规〔1999〕1号")).statusCode()).isEqualTo(404);

		for (DocumentSummary hidden : this.restricted) {
			assertThat(this.http.get("/d/" + path(hidden.docNumber())).statusCode()).isEqualTo(404);
			assertThat(registrarBrowser().get("/d/" + path(hidden.docNumber())).statusCode()).isEqualTo(302);
			assertThat(this.http.get("/documents/" + hidden.id() + "/qr.png").statusCode()).isEqualTo(404);
		}
	}

	@Test
	void aQrCodeDecodesToTheDocumentsStableAddressWhichThePageShows() throws Exception {
		DocumentSummary d = byNumber("青政办规〔2022〕2号");
		String address = "http://127.0.0.1:" + this.port + "/documents/" + d.id();
		HttpResponse<byte[]> png = this.http.getBytes("/documents/" + d.id() + "/qr.png");
		assertThat(png.statusCode()).isEqualTo(200);
		assertThat(QrDecoder.decode(png.body())).isEqualTo(address);
		String page = this.http.get("/documents/" + d.id()).body();
		assertThat(page).contains(address).contains("/documents/" + d.id() + "/qr.svg").contains("数据更新至");
		assertThat(this.http.get("/documents/" + d.id() + "/qr.svg").body()).startsWith("<svg");
	}

	@Test
	void everyApiAnswerAndPageSaysHowCurrentTheDataIs() {
		this.freshness.refresh();
		HttpResponse<String> answer = this.http.get("/api/v1/documents/" + this.publicDocuments.get(0).id());
		assertThat(answer.headers().firstValue("Guifan-Data-Updated")).isPresent();
		assertThat(this.http.get("/feeds/changes.atom").headers().firstValue("Guifan-Data-Updated")).isPresent();
		JsonNode freshness = this.http.json(this.http.get("/api/v1/freshness"));
		assertThat(freshness.get("text").asString()).startsWith("数据更新至 ").contains("有效期检查");
		assertThat(this.http.get("/").body()).contains("数据更新至");
	}

	// 解读

	@Test
	void theInterpretationReportCountsWorkingDaysAndARegistrarLinksALateInterpretation() {
		DocumentSummary interpretation = this.all.values()
			.stream()
			.filter((d) -> d.title().contains("政策解读"))
			.findFirst()
			.orElseThrow();
		assertThat(this.http.get("/api/v1/reports/interpretations").statusCode()).isEqualTo(401);
		JsonNode report = this.http.json(this.http.getAs("/api/v1/reports/interpretations", "registrar", "s3cret"));
		assertThat(report.get("allowedWorkingDays").asInt()).isEqualTo(3);
		assertThat(report.get("late").toString()).doesNotContain(interpretation.title());
		DocumentSummary vending = byNumber("青政办规〔2022〕2号");
		assertThat(report.get("withoutInterpretation").toString()).contains(vending.title());

		String link = "{\"interpretationId\":" + interpretation.id() + ",\"reason\":\"按政府网站关联公开的解读补录\"}";
		assertThat(this.http.send("POST", "/api/v1/documents/" + vending.id() + "/interpretations", link, null, null)
			.statusCode()).isEqualTo(401);
		HttpResponse<String> linked = this.http.send("POST", "/api/v1/documents/" + vending.id() + "/interpretations",
				link, "registrar", "s3cret");
		assertThat(linked.statusCode()).isEqualTo(201);
		assertThat(this.http
			.send("POST", "/api/v1/documents/" + vending.id() + "/interpretations",
					"{\"interpretationId\":" + interpretation.id() + "}", "registrar", "s3cret")
			.statusCode()).isEqualTo(400);
		JsonNode after = this.http.json(this.http.getAs("/api/v1/reports/interpretations", "registrar", "s3cret"));
		assertThat(after.get("withoutInterpretation").toString()).doesNotContain(vending.title());
		JsonNode late = after.get("late").get(0);
		assertThat(late.get("documentId").asLong()).isEqualTo(vending.id());
		assertThat(late.get("workingDays").asInt()).isGreaterThan(300);
		assertThat(this.http.get("/documents/" + vending.id()).body()).contains("id=\"interpretation-heading\"")
			.contains(interpretation.title());
		assertThat(registrarBrowser().get("/registrar/interpretations").body()).contains("解读报告")
			.contains(interpretation.title());
	}

	// Gazette

	@Test
	void aRegistrarRecordsAGazettePublicationWhichIsListedByIssueAndMarkedAsTheStandardText() {
		DocumentSummary rule = byNumber("丰原市人民政府令第12号");
		String record = """
				{"documentId":%d,"gazette":"丰原市人民政府公报","year":2021,"issue":12,"overallNumber":245,
				 "publishedOn":"2021-12-20","firstPage":5,"lastPage":11,"reason":"按公报目录补录"}
				""".formatted(rule.id());
		assertThat(this.http.send("POST", "/api/v1/gazette/publications", record, null, null).statusCode())
			.isEqualTo(401);
		HttpResponse<String> recorded = this.http.send("POST", "/api/v1/gazette/publications", record, "registrar",
				"s3cret");
		assertThat(recorded.statusCode()).isEqualTo(201);
		assertThat(this.http.json(recorded).get("standardText").asBoolean()).isTrue();
		assertThat(this.http.send("POST", "/api/v1/gazette/publications", record, "clerk", "s3cret").statusCode())
			.as("department staff do not record gazette publications")
			.isEqualTo(403);
		HttpResponse<String> bad = this.http.send("POST", "/api/v1/gazette/publications",
				record.replace("\"issue\":12", "\"issue\":0"), "registrar", "s3cret");
		assertThat(bad.statusCode()).isEqualTo(400);
		assertThat(this.http.json(bad).get("detail").asString()).contains("期号");
		JsonNode issue = this.http.json(this.http.get("/api/v1/gazette/issues/2021/12?gazette=" + path("丰原市人民政府公报")));
		assertThat(issue.get("overallNumber").asInt()).isEqualTo(245);
		assertThat(issue.get("documents").get(0).get("title").asString()).isEqualTo(rule.title());
		assertThat(this.http.get("/api/v1/gazette/issues").body()).contains("丰原市人民政府公报");
		assertThat(this.http.get("/gazette").body()).contains("2021年第12期").contains(rule.title());
		assertThat(this.http.get("/documents/" + rule.id()).body()).contains("id=\"gazette-heading\"")
			.contains("《丰原市人民政府公报》2021年第12期（总第245期）第5—11页")
			.contains("公报文本为标准文本");

		// A non-public document in the same issue stays hidden from anonymous readers.
		DocumentSummary hidden = this.restricted.get(0);
		assertThat(this.http
			.send("POST", "/api/v1/gazette/publications",
					record.replace("\"documentId\":" + rule.id(), "\"documentId\":" + hidden.id())
						.replace("\"firstPage\":5,\"lastPage\":11", "\"firstPage\":12,\"lastPage\":13"),
					"registrar", "s3cret")
			.statusCode()).isEqualTo(201);
		String issuePath = "/api/v1/gazette/issues/2021/12?gazette=" + path("丰原市人民政府公报");
		assertThat(this.http.get(issuePath).body()).doesNotContain(hidden.title());
		assertThat(this.http.get("/api/v1/gazette/issues").body()).doesNotContain(hidden.title());
		assertThat(this.http.get("/gazette").body()).doesNotContain(hidden.title());
		assertThat(this.http.get("/api/v1/documents/" + hidden.id() + "/gazette").statusCode()).isEqualTo(404);
		assertThat(this.http.getAs(issuePath, "registrar", "s3cret").body()).contains(hidden.title());
		assertThat(this.http.get("/api/v1/gazette/issues/2021/99?gazette=" + path("丰原市人民政府公报")).statusCode())
			.isEqualTo(404);
	}

	// Helpers

	private DocumentSummary byNumber(String normalized) {
		return this.all.values()
			.stream()
			.filter((d) -> normalized.equals(d.docNumberNormalized()))
			.findFirst()
			.orElseThrow();
	}

	/** The ways a number is printed or typed: brackets, widths, spaces, no brackets. */
	static List<String> printings(String printed, String normalized) {
		Set<String> forms = new LinkedHashSet<>(List.of(printed, normalized));
		String[][] brackets = { { "[", "]" }, { "(", ")" }, { "（", "）" }, { "【", "】" }, { "［", "］" } };
		for (String[] b : brackets) {
			forms.add(normalized.replace("〔", b[0]).replace("〕", b[1]));
		}
		forms.add(normalized.replace("〔", " 〔").replace("〕", "〕 "));
		StringBuilder wide = new StringBuilder();
		for (char c : normalized.toCharArray()) {
			wide.append((c >= '0' && c <= '9') ? (char) (c - '0' + '０') : c);
		}
		forms.add(wide.toString());
		if (normalized.contains("〔")) {
			forms.add(normalized.replace("〔", "").replace("〕", " "));
		}
		return new ArrayList<>(forms);
	}

	private static String path(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
	}

	private Page page(String url) throws Exception {
		String relative = url.replaceFirst("^https?://[^/]+", "");
		HttpResponse<String> response = this.http.get(relative);
		assertThat(response.statusCode()).as(relative).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/atom+xml");
		assertThat(AtomValidator.problems(response.body())).as("valid Atom: " + relative).isEmpty();
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		Element feed = factory.newDocumentBuilder()
			.parse(new InputSource(new StringReader(response.body())))
			.getDocumentElement();
		Page page = new Page(new LinkedHashMap<>(), new LinkedHashMap<>());
		for (Element link : AtomValidator.children(feed, "link")) {
			page.links.put(link.getAttribute("rel"), link.getAttribute("href"));
		}
		for (Element e : AtomValidator.children(feed, "entry")) {
			String alternate = AtomValidator.children(e, "link")
				.stream()
				.filter((l) -> "alternate".equals(l.getAttribute("rel")))
				.findFirst()
				.orElseThrow()
				.getAttribute("href");
			long documentId = Long.parseLong(alternate.replaceFirst(".*/documents/(\\d+).*", "$1"));
			page.entries.put(AtomValidator.children(e, "id").get(0).getTextContent(),
					new Entry(AtomValidator.children(e, "title").get(0).getTextContent(),
							AtomValidator.children(e, "summary").get(0).getTextContent(), documentId));
		}
		return page;
	}

	record Page(Map<String, String> links, Map<String, Entry> entries) {
	}

	record Entry(String title, String summary, long documentId) {
	}

	/** A browser signed in as the registrar: pages take a form login, not HTTP Basic. */
	private Http registrarBrowser() {
		Http browser = Http.browser(this.port);
		assertThat(browser.login("registrar", "s3cret").statusCode()).isEqualTo(302);
		return browser;
	}

}
