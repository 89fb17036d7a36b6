package cn.guifan.registry.indexing;

import java.nio.file.Path;
import java.time.Duration;

import cn.guifan.ingest.testing.TestFiles;
import cn.guifan.registry.elasticsearch.SearchBackend;
import cn.guifan.registry.ingest.IngestReport;
import cn.guifan.registry.ingest.IngestService;

import cn.guifan.registry.search.RegistrySearch;
import cn.guifan.search.query.DocumentQuery;
import cn.guifan.search.query.StatusFilter;
import cn.guifan.registry.support.CuttableProxy;
import cn.guifan.search.index.IndexUnavailableException;
import cn.guifan.managed.testing.TestElasticsearch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Elasticsearch goes away while documents are ingested: nothing is lost, searches say the
 * index is unavailable, and when the cluster is back the indexer catches up on its own.
 */
@SpringBootTest(properties = "guifan.indexer.max-attempts=20")
@DirtiesContext
class IndexCatchUpIT {

	static final CuttableProxy proxy = new CuttableProxy(TestElasticsearch.httpUri());

	@DynamicPropertySource
	static void throughTheProxy(DynamicPropertyRegistry registry) {
		Path data = Path.of("target", "it-data", "catch-up-" + System.nanoTime()).toAbsolutePath();
		registry.add("guifan.data-dir", data::toString);
		registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + data.resolve("db/guifan"));
		registry.add("guifan.elasticsearch.uris", () -> proxy.uri().toString());
		registry.add("guifan.elasticsearch.alias", () -> "test-catch-up-" + System.nanoTime());
		registry.add("guifan.elasticsearch.connect-timeout", () -> "1s");
		registry.add("guifan.elasticsearch.socket-timeout", () -> "5s");
	}

	@AfterAll
	static void closeProxy() {
		proxy.close();
	}

	@Autowired
	IngestService ingest;

	@Autowired
	RegistrySearch search;

	@Autowired
	IndexOutbox outbox;

	@Autowired
	OutboxIndexer indexer;

	@Autowired
	SearchBackend backend;

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path files;

	@Test
	void documentsIngestedWhileTheClusterIsDownAreIndexedWhenItReturns() throws Exception {
		TestFiles.text(this.files, "a.txt", TestFiles.NOTICE);
		TestFiles.text(this.files, "b.txt", TestFiles.NOTICE.replace("12号", "77号").replace("占道经营", "夜间施工"));
		proxy.cut();

		IngestReport report = this.ingest.ingest(this.files, Duration.ofSeconds(3));

		assertThat(report.completed()).isTrue();
		assertThat(report.counts().stored()).isEqualTo(2);
		assertThat(count("document")).isEqualTo(2);
		assertThat(this.outbox.pending(20)).isEqualTo(2);
		assertThatExceptionOfType(IndexUnavailableException.class)
			.isThrownBy(() -> this.search.search(DocumentQuery.builder("夜间施工").statuses(StatusFilter.all()).build()));
		waitUntil(() -> this.jdbc.sql("SELECT COUNT(*) FROM index_outbox WHERE last_error IS NOT NULL")
			.query(Long.class)
			.single() > 0, Duration.ofSeconds(30));

		proxy.restore();

		waitUntil(() -> this.outbox.pending(20) == 0, Duration.ofSeconds(90));
		assertThat(this.indexer.awaitIdle(Duration.ofSeconds(30))).isTrue();
		assertThat(this.search.search(DocumentQuery.builder("夜间施工").statuses(StatusFilter.all()).build()).hits())
			.extracting((h) -> h.docNumber())
			.containsExactly("青政办〔2021〕77号");
		assertThat(this.backend.index().count()).isEqualTo(2);
	}

	private long count(String table) {
		return this.jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
	}

	private static void waitUntil(java.util.function.BooleanSupplier condition, Duration timeout) throws Exception {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("condition not met within " + timeout);
			}
			Thread.sleep(200);
		}
	}

}
