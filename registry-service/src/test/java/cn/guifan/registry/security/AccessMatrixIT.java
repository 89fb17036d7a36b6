package cn.guifan.registry.security;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.guifan.registry.document.DocumentSummary;
import cn.guifan.registry.document.Documents;
import cn.guifan.registry.support.Http;
import cn.guifan.registry.support.RegistryIntegrationTest;
import cn.guifan.registry.support.SampleFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may reach what, generated from the application's own request mappings: every
 * endpoint is called by an anonymous visitor, department staff, a registrar and an
 * administrator, and each gets in exactly when the endpoint's audience
 * ({@link #AUDIENCES}) includes them. An endpoint missing from that table fails here (add
 * it, and its rule in {@link SecurityConfiguration}; without a rule it is closed to
 * everyone). Then every public endpoint is probed anonymously with every sample document,
 * every file and searches naming the samples that are not public (依申请公开, 不予公开), one of
 * them linked from a public document: none of their titles or numbers may appear.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "guifan.security.users[0].name=registrar",
				"guifan.security.users[0].password={noop}registrar-pw", "guifan.security.users[0].roles=REGISTRAR",
				"guifan.security.users[1].name=admin", "guifan.security.users[1].password={noop}admin-pw",
				"guifan.security.users[1].roles=ADMIN", "guifan.security.users[2].name=department",
				"guifan.security.users[2].password={noop}department-pw", "guifan.security.users[2].roles=DEPARTMENT",
				"guifan.security.users[2].organization=青禾县城市管理局",
				// Allowed or not is decided before the controller; a registrar's rebuild
				// of the index is not what this test is about.
				"guifan.reindex.api-enabled=false" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixIT extends RegistryIntegrationTest {

	/** Who an endpoint is for. */
	enum Audience {

		/** Everyone, signed in or not. */
		PUBLIC,
		/** Any signed-in account. */
		SIGNED_IN,
		/** Registrars and administrators. */
		REGISTRAR,
		/** Administrators. */
		ADMIN;

		boolean admits(User user) {
			return switch (this) {
				case PUBLIC -> true;
				case SIGNED_IN -> user != User.ANONYMOUS;
				case REGISTRAR -> user == User.REGISTRAR || user == User.ADMIN;
				case ADMIN -> user == User.ADMIN;
			};
		}

	}

	/** Who calls. */
	enum User {

		ANONYMOUS(null, null), DEPARTMENT("department", "department-pw"), REGISTRAR("registrar", "registrar-pw"),
		ADMIN("admin", "admin-pw");

		final String name;

		final String password;

		User(String name, String password) {
			this.name = name;
			this.password = password;
		}

	}

	/**
	 * Every endpoint of the application ("METHOD /pattern") and who it is for. A new
	 * endpoint adds its line here and its rule in SecurityConfiguration.
	 */
	static final Map<String, Audience> AUDIENCES = Map.ofEntries(
			// search
			Map.entry("GET /", Audience.PUBLIC), Map.entry("GET /api/v1/documents", Audience.PUBLIC),
			Map.entry("GET /api/v1/documents/suggestions", Audience.PUBLIC),
			// catalog
			Map.entry("GET /documents/{id}", Audience.PUBLIC), Map.entry("GET /api/v1/documents/{id}", Audience.PUBLIC),
			Map.entry("GET /api/v1/documents/{id}/files/{sha256}", Audience.PUBLIC),
			// diff
			Map.entry("GET /documents/{id}/diff", Audience.PUBLIC),
			Map.entry("GET /api/v1/documents/{id}/diff", Audience.PUBLIC),
			// citation
			Map.entry("GET /validity", Audience.PUBLIC), Map.entry("GET /check", Audience.PUBLIC),
			Map.entry("POST /check", Audience.PUBLIC), Map.entry("GET /api/v1/validity", Audience.PUBLIC),
			Map.entry("POST /api/v1/citation-check", Audience.PUBLIC),
			// registrar
			Map.entry("GET /registrar", Audience.REGISTRAR), Map.entry("POST /registrar/sweep", Audience.REGISTRAR),
			Map.entry("GET /registrar/documents/{id}", Audience.REGISTRAR),
			Map.entry("POST /registrar/documents/{id}/events", Audience.REGISTRAR),
			Map.entry("POST /registrar/documents/{id}/corrections", Audience.REGISTRAR),
			Map.entry("POST /api/v1/documents/{id}/events", Audience.REGISTRAR),
			Map.entry("PATCH /api/v1/documents/{id}", Audience.REGISTRAR),
			Map.entry("GET /api/v1/reports/expiring", Audience.REGISTRAR),
			Map.entry("POST /api/v1/jobs/expiry-sweep", Audience.REGISTRAR),
			Map.entry("GET /api/v1/audit", Audience.REGISTRAR),
			// indexing
			Map.entry("GET /api/v1/admin/reindex", Audience.REGISTRAR),
			Map.entry("POST /api/v1/admin/reindex", Audience.REGISTRAR),
			// security
			Map.entry("GET /login", Audience.PUBLIC), Map.entry("GET /account/password", Audience.SIGNED_IN),
			Map.entry("POST /account/password", Audience.SIGNED_IN), Map.entry("GET /admin/accounts", Audience.ADMIN),
			Map.entry("POST /admin/accounts", Audience.ADMIN), Map.entry("POST /admin/accounts/{name}", Audience.ADMIN),
			Map.entry("POST /admin/accounts/{name}/password", Audience.ADMIN),
			Map.entry("POST /admin/accounts/{name}/enabled", Audience.ADMIN),
			Map.entry("POST /admin/accounts/{name}/unlock", Audience.ADMIN),
			Map.entry("POST /admin/organizations", Audience.ADMIN),
			// registration and withdrawal: registrars only
			Map.entry("POST /api/v1/documents/{id}/events/{eventId}/withdrawal", Audience.REGISTRAR),
			Map.entry("POST /registrar/documents/{id}/events/{eventId}/withdrawal", Audience.REGISTRAR),
			Map.entry("GET /registrar/registrations/new", Audience.REGISTRAR),
			Map.entry("POST /registrar/registrations", Audience.REGISTRAR),
			Map.entry("POST /registrar/registrations/{token}", Audience.REGISTRAR),
			// open data: addresses, feeds, export, gazette public; 解读 and gazette records
			// registrars only
			Map.entry("GET /d/{reference}", Audience.PUBLIC),
			Map.entry("GET /d/{reference}/{date:\\d{4}-\\d{2}-\\d{2}}", Audience.PUBLIC),
			Map.entry("GET /d/{reference}/versions/{versionNo}", Audience.PUBLIC),
			Map.entry("GET /api/v1/addresses/{reference}", Audience.PUBLIC),
			Map.entry("GET /documents/{id}/qr.svg", Audience.PUBLIC),
			Map.entry("GET /documents/{id}/qr.png", Audience.PUBLIC),
			Map.entry("GET /feeds/changes.atom", Audience.PUBLIC),
			Map.entry("GET /feeds/issuers/{issuer}.atom", Audience.PUBLIC),
			Map.entry("GET /documents/{id}/changes.atom", Audience.PUBLIC),
			Map.entry("GET /api/v1/freshness", Audience.PUBLIC), Map.entry("GET /gazette", Audience.PUBLIC),
			Map.entry("GET /api/v1/gazette/issues", Audience.PUBLIC),
			Map.entry("GET /api/v1/gazette/issues/{year}/{issue}", Audience.PUBLIC),
			Map.entry("GET /api/v1/documents/{id}/gazette", Audience.PUBLIC),
			Map.entry("GET /open-data", Audience.PUBLIC), Map.entry("GET /v3/api-docs", Audience.PUBLIC),
			Map.entry("GET /v3/api-docs.yaml", Audience.PUBLIC),
			Map.entry("GET /v3/api-docs/swagger-config", Audience.PUBLIC),
			Map.entry("GET /swagger-ui.html", Audience.PUBLIC), Map.entry("GET /api/v1/export.jsonl", Audience.PUBLIC),
			Map.entry("GET /api/v1/export/snapshots", Audience.PUBLIC),
			Map.entry("GET /api/v1/export/snapshots/{date}/{file}", Audience.PUBLIC),
			Map.entry("POST /api/v1/gazette/publications", Audience.REGISTRAR),
			Map.entry("POST /api/v1/documents/{id}/interpretations", Audience.REGISTRAR),
			Map.entry("GET /api/v1/reports/interpretations", Audience.REGISTRAR),
			Map.entry("GET /registrar/interpretations", Audience.REGISTRAR),
			Map.entry("POST /registrar/interpretations", Audience.REGISTRAR),
			// campaign: results public, a department's work signed in, the bureau's
			// actions registrars only
			Map.entry("GET /campaigns/results", Audience.PUBLIC),
			Map.entry("GET /campaigns/{id}/results", Audience.PUBLIC),
			Map.entry("GET /api/v1/campaigns/{id}/results", Audience.PUBLIC),
			Map.entry("GET /api/v1/campaigns/{id}/results.docx", Audience.PUBLIC),
			Map.entry("GET /api/v1/campaigns/{id}/results.xlsx", Audience.PUBLIC),
			Map.entry("GET /campaigns", Audience.SIGNED_IN), Map.entry("GET /campaigns/{id}", Audience.SIGNED_IN),
			Map.entry("GET /campaigns/{id}/items/{documentId}", Audience.SIGNED_IN),
			Map.entry("POST /campaigns/{id}/items/{documentId}/proposal", Audience.SIGNED_IN),
			Map.entry("POST /campaigns/{id}/uploads", Audience.SIGNED_IN),
			Map.entry("GET /campaigns/{id}/uploads/{uploadId}", Audience.SIGNED_IN),
			Map.entry("POST /campaigns/{id}/uploads/{uploadId}/confirmation", Audience.SIGNED_IN),
			Map.entry("POST /campaigns/{id}/uploads/{uploadId}/discard", Audience.SIGNED_IN),
			Map.entry("GET /api/v1/campaigns", Audience.SIGNED_IN),
			Map.entry("GET /api/v1/campaigns/{id}", Audience.SIGNED_IN),
			Map.entry("GET /api/v1/campaigns/{id}/progress", Audience.SIGNED_IN),
			Map.entry("GET /api/v1/campaigns/{id}/items", Audience.SIGNED_IN),
			Map.entry("GET /api/v1/campaigns/{id}/items/{documentId}", Audience.SIGNED_IN),
			Map.entry("POST /api/v1/campaigns/{id}/items/{documentId}/proposal", Audience.SIGNED_IN),
			Map.entry("GET /api/v1/campaigns/{id}/items.xlsx", Audience.SIGNED_IN),
			Map.entry("POST /api/v1/campaigns/{id}/items.xlsx", Audience.SIGNED_IN),
			Map.entry("GET /api/v1/campaigns/{id}/uploads/{uploadId}", Audience.SIGNED_IN),
			Map.entry("POST /api/v1/campaigns/{id}/uploads/{uploadId}/confirmation", Audience.SIGNED_IN),
			Map.entry("GET /campaigns/new", Audience.REGISTRAR), Map.entry("POST /campaigns/new", Audience.REGISTRAR),
			Map.entry("POST /campaigns", Audience.REGISTRAR),
			Map.entry("POST /campaigns/evaluations", Audience.REGISTRAR),
			Map.entry("POST /campaigns/{id}/state", Audience.REGISTRAR),
			Map.entry("POST /campaigns/{id}/items", Audience.REGISTRAR),
			Map.entry("POST /campaigns/{id}/reviews", Audience.REGISTRAR),
			Map.entry("POST /campaigns/{id}/flags", Audience.REGISTRAR),
			Map.entry("POST /campaigns/{id}/publish", Audience.REGISTRAR),
			Map.entry("POST /campaigns/{id}/items/{documentId}/review", Audience.REGISTRAR),
			Map.entry("POST /campaigns/{id}/items/{documentId}/removal", Audience.REGISTRAR),
			Map.entry("POST /campaigns/{id}/items/{documentId}/assignment", Audience.REGISTRAR),
			Map.entry("POST /api/v1/campaigns", Audience.REGISTRAR),
			Map.entry("POST /api/v1/campaigns/preview", Audience.REGISTRAR),
			Map.entry("POST /api/v1/campaigns/evaluations", Audience.REGISTRAR),
			Map.entry("POST /api/v1/campaigns/{id}/state", Audience.REGISTRAR),
			Map.entry("POST /api/v1/campaigns/{id}/items", Audience.REGISTRAR),
			Map.entry("POST /api/v1/campaigns/{id}/reviews", Audience.REGISTRAR),
			Map.entry("POST /api/v1/campaigns/{id}/flags", Audience.REGISTRAR),
			Map.entry("POST /api/v1/campaigns/{id}/publish", Audience.REGISTRAR),
			Map.entry("POST /api/v1/campaigns/{id}/items/{documentId}/review", Audience.REGISTRAR),
			Map.entry("POST /api/v1/campaigns/{id}/items/{documentId}/removal", Audience.REGISTRAR),
			Map.entry("POST /api/v1/campaigns/{id}/items/{documentId}/assignment", Audience.REGISTRAR),
			// collection and export: collections and downloads public (public documents
			// only for anonymous users, checked in the feature), compiling them
			// registrars'
			Map.entry("GET /collections", Audience.PUBLIC), Map.entry("GET /collections/{id}", Audience.PUBLIC),
			Map.entry("GET /api/v1/collections", Audience.PUBLIC),
			Map.entry("GET /api/v1/collections/{id:[0-9]+}", Audience.PUBLIC),
			Map.entry("GET /api/v1/collections/{id}/documents", Audience.PUBLIC),
			Map.entry("GET /api/v1/collections/{id}.{format}", Audience.PUBLIC),
			Map.entry("GET /api/v1/documents/{id}/export.{format}", Audience.PUBLIC),
			Map.entry("POST /collections", Audience.REGISTRAR),
			Map.entry("POST /collections/{id}/rebuild", Audience.REGISTRAR),
			Map.entry("POST /api/v1/collections", Audience.REGISTRAR),
			Map.entry("POST /api/v1/collections/{id}/rebuild", Audience.REGISTRAR),
			// ledger and statistics: registrars only
			Map.entry("GET /registrar/ledger", Audience.REGISTRAR),
			Map.entry("POST /registrar/ledger/reconciliation", Audience.REGISTRAR),
			Map.entry("GET /registrar/ledger/reconciliation/{id}", Audience.REGISTRAR),
			Map.entry("POST /registrar/ledger/reconciliation/{id}/apply", Audience.REGISTRAR),
			Map.entry("GET /api/v1/ledger", Audience.REGISTRAR),
			Map.entry("GET /api/v1/ledger.xlsx", Audience.REGISTRAR),
			Map.entry("POST /api/v1/ledger/reconciliation", Audience.REGISTRAR),
			Map.entry("GET /api/v1/ledger/reconciliation/{id}", Audience.REGISTRAR),
			Map.entry("POST /api/v1/ledger/reconciliation/{id}/apply", Audience.REGISTRAR),
			Map.entry("GET /registrar/statistics", Audience.REGISTRAR),
			Map.entry("GET /api/v1/statistics/annual", Audience.REGISTRAR),
			Map.entry("GET /api/v1/statistics/annual/series", Audience.REGISTRAR),
			Map.entry("GET /api/v1/statistics/annual.xlsx", Audience.REGISTRAR),
			// operations: the health summary and probes public, the details (in the same
			// answer) and the metrics administrators only
			Map.entry("GET /actuator/health", Audience.PUBLIC), Map.entry("GET /actuator/health/**", Audience.PUBLIC),
			Map.entry("GET /actuator", Audience.ADMIN), Map.entry("GET /actuator/prometheus", Audience.ADMIN));

	/** Mappings that are not endpoints of their own: the error page of every request. */
	static final Set<String> NOT_ENDPOINTS = Set.of("/error");

	private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");

	@Autowired
	SampleFixture samples;

	@Autowired
	Documents documents;

	/** The controllers' mappings and the actuator's. */
	@Autowired
	List<RequestMappingInfoHandlerMapping> mappings;

	@LocalServerPort
	int port;

	Http anonymous;

	final Map<User, Http> browsers = new LinkedHashMap<>();

	/** A public sample, linked in this test to a hidden one. */
	long linked;

	long hidden;

	List<Long> ids = new ArrayList<>();

	/** What names the samples anonymous users may not see. */
	Set<String> hiddenNames = new LinkedHashSet<>();

	List<String> hiddenTitles = new ArrayList<>();

	/**
	 * Collections compiled by the registrar: one of the public documents in force, one of
	 * every document including those not public (a collection anonymous users may not
	 * see).
	 */
	List<Long> collections = new ArrayList<>();

	@BeforeAll
	void setUp() throws Exception {
		this.samples.load();
		this.anonymous = new Http(this.port);
		for (User user : User.values()) {
			Http browser = Http.browser(this.port);
			if (user != User.ANONYMOUS) {
				HttpResponse<String> login = browser.login(user.name, user.password);
				assertThat(login.headers().firstValue("Location")).as(user.name)
					.hasValueSatisfying((l) -> assertThat(l).doesNotContain("error"));
			}
			this.browsers.put(user, browser);
		}
		this.ids = this.documents.idsAfter(0, 1000);
		Map<Long, DocumentSummary> all = this.documents.summaries(this.ids);
		List<DocumentSummary> hiddenDocs = all.values().stream().filter((d) -> !d.isPublic()).toList();
		assertThat(hiddenDocs).as("the samples include documents that are not public").hasSizeGreaterThanOrEqualTo(2);
		this.hidden = hiddenDocs.get(0).id();
		this.linked = all.values()
			.stream()
			.filter((d) -> "青政办规〔2022〕2号".equals(d.docNumberNormalized()))
			.findFirst()
			.orElseThrow()
			.id();
		// Link a public document to a hidden one: the hidden one declares part of it
		// invalid.
		HttpResponse<String> event = this.anonymous.send("POST", "/api/v1/documents/" + this.linked + "/events",
				"{\"type\":\"PARTIALLY_INVALID\",\"date\":\"2024-06-01\",\"causedByDocumentId\":" + this.hidden
						+ ",\"provisions\":\"第十条\",\"reason\":\"测试：由未公开的批复调整\"}",
				"registrar", "registrar-pw");
		assertThat(event.statusCode()).as(event.body()).isEqualTo(201);

		for (String scope : List.of("{}", "{\"kinds\":[\"RULE\",\"NORMATIVE_DOCUMENT\",\"OTHER\"],"
				+ "\"includeNotInForce\":true,\"includeRestricted\":true}")) {
			HttpResponse<String> created = this.anonymous.send("POST", "/api/v1/collections",
					"{\"title\":\"访问检查汇编\",\"asOf\":\"2025-01-01\",\"groupBy\":\"KIND\",\"scope\":" + scope + "}",
					"registrar", "registrar-pw");
			assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
			long id = this.anonymous.json(created).get("id").asLong();
			long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(180);
			String state;
			do {
				Thread.sleep(300);
				state = this.anonymous
					.json(this.anonymous.getAs("/api/v1/collections/" + id, "registrar", "registrar-pw"))
					.get("state")
					.asString();
			}
			while (!List.of("DONE", "FAILED").contains(state) && System.nanoTime() < deadline);
			assertThat(state).as("collection " + id).isEqualTo("DONE");
			this.collections.add(id);
		}

		StringBuilder publicText = new StringBuilder();
		for (Documents.VersionText version : this.documents.versionTexts(this.ids)) {
			if (all.get(version.version().documentId()).isPublic()) {
				publicText.append(version.text()).append('\n');
			}
		}
		all.values()
			.stream()
			.filter(DocumentSummary::isPublic)
			.forEach((d) -> publicText.append(d.title()).append('\n'));
		for (DocumentSummary d : hiddenDocs) {
			assertThat(publicText).as("a public text prints the title of %s", d.title()).doesNotContain(d.title());
			this.hiddenNames.add(d.title());
			this.hiddenTitles.add(d.title());
			for (String name : new String[] { d.docNumber(), d.docNumberNormalized() }) {
				if (name != null && !publicText.toString().contains(name)) {
					this.hiddenNames.add(name);
				}
			}
		}
	}

	@Test
	void everyEndpointHasAnAudience() {
		Set<String> endpoints = endpoints();
		assertThat(new TreeSet<>(endpoints))
			.as("endpoints without a line in AccessMatrixIT.AUDIENCES (and a rule in SecurityConfiguration)")
			.isSubsetOf(AUDIENCES.keySet());
		assertThat(new TreeSet<>(AUDIENCES.keySet())).as("lines for endpoints that no longer exist")
			.isSubsetOf(endpoints);
	}

	@Test
	void eachUserGetsInExactlyWhereTheEndpointsAudienceIncludesThem() {
		List<String> wrong = new ArrayList<>();
		for (String endpoint : endpoints()) {
			Audience audience = AUDIENCES.get(endpoint);
			if (audience == null) {
				continue;
			}
			for (User user : User.values()) {
				HttpResponse<String> response = call(endpoint, user);
				boolean admitted = admitted(response);
				if (admitted != audience.admits(user)) {
					wrong.add(endpoint + " as " + user + ": " + response.statusCode() + " "
							+ response.headers().firstValue("Location").orElse("")
							+ response.body().substring(0, Math.min(200, response.body().length())));
				}
				if (!admitted && response.statusCode() != 302) {
					assertThat(response.body()).as(endpoint + " refused to " + user + " says why in Chinese")
						.containsPattern("\\p{IsHan}");
				}
			}
		}
		assertThat(wrong).as("answers that do not match the endpoint's audience").isEmpty();
	}

	@Test
	void noNonPublicSampleAppearsInAnyAnonymousAnswer() {
		assertThat(this.browsers.get(User.REGISTRAR).get("/documents/" + this.hidden).body())
			.as("the registrar sees the hidden sample (so the names checked are real)")
			.contains(this.hiddenNames.iterator().next());
		List<String> leaks = new ArrayList<>();
		int probes = 0;
		for (String endpoint : endpoints()) {
			if (AUDIENCES.get(endpoint) != Audience.PUBLIC) {
				continue;
			}
			for (Probe probe : probes(endpoint)) {
				HttpResponse<String> response = probe.call().get();
				probes++;
				for (String name : this.hiddenNames) {
					if (response.body().contains(name) && !echoes(probe.asked(), name)) {
						leaks.add(endpoint + " " + response.request().uri() + " names " + name);
					}
				}
				if (response.request().uri().getPath().contains("/documents/" + this.hidden)) {
					// Asked for the hidden document itself: refused as if it did not
					// exist (the refusal may repeat the address asked for, nothing more).
					if (response.statusCode() != 404) {
						leaks.add(endpoint + " " + response.request().uri() + " answers " + response.statusCode());
					}
				}
				else if (response.body().contains("/documents/" + this.hidden + "\"")
						|| response.body().contains("\"id\":" + this.hidden + ",")) {
					leaks.add(endpoint + " " + response.request().uri() + " links the hidden document");
				}
			}
		}
		assertThat(probes).isGreaterThan(100);
		assertThat(leaks).isEmpty();
	}

	/** The endpoints of the application, as "METHOD /pattern". */
	private Set<String> endpoints() {
		Set<String> endpoints = new TreeSet<>();
		for (RequestMappingInfo info : this.mappings.stream()
			.flatMap((mapping) -> mapping.getHandlerMethods().keySet().stream())
			.toList()) {
			for (String pattern : info.getPatternValues()) {
				if (NOT_ENDPOINTS.contains(pattern)) {
					continue;
				}
				Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
				assertThat(methods).as(pattern + " names its HTTP methods").isNotEmpty();
				methods.forEach((method) -> endpoints.add(method.name() + " " + pattern));
			}
		}
		return endpoints;
	}

	/** Calls an endpoint as a user, with values it accepts (a public sample, …). */
	private HttpResponse<String> call(String endpoint, User user) {
		String method = endpoint.substring(0, endpoint.indexOf(' '));
		String path = fill(endpoint.substring(endpoint.indexOf(' ') + 1), this.linked).replace("/**", "/readiness");
		if (path.equals("/documents/" + this.linked + "/diff") || path.endsWith("/diff")) {
			path += "?from=1&to=1";
		}
		if (path.startsWith("/api/") || path.startsWith("/actuator")) {
			HttpRequest.Builder request = HttpRequest.newBuilder(this.anonymous.uri(path));
			if (user != User.ANONYMOUS) {
				request.header("Authorization", "Basic " + java.util.Base64.getEncoder()
					.encodeToString((user.name + ":" + user.password).getBytes(StandardCharsets.UTF_8)));
			}
			if (method.equals("GET")) {
				request.GET();
			}
			else {
				request.header("Content-Type", "application/json")
					.method(method, HttpRequest.BodyPublishers
						.ofString(path.endsWith("citation-check") ? "{\"text\":\"根据《青禾县城区占道经营管理办法》制定。\"}" : "{}"));
			}
			return this.anonymous.send(request);
		}
		Http browser = this.browsers.get(user);
		if (method.equals("GET")) {
			return browser.get(path);
		}
		return browser.postForm("/check", path, Map.of());
	}

	/** Whether the answer let the user in: not refused, not sent to the login page. */
	private static boolean admitted(HttpResponse<String> response) {
		int status = response.statusCode();
		if (status == 401 || status == 403) {
			return false;
		}
		return !(status == 302 && response.headers().firstValue("Location").orElse("").contains("/login"));
	}

	/** Anonymous requests that try to bring hidden samples out through an endpoint. */
	private List<Probe> probes(String endpoint) {
		Function<String, Probe> get = (path) -> new Probe(decoded(path), () -> this.anonymous.get(path));
		List<Probe> probes = new ArrayList<>();
		List<String> words = new ArrayList<>(this.hiddenNames);
		this.hiddenNames.forEach((name) -> words.add(name.substring(0, Math.min(6, name.length()))));
		// Hidden documents cited by their titles only: their numbers must not come back.
		String draft = "根据" + String.join("、", this.hiddenTitles.stream().map((n) -> "《" + n + "》").toList())
				+ "和《青禾县城区占道经营管理办法》（青政办规〔2022〕2号），制定本方案。";
		switch (endpoint) {
			case "GET /", "GET /api/v1/documents" -> {
				String base = endpoint.endsWith("documents") ? "/api/v1/documents" : "/";
				for (String word : words) {
					probes.add(get.apply(base + "?status=all&q=" + encode(word)));
				}
				probes.add(get.apply(base + "?status=all&q=" + encode("占道经营")));
			}
			case "GET /api/v1/documents/suggestions" -> {
				for (String word : words) {
					probes.add(get.apply("/api/v1/documents/suggestions?q=" + encode(word)));
				}
			}
			case "GET /documents/{id}", "GET /api/v1/documents/{id}" -> {
				for (long id : this.ids) {
					probes.add(get.apply(fill(endpoint.substring(4), id)));
					probes.add(get.apply(fill(endpoint.substring(4), id) + "?asOf=2025-01-01"));
				}
			}
			case "GET /documents/{id}/diff", "GET /api/v1/documents/{id}/diff" -> {
				for (long id : this.ids) {
					probes.add(get.apply(fill(endpoint.substring(4), id) + "?from=1&to=2"));
				}
			}
			case "GET /api/v1/documents/{id}/files/{sha256}" -> {
				for (long id : this.ids) {
					for (Documents.Source source : this.documents.sources(id)) {
						probes.add(get.apply("/api/v1/documents/" + id + "/files/" + source.sha256()));
					}
				}
			}
			case "GET /validity", "GET /api/v1/validity" -> {
				String base = endpoint.substring(4);
				for (String word : words) {
					probes.add(get.apply(base + "?ref=" + encode(word)));
				}
				probes.add(get.apply(base + "?ref=" + encode("青政办规〔2022〕2号")));
			}
			case "POST /api/v1/citation-check" -> probes.add(new Probe(draft,
					() -> this.anonymous.send(HttpRequest.newBuilder(this.anonymous.uri("/api/v1/citation-check"))
						.header("Content-Type", "application/json")
						.POST(HttpRequest.BodyPublishers.ofString("{\"text\":" + quoted(draft) + "}")))));
			case "POST /check" -> probes.add(new Probe(draft,
					() -> this.browsers.get(User.ANONYMOUS).postForm("/check", "/check", Map.of("text", draft))));
			case "GET /check", "GET /login" -> probes.add(get.apply(endpoint.substring(4)));
			case "GET /campaigns/results" -> probes.add(get.apply("/campaigns/results"));
			case "GET /actuator/health", "GET /actuator/health/**" -> {
				for (String path : List.of("/actuator/health", "/actuator/health/liveness",
						"/actuator/health/readiness")) {
					probes.add(get.apply(path));
				}
			}
			case "GET /d/{reference}", "GET /api/v1/addresses/{reference}" -> {
				String base = endpoint.substring(4, endpoint.indexOf('{'));
				for (long id : this.ids) {
					probes.add(get.apply(base + id));
				}
				for (String name : this.hiddenNames) {
					probes.add(get.apply(base + encode(name)));
				}
			}
			case "GET /d/{reference}/{date:\\d{4}-\\d{2}-\\d{2}}", "GET /d/{reference}/versions/{versionNo}" -> {
				for (long id : this.ids) {
					probes.add(get.apply(fill(endpoint.substring(4), id)));
				}
			}
			case "GET /documents/{id}/qr.svg", "GET /documents/{id}/qr.png", "GET /documents/{id}/changes.atom",
					"GET /api/v1/documents/{id}/gazette" -> {
				for (long id : this.ids) {
					probes.add(get.apply(fill(endpoint.substring(4), id)));
				}
			}
			case "GET /feeds/issuers/{issuer}.atom" -> {
				for (String issuer : List.of("青禾县人民政府", "青禾县人民政府办公室", "青禾县民政局")) {
					probes.add(get.apply("/feeds/issuers/" + encode(issuer) + ".atom"));
				}
			}
			case "GET /feeds/changes.atom", "GET /api/v1/freshness", "GET /gazette", "GET /api/v1/gazette/issues",
					"GET /open-data", "GET /api/v1/export.jsonl", "GET /api/v1/export/snapshots",
					"GET /api/v1/gazette/issues/{year}/{issue}", "GET /api/v1/export/snapshots/{date}/{file}",
					"GET /v3/api-docs", "GET /v3/api-docs.yaml", "GET /v3/api-docs/swagger-config",
					"GET /swagger-ui.html" ->
				probes.add(get.apply(fill(endpoint.substring(4), 1)));
			case "GET /campaigns/{id}/results", "GET /api/v1/campaigns/{id}/results",
					"GET /api/v1/campaigns/{id}/results.docx", "GET /api/v1/campaigns/{id}/results.xlsx" -> {
				for (long id = 1; id <= 3; id++) {
					probes.add(get.apply(fill(endpoint.substring(4), id)));
				}
			}
			case "GET /collections", "GET /api/v1/collections" -> probes.add(get.apply(endpoint.substring(4)));
			case "GET /collections/{id}", "GET /api/v1/collections/{id:[0-9]+}",
					"GET /api/v1/collections/{id}/documents" -> {
				for (long id : this.collections) {
					probes.add(get.apply(fill(endpoint.substring(4), id)));
				}
			}
			case "GET /api/v1/collections/{id}.{format}" -> {
				// The text download: a title in a PDF or DOCX would not be found as text.
				for (long id : this.collections) {
					probes.add(get.apply("/api/v1/collections/" + id + ".txt"));
					probes.add(get.apply("/api/v1/collections/" + id + ".pdf"));
				}
			}
			case "GET /api/v1/documents/{id}/export.{format}" -> {
				for (long id : this.ids) {
					probes.add(get.apply("/api/v1/documents/" + id + "/export.txt"));
					probes.add(get.apply("/api/v1/documents/" + id + "/export.txt?asOf=2025-01-01"));
					probes.add(get.apply("/api/v1/documents/" + id + "/export.docx"));
				}
			}
			default -> throw new AssertionError("AccessMatrixIT does not know how to probe the public endpoint "
					+ endpoint + " for documents that are not public: add it to probes()");
		}
		return probes;
	}

	/**
	 * A request of the leak test.
	 *
	 * @param asked what the request itself says (its query, its draft): an answer may
	 * repeat it
	 * @param call sends it
	 */
	record Probe(String asked, java.util.function.Supplier<HttpResponse<String>> call) {
	}

	/**
	 * Whether a name in an answer only repeats what was asked: the words asked, or the
	 * doc number asked in another form, as the search and the citation check show what
	 * they understood.
	 */
	static boolean echoes(String asked, String name) {
		return asked.contains(name) || key(asked).contains(key(name));
	}

	/** A text without brackets, spaces and full-width digits, as doc numbers compare. */
	private static String key(String text) {
		StringBuilder key = new StringBuilder();
		text.codePoints().forEach((c) -> {
			if (c >= '０' && c <= '９') {
				key.append((char) (c - '０' + '0'));
			}
			else if ("〔〕[]［］【】()（）{} \u3000".indexOf(c) < 0) {
				key.appendCodePoint(c);
			}
		});
		return key.toString();
	}

	private static String decoded(String path) {
		return java.net.URLDecoder.decode(path, StandardCharsets.UTF_8);
	}

	private static String fill(String pattern, long id) {
		Matcher m = VARIABLE.matcher(pattern.replaceAll("\\{(\\w+):[^/]*}", "{$1}"));
		StringBuilder path = new StringBuilder();
		while (m.find()) {
			String value = switch (m.group(1)) {
				case "id", "documentId" -> Long.toString(id);
				case "format" -> "pdf";
				case "uploadId", "eventId", "versionNo", "issue" -> "1";
				case "token" -> "0";
				case "reference" -> Long.toString(id);
				case "date" -> "2025-01-01";
				case "year" -> "2025";
				case "issuer" -> encode("青禾县人民政府");
				case "file" -> "manifest.json";
				case "sha256" -> "0".repeat(64);
				case "name" -> "nobody";
				default -> throw new AssertionError("no value for {" + m.group(1) + "} in " + pattern);
			};
			m.appendReplacement(path, value);
		}
		m.appendTail(path);
		return path.toString();
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private static String quoted(String text) {
		return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
	}

}
