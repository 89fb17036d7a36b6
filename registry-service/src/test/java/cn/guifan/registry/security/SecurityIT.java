package cn.guifan.registry.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import cn.guifan.registry.config.GuifanProperties;
import cn.guifan.registry.support.Http;
import cn.guifan.registry.support.RegistryIntegrationTest;
import cn.guifan.registry.support.SampleFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The registry as an attacker and an operator probe it: a login cookie does not act on
 * the API from another site, an anonymous 401 makes no session, wrong passwords lock an
 * account, accounts are managed in the database by an administrator, every error is
 * answered in Chinese (problem details for the API), bad JSON is refused field by field,
 * the security headers are set, and the embedded database listens on loopback only with a
 * generated password and files only its owner reads.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "guifan.security.users[0].name=registrar", "guifan.security.users[0].password={noop}s3cret",
				"guifan.security.users[0].roles=REGISTRAR", "guifan.security.users[1].name=admin",
				"guifan.security.users[1].password={noop}adm1n-s3cret", "guifan.security.users[1].roles=ADMIN",
				"guifan.security.login.max-failures=3", "spring.servlet.multipart.max-file-size=64KB",
				"spring.servlet.multipart.max-request-size=64KB" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecurityIT extends RegistryIntegrationTest {

	/** A feature's seeding hook, as the demo's department accounts use it. */
	@TestConfiguration(proxyBeanMethods = false)
	static class Seeds {

		@Bean
		InitialAccounts testDepartment() {
			return () -> List
				.of(new Accounts.NewAccount("qh-ceshi", List.of(Roles.DEPARTMENT), "青禾县测试局 员工", "青禾县测试局", null));
		}

	}

	@Autowired
	SampleFixture samples;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	GuifanProperties properties;

	@LocalServerPort
	int port;

	Http http;

	@BeforeAll
	void loadSamples() throws Exception {
		this.samples.load();
		this.http = new Http(this.port);
	}

	@Test
	void anAnonymous401IsChineseAndMakesNoSession() {
		HttpResponse<String> response = this.http.get("/api/v1/audit");
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(response.headers().firstValue("WWW-Authenticate"))
			.hasValueSatisfying((challenge) -> assertThat(challenge).startsWith("Basic realm=\"guifan\""));
		assertThat(response.headers().allValues("Set-Cookie")).as("no session for an anonymous 401").isEmpty();
		JsonNode problem = this.http.json(response);
		assertThat(problem.get("title").asString()).isEqualTo("需要登录");
		assertThat(problem.get("detail").asString()).contains("HTTP Basic");
		assertThat(this.http.get("/check").headers().allValues("Set-Cookie"))
			.as("no session for an anonymous page with a form")
			.noneMatch((cookie) -> cookie.startsWith("JSESSIONID"));
	}

	@Test
	void theLoginCookieDoesNotActOnTheApiNorOnAFormWithoutItsToken() {
		Http browser = Http.browser(this.port);
		HttpResponse<String> login = browser.login("registrar", "s3cret");
		assertThat(login.statusCode()).isEqualTo(302);
		assertThat(login.headers().firstValue("Location"))
			.hasValueSatisfying((l) -> assertThat(l).doesNotContain("error"));
		String session = login.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter((c) -> c.startsWith("JSESSIONID"))
			.findFirst()
			.orElseThrow();
		assertThat(session).contains("HttpOnly").containsIgnoringCase("SameSite=Lax");
		assertThat(browser.get("/registrar").statusCode()).as("signed in").isEqualTo(200);

		// A page of another site posting to the API with the browser's cookie.
		HttpResponse<String> forged = browser.send(HttpRequest.newBuilder(browser.uri("/api/v1/jobs/expiry-sweep"))
			.header("Origin", "https://evil.example")
			.POST(HttpRequest.BodyPublishers.noBody()));
		assertThat(forged.statusCode()).isIn(401, 403);
		// ... even when the browser repeats HTTP Basic credentials it was given.
		HttpResponse<String> withBasic = this.http
			.send(HttpRequest.newBuilder(this.http.uri("/api/v1/jobs/expiry-sweep"))
				.header("Origin", "https://evil.example")
				.header("Authorization", basic("registrar", "s3cret"))
				.POST(HttpRequest.BodyPublishers.noBody()));
		assertThat(withBasic.statusCode()).isEqualTo(403);
		assertThat(this.http.json(withBasic).get("detail").asString()).contains("其他网站");
		// A form posted without its token.
		HttpResponse<String> noToken = browser.send(HttpRequest.newBuilder(browser.uri("/registrar/sweep"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("")));
		assertThat(noToken.statusCode()).isEqualTo(403);
		assertThat(noToken.body()).contains("表单已失效");
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE action = 'EXPIRY_SWEEP'")
			.query(Long.class)
			.single()).as("nothing ran").isZero();
	}

	@Test
	void wrongPasswordsLockAnAccountEvenAgainstTheRightOne() {
		this.accounts.create(
				new Accounts.NewAccount("locktest", List.of(Roles.REGISTRAR), null, null, "the-right-password"),
				"test");
		for (int i = 0; i < 3; i++) {
			assertThat(this.http.getAs("/api/v1/audit", "locktest", "wrong-" + i).statusCode()).isEqualTo(401);
		}
		HttpResponse<String> locked = this.http.getAs("/api/v1/audit", "locktest", "the-right-password");
		assertThat(locked.statusCode()).isEqualTo(401);
		assertThat(this.http.json(locked).get("detail").asString()).contains("锁定");
		assertThat(Http.browser(this.port).login("locktest", "the-right-password").headers().firstValue("Location"))
			.hasValueSatisfying((l) -> assertThat(l).endsWith("/login?locked"));
		this.accounts.unlock("locktest", "test");
		assertThat(this.http.getAs("/api/v1/audit", "locktest", "the-right-password").statusCode()).isEqualTo(200);
	}

	@Test
	void anAdministratorManagesAccountsAndAUserChangesTheirPassword() {
		Http admin = Http.browser(this.port);
		assertThat(admin.login("admin", "adm1n-s3cret").statusCode()).isEqualTo(302);
		assertThat(admin.postForm("/admin/accounts", "/admin/organizations", Map.of("name", "青禾县市场监督管理局")).statusCode())
			.isEqualTo(302);
		assertThat(
				admin
					.postForm("/admin/accounts", "/admin/accounts",
							Map.of("name", "zhangsan", "roles", "DEPARTMENT", "organization", "青禾县市场监督管理局",
									"displayName", "县市场监管局 张三"))
					.statusCode())
			.isEqualTo(302);
		String page = admin.get("/admin/accounts").body();
		Matcher initial = Pattern.compile("初始密码：([0-9a-f]{24})").matcher(page);
		assertThat(initial.find()).as(page).isTrue();
		assertThat(this.accounts.find("zhangsan").orElseThrow().organization()).isEqualTo("青禾县市场监督管理局");
		assertThat(this.jdbc.sql("SELECT password_hash FROM account WHERE username = 'zhangsan'")
			.query(String.class)
			.single()).startsWith("{bcrypt}").doesNotContain(initial.group(1));

		Http zhangsan = Http.browser(this.port);
		assertThat(zhangsan.login("zhangsan", initial.group(1)).headers().firstValue("Location"))
			.hasValueSatisfying((l) -> assertThat(l).doesNotContain("error"));
		assertThat(zhangsan.get("/admin/accounts").statusCode()).as("not an administrator").isEqualTo(403);
		assertThat(zhangsan.get("/registrar").statusCode()).as("not a registrar").isEqualTo(403);
		HttpResponse<String> tooShort = zhangsan.postForm("/account/password", "/account/password",
				Map.of("currentPassword", initial.group(1), "newPassword", "short", "confirmPassword", "short"));
		assertThat(tooShort.body()).contains("密码至少 10 个字符");
		assertThat(zhangsan
			.postForm("/account/password", "/account/password", Map.of("currentPassword", initial.group(1),
					"newPassword", "a-new-long-password", "confirmPassword", "a-new-long-password"))
			.statusCode()).isEqualTo(302);
		assertThat(this.http.getAs("/api/v1/documents?q=x", "zhangsan", initial.group(1)).statusCode()).isEqualTo(401);
		assertThat(this.http.getAs("/api/v1/documents?q=x", "zhangsan", "a-new-long-password").statusCode())
			.isEqualTo(200);
		JsonNode audit = this.http.json(this.http.getAs("/api/v1/audit", "registrar", "s3cret"));
		List<String> actions = new ArrayList<>();
		audit.forEach((entry) -> actions.add(entry.get("action").asString()));
		assertThat(actions).contains("CREATE_ORGANIZATION", "CREATE_ACCOUNT", "CHANGE_PASSWORD");
		assertThat(audit.toString()).doesNotContain(initial.group(1)).doesNotContain("a-new-long-password");
	}

	@Test
	void errorsAreAnsweredInChinese() throws IOException {
		HttpResponse<String> noPage = this.http.get("/no-such-page");
		assertThat(noPage.statusCode()).isEqualTo(404);
		assertThat(noPage.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
		assertThat(noPage.body()).contains("找不到页面或文件");

		JsonNode noEndpoint = problem(this.http.get("/api/v1/no-such-thing"), 404);
		assertThat(noEndpoint.get("title").asString()).isEqualTo("找不到页面或文件");

		HttpResponse<String> delete = this.http
			.send(HttpRequest.newBuilder(this.http.uri("/api/v1/documents/1")).DELETE());
		assertThat(problem(delete, 405).get("detail").asString()).contains("不支持 DELETE");
		assertThat(delete.headers().firstValue("Allow")).isPresent();

		HttpResponse<String> plainText = this.http.send(HttpRequest.newBuilder(this.http.uri("/api/v1/citation-check"))
			.header("Content-Type", "text/plain")
			.POST(HttpRequest.BodyPublishers.ofString("《会计法》")));
		assertThat(problem(plainText, 415).get("title").asString()).isEqualTo("不支持的内容类型");

		HttpResponse<String> tooLarge = this.http.postFile("/api/v1/citation-check", "draft.txt", new byte[100_000]);
		assertThat(problem(tooLarge, 413).get("detail").asString()).contains("过大");

		String page = rawRequest("GET /search?q=\"<x> HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
		assertThat(page).startsWith("HTTP/1.1 400");
		assertThat(page).contains("请求有误").doesNotContain("Apache Tomcat").doesNotContain("Bad Request");

		HttpResponse<String> missing = this.http.get("/documents/1/diff");
		assertThat(missing.statusCode()).isEqualTo(400);
		assertThat(missing.body()).contains("缺少参数");
	}

	@Test
	void badJsonIsRefusedNamingTheField() {
		long id = this.http.json(this.http.get("/api/v1/validity?ref=" + Http.encode("青政办规〔2022〕2号")))
			.get("matches")
			.get(0)
			.get("id")
			.asLong();
		assertField(patch(id, "{\"type\":5,\"date\":\"2020-01-01\",\"reason\":\"x\"}", "/events"), "type");
		assertField(patch(id, "{\"type\":\"REPEALED\",\"date\":20200101,\"reason\":\"x\"}", "/events"), "date");
		assertField(patch(id, "{\"topic\":\"" + "农".repeat(201) + "\",\"reason\":\"x\"}", ""), "topic");
		assertField(patch(id, "{\"titel\":\"新标题\",\"reason\":\"x\"}", ""), "titel");
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM lifecycle_event WHERE document_id = ? AND origin = 'REGISTRAR'")
			.param(id)
			.query(Long.class)
			.single()).as("nothing stored").isZero();

		HttpResponse<String> sameVersion = this.http.get("/documents/" + id + "/diff?from=1&to=1");
		assertThat(sameVersion.statusCode()).isEqualTo(400);
		assertThat(sameVersion.body()).contains("请选择两个不同的版本");
	}

	@Test
	void everyAnswerCarriesTheSecurityHeaders() {
		for (String path : List.of("/", "/api/v1/documents?q=x", "/no-such-page")) {
			HttpResponse<String> response = this.http
				.send(HttpRequest.newBuilder(this.http.uri(path)).header("Accept-Language", "en-US,en;q=0.9"));
			assertThat(response.headers().firstValue("Content-Language")).as(path).hasValue("zh-CN");
			assertThat(response.headers().firstValue("Content-Security-Policy")).as(path)
				.hasValue(SecurityConfiguration.CONTENT_SECURITY_POLICY);
			assertThat(response.headers().firstValue("Referrer-Policy")).as(path)
				.hasValue("strict-origin-when-cross-origin");
			assertThat(response.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
			assertThat(response.headers().firstValue("X-Frame-Options")).as(path).hasValue("DENY");
		}
	}

	@Test
	void aFeatureSeedsItsAccountsWithGeneratedPasswordsInTheCredentialsFile() throws IOException {
		Accounts.AccountSummary seeded = this.accounts.find("qh-ceshi").orElseThrow();
		assertThat(seeded.roles()).containsExactly(Roles.DEPARTMENT);
		assertThat(seeded.organization()).isEqualTo("青禾县测试局");
		Matcher line = Pattern.compile("(?m)^qh-ceshi ([0-9a-f]{24})$")
			.matcher(Files.readString(this.properties.dataDir().resolve("initial-credentials.txt")));
		assertThat(line.find()).isTrue();
		Http browser = Http.browser(this.port);
		assertThat(browser.login("qh-ceshi", line.group(1)).headers().firstValue("Location"))
			.hasValueSatisfying((l) -> assertThat(l).doesNotContain("error"));
	}

	@Test
	void theEmbeddedDatabaseListensOnLoopbackWithAGeneratedPasswordAndPrivateFiles() throws IOException {
		Path db = this.properties.dataDir().resolve("db");
		assertThat(permissions(db)).isEqualTo("rwx------");
		try (Stream<Path> files = Files.list(db)) {
			for (Path file : files.toList()) {
				assertThat(permissions(file)).as(file.toString()).isEqualTo("rw-------");
			}
		}
		Properties credentials = new Properties();
		try (InputStream in = Files.newInputStream(db.resolve("credentials.properties"))) {
			credentials.load(in);
		}
		assertThat(credentials.getProperty("password")).hasSize(24).isNotEqualTo("guifan");
		Matcher server = Pattern.compile("server=[^:\\n]+\\\\?:(\\d+)")
			.matcher(Files.readString(db.resolve("guifan.lock.db")));
		assertThat(server.find()).isTrue();
		int h2Port = Integer.parseInt(server.group(1));
		List<String> listeners = listeningAddresses(h2Port);
		assertThat(listeners).as("H2's server is listening").isNotEmpty();
		assertThat(listeners).as("on loopback only").allMatch(SecurityIT::isLoopback);
	}

	private HttpResponse<String> patch(long id, String json, String events) {
		return this.http.send(events.isEmpty() ? "PATCH" : "POST", "/api/v1/documents/" + id + events, json,
				"registrar", "s3cret");
	}

	private void assertField(HttpResponse<String> response, String field) {
		JsonNode problem = problem(response, 400);
		assertThat(problem.get("field").asString()).as(response.body()).isEqualTo(field);
		assertThat(problem.get("detail").asString()).as("in Chinese").containsPattern("\\p{IsHan}");
	}

	private JsonNode problem(HttpResponse<String> response, int status) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
		JsonNode problem = this.http.json(response);
		assertThat(problem.get("title").asString()).containsPattern("\\p{IsHan}");
		return problem;
	}

	private String rawRequest(String request) throws IOException {
		try (Socket socket = new Socket("127.0.0.1", this.port)) {
			OutputStream out = socket.getOutputStream();
			out.write(request.getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private static String basic(String user, String password) {
		return "Basic " + java.util.Base64.getEncoder()
			.encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	private static String permissions(Path path) throws IOException {
		return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
	}

	/**
	 * The local addresses (hex, as the kernel lists them) of sockets listening on a port.
	 */
	private static List<String> listeningAddresses(int port) throws IOException {
		List<String> addresses = new ArrayList<>();
		for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
			Path file = Path.of(table);
			if (!Files.exists(file)) {
				continue;
			}
			for (String line : Files.readAllLines(file)) {
				String[] fields = line.strip().split("\\s+");
				if (fields.length > 3 && fields[1].contains(":") && fields[3].equals("0A")) {
					String[] local = fields[1].split(":");
					if (Integer.parseInt(local[1], 16) == port) {
						addresses.add(local[0]);
					}
				}
			}
		}
		return addresses;
	}

	private static boolean isLoopback(String hex) {
		return hex.equals("0100007F") || hex.equals("0000000000000000FFFF00000100007F")
				|| hex.equals("00000000000000000000000001000000");
	}

}
