package cn.guifan.registry.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import cn.guifan.registry.GuifanApplication;
import cn.guifan.registry.elasticsearch.SearchBackend;
import cn.guifan.registry.ingest.IngestReport;
import cn.guifan.registry.ingest.IngestService;
import cn.guifan.registry.samples.SampleDocuments;
import cn.guifan.registry.support.Corpus;
import cn.guifan.managed.ManagedElasticsearch;
import cn.guifan.managed.ManagedNodeSettings;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A registry for a benchmark: a real Elasticsearch node and the Spring application over a
 * data folder, holding the corpus (laws and seeds from ../shared/corpus) and the
 * project's sample documents, ingested through Guifan's own ingest the first time the
 * folder is used. A later run over the same folder reuses what is there, so a benchmark
 * can be repeated without ingesting again ({@code --fresh} starts over).
 */
final class BenchRegistry implements AutoCloseable {

	/** Prefix of the keys of sample files; laws are keyed by their path under laws/. */
	static final String SAMPLES = "samples/";

	static final String SEEDS = "seeds/";

	private final ManagedElasticsearch node;

	private final ConfigurableApplicationContext context;

	private BenchRegistry(ManagedElasticsearch node, ConfigurableApplicationContext context) {
		this.node = node;
		this.context = context;
	}

	/**
	 * Starts the node and the application over {@code data}, ingesting the corpus when
	 * the registry is empty.
	 * @param web whether to serve HTTP (on a free port)
	 * @param heapMb heap of the node
	 */
	static BenchRegistry open(Path data, boolean web, int heapMb, String... extraArgs) throws Exception {
		Files.createDirectories(data);
		ManagedElasticsearch node = ManagedElasticsearch
			.startOrAttach(ManagedNodeSettings.defaults(data.resolve("node")).withHeapMb(heapMb));
		try {
			SpringApplication application = new SpringApplication(GuifanApplication.class);
			application.setWebApplicationType(web ? WebApplicationType.SERVLET : WebApplicationType.NONE);
			List<String> args = new ArrayList<>(List.of("--guifan.data-dir=" + data.resolve("registry"),
					"--guifan.elasticsearch.uris=" + node.httpUri(), "--server.port=0", "--logging.level.root=WARN",
					"--logging.level.cn.guifan=WARN"));
			args.addAll(List.of(extraArgs));
			ConfigurableApplicationContext context = application.run(args.toArray(String[]::new));
			BenchRegistry registry = new BenchRegistry(node, context);
			registry.ingestIfEmpty(data);
			return registry;
		}
		catch (Exception | Error ex) {
			node.close();
			throw ex;
		}
	}

	private void ingestIfEmpty(Path data) throws Exception {
		JdbcClient jdbc = bean(JdbcClient.class);
		long count = jdbc.sql("SELECT COUNT(*) FROM document").query(Long.class).single();
		if (count > 0) {
			System.out.printf("Registry in %s holds %d documents; not ingesting again (--fresh starts over)%n", data,
					count);
			return;
		}
		IngestService ingest = bean(IngestService.class);
		Path laws = data.resolve("input").resolve("laws");
		if (!Files.exists(laws)) {
			Corpus.linkInto(Corpus.lawFiles(), laws);
		}
		long start = System.nanoTime();
		for (Path dir : List.of(laws, Corpus.seeds(), bean(SampleDocuments.class).unpack())) {
			IngestReport report = ingest.ingest(dir, Duration.ofMinutes(30));
			System.out.printf("Ingested %s: %d read, %d stored, %d merged, %d duplicates, %d skipped%n", dir,
					report.counts().read(), report.counts().stored(), report.counts().merged(),
					report.counts().duplicates(), report.counts().skipped());
		}
		System.out.printf("Ingest took %.1f s; %d entries in the index%n", (System.nanoTime() - start) / 1e9,
				bean(SearchBackend.class).index().count());
	}

	<T> T bean(Class<T> type) {
		return this.context.getBean(type);
	}

	ManagedElasticsearch node() {
		return this.node;
	}

	ConfigurableApplicationContext context() {
		return this.context;
	}

	int port() {
		return Integer.parseInt(this.context.getEnvironment().getProperty("local.server.port", "0"));
	}

	/**
	 * The registry's documents by source file key: a law by its path under laws/, a
	 * sample as {@code samples/<name>}, a seed as {@code seeds/<name>}.
	 */
	Map<String, String> documentsByFile() {
		Set<String> sampleNames = sampleNames();
		Map<String, String> byFile = new HashMap<>();
		bean(JdbcClient.class).sql("SELECT document_id, file_name FROM document_source").query((rs) -> {
			String name = rs.getString(2);
			String key = sampleNames.contains(name) ? SAMPLES + name : (name.contains("/") ? name : SEEDS + name);
			byFile.put(key, Long.toString(rs.getLong(1)));
		});
		return byFile;
	}

	private static Set<String> sampleNames() {
		try (var files = Files.list(samplesFolder())) {
			return files.map((p) -> p.getFileName().toString()).collect(Collectors.toSet());
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	/** The project's sample documents, in the source tree. */
	static Path samplesFolder() {
		for (Path candidate : List.of(Path.of("src/main/resources/samples/qinghe"),
				Path.of("registry-service/src/main/resources/samples/qinghe"))) {
			if (Files.isDirectory(candidate)) {
				return candidate.toAbsolutePath();
			}
		}
		throw new IllegalStateException("the sample documents are missing (src/main/resources/samples/qinghe)");
	}

	static Path samplesLabels() {
		return samplesFolder().getParent().resolve("qinghe-labels.jsonl");
	}

	@Override
	public void close() {
		try {
			this.context.close();
		}
		finally {
			this.node.close();
		}
	}

}
