package cn.guifan.registry.indexing;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import cn.guifan.registry.config.GuifanProperties;
import cn.guifan.registry.document.Documents;
import cn.guifan.registry.elasticsearch.SearchBackend;
import cn.guifan.search.analysis.ChineseAnalyzer;
import cn.guifan.search.index.BulkOutcome;
import cn.guifan.search.index.DocumentIndex;
import cn.guifan.search.index.PreparedEntry;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Rebuilds the search index from the database and swaps it in behind the alias while
 * searches go on: Elasticsearch is an index, and everything in it comes from the
 * registry.
 * <ol>
 * <li>Take the rebuild lease on the alias ({@link IndexRebuilds}): from now on no outbox
 * indexer, in any process, claims entries; changes made during the rebuild wait in the
 * outbox.</li>
 * <li>Delete indices an earlier rebuild left behind, and create a new concrete index with
 * the current definition ({@link DocumentIndex#createIndex}), refreshing never while it
 * is filled.</li>
 * <li>Read every document from the database in id order ({@link IndexEntryLoader}),
 * segment the next batch on a pool of threads while the current one is in Elasticsearch,
 * write to the new index, and record progress (renewing the lease) after every
 * batch.</li>
 * <li>A document the new index rejects (a value it cannot take) does not hold back the
 * others: it is kept in the outbox with the error, reported on the registrar page and
 * tried again after the swap; the rebuild's message names it.</li>
 * <li>Refresh the new index, wait until no indexer has a batch in flight, and switch the
 * alias to it in one atomic request ({@link DocumentIndex#switchAlias}): a search sees
 * the old index or the new one, never none. The old index is deleted a few seconds later,
 * so that searches which resolved the alias just before the swap finish on it.</li>
 * <li>Release the lease: the indexers apply the changes that waited, now to the new
 * index.</li>
 * </ol>
 * A plain job rather than a Spring Batch job: a rebuild is one unit (it is swapped in
 * whole or thrown away), so restarting from a chunk would add nothing, and its progress
 * is in the database where any process can read it.
 */
@Component
public class ReindexJob {

	private static final Logger logger = LoggerFactory.getLogger(ReindexJob.class);

	private static final int BATCH_SIZE = 100;

	private static final Duration INDEXERS_WAIT = IndexRebuilds.LEASE.plusSeconds(10);

	private final SearchBackend backend;

	private final IndexEntryLoader loader;

	private final IndexRebuilds rebuilds;

	private final IndexOutbox outbox;

	private final Documents documents;

	private final ChineseAnalyzer analyzer;

	private final GuifanProperties.Indexer settings;

	private final Duration oldIndexGrace;

	ReindexJob(SearchBackend backend, IndexEntryLoader loader, IndexRebuilds rebuilds, IndexOutbox outbox,
			Documents documents, ChineseAnalyzer analyzer, GuifanProperties properties) {
		this.backend = backend;
		this.loader = loader;
		this.rebuilds = rebuilds;
		this.outbox = outbox;
		this.documents = documents;
		this.analyzer = analyzer;
		this.settings = properties.indexer();
		this.oldIndexGrace = properties.reindex().oldIndexGrace();
	}

	/**
	 * Runs a rebuild to the end in the calling thread.
	 * @param listener told of progress after every batch
	 * @throws ReindexException when another rebuild runs, or this one failed (the live
	 * index is then unchanged)
	 */
	public Result run(Listener listener) {
		String alias = this.backend.alias();
		String owner = ManagementFactory.getRuntimeMXBean().getName() + "/"
				+ UUID.randomUUID().toString().substring(0, 8);
		Optional<IndexRebuilds.RebuildStatus> other = this.rebuilds.acquire(alias, owner);
		if (other.isPresent()) {
			throw new ReindexException("另一个重建索引任务正在运行（" + other.get().owner() + "，开始于 " + other.get().startedAt()
					+ "，已完成 " + other.get().done() + "/" + other.get().total() + "）");
		}
		long started = System.nanoTime();
		DocumentIndex index = this.backend.index();
		String newIndex = null;
		Progress progress = new Progress(alias, owner, listener);
		try {
			this.backend.ensureIndex();
			Set<String> orphans = index.orphanIndices();
			if (!orphans.isEmpty()) {
				logger.info("Deleting indices left by an earlier rebuild: {}", orphans);
				index.deleteIndices(orphans);
			}
			progress.update(IndexRebuilds.Phase.WAITING_FOR_INDEXERS, null);
			awaitIndexers(progress);
			newIndex = index.createIndex();
			index.refreshInterval(newIndex, "-1");
			progress.total = this.documents.count();
			progress.update(IndexRebuilds.Phase.BUILDING, newIndex);
			Map<String, String> rejected = fill(index, newIndex, progress);
			rejected.forEach((id, error) -> this.outbox.rejectedByRebuild(Long.parseLong(id), error));
			index.refreshInterval(newIndex, "1s");
			index.refresh(newIndex);
			long entries = index.count(newIndex);
			progress.update(IndexRebuilds.Phase.SWAPPING, newIndex);
			awaitIndexers(progress);
			Set<String> old = index.switchAlias(newIndex);
			String built = newIndex;
			newIndex = null;
			Duration took = Duration.ofNanos(System.nanoTime() - started);
			String message = "已重建索引 " + built + "：" + progress.done + " 个文件，" + entries + " 个条目，用时 " + took.toSeconds()
					+ " 秒"
					+ (rejected.isEmpty() ? ""
							: "；新索引拒收了 " + rejected.size() + " 个文件（编号 "
									+ String.join("、", rejected.keySet().stream().limit(10).toList())
									+ "），已在“登记管理”页列出，修正后自动重试");
			this.rebuilds.finish(alias, owner, true, message);
			logger.info(message);
			deleteLater(index, old);
			return new Result(built, progress.done, entries, old, took);
		}
		catch (RuntimeException ex) {
			if (newIndex != null) {
				try {
					index.deleteIndices(List.of(newIndex));
				}
				catch (RuntimeException cleanup) {
					ex.addSuppressed(cleanup);
				}
			}
			String message = (ex instanceof ReindexException) ? String.valueOf(ex.getMessage())
					: "重建索引失败：" + ex.getMessage();
			this.rebuilds.finish(alias, owner, false, message);
			throw (ex instanceof ReindexException r) ? r : new ReindexException(message, ex);
		}
	}

	private Map<String, String> fill(DocumentIndex index, String target, Progress progress) {
		Map<String, String> rejected = new LinkedHashMap<>();
		ExecutorService writer = Executors.newSingleThreadExecutor((r) -> {
			Thread t = new Thread(r, "guifan-reindex-write");
			t.setDaemon(true);
			return t;
		});
		try (EntryPreparer preparer = new EntryPreparer(this.analyzer, this.settings.threads(),
				"guifan-reindex-segment")) {
			long after = 0;
			CompletableFuture<BulkOutcome> inFlight = null;
			int inFlightDocuments = 0;
			while (true) {
				List<Long> ids = this.documents.idsAfter(after, BATCH_SIZE);
				if (ids.isEmpty()) {
					break;
				}
				after = ids.get(ids.size() - 1);
				// Bounded by the texts' characters too: a batch being written and one
				// being prepared are in memory at once, whatever their documents'
				// lengths.
				Map<Long, Long> chars = this.loader.indexedChars(ids);
				for (List<Long> part : TextBudget.split(ids, (id) -> chars.getOrDefault(id, 0L),
						this.settings.batchMaxChars())) {
					List<PreparedEntry> prepared = preparer.prepare(this.loader.load(part));
					if (inFlight != null) {
						collect(inFlight, rejected, progress, inFlightDocuments);
					}
					inFlight = CompletableFuture.supplyAsync(() -> index.write(target, prepared, List.of()), writer);
					inFlightDocuments = part.size();
				}
			}
			if (inFlight != null) {
				collect(inFlight, rejected, progress, inFlightDocuments);
			}
			return rejected;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new ReindexException("重建索引被中断", ex);
		}
		finally {
			writer.shutdownNow();
		}
	}

	private void collect(CompletableFuture<BulkOutcome> write, Map<String, String> rejected, Progress progress,
			int documents) {
		BulkOutcome outcome;
		try {
			outcome = write.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new ReindexException("重建索引被中断", ex);
		}
		catch (ExecutionException ex) {
			throw (ex.getCause() instanceof RuntimeException r) ? r : new IllegalStateException(ex.getCause());
		}
		rejected.putAll(outcome.failed());
		progress.done += documents;
		progress.failed = rejected.size();
		progress.update(IndexRebuilds.Phase.BUILDING, progress.target);
	}

	/**
	 * Waits until no indexer has a batch in flight (claims are leases, so a dead
	 * indexer's claim runs out too), renewing the rebuild's lease meanwhile.
	 */
	private void awaitIndexers(Progress progress) {
		long deadline = System.nanoTime() + INDEXERS_WAIT.toNanos();
		while (this.outbox.claimedNow() > 0) {
			if (System.nanoTime() > deadline) {
				throw new ReindexException("等待索引写入线程超时：仍有已领取的待索引文件");
			}
			progress.update(progress.phase, progress.target);
			try {
				Thread.sleep(200);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new ReindexException("重建索引被中断", ex);
			}
		}
	}

	/**
	 * Deletes the old indices after a grace period, so searches that resolved the alias
	 * just before the swap can finish on them.
	 */
	private void deleteLater(DocumentIndex index, Set<String> old) {
		if (old.isEmpty()) {
			return;
		}
		try {
			Thread.sleep(this.oldIndexGrace.toMillis());
			index.deleteIndices(old);
			logger.info("Deleted the old indices {}", old);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (RuntimeException ex) {
			logger.warn("Could not delete the old indices {} (the next rebuild will): {}", old, ex.getMessage());
		}
	}

	/** Told of a rebuild's progress after every batch. */
	@FunctionalInterface
	public interface Listener {

		void progress(IndexRebuilds.Phase phase, long total, long done, long failed);

		static Listener none() {
			return (phase, total, done, failed) -> {
			};
		}

	}

	/**
	 * A finished rebuild.
	 *
	 * @param index the new concrete index, now behind the alias
	 * @param documents documents indexed
	 * @param entries entries (document versions) in the new index
	 * @param replaced the indices the alias pointed at before (deleted shortly after)
	 * @param took how long it took
	 */
	public record Result(String index, long documents, long entries, Set<String> replaced, Duration took) {
	}

	/** A rebuild that could not run or did not finish; the live index is unchanged. */
	public static class ReindexException extends RuntimeException {

		public ReindexException(String message) {
			super(message);
		}

		public ReindexException(String message, @Nullable Throwable cause) {
			super(message, cause);
		}

	}

	private final class Progress {

		private final String alias;

		private final String owner;

		private final Listener listener;

		private IndexRebuilds.Phase phase = IndexRebuilds.Phase.STARTING;

		private @Nullable String target;

		private long total;

		private long done;

		private long failed;

		Progress(String alias, String owner, Listener listener) {
			this.alias = alias;
			this.owner = owner;
			this.listener = listener;
		}

		void update(IndexRebuilds.Phase newPhase, @Nullable String newTarget) {
			this.phase = newPhase;
			this.target = newTarget;
			ReindexJob.this.rebuilds.progress(this.alias, this.owner, newPhase, newTarget, this.total, this.done,
					this.failed);
			this.listener.progress(newPhase, this.total, this.done, this.failed);
		}

	}

}
