package cn.guifan.registry.indexing;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The outbox that feeds the search index ({@code index_outbox}). A change to a document
 * enqueues the document in the same transaction as the change ({@link IndexingListener});
 * the indexer claims due entries, indexes the documents as they are in the database then,
 * and removes the entries, or backs them off with the error when Elasticsearch rejects
 * them.
 * <p>
 * Claims are leases: an indexer that dies leaves its claim to expire, and another one
 * takes the entries over. Several processes (the service and a command-line ingest) may
 * drain at once.
 */
@Component
class IndexOutbox {

	/** What to do with a document's entries. */
	enum Operation {

		/** (Re)index all versions of the document as the database has them. */
		UPSERT,

		/** Remove the document's entries from the index (the document was removed). */
		DELETE

	}

	private static final Duration LEASE = Duration.ofMinutes(2);

	private final JdbcClient jdbc;

	private final Clock clock;

	private final List<Runnable> wakeUps = new java.util.concurrent.CopyOnWriteArrayList<>();

	IndexOutbox(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Enqueues a document; call inside the transaction that changed it. */
	void enqueue(long documentId, Operation operation) {
		Timestamp now = Timestamp.from(this.clock.instant());
		this.jdbc
			.sql("INSERT INTO index_outbox (document_id, operation, enqueued_at, next_attempt_at) VALUES (?, ?, ?, ?)")
			.params(documentId, operation.name(), now, now)
			.update();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					wakeUpIndexers();
				}
			});
		}
		else {
			wakeUpIndexers();
		}
	}

	/**
	 * Registers something to run when new entries are committed (the indexer's wake-up).
	 */
	void onEnqueue(Runnable wakeUp) {
		this.wakeUps.add(wakeUp);
	}

	private void wakeUpIndexers() {
		this.wakeUps.forEach(Runnable::run);
	}

	/**
	 * The entries due longest that no live claim holds, up to a limit: new entries in the
	 * order they were queued, an entry backing off once its time has come. Read through
	 * {@code index_outbox_due_idx} in its own order, it stops after the limit: what it
	 * reads is the batch and the entries it passes over (claimed by batches in flight,
	 * given up), not the backlog, however long (an ingest runs ahead of the index by
	 * thousands of documents; a cluster that was away leaves all it missed). Ordered by
	 * {@code id} instead, H2 read every due entry through that index and sorted them.
	 */
	static final String DUE = """
			SELECT id FROM index_outbox
			 WHERE next_attempt_at <= ? AND attempts < ? AND (claimed_until IS NULL OR claimed_until < ?)
			 ORDER BY next_attempt_at, id FETCH FIRST ? ROWS ONLY
			""";

	/**
	 * Claims up to {@code limit} due entries for a while and returns them, longest due
	 * first.
	 * <p>
	 * In two steps: the due entries' ids, then a claim of those ids that holds only where
	 * no other indexer claimed them meanwhile (several processes may drain at once). One
	 * {@code UPDATE … WHERE id IN (SELECT … FETCH FIRST n)} did both, and H2 ran its
	 * subquery again for every row of the outbox: a claim cost the backlog's length times
	 * the batch's, a third of the indexer's reading thread in the ingest benchmark.
	 */
	List<Entry> claim(int limit, int maxAttempts, String alias) {
		Instant now = this.clock.instant();
		Timestamp nowTs = Timestamp.from(now);
		List<Long> due = this.jdbc.sql(DUE).params(nowTs, maxAttempts, nowTs, limit).query(Long.class).list();
		if (due.isEmpty()) {
			return List.of();
		}
		String claim = UUID.randomUUID().toString();
		// Nothing is claimed while a rebuild of the index holds its lease
		// (IndexRebuilds): the changes wait here and go into the new index after the
		// swap.
		int claimed = this.jdbc.sql("""
				UPDATE index_outbox SET claimed_by = :claim, claimed_until = :until
				 WHERE id IN (:ids) AND (claimed_until IS NULL OR claimed_until < :now)
				   AND NOT EXISTS (SELECT 1 FROM index_rebuild r
				                    WHERE r.alias = :alias AND r.status = 'RUNNING' AND r.lease_until > :now)
				""")
			.param("claim", claim)
			.param("until", Timestamp.from(now.plus(LEASE)))
			.param("ids", due)
			.param("now", nowTs)
			.param("alias", alias)
			.update();
		if (claimed == 0) {
			return List.of();
		}
		return this.jdbc.sql(
				"SELECT id, document_id, operation, attempts FROM index_outbox WHERE id IN (:ids) AND claimed_by = :claim"
						+ " ORDER BY next_attempt_at, id")
			.param("ids", due)
			.param("claim", claim)
			.query((rs, i) -> new Entry(rs.getLong(1), rs.getLong(2), Operation.valueOf(rs.getString(3)), rs.getInt(4),
					claim))
			.list();
	}

	/** Removes entries whose documents were indexed, in one statement per claim. */
	void complete(Collection<Entry> entries) {
		Map<String, List<Long>> byClaim = new HashMap<>();
		for (Entry e : entries) {
			byClaim.computeIfAbsent(e.claim(), (k) -> new ArrayList<>()).add(e.id());
		}
		byClaim.forEach(
				(claim, ids) -> this.jdbc.sql("DELETE FROM index_outbox WHERE claimed_by = :claim AND id IN (:ids)")
					.param("claim", claim)
					.param("ids", ids)
					.update());
	}

	/**
	 * Releases entries that failed, to be tried again after a back-off that grows per
	 * attempt.
	 */
	void fail(Collection<Entry> entries, String error) {
		Instant now = this.clock.instant();
		String message = (error.length() > 1900) ? error.substring(0, 1900) : error;
		for (Entry e : entries) {
			long backoffSeconds = Math.min(600, 1L << Math.min(e.attempts() + 1, 10));
			this.jdbc.sql("""
					UPDATE index_outbox SET attempts = attempts + 1, last_error = ?, next_attempt_at = ?,
					       claimed_by = NULL, claimed_until = NULL
					 WHERE id = ? AND claimed_by = ?
					""").params(message, Timestamp.from(now.plusSeconds(backoffSeconds)), e.id(), e.claim()).update();
		}
	}

	/**
	 * Puts entries back for a while without counting an attempt: the cluster was
	 * unreachable, which is no fault of the documents.
	 */
	void postpone(Collection<Entry> entries, Duration delay, String error) {
		Timestamp next = Timestamp.from(this.clock.instant().plus(delay));
		String message = (error.length() > 1900) ? error.substring(0, 1900) : error;
		for (Entry e : entries) {
			this.jdbc.sql("""
					UPDATE index_outbox SET last_error = ?, next_attempt_at = ?, claimed_by = NULL, claimed_until = NULL
					 WHERE id = ? AND claimed_by = ?
					""").params(message, next, e.id(), e.claim()).update();
		}
	}

	/** Releases entries without counting an attempt (the indexer is stopping). */
	void release(Collection<Entry> entries) {
		for (Entry e : entries) {
			this.jdbc
				.sql("UPDATE index_outbox SET claimed_by = NULL, claimed_until = NULL WHERE id = ? AND claimed_by = ?")
				.params(e.id(), e.claim())
				.update();
		}
	}

	/**
	 * Entries still to be indexed (whether due now or backing off), excluding given-up
	 * ones.
	 */
	long pending(int maxAttempts) {
		return this.jdbc.sql("SELECT COUNT(*) FROM index_outbox WHERE attempts < ?")
			.param(maxAttempts)
			.query(Long.class)
			.single();
	}

	/**
	 * When the oldest entry still to be indexed was enqueued: how far the index lags
	 * behind the database.
	 */
	Optional<Instant> oldestPending(int maxAttempts) {
		return this.jdbc.sql("SELECT MIN(enqueued_at) FROM index_outbox WHERE attempts < ?")
			.param(maxAttempts)
			.query((rs, i) -> Optional.ofNullable(rs.getTimestamp(1)).map(Timestamp::toInstant))
			.single();
	}

	/** Entries given up after {@code maxAttempts} attempts. */
	long failed(int maxAttempts) {
		return this.jdbc.sql("SELECT COUNT(*) FROM index_outbox WHERE attempts >= ?")
			.param(maxAttempts)
			.query(Long.class)
			.single();
	}

	/**
	 * Entries due now or being worked on: what an indexer still has to do before it is
	 * idle.
	 */
	long dueOrClaimed(int maxAttempts) {
		Timestamp now = Timestamp.from(this.clock.instant());
		return this.jdbc.sql("""
				SELECT COUNT(*) FROM index_outbox
				 WHERE attempts < ? AND (next_attempt_at <= ? OR claimed_until > ?)
				""").params(maxAttempts, now, now).query(Long.class).single();
	}

	/**
	 * Entries some indexer has claimed and not yet finished with: batches in flight, in
	 * any process. A rebuild waits for them before it swaps the alias.
	 */
	long claimedNow() {
		return this.jdbc.sql("SELECT COUNT(*) FROM index_outbox WHERE claimed_until > ?")
			.param(Timestamp.from(this.clock.instant()))
			.query(Long.class)
			.single();
	}

	/**
	 * Entries that failed {@code maxAttempts} times, with their last error, for a report.
	 */
	List<IndexFailure> failures(int maxAttempts) {
		return this.jdbc
			.sql("SELECT document_id, attempts, last_error FROM index_outbox WHERE attempts >= ? ORDER BY id")
			.param(maxAttempts)
			.query((rs, i) -> new IndexFailure(rs.getLong(1), rs.getInt(2), rs.getString(3)))
			.list();
	}

	/**
	 * Entries the index rejected at least once (a value it cannot take), whether still
	 * retried or given up: a registrar sees them before the last attempt.
	 */
	List<IndexFailure> rejected() {
		return this.jdbc
			.sql("SELECT document_id, attempts, last_error FROM index_outbox WHERE attempts >= 1 ORDER BY id")
			.query((rs, i) -> new IndexFailure(rs.getLong(1), rs.getInt(2), String.valueOf(rs.getString(3))))
			.list();
	}

	/**
	 * Keeps a document a rebuilt index rejected: it is reported like any rejected entry
	 * and tried again later, against the new index, once its data is fixed.
	 */
	void rejectedByRebuild(long documentId, String error) {
		Instant now = this.clock.instant();
		String message = (error.length() > 1900) ? error.substring(0, 1900) : error;
		this.jdbc.sql("""
				INSERT INTO index_outbox (document_id, operation, enqueued_at, next_attempt_at, attempts, last_error)
				VALUES (?, ?, ?, ?, 1, ?)
				""")
			.params(documentId, Operation.UPSERT.name(), Timestamp.from(now), Timestamp.from(now.plusSeconds(60)),
					message)
			.update();
	}

	/** Makes given-up entries due again (after the cause was fixed). */
	int retryFailures(int maxAttempts) {
		return this.jdbc.sql("UPDATE index_outbox SET attempts = 0, next_attempt_at = ? WHERE attempts >= ?")
			.params(Timestamp.from(this.clock.instant()), maxAttempts)
			.update();
	}

	/** A claimed outbox entry. */
	record Entry(long id, long documentId, Operation operation, int attempts, String claim) {
	}

}
