package cn.guifan.search.index;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import cn.guifan.search.analysis.ChineseAnalyzer;
import cn.guifan.search.client.ClusterSettings;
import cn.guifan.search.client.SearchClient;
import cn.guifan.managed.testing.TestElasticsearch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The documents index on a real node: alias, bulk writes item by item, alias swap. */
class DocumentIndexIT {

	private SearchClient client;

	private DocumentIndex index;

	private final IndexSourceBuilder builder = new IndexSourceBuilder(new ChineseAnalyzer());

	@BeforeEach
	void connect() {
		this.client = SearchClient.connect(ClusterSettings.local(TestElasticsearch.httpUri()));
		this.index = new DocumentIndex(this.client.client(), "it-" + UUID.randomUUID().toString().substring(0, 8));
	}

	@AfterEach
	void cleanUp() {
		this.index.drop();
		this.client.close();
	}

	@Test
	void theIndexIsCreatedOnceBehindItsAlias() {
		String first = this.index.ensureIndex();
		assertThat(first).startsWith(this.index.alias() + "-");
		assertThat(this.index.ensureIndex()).isEqualTo(first);
		assertThat(this.index.indicesBehindAlias()).containsExactly(first);
	}

	/**
	 * An ingest relaxes the refresh interval while it runs; a process killed meanwhile
	 * left it so. The next process to open the index sets it back.
	 */
	@Test
	void aRefreshIntervalLeftRelaxedIsSetBackWhenTheIndexIsOpened() throws Exception {
		String index = this.index.ensureIndex();
		this.index.refreshInterval(this.index.alias(), "30s");
		assertThat(refreshInterval(index)).isEqualTo("30s");

		DocumentIndex reopened = new DocumentIndex(this.client.client(), this.index.alias());
		assertThat(reopened.ensureIndex()).isEqualTo(index);
		assertThat(refreshInterval(index)).isEqualTo(IndexDefinition.REFRESH_INTERVAL);
	}

	private String refreshInterval(String index) {
		return this.index.refreshInterval(index);
	}

	/**
	 * Two instances starting at once on an empty cluster: both find no alias and create
	 * the first index. One index must win, both must use it, none may be left behind.
	 */
	@Test
	void instancesCreatingTheFirstIndexAtOnceAgreeOnOne() throws Exception {
		for (int round = 0; round < 4; round++) {
			String alias = "it-race-" + UUID.randomUUID().toString().substring(0, 8);
			DocumentIndex one = new DocumentIndex(this.client.client(), alias);
			DocumentIndex other = new DocumentIndex(this.client.client(), alias);
			java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(2);
			java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
			try {
				var first = pool.submit(() -> {
					start.await();
					return one.ensureIndex();
				});
				var second = pool.submit(() -> {
					start.await();
					return other.ensureIndex();
				});
				String winner = first.get();
				assertThat(second.get()).as("round %d", round).isEqualTo(winner);
				assertThat(one.indicesBehindAlias()).as("round %d", round).containsExactly(winner);
				assertThat(one.orphanIndices()).as("round %d", round).isEmpty();
			}
			finally {
				pool.shutdownNow();
				one.drop();
				one.deleteIndices(one.orphanIndices());
			}
		}
	}

	@Test
	void aRejectedItemIsReportedWhileTheOthersAreWritten() {
		this.index.ensureIndex();
		PreparedEntry good = PreparedEntry.of(IndexSourceBuilderTest.accountingLaw(), this.builder);
		Map<String, Object> bad = new LinkedHashMap<>(good.source());
		bad.put("documentId", "43");
		bad.put("notAField", "the mapping is strict");
		List<PreparedEntry> entries = List.of(good, new PreparedEntry("43-v1", "43", bad));

		BulkOutcome outcome = this.index.write(this.index.alias(), entries, List.of());

		assertThat(outcome.succeeded()).containsExactly("42");
		assertThat(outcome.failed()).containsOnlyKeys("43");
		assertThat(outcome.failed().get("43")).contains("strict_dynamic_mapping_exception");
		this.index.refresh();
		assertThat(this.index.count()).isEqualTo(1);
	}

	@Test
	void removingADocumentDeletesAllItsEntries() {
		this.index.ensureIndex();
		this.index.write(this.index.alias(),
				List.of(PreparedEntry.of(IndexSourceBuilderTest.accountingLaw(), this.builder)), List.of());
		BulkOutcome outcome = this.index.write(this.index.alias(), List.of(), Set.of("42"));
		assertThat(outcome.succeeded()).as("%s", outcome.failed()).containsExactly("42");
		this.index.refresh();
		assertThat(this.index.count()).isZero();
	}

	@Test
	void theAliasMovesToARebuiltIndexAndTheOldOneIsDeleted() throws Exception {
		String old = this.index.ensureIndex();
		String rebuilt = this.index.createIndex();
		List<PreparedEntry> entries = new ArrayList<>();
		entries.add(PreparedEntry.of(IndexSourceBuilderTest.accountingLaw(), this.builder));
		this.index.write(rebuilt, entries, List.of());

		this.index.switchAliasTo(rebuilt);

		assertThat(this.index.indicesBehindAlias()).containsExactly(rebuilt);
		this.index.refresh();
		assertThat(this.index.count()).isEqualTo(1);
		assertThat(this.client.client().indices().exists((e) -> e.index(old)).value()).isFalse();
	}

}
