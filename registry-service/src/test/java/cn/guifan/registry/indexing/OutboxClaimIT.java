package cn.guifan.registry.indexing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import cn.guifan.registry.support.H2Plans;
import cn.guifan.registry.support.RegistryIntegrationTest;
import cn.guifan.registry.support.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * Claiming a batch of the index outbox costs the batch, not the backlog: an ingest runs
 * thousands of documents ahead of the index, and a cluster that was away leaves all it
 * missed in the outbox. The indexer is off here, so that only the test claims.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = "guifan.indexer.enabled=false")
class OutboxClaimIT extends RegistryIntegrationTest {

	private static final int BACKLOG = 20_000;

	@Autowired
	IndexOutbox outbox;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	private final List<Long> ids = new ArrayList<>();

	@BeforeEach
	void backlog() {
		this.jdbc.sql("DELETE FROM index_outbox").update();
		Timestamp past = Timestamp.from(Instant.now().minus(1, ChronoUnit.MINUTES));
		Timestamp later = Timestamp.from(Instant.now().plus(1, ChronoUnit.HOURS));
		// The oldest entries: one backing off after a failure, one given up.
		this.jdbc
			.sql("INSERT INTO index_outbox (document_id, operation, enqueued_at, next_attempt_at, attempts) "
					+ "VALUES (1, 'UPSERT', ?, ?, 1)")
			.params(past, later)
			.update();
		this.jdbc
			.sql("INSERT INTO index_outbox (document_id, operation, enqueued_at, next_attempt_at, attempts) "
					+ "VALUES (2, 'UPSERT', ?, ?, 8)")
			.params(past, past)
			.update();
		try (Connection connection = this.dataSource.getConnection();
				PreparedStatement insert = connection.prepareStatement(
						"INSERT INTO index_outbox (document_id, operation, enqueued_at, next_attempt_at) VALUES (?, 'UPSERT', ?, ?)")) {
			for (long document = 10; document < 10 + BACKLOG; document++) {
				insert.setLong(1, document);
				insert.setTimestamp(2, past);
				insert.setTimestamp(3, past);
				insert.addBatch();
			}
			insert.executeBatch();
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
		this.ids.clear();
		this.ids.addAll(this.jdbc.sql("SELECT id FROM index_outbox WHERE document_id >= 10 ORDER BY id")
			.query(Long.class)
			.list());
	}

	@Test
	void batchesAreTheOldestDueEntriesInOrderEachClaimedOnce() {
		List<IndexOutbox.Entry> first = this.outbox.claim(100, 8, "test-alias");
		List<IndexOutbox.Entry> second = this.outbox.claim(100, 8, "test-alias");
		assertThat(first).extracting(IndexOutbox.Entry::id).containsExactlyElementsOf(this.ids.subList(0, 100));
		assertThat(second).extracting(IndexOutbox.Entry::id).containsExactlyElementsOf(this.ids.subList(100, 200));
		assertThat(first).extracting(IndexOutbox.Entry::documentId).startsWith(10L, 11L, 12L);
		assertThat(first.get(0).claim()).isNotEqualTo(second.get(0).claim());

		// Released entries are due again, before the rest of the backlog; completed
		// ones are gone.
		this.outbox.release(first.subList(0, 10));
		this.outbox.complete(first.subList(10, 100));
		assertThat(this.outbox.claim(20, 8, "test-alias")).extracting(IndexOutbox.Entry::id)
			.containsExactlyElementsOf(concat(this.ids.subList(0, 10), this.ids.subList(200, 210)));
		assertThat(this.outbox.pending(8)).isEqualTo(BACKLOG - 90 + 1);
	}

	@Test
	void nothingIsClaimedWhileARebuildHoldsItsLease() {
		Instant now = Instant.now();
		this.jdbc.sql("""
				INSERT INTO index_rebuild (alias, status, owner, phase, started_at, lease_until)
				VALUES ('test-alias', 'RUNNING', 'another process', 'copying', ?, ?)
				""").params(Timestamp.from(now), Timestamp.from(now.plus(5, ChronoUnit.MINUTES))).update();
		try {
			assertThat(this.outbox.claim(100, 8, "test-alias")).isEmpty();
			assertThat(this.outbox.claim(100, 8, "another-alias")).hasSize(100);
		}
		finally {
			this.jdbc.sql("DELETE FROM index_rebuild WHERE alias = 'test-alias'").update();
		}
	}

	@Test
	void aClaimReadsItsBatchAndTheBatchesInFlightNotTheBacklog() throws SQLException {
		assumeFalse(TestDatabase.postgres(), "rows read are counted by H2's EXPLAIN ANALYZE");
		// Three batches in flight, as the indexer has at most.
		Set<Long> inFlight = new HashSet<>();
		for (int i = 0; i < 3; i++) {
			this.outbox.claim(100, 8, "test-alias").forEach((e) -> inFlight.add(e.id()));
		}
		assertThat(inFlight).hasSize(300);
		Timestamp now = Timestamp.from(Instant.now());
		try (Connection connection = this.dataSource.getConnection();
				PreparedStatement explain = connection.prepareStatement("EXPLAIN ANALYZE " + IndexOutbox.DUE)) {
			explain.setTimestamp(1, now);
			explain.setInt(2, 8);
			explain.setTimestamp(3, now);
			explain.setInt(4, 100);
			StringBuilder plan = new StringBuilder();
			try (ResultSet rs = explain.executeQuery()) {
				while (rs.next()) {
					plan.append(rs.getString(1)).append('\n');
				}
			}
			long rows = H2Plans.rowsRead(plan);
			assertThat(rows).as("rows read by a claim in a backlog of %d:%n%s", BACKLOG, plan).isLessThan(1_000);
		}
		assertThat(this.outbox.claim(100, 8, "test-alias")).extracting(IndexOutbox.Entry::id)
			.containsExactlyElementsOf(this.ids.subList(300, 400));
	}

	private static List<Long> concat(List<Long> a, List<Long> b) {
		List<Long> all = new ArrayList<>(a);
		all.addAll(b);
		return all;
	}

}
