package cn.guifan.registry.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import cn.guifan.registry.GuifanApplication;
import cn.guifan.registry.indexing.OutboxIndexer;
import cn.guifan.registry.ingest.IngestReport;
import cn.guifan.registry.ingest.IngestService;
import cn.guifan.registry.samples.SampleDocuments;
import cn.guifan.registry.support.Corpus;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Guifan for the cluster and soak benchmarks: the application in this JVM over a fresh
 * data folder and a given Elasticsearch (one node or a cluster), holding a sample of the
 * corpus's laws and the project's sample documents, with a registrar account
 * ({@link #REGISTRAR}, {@link #PASSWORD}) for writes.
 */
final class GuifanUnderTest implements AutoCloseable {

	static final String REGISTRAR = "bench-registrar";

	static final String PASSWORD = "bench-registrar-password";

	private final ConfigurableApplicationContext context;

	private GuifanUnderTest(ConfigurableApplicationContext context) {
		this.context = context;
	}

	static GuifanUnderTest start(Path data, List<URI> elasticsearch, int laws) throws Exception {
		return start(data, elasticsearch, laws, List.of());
	}

	/**
	 * A fresh instance holding {@code laws} laws and the samples.
	 * @param settings further {@code --key=value} settings (e.g. a PostgreSQL database)
	 */
	static GuifanUnderTest start(Path data, List<URI> elasticsearch, int laws, List<String> settings) throws Exception {
		Options.deleteTree(data);
		Files.createDirectories(data);
		GuifanUnderTest guifan = join(data, elasticsearch, settings);
		IngestService ingest = guifan.bean(IngestService.class);
		Path lawsDir = data.resolve("input").resolve("laws");
		Corpus.linkInto(Corpus.sampleOfLaws(laws, 11), lawsDir);
		long start = System.nanoTime();
		for (Path dir : List.of(lawsDir, guifan.bean(SampleDocuments.class).unpack())) {
			IngestReport report = ingest.ingest(dir, Duration.ofMinutes(30));
			System.out.printf("Ingested %s: %d read, %d stored%n", dir.getFileName(), report.counts().read(),
					report.counts().stored());
		}
		guifan.bean(OutboxIndexer.class).awaitIdle(Duration.ofMinutes(30));
		System.out.printf("Ingest and indexing took %.1f s; %d documents%n", (System.nanoTime() - start) / 1e9,
				guifan.documentIds().size());
		return guifan;
	}

	/**
	 * Another instance of the same registry: same data folder and database (given in
	 * {@code settings}), nothing ingested.
	 */
	static GuifanUnderTest join(Path data, List<URI> elasticsearch, List<String> settings) {
		SpringApplication application = new SpringApplication(GuifanApplication.class);
		List<String> args = new ArrayList<>(List.of("--guifan.data-dir=" + data.resolve("registry"),
				"--guifan.elasticsearch.uris=" + String.join(",", elasticsearch.stream().map(URI::toString).toList()),
				"--server.port=0", "--logging.level.root=WARN", "--logging.level.cn.guifan=WARN",
				"--guifan.security.users[0].name=" + REGISTRAR, "--guifan.security.users[0].password={noop}" + PASSWORD,
				"--guifan.security.users[0].roles=REGISTRAR"));
		args.addAll(settings);
		return new GuifanUnderTest(application.run(args.toArray(String[]::new)));
	}

	<T> T bean(Class<T> type) {
		return this.context.getBean(type);
	}

	URI uri(String pathAndQuery) {
		return URI.create(
				"http://127.0.0.1:" + this.context.getEnvironment().getProperty("local.server.port") + pathAndQuery);
	}

	/**
	 * A registrar's correction of a document's topic, as the benchmarks' writes: a
	 * database write, an audit entry and a re-index through the outbox.
	 */
	HttpRequest correction(long documentId, String topic) {
		String basic = "Basic "
				+ Base64.getEncoder().encodeToString((REGISTRAR + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
		String body = "{\"topic\":\"" + topic + "\",\"reason\":\"基准测试\"}";
		return HttpRequest.newBuilder(uri("/api/v1/documents/" + documentId))
			.header("Authorization", basic)
			.header("Content-Type", "application/json")
			.method("PATCH", HttpRequest.BodyPublishers.ofString(body))
			.build();
	}

	/** Ids of the public documents (what an anonymous reader can open). */
	List<Long> documentIds() {
		return bean(JdbcClient.class)
			.sql("SELECT id FROM document WHERE disclosure IS NULL OR disclosure = 'PUBLIC' ORDER BY id")
			.query(Long.class)
			.list();
	}

	/** Titles of the documents, for search terms. */
	List<String> titles() {
		return bean(JdbcClient.class).sql("SELECT title FROM document ORDER BY id").query(String.class).list();
	}

	/** Heap in use after a full collection, in MB: what the service keeps. */
	static long heapAfterGcMb() {
		System.gc();
		System.gc();
		MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
		return heap.getUsed() / (1024 * 1024);
	}

	@Override
	public void close() {
		this.context.close();
	}

}
