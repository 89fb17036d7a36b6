package cn.guifan.registry.cluster;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import cn.guifan.managed.testing.TestElasticsearch;
import cn.guifan.registry.GuifanApplication;
import cn.guifan.registry.indexing.OutboxIndexer;
import cn.guifan.registry.ingest.IngestReport;
import cn.guifan.registry.ingest.IngestService;
import cn.guifan.registry.lifecycle.ExpirySweepConfiguration;
import cn.guifan.registry.support.Corpus;
import cn.guifan.registry.support.GuifanProcess;
import cn.guifan.registry.support.Http;
import cn.guifan.registry.support.TestDatabase;
import cn.guifan.registry.support.TestPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.event.ApplicationContextInitializedEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two Guifan instances on one PostgreSQL database and one Elasticsearch index, as a
 * deployment behind a load balancer runs them: both started at once on an empty database
 * and cluster come up on one schema and one index, a login on one is valid on the other
 * (sessions in the database), documents ingested on both at once are all in the index
 * once and as the database has them (the outbox is drained by both, no entry by two), a
 * correction made on one is what the index shows, and the nightly sweep fired by both
 * runs once.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoInstancesIT {

	private static final String PASSWORD = "s3cret-registrar";

	private final JsonMapper json = JsonMapper.builder().build();

	private final HttpClient client = HttpClient.newHttpClient();

	private ConfigurableApplicationContext first;

	private ConfigurableApplicationContext second;

	private String alias;

	@TempDir
	Path tmp;

	@BeforeAll
	void startTwoInstances() {
		String url = TestDatabase.newPostgresDatabase();
		this.alias = "test-two-" + System.nanoTime();
		// One data folder, as a shared volume would be: the original files of a document
		// stored by one instance are downloaded through either.
		Path data = GuifanProcess.dataDir("two-instances-it");
		Map<String, Object> properties = new HashMap<>();
		properties.put("server.port", "0");
		properties.put("spring.datasource.url", url);
		properties.put("spring.datasource.username", TestPostgres.USER);
		properties.put("spring.datasource.password", "unused-with-trust-auth");
		properties.put("guifan.data-dir", data.toString());
		properties.put("guifan.elasticsearch.uris", TestElasticsearch.httpUri().toString());
		properties.put("guifan.elasticsearch.alias", this.alias);
		properties.put("guifan.security.users[0].name", "registrar");
		properties.put("guifan.security.users[0].password", "{noop}" + PASSWORD);
		properties.put("guifan.security.users[0].roles", "REGISTRAR");
		// Both at once on the empty database and cluster, as an orchestrator starts a new
		// deployment: they race to migrate the schema, seed the accounts and create the
		// first index, and both must come up on the same ones. The second is let go once
		// the first has set up its logging: two Spring applications in one JVM share
		// Logback, and initializing it from two threads at once failed one of them
		// ("Unable to find Spring Environment in logger context"), which two processes
		// never do. Both then migrate, seed and create the index at once.
		CountDownLatch loggingReady = new CountDownLatch(1);
		ExecutorService starting = Executors.newFixedThreadPool(2);
		try {
			Future<ConfigurableApplicationContext> one = starting.submit(() -> start(properties, loggingReady));
			Future<ConfigurableApplicationContext> other = starting.submit(() -> {
				if (!loggingReady.await(2, TimeUnit.MINUTES)) {
					throw new IllegalStateException("the first instance did not get past its logging set-up");
				}
				return start(properties, null);
			});
			this.first = one.get();
			this.second = other.get();
		}
		catch (Exception ex) {
			throw new IllegalStateException("two instances starting at once: " + ex.getMessage(), ex);
		}
		finally {
			starting.shutdown();
		}
	}

	private static ConfigurableApplicationContext start(Map<String, Object> properties,
			@Nullable CountDownLatch loggingReady) {
		// As command-line arguments: default properties would lose to application.yml's.
		String[] args = properties.entrySet()
			.stream()
			.map((e) -> "--" + e.getKey() + "=" + e.getValue())
			.toArray(String[]::new);
		SpringApplicationBuilder builder = new SpringApplicationBuilder(GuifanApplication.class);
		if (loggingReady != null) {
			// Fired after the environment (and with it the logging) is prepared, before
			// the context is refreshed: migrations, accounts and the index come later.
			builder
				.listeners((ApplicationListener<ApplicationContextInitializedEvent>) (e) -> loggingReady.countDown());
		}
		return builder.run(args);
	}

	@AfterAll
	void stop() {
		if (this.second != null) {
			this.second.close();
		}
		if (this.first != null) {
			this.first.close();
		}
	}

	@Test
	void bothInstancesStartedAtOnceUseOneIndexAndLeaveNoOther() throws Exception {
		HttpResponse<String> indices = this.client.send(
				HttpRequest.newBuilder(TestElasticsearch.httpUri().resolve("/" + this.alias + "-*")).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(indices.statusCode()).as(indices.body()).isEqualTo(200);
		List<String> names = new ArrayList<>(this.json.readTree(indices.body()).propertyNames());
		assertThat(names).as("the indices of %s", this.alias).hasSize(1);
		assertThat(this.json.readTree(indices.body()).get(names.get(0)).get("aliases").has(this.alias)).isTrue();
	}

	@Test
	void aLoginOnOneInstanceIsValidOnTheOther() throws Exception {
		Http browser = Http.browser(port(this.first));
		HttpResponse<String> login = browser.login("registrar", PASSWORD);
		assertThat(login.statusCode()).isEqualTo(302);
		String session = login.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter((c) -> c.startsWith("SESSION="))
			.map((c) -> c.substring(0, c.indexOf(';')))
			.findFirst()
			.orElseThrow();
		HttpResponse<String> onSecond = this.client
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port(this.second) + "/registrar"))
				.header("Cookie", session)
				.GET()
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(onSecond.statusCode()).as("the registrar page on the other instance, signed in").isEqualTo(200);
		HttpResponse<String> anonymous = this.client
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port(this.second) + "/registrar"))
				.GET()
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(anonymous.statusCode()).as("without the cookie: to the login").isEqualTo(302);
	}

	@Test
	void documentsIngestedOnBothAreIndexedOnceEachAsTheDatabaseHasThem() throws Exception {
		List<Path> laws = Corpus.sampleOfLaws(24, 7);
		Path left = this.tmp.resolve("left");
		Path right = this.tmp.resolve("right");
		Corpus.linkInto(laws.subList(0, 12), left);
		Corpus.linkInto(laws.subList(12, 24), right);

		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			Future<IngestReport> a = pool
				.submit(() -> this.first.getBean(IngestService.class).ingest(left, Duration.ZERO));
			Future<IngestReport> b = pool
				.submit(() -> this.second.getBean(IngestService.class).ingest(right, Duration.ZERO));
			assertThat(a.get().completed()).isTrue();
			assertThat(b.get().completed()).isTrue();
		}
		finally {
			pool.shutdown();
		}
		awaitIdle();

		JdbcClient jdbc = this.first.getBean(JdbcClient.class);
		long documents = jdbc.sql("SELECT COUNT(*) FROM document").query(Long.class).single();
		assertThat(documents).isGreaterThan(12);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM index_outbox").query(Long.class).single()).as("outbox drained")
			.isZero();
		Map<String, Long> indexed = indexedDocuments();
		assertThat(indexed.keySet()).as("every document in the index, none lost")
			.containsExactlyInAnyOrderElementsOf(
					jdbc.sql("SELECT CAST(id AS VARCHAR) FROM document").query(String.class).list());
		assertThat(indexed.values()).as("each written once: a second write would raise its version")
			.allMatch((v) -> v == 1L);

		// A correction through the second instance while the first one's indexer runs
		// too:
		// the index shows it.
		long id = jdbc.sql("SELECT MIN(id) FROM document").query(Long.class).single();
		HttpResponse<String> corrected = new Http(port(this.second)).send("PATCH", "/api/v1/documents/" + id,
				"{\"topic\":\"两实例测试\",\"reason\":\"集群测试\"}", "registrar", PASSWORD);
		assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(200);
		awaitIdle();
		assertThat(search("{\"query\":{\"term\":{\"documentId\":\"" + id + "\"}}}"))
			.anySatisfy((hit) -> assertThat(hit.get("_source").toString()).contains("两实例测试"));
	}

	@Test
	void theNightlySweepFiredByBothRunsOnce() throws Exception {
		JdbcClient jdbc = this.first.getBean(JdbcClient.class);
		long before = sweepRuns(jdbc);
		CountDownLatch together = new CountDownLatch(1);
		List<Callable<Void>> firings = new ArrayList<>();
		for (ConfigurableApplicationContext instance : List.of(this.first, this.second)) {
			ExpirySweepConfiguration.ExpirySweepRunner runner = instance
				.getBean(ExpirySweepConfiguration.ExpirySweepRunner.class);
			firings.add(() -> {
				together.await();
				runner.nightly();
				return null;
			});
		}
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Future<Void>> done = new ArrayList<>();
			for (Callable<Void> firing : firings) {
				done.add(pool.submit(firing));
			}
			together.countDown();
			for (Future<Void> f : done) {
				f.get();
			}
		}
		finally {
			pool.shutdown();
		}
		assertThat(sweepRuns(jdbc) - before).as("sweeps run by the two firings").isEqualTo(1);
		// A firing a little later (another instance's clock) finds the lease still held.
		this.second.getBean(ExpirySweepConfiguration.ExpirySweepRunner.class).nightly();
		assertThat(sweepRuns(jdbc) - before).isEqualTo(1);
	}

	private static long sweepRuns(JdbcClient jdbc) {
		return jdbc.sql("""
				SELECT COUNT(*) FROM batch_job_execution e
				  JOIN batch_job_instance i ON i.job_instance_id = e.job_instance_id
				 WHERE i.job_name = ?
				""").param(ExpirySweepConfiguration.JOB_NAME).query(Long.class).single();
	}

	private void awaitIdle() {
		for (int round = 0; round < 2; round++) {
			assertThat(this.first.getBean(OutboxIndexer.class).awaitIdle(Duration.ofMinutes(5))).isTrue();
			assertThat(this.second.getBean(OutboxIndexer.class).awaitIdle(Duration.ofMinutes(5))).isTrue();
		}
	}

	/**
	 * Document id → the highest version Elasticsearch gave any of its entries (one entry
	 * per version of a document).
	 */
	private Map<String, Long> indexedDocuments() throws Exception {
		Map<String, Long> versions = new HashMap<>();
		for (JsonNode hit : search(
				"{\"size\":1000,\"version\":true,\"_source\":[\"documentId\"],\"query\":{\"match_all\":{}}}")) {
			versions.merge(hit.get("_source").get("documentId").asString(), hit.get("_version").asLong(), Math::max);
		}
		return versions;
	}

	private List<JsonNode> search(String body) throws Exception {
		HttpResponse<String> response = this.client
			.send(HttpRequest.newBuilder(TestElasticsearch.httpUri().resolve("/" + this.alias + "/_search"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		List<JsonNode> hits = new ArrayList<>();
		this.json.readTree(response.body()).get("hits").get("hits").forEach(hits::add);
		return hits;
	}

	private static int port(ConfigurableApplicationContext context) {
		return ((WebServerApplicationContext) context).getWebServer().getPort();
	}

}
