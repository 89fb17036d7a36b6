package cn.guifan.registry.indexing;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import cn.guifan.ingest.testing.TestFiles;
import cn.guifan.managed.testing.TestElasticsearch;
import cn.guifan.registry.document.DocumentIngested;
import cn.guifan.registry.elasticsearch.SearchBackend;
import cn.guifan.registry.ingest.IngestReport;
import cn.guifan.registry.ingest.IngestService;
import cn.guifan.search.index.DocumentIndex;
import cn.guifan.search.index.IndexDefinition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.event.EventListener;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * While an ingest runs, the index refreshes every {@code guifan.indexer.ingest-refresh}
 * (30 s by default) instead of every second, so that a bulk load does not write a small
 * segment a second for Elasticsearch to merge; when the last load ends the usual interval
 * is back and what was ingested is searchable.
 */
@SpringBootTest
@DirtiesContext
class IngestRefreshIT {

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		Path data = Path.of("target", "it-data", "ingest-refresh-" + System.nanoTime()).toAbsolutePath();
		registry.add("guifan.data-dir", data::toString);
		registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + data.resolve("db/guifan"));
		registry.add("guifan.elasticsearch.uris", () -> TestElasticsearch.httpUri().toString());
		registry.add("guifan.elasticsearch.alias", () -> "test-ingest-refresh-" + System.nanoTime());
	}

	@Autowired
	IngestService ingest;

	@Autowired
	OutboxIndexer indexer;

	@Autowired
	SearchBackend backend;

	@Autowired
	IntervalWhileStoring whileStoring;

	@TempDir
	Path files;

	@Test
	void anIngestRefreshesSeldomWhileItRunsAndItsDocumentsAreSearchableWhenItEnds() throws Exception {
		TestFiles.text(this.files, "a.txt", TestFiles.NOTICE);
		TestFiles.text(this.files, "b.txt", TestFiles.NOTICE.replace("12号", "13号").replace("占道经营", "第二片区占道经营"));

		IngestReport report = this.ingest.ingest(this.files, Duration.ofMinutes(5));

		assertThat(report.completed()).as(report.failure()).isTrue();
		assertThat(this.whileStoring.seen).as("the interval while the job stored its documents").containsOnly("30s");
		assertThat(refreshInterval()).isEqualTo(IndexDefinition.REFRESH_INTERVAL);
		assertThat(this.backend.index().count()).isEqualTo(2);
	}

	@Test
	void overlappingLoadsKeepTheIntervalRelaxedUntilTheLastEnds() throws Exception {
		this.backend.ensureIndex();
		OutboxIndexer.BulkLoad first = this.indexer.bulkLoad();
		OutboxIndexer.BulkLoad second = this.indexer.bulkLoad();
		assertThat(refreshInterval()).isEqualTo("30s");
		first.close();
		first.close(); // closing twice ends one load only
		assertThat(refreshInterval()).as("the second load still runs").isEqualTo("30s");
		second.close();
		assertThat(refreshInterval()).isEqualTo(IndexDefinition.REFRESH_INTERVAL);
	}

	@Test
	void aWaitThatStartsWithABacklogRefreshesAtOnceAndAgainWhenDrained() throws Exception {
		this.backend.ensureIndex();
		long indexed = this.backend.index().count();
		TestFiles.text(this.files, "c.txt", TestFiles.NOTICE.replace("12号", "14号").replace("占道经营", "第三片区占道经营"));
		OutboxIndexer.BulkLoad load = this.indexer.bulkLoad();
		this.indexer.stop();
		try {
			// Stored and queued for the index, not indexed: the indexer is stopped.
			IngestReport report = this.ingest.ingest(this.files, Duration.ZERO);
			assertThat(report.completed()).as(report.failure()).isTrue();
			long before = refreshes();

			CompletableFuture<Boolean> waiting = CompletableFuture
				.supplyAsync(() -> this.indexer.awaitIdle(Duration.ofMinutes(1)));
			awaitRefreshes(before + 1);
			assertThat(waiting).as("the backlog is still there").isNotDone();

			this.indexer.start();
			assertThat(waiting.get(1, TimeUnit.MINUTES)).isTrue();
			assertThat(refreshes()).as("at the start of the wait, after the bulk, at its end")
				.isGreaterThanOrEqualTo(before + 2);
			assertThat(this.backend.index().count()).as("the new document is searchable").isEqualTo(indexed + 1);
		}
		finally {
			if (!this.indexer.isRunning()) {
				this.indexer.start();
			}
			load.close();
		}
	}

	/** The refreshes of the index behind the alias: asked for and scheduled. */
	private long refreshes() throws Exception {
		String index = this.backend.index().indicesBehindAlias().iterator().next();
		return this.backend.client()
			.client()
			.indices()
			.stats((s) -> s.index(index).metric("refresh"))
			.indices()
			.get(index)
			.total()
			.refresh()
			.externalTotal();
	}

	private void awaitRefreshes(long expected) throws Exception {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
		while (refreshes() < expected && System.nanoTime() < deadline) {
			Thread.sleep(20);
		}
		assertThat(refreshes()).isEqualTo(expected);
	}

	private String refreshInterval() throws Exception {
		return refreshInterval(this.backend);
	}

	/**
	 * The refresh interval set on the index behind the alias, as Elasticsearch has it.
	 */
	static String refreshInterval(SearchBackend backend) {
		DocumentIndex index = backend.index();
		return index.refreshInterval(index.indicesBehindAlias().iterator().next());
	}

	/** Reads the index's refresh interval when the job stores a document. */
	@TestConfiguration(proxyBeanMethods = false)
	static class IntervalWhileStoring {

		final List<String> seen = new CopyOnWriteArrayList<>();

		private final SearchBackend backend;

		IntervalWhileStoring(SearchBackend backend) {
			this.backend = backend;
		}

		@EventListener
		void stored(DocumentIngested event) throws Exception {
			this.seen.add(refreshInterval(this.backend));
		}

	}

}
