package cn.guifan.registry.indexing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import cn.guifan.ingest.timing.StageEvent;
import cn.guifan.registry.config.GuifanProperties;
import cn.guifan.registry.elasticsearch.SearchBackend;

import cn.guifan.search.analysis.ChineseAnalyzer;
import cn.guifan.search.index.BulkOutcome;
import cn.guifan.search.index.DocumentIndex;
import cn.guifan.search.index.IndexDefinition;
import cn.guifan.search.index.IndexEntry;
import cn.guifan.search.index.IndexUnavailableException;
import cn.guifan.search.index.PreparedEntry;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Drains the {@link IndexOutbox} into Elasticsearch, in bulk, overlapping the two costly
 * halves: while one batch is in Elasticsearch, the next one is read from the database and
 * its text segmented with HanLP on several threads. Every rejected item is retried with
 * back-off and, after the last attempt, reported (see {@link IndexOutbox#failures}).
 */
@Component
public class OutboxIndexer implements SmartLifecycle {

	private static final Logger logger = LoggerFactory.getLogger(OutboxIndexer.class);

	private static final long IDLE_WAIT_MILLIS = 500;

	/** How long to wait before trying again when Elasticsearch cannot be reached. */
	private static final Duration UNAVAILABLE_PAUSE = Duration.ofSeconds(5);

	private final IndexOutbox outbox;

	private final IndexEntryLoader loader;

	private final SearchBackend backend;

	private final ChineseAnalyzer analyzer;

	private final GuifanProperties.Indexer settings;

	private final BlockingQueue<PreparedBatch> handoff = new ArrayBlockingQueue<>(1);

	private final AtomicInteger inFlight = new AtomicInteger();

	private final Object signal = new Object();

	/**
	 * Notified when a batch leaves flight, for a caller waiting for the outbox to drain
	 * ({@link #awaitIdle}): it sees the end of the last bulk at once rather than at its
	 * next poll.
	 */
	private final Object landed = new Object();

	/** Batches that left flight so far. */
	private final AtomicLong landings = new AtomicLong();

	private final CommitStream commits;

	/** Bulk loads running; guarded by itself, so that their settings apply in order. */
	private final int[] bulkLoads = new int[1];

	private volatile boolean running;

	private volatile long pausedUntil = System.nanoTime();

	private @Nullable EntryPreparer preparer;

	private @Nullable Thread preparing;

	private @Nullable Thread writer;

	private final BulkAdmission bulks;

	private @Nullable ExecutorService bulkThreads;

	OutboxIndexer(IndexOutbox outbox, IndexEntryLoader loader, SearchBackend backend, ChineseAnalyzer analyzer,
			GuifanProperties properties) {
		this.outbox = outbox;
		this.loader = loader;
		this.backend = backend;
		this.analyzer = analyzer;
		this.settings = properties.indexer();
		this.commits = new CommitStream(this.settings.linger().toNanos(), System::nanoTime);
		this.bulks = new BulkAdmission(this.settings.bulks());
		outbox.onEnqueue(this::committed);
	}

	@Override
	public void start() {
		if (!this.settings.enabled() || !this.backend.isRunning()) {
			return;
		}
		this.running = true;
		this.preparer = new EntryPreparer(this.analyzer, this.settings.threads(), "guifan-index-segment");
		this.bulkThreads = Executors.newFixedThreadPool(Math.max(1, this.settings.bulks()), (r) -> {
			Thread t = new Thread(r, "guifan-index-bulk");
			t.setDaemon(true);
			return t;
		});
		this.preparing = daemon("guifan-index-prepare", this::prepareLoop);
		this.writer = daemon("guifan-index-write", this::writeLoop);
	}

	@Override
	public void stop() {
		this.running = false;
		wakeUp();
		join(this.preparing);
		join(this.writer);
		ExecutorService bulking = this.bulkThreads;
		if (bulking != null) {
			// Bulks in flight end (their entries complete or fail as usual).
			bulking.shutdown();
			try {
				bulking.awaitTermination(30, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		PreparedBatch left;
		while ((left = this.handoff.poll()) != null) {
			this.outbox.release(left.entries());
		}
		if (this.preparer != null) {
			this.preparer.close();
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	@Override
	public int getPhase() {
		return SearchBackend.PHASE + 100;
	}

	/** Called when new outbox entries are committed. */
	void committed() {
		this.commits.committed();
		wakeUp();
	}

	private void wakeUp() {
		synchronized (this.signal) {
			this.signal.notifyAll();
		}
	}

	/**
	 * Outbox entries still to be indexed (due now or backing off), excluding those given
	 * up after the last attempt.
	 */
	public long pending() {
		return this.outbox.pending(this.settings.maxAttempts());
	}

	/**
	 * Documents the index rejected on every attempt, with the last error, for a report.
	 */
	public List<IndexFailure> failures() {
		return this.outbox.failures(this.settings.maxAttempts());
	}

	/**
	 * Documents the index rejected at least once, still retried or given up, with the
	 * last error: what the registrar page reports.
	 */
	public List<IndexFailure> rejected() {
		return this.outbox.rejected();
	}

	/**
	 * Marks a bulk load (an ingest) until the returned handle is closed. While one runs,
	 * the index makes new entries visible every {@code guifan.indexer.ingest-refresh}
	 * instead of every second: a refresh writes what was indexed since the last one as a
	 * segment, and the segments are merged later, so a load of thousands of documents
	 * paid for dozens of small segments and their merges (the ingest benchmark's node
	 * statistics). The ingest waits for the outbox and refreshes when it ends
	 * ({@link #awaitIdle}); when the last load ends, the usual interval is back. A search
	 * during a load sees its documents that much later. Elasticsearch being unreachable
	 * changes nothing here: the outbox waits for it anyway.
	 */
	public BulkLoad bulkLoad() {
		String relaxed = IndexDefinition.intervalSetting(this.settings.ingestRefresh());
		if (relaxed.equals(IndexDefinition.REFRESH_INTERVAL)) {
			return () -> {
			};
		}
		synchronized (this.bulkLoads) {
			if (this.bulkLoads[0]++ == 0) {
				setRefreshInterval(relaxed);
			}
		}
		AtomicBoolean closed = new AtomicBoolean();
		return () -> {
			if (closed.compareAndSet(false, true)) {
				synchronized (this.bulkLoads) {
					if (--this.bulkLoads[0] == 0) {
						setRefreshInterval(IndexDefinition.REFRESH_INTERVAL);
					}
				}
			}
		};
	}

	private void setRefreshInterval(String interval) {
		if (!this.settings.enabled() || !this.backend.isRunning() || !this.backend.ensureIndex()) {
			return;
		}
		try {
			DocumentIndex index = this.backend.index();
			index.refreshInterval(index.alias(), interval);
		}
		catch (RuntimeException ex) {
			logger.warn("Could not set the index's refresh interval to {}: {}", interval, ex.getMessage());
		}
	}

	/** A bulk load's end ({@link #bulkLoad}). */
	@FunctionalInterface
	public interface BulkLoad extends AutoCloseable {

		@Override
		void close();

	}

	/**
	 * Waits until nothing is due or in flight, or the timeout passes. Entries that failed
	 * and back off are not waited for, nor, for a batch being gathered, further commits.
	 * Returns whether the outbox was drained in time.
	 */
	public boolean awaitIdle(Duration timeout) {
		// Nothing to wait for more commits for: the caller has made its last one.
		this.commits.hurry();
		long deadline = System.nanoTime() + timeout.toNanos();
		// Refreshed up to this many bulks landed (-1: not yet).
		long refreshed = -1;
		while (System.nanoTime() < deadline) {
			if (idle()) {
				refreshQuietly();
				return true;
			}
			long landings = this.landings.get();
			if (landings != refreshed) {
				// Still indexing a backlog (an ingest's last chunks): the node writes
				// what it has so far as a segment now, and again after each bulk that
				// lands, on a core the segmenting leaves free, so that the refresh that
				// ends the wait has one bulk's entries to write. With a bulk load's
				// relaxed interval that one refresh wrote everything since the last,
				// and it held up the ingest's end by up to a second with one core idle
				// (the ingest benchmark's --timeline).
				refreshQuietly();
				refreshed = landings;
			}
			try {
				synchronized (this.landed) {
					this.landed.wait(100);
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return false;
			}
		}
		return false;
	}

	private boolean idle() {
		return this.inFlight.get() == 0 && this.handoff.isEmpty()
				&& this.outbox.dueOrClaimed(this.settings.maxAttempts()) == 0;
	}

	private void refreshQuietly() {
		try {
			this.backend.index().refresh();
		}
		catch (RuntimeException ex) {
			logger.warn("Could not refresh the index: {}", ex.getMessage());
		}
	}

	private void prepareLoop() {
		while (this.running) {
			try {
				if (!this.backend.ensureIndex()) {
					idle(5_000);
					continue;
				}
				long pause = this.pausedUntil - System.nanoTime();
				if (pause > 0) {
					idle(TimeUnit.NANOSECONDS.toMillis(pause) + 1);
					continue;
				}
				StageEvent claiming = StageEvent.start(StageEvent.OUTBOX);
				List<IndexOutbox.Entry> entries = this.outbox.claim(this.settings.batchSize(),
						this.settings.maxAttempts(), this.backend.alias());
				if (entries.isEmpty()) {
					claiming.finish(0);
					idle(IDLE_WAIT_MILLIS);
					continue;
				}
				claiming.finish(entries.size());
				List<IndexOutbox.Entry> batch = new ArrayList<>(entries);
				this.inFlight.incrementAndGet();
				try {
					gatherMore(batch);
					StageEvent budgeting = StageEvent.start(StageEvent.OUTBOX);
					List<IndexOutbox.Entry> kept = withinTextBudget(batch);
					budgeting.finish(0);
					batch = kept;
					this.handoff.put(prepare(kept));
				}
				catch (InterruptedException ex) {
					this.outbox.release(batch);
					landed();
					Thread.currentThread().interrupt();
					return;
				}
				catch (RuntimeException ex) {
					// Not in flight any more even if recording the failure fails too (the
					// database gone): awaitIdle must not wait for it.
					landed();
					logger.warn("Preparing {} documents for the index failed: {}", batch.size(), ex.toString());
					this.outbox.fail(batch, "准备索引数据失败：" + ex);
				}
			}
			catch (RuntimeException ex) {
				// The database may be briefly unavailable; keep the indexer alive.
				logger.warn("Indexer could not read the outbox: {}", ex.toString());
				idle(2_000);
			}
		}
	}

	/**
	 * A batch short of the batch size, while commits arrive in a stream (an ingest): the
	 * entries of the next commits too, up to the batch size or the linger. Entries of a
	 * lone commit go as they are. Adds them to {@code batch}, which holds every claimed
	 * entry (released if the indexer stops).
	 */
	private void gatherMore(List<IndexOutbox.Entry> batch) throws InterruptedException {
		int size = this.settings.batchSize();
		if (batch.size() >= size || !this.commits.streaming()) {
			return;
		}
		long deadline = this.commits.deadline();
		long seen = this.commits.commits();
		while (this.running && batch.size() < size && this.commits.awaitCommitAfter(seen, deadline)) {
			seen = this.commits.commits();
			StageEvent claiming = StageEvent.start(StageEvent.OUTBOX);
			List<IndexOutbox.Entry> more = this.outbox.claim(size - batch.size(), this.settings.maxAttempts(),
					this.backend.alias());
			claiming.finish(more.size());
			batch.addAll(more);
		}
	}

	/**
	 * The first entries of a claim whose documents' texts fit the batch's budget of
	 * characters (at least one document, with all its entries); the others are released
	 * for the next claim. Up to {@code bulks} + 2 batches may be in memory at once (those
	 * being written, one handed over, one prepared), so each must be bounded by its
	 * texts, not only by its count.
	 */
	private List<IndexOutbox.Entry> withinTextBudget(List<IndexOutbox.Entry> entries) {
		List<Long> documents = entries.stream().map(IndexOutbox.Entry::documentId).distinct().toList();
		Map<Long, Long> chars = this.loader.indexedChars(documents);
		List<List<Long>> parts = TextBudget.split(documents, (id) -> chars.getOrDefault(id, 0L),
				this.settings.batchMaxChars());
		if (parts.size() <= 1) {
			return entries;
		}
		Set<Long> first = Set.copyOf(parts.get(0));
		List<IndexOutbox.Entry> kept = new ArrayList<>();
		List<IndexOutbox.Entry> released = new ArrayList<>();
		for (IndexOutbox.Entry e : entries) {
			(first.contains(e.documentId()) ? kept : released).add(e);
		}
		this.outbox.release(released);
		return kept;
	}

	private PreparedBatch prepare(List<IndexOutbox.Entry> entries) throws InterruptedException {
		Set<Long> upserts = new LinkedHashSet<>();
		Set<String> deletes = new LinkedHashSet<>();
		for (IndexOutbox.Entry e : entries) {
			if (e.operation() == IndexOutbox.Operation.DELETE) {
				deletes.add(Long.toString(e.documentId()));
			}
			else {
				upserts.add(e.documentId());
			}
		}
		List<IndexEntry> indexEntries = this.loader.load(upserts);
		return new PreparedBatch(entries, segment(indexEntries), deletes);
	}

	private List<PreparedEntry> segment(List<IndexEntry> entries) throws InterruptedException {
		EntryPreparer pool = this.preparer;
		if (pool == null) {
			throw new IllegalStateException("the indexer is not running");
		}
		return pool.prepare(entries);
	}

	/**
	 * Hands each prepared batch, in order, to the bulk threads: up to
	 * {@code guifan.indexer.bulks} bulk requests at once, so that the node indexes on as
	 * many threads (one bulk to the index's one shard is indexed on one), but never two
	 * that hold the same document, so that a document's later change never lands before
	 * its earlier one.
	 */
	private void writeLoop() {
		while (this.running || !this.handoff.isEmpty()) {
			PreparedBatch batch;
			try {
				this.bulks.awaitRoom();
				batch = this.handoff.poll(200, TimeUnit.MILLISECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			if (batch == null) {
				continue;
			}
			List<PreparedBatch> parts = List.of(batch);
			if (this.settings.bulks() > 1 && this.bulks.inFlight() == 0 && this.handoff.isEmpty()) {
				// Nothing else for the node to index meanwhile (an ingest's last batch, a
				// lone batch of changes): in two requests, on two of its threads.
				parts = batch.halves();
				this.inFlight.addAndGet(parts.size() - 1);
			}
			for (int i = 0; i < parts.size(); i++) {
				if (!dispatch(parts.get(i))) {
					parts.subList(i + 1, parts.size()).forEach((left) -> {
						this.outbox.release(left.entries());
						landed();
					});
					Thread.currentThread().interrupt();
					return;
				}
			}
		}
	}

	/**
	 * Sends a batch to the index on a bulk thread once it may go; false, with the batch
	 * given back, if the indexer stops meanwhile.
	 */
	private boolean dispatch(PreparedBatch batch) {
		Set<String> documents = batch.documents();
		try {
			this.bulks.admit(documents);
		}
		catch (InterruptedException ex) {
			this.outbox.release(batch.entries());
			landed();
			return false;
		}
		ExecutorService bulking = this.bulkThreads;
		try {
			if (bulking == null) {
				throw new IllegalStateException("the indexer is not running");
			}
			bulking.execute(() -> {
				try {
					writeReporting(batch);
				}
				finally {
					this.bulks.done(documents);
					landed();
				}
			});
		}
		catch (RuntimeException ex) {
			// Stopping: the batch goes back to the outbox for the next start.
			this.bulks.done(documents);
			this.outbox.release(batch.entries());
			landed();
		}
		return true;
	}

	private void writeReporting(PreparedBatch batch) {
		try {
			write(batch);
		}
		catch (IndexUnavailableException ex) {
			logger.warn("Elasticsearch unavailable, {} documents wait: {}", batch.entries().size(), ex.getMessage());
			this.outbox.postpone(batch.entries(), UNAVAILABLE_PAUSE, String.valueOf(ex.getMessage()));
			this.pausedUntil = System.nanoTime() + UNAVAILABLE_PAUSE.toNanos();
		}
		catch (RuntimeException ex) {
			logger.warn("Writing {} documents to the index failed: {}", batch.entries().size(), ex.getMessage());
			this.outbox.fail(batch.entries(), ex.getMessage() != null ? ex.getMessage() : ex.toString());
		}
	}

	private void write(PreparedBatch batch) {
		StageEvent bulk = StageEvent.start(StageEvent.BULK);
		BulkOutcome outcome = this.backend.index().write(this.backend.alias(), batch.prepared(), batch.deletes());
		bulk.finish(batch.prepared().size() + batch.deletes().size());
		StageEvent completing = StageEvent.start(StageEvent.OUTBOX);
		Map<String, List<IndexOutbox.Entry>> byDocument = new HashMap<>();
		for (IndexOutbox.Entry e : batch.entries()) {
			byDocument.computeIfAbsent(Long.toString(e.documentId()), (k) -> new ArrayList<>()).add(e);
		}
		List<IndexOutbox.Entry> done = new ArrayList<>();
		byDocument.forEach((documentId, entries) -> {
			String failure = outcome.failed().get(documentId);
			if (failure != null) {
				this.outbox.fail(entries, failure);
			}
			else {
				// Indexed, removed, or gone from the database since it was enqueued.
				done.addAll(entries);
			}
		});
		this.outbox.complete(done);
		completing.finish(batch.entries().size());
	}

	/** A batch is out of flight: written, failed or given back. */
	private void landed() {
		this.inFlight.decrementAndGet();
		this.landings.incrementAndGet();
		synchronized (this.landed) {
			this.landed.notifyAll();
		}
	}

	private void idle(long millis) {
		synchronized (this.signal) {
			try {
				this.signal.wait(millis);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	private static Thread daemon(String name, Runnable body) {
		Thread thread = new Thread(body, name);
		thread.setDaemon(true);
		thread.start();
		return thread;
	}

	private static void join(@Nullable Thread thread) {
		if (thread == null) {
			return;
		}
		thread.interrupt();
		try {
			thread.join(10_000);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	record PreparedBatch(List<IndexOutbox.Entry> entries, List<PreparedEntry> prepared, Set<String> deletes) {

		/**
		 * The batch in two of about as many documents each, every document's entries in
		 * one of them; the batch itself when it holds fewer than two documents.
		 */
		List<PreparedBatch> halves() {
			List<Long> documents = this.entries.stream().map(IndexOutbox.Entry::documentId).distinct().toList();
			if (documents.size() < 2) {
				return List.of(this);
			}
			Set<String> first = new HashSet<>();
			documents.subList(0, documents.size() / 2).forEach((id) -> first.add(Long.toString(id)));
			return List.of(part(first, true), part(first, false));
		}

		private PreparedBatch part(Set<String> first, boolean inFirst) {
			List<IndexOutbox.Entry> entries = this.entries.stream()
				.filter((e) -> first.contains(Long.toString(e.documentId())) == inFirst)
				.toList();
			List<PreparedEntry> prepared = this.prepared.stream()
				.filter((e) -> first.contains(e.documentId()) == inFirst)
				.toList();
			Set<String> deletes = new LinkedHashSet<>();
			this.deletes.stream().filter((id) -> first.contains(id) == inFirst).forEach(deletes::add);
			return new PreparedBatch(entries, prepared, deletes);
		}

		/** The documents the batch writes or removes. */
		Set<String> documents() {
			Set<String> documents = new HashSet<>(this.deletes);
			this.entries.forEach((e) -> documents.add(Long.toString(e.documentId())));
			return documents;
		}

	}

}
