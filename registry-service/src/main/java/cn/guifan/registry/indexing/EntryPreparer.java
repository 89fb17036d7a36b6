package cn.guifan.registry.indexing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import cn.guifan.ingest.timing.StageEvent;
import cn.guifan.search.analysis.ChineseAnalyzer;
import cn.guifan.search.index.IndexEntry;
import cn.guifan.search.index.IndexSourceBuilder;
import cn.guifan.search.index.PreparedEntry;

/**
 * Turns index entries into index sources on a pool of threads: HanLP segmentation is
 * where the CPU of indexing goes. Used by the outbox indexer and by a rebuild, each with
 * a pool of its own.
 */
final class EntryPreparer implements AutoCloseable {

	private final IndexSourceBuilder builder;

	private final ExecutorService pool;

	EntryPreparer(ChineseAnalyzer analyzer, int threads, String threadName) {
		this.builder = new IndexSourceBuilder(analyzer);
		this.pool = Executors.newFixedThreadPool(Math.max(1, threads), (r) -> {
			Thread t = new Thread(r, threadName);
			t.setDaemon(true);
			return t;
		});
	}

	/** The entries' sources, in order; a single entry is prepared in the caller. */
	List<PreparedEntry> prepare(List<IndexEntry> entries) throws InterruptedException {
		if (entries.size() < 2) {
			return entries.stream().map(this::prepare).toList();
		}
		List<Future<PreparedEntry>> futures = new ArrayList<>(entries.size());
		for (IndexEntry entry : entries) {
			futures.add(this.pool.submit(() -> prepare(entry)));
		}
		List<PreparedEntry> prepared = new ArrayList<>(entries.size());
		try {
			for (Future<PreparedEntry> future : futures) {
				prepared.add(future.get());
			}
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException("segmenting a document failed", ex.getCause());
		}
		finally {
			futures.forEach((f) -> f.cancel(true));
		}
		return prepared;
	}

	private PreparedEntry prepare(IndexEntry entry) {
		StageEvent timing = StageEvent.start(StageEvent.SEGMENT);
		PreparedEntry prepared = PreparedEntry.of(entry, this.builder);
		timing.finish();
		return prepared;
	}

	@Override
	public void close() {
		this.pool.shutdownNow();
	}

}
