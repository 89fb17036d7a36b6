package cn.guifan.registry.indexing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import cn.guifan.ingest.testing.TestFiles;
import cn.guifan.ingest.timing.StageEvent;
import cn.guifan.managed.testing.TestElasticsearch;
import cn.guifan.registry.elasticsearch.SearchBackend;
import cn.guifan.registry.ingest.IngestReport;
import cn.guifan.registry.ingest.IngestService;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Changes committed in quick succession (an ingest commits its files a chunk at a time)
 * are gathered into one bulk request rather than a request per commit; a lone change is
 * indexed at once. Here documents are queued for reindexing in transactions of their own,
 * 150 ms apart: without gathering the indexer, idle in between, sends each alone. A batch
 * with nothing else to index meanwhile is sent as two requests at once, so that two of
 * the node's threads index it.
 */
@SpringBootTest(properties = "guifan.indexer.linger=3s")
@DirtiesContext
class BulkGatheringIT {

	private static final int DOCUMENTS = 8;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		Path data = Path.of("target", "it-data", "bulk-gathering-" + System.nanoTime()).toAbsolutePath();
		registry.add("guifan.data-dir", data::toString);
		registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + data.resolve("db/guifan"));
		registry.add("guifan.elasticsearch.uris", () -> TestElasticsearch.httpUri().toString());
		registry.add("guifan.elasticsearch.alias", () -> "test-bulk-gathering-" + System.nanoTime());
	}

	@Autowired
	IngestService ingest;

	@Autowired
	IndexOutbox outbox;

	@Autowired
	OutboxIndexer indexer;

	@Autowired
	SearchBackend backend;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@TempDir
	Path files;

	@TempDir
	Path recordings;

	@Test
	void changesCommittedInQuickSuccessionGoInOneBulkRequestALoneOneAtOnceALoneBatchInTwoHalves() throws Exception {
		for (int i = 0; i < DOCUMENTS; i++) {
			TestFiles.text(this.files, "n" + i + ".txt",
					TestFiles.NOTICE.replace("12号", (40 + i) + "号").replace("占道经营", "第" + (i + 1) + "片区占道经营"));
		}
		IngestReport report = this.ingest.ingest(this.files, Duration.ofMinutes(5));
		assertThat(report.completed()).as(report.failure()).isTrue();
		assertThat(report.counts().stored()).isEqualTo(DOCUMENTS);
		List<Long> ids = this.jdbc.sql("SELECT id FROM document ORDER BY id").query(Long.class).list();
		assertThat(ids).hasSize(DOCUMENTS);
		Thread.sleep(3_500); // longer than the linger: what follows starts afresh

		// A lone change after a quiet while is indexed at once, not held for the linger
		// (nothing here hurries it: awaitIdle would).
		TransactionTemplate transaction = new TransactionTemplate(this.transactions);
		long lone = System.nanoTime();
		transaction.executeWithoutResult((status) -> this.outbox.enqueue(ids.get(0), IndexOutbox.Operation.UPSERT));
		while (this.indexer.pending() > 0 && System.nanoTime() - lone < Duration.ofSeconds(10).toNanos()) {
			Thread.sleep(20);
		}
		assertThat(Duration.ofNanos(System.nanoTime() - lone)).as("a lone change waits for no linger (3 s)")
			.isLessThan(Duration.ofMillis(2_500));

		List<RecordedEvent> bulks = bulksDuring(() -> {
			for (long id : ids) {
				transaction.executeWithoutResult((status) -> this.outbox.enqueue(id, IndexOutbox.Operation.UPSERT));
				sleep(150);
			}
		});

		assertThat(this.backend.index().count()).isEqualTo(DOCUMENTS);
		assertThat(bulks.stream().mapToLong((e) -> e.getLong("items")).sum()).isEqualTo(DOCUMENTS);
		assertThat(bulks).as("bulk requests for %d commits", DOCUMENTS).hasSizeLessThanOrEqualTo(3);

		// A batch with nothing else to index meanwhile goes in two requests at once (on
		// two of the node's threads), not in one.
		Thread.sleep(3_500);
		List<RecordedEvent> halves = bulksDuring(() -> transaction.executeWithoutResult(
				(status) -> ids.forEach((id) -> this.outbox.enqueue(id, IndexOutbox.Operation.UPSERT))));
		assertThat(halves).as("bulk requests for one lone batch of %d", DOCUMENTS).hasSize(2);
		assertThat(halves).allSatisfy((e) -> assertThat(e.getLong("items")).isEqualTo(DOCUMENTS / 2));
		RecordedEvent first = halves.get(0);
		RecordedEvent second = halves.get(1);
		assertThat(first.getStartTime().isBefore(second.getEndTime())
				&& second.getStartTime().isBefore(first.getEndTime()))
			.as("the two halves in flight together: %s–%s and %s–%s", first.getStartTime(), first.getEndTime(),
					second.getStartTime(), second.getEndTime())
			.isTrue();
	}

	/**
	 * The bulk requests the indexer sends while the changes are made and until it is
	 * idle.
	 */
	private List<RecordedEvent> bulksDuring(Runnable changes) throws Exception {
		try (Recording recording = new Recording()) {
			recording.enable(StageEvent.NAME).withThreshold(Duration.ZERO);
			recording.start();
			changes.run();
			assertThat(this.indexer.awaitIdle(Duration.ofSeconds(60))).isTrue();
			recording.stop();
			Path file = this.recordings.resolve("stages-" + System.nanoTime() + ".jfr");
			recording.dump(file);
			List<RecordedEvent> bulks = RecordingFile.readAllEvents(file)
				.stream()
				.filter((e) -> StageEvent.NAME.equals(e.getEventType().getName())
						&& StageEvent.BULK.equals(e.getString("stage")))
				.toList();
			Files.delete(file);
			return bulks;
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
