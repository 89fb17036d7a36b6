package cn.guifan.registry.indexing;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import cn.guifan.registry.elasticsearch.SearchBackend;
import cn.guifan.registry.support.SampleFixture;
import cn.guifan.registry.support.Http;
import cn.guifan.registry.support.RegistryIntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Rebuilding the index from the database while the public keeps searching: no search
 * fails or misses during the swap, changes made during the rebuild reach the new index,
 * and only one rebuild runs at a time.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "guifan.reindex.old-index-grace=2s", "guifan.security.users[0].name=registrar",
				"guifan.security.users[0].password={noop}s3cret", "guifan.security.users[0].roles=REGISTRAR" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReindexIT extends RegistryIntegrationTest {

	@Autowired
	SampleFixture samples;

	@Autowired
	ReindexJob job;

	@Autowired
	SearchBackend backend;

	@Autowired
	IndexOutbox outbox;

	@Autowired
	OutboxIndexer indexer;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@LocalServerPort
	int port;

	Http http;

	long documents;

	@BeforeAll
	void loadSamples() throws Exception {
		this.documents = this.samples.load().counts().stored();
		this.http = new Http(this.port);
	}

	@Test
	void searchesKeepAnsweringWhileTheIndexIsRebuiltAndSwapped() throws Exception {
		String before = this.backend.index().indicesBehindAlias().iterator().next();
		AtomicBoolean searching = new AtomicBoolean(true);
		AtomicInteger searches = new AtomicInteger();
		ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
		List<Thread> clients = new ArrayList<>();
		for (String query : List.of("占道经营", "青政办规〔2022〕2号", "居家养老服务补贴")) {
			Thread client = new Thread(() -> {
				while (searching.get()) {
					try {
						HttpResponse<String> response = this.http.get("/api/v1/documents?q=" + Http.encode(query));
						JsonNode body = (response.statusCode() == 200) ? this.http.json(response) : null;
						if (body == null || body.get("total").asLong() == 0) {
							failures.add(query + " → " + response.statusCode() + " " + response.body());
						}
						searches.incrementAndGet();
					}
					catch (RuntimeException ex) {
						failures.add(query + " → " + ex);
					}
				}
			}, "searcher-" + query);
			client.start();
			clients.add(client);
		}
		ReindexJob.Result result;
		try {
			Thread.sleep(300);
			result = this.job.run(ReindexJob.Listener.none());
			// Searches go on past the deletion of the old index.
			Thread.sleep(500);
		}
		finally {
			searching.set(false);
			for (Thread client : clients) {
				client.join(10_000);
			}
		}
		assertThat(failures).as("searches that failed or found nothing").isEmpty();
		assertThat(searches.get()).as("searches during the rebuild").isGreaterThan(30);
		assertThat(result.documents()).isEqualTo(this.documents);
		assertThat(result.replaced()).containsExactly(before);
		assertThat(this.backend.index().indicesBehindAlias()).containsExactly(result.index());
		assertThat(this.backend.index().orphanIndices()).as("the old index is deleted after the grace").isEmpty();
		assertThat(this.backend.index().count()).isEqualTo(result.entries());
	}

	@Test
	void changesMadeDuringTheRebuildWaitAndReachTheNewIndex() throws Exception {
		// a public document in force, so that the default search shows it
		long id = this.jdbc.sql("SELECT id FROM document WHERE doc_number_normalized = ?")
			.param("青政办规〔2022〕2号")
			.query(Long.class)
			.single();
		AtomicBoolean changed = new AtomicBoolean();
		List<String> observed = new ArrayList<>();
		this.job.run((phase, total, done, failed) -> {
			if (phase == IndexRebuilds.Phase.BUILDING && !changed.getAndSet(true)) {
				this.transactions.executeWithoutResult((tx) -> {
					this.jdbc.sql("UPDATE document SET title = ? WHERE id = ?").params("重建期间修改的标题甲乙丙", id).update();
					this.outbox.enqueue(id, IndexOutbox.Operation.UPSERT);
				});
				sleep(1_500);
				observed.add("pending=" + this.outbox.pending(8) + " claimed=" + this.outbox.claimedNow());
			}
		});
		assertThat(observed).as("the change waits in the outbox while the rebuild runs")
			.containsExactly("pending=1 claimed=0");
		assertThat(this.indexer.awaitIdle(Duration.ofSeconds(30))).isTrue();
		JsonNode body = this.http.json(this.http.get("/api/v1/documents?q=" + Http.encode("重建期间修改的标题甲乙丙")));
		assertThat(body.get("hits").get(0).get("id").asString()).isEqualTo(Long.toString(id));
	}

	@Test
	void onlyOneRebuildRunsAtATime() {
		List<Integer> conflicts = new ArrayList<>();
		this.job.run((phase, total, done, failed) -> {
			if (phase == IndexRebuilds.Phase.BUILDING && conflicts.isEmpty()) {
				assertThatExceptionOfType(ReindexJob.ReindexException.class)
					.isThrownBy(() -> this.job.run(ReindexJob.Listener.none()))
					.withMessageContaining("另一个重建索引任务正在运行");
				conflicts.add(this.http.send("POST", "/api/v1/admin/reindex", "", "registrar", "s3cret").statusCode());
			}
		});
		assertThat(conflicts).containsExactly(409);
	}

	@Test
	void theApiStartsARebuildAndReportsItsProgress() throws Exception {
		assertThat(this.http.post("/api/v1/admin/reindex").statusCode()).as("anonymous").isEqualTo(401);
		HttpResponse<String> started = this.http.send("POST", "/api/v1/admin/reindex", "", "registrar", "s3cret");
		assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
		JsonNode status = null;
		for (int i = 0; i < 300; i++) {
			status = this.http.json(this.http.getAs("/api/v1/admin/reindex", "registrar", "s3cret"));
			if (!status.get("running").asBoolean()) {
				break;
			}
			Thread.sleep(100);
		}
		assertThat(status.get("status").asString()).isEqualTo("SWAPPED");
		assertThat(status.get("done").asLong()).isEqualTo(this.documents);
		assertThat(status.get("message").asString()).contains("已重建索引");
	}

	@Test
	void aRebuildRemovesIndicesAnEarlierOneLeftBehind() {
		String orphan = this.backend.index().createIndex();
		assertThat(this.backend.index().orphanIndices()).contains(orphan);
		this.job.run(ReindexJob.Listener.none());
		assertThat(this.backend.index().orphanIndices()).doesNotContain(orphan);
		assertThat(Set.copyOf(this.backend.index().indicesBehindAlias())).doesNotContain(orphan);
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
