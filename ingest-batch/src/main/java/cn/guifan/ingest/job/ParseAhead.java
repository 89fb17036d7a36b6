package cn.guifan.ingest.job;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;

import cn.guifan.ingest.sink.IngestedDocument;
import cn.guifan.ingest.source.SourceFileItem;
import cn.guifan.ingest.source.SourceItems;
import org.jspecify.annotations.Nullable;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Reads files ahead of the step and starts parsing them on the parser threads, so that
 * the next chunk is being parsed while the step stores the current one (storing runs on
 * one thread; without this the parser threads waited for it).
 * <p>
 * The step still reads, processes and writes items in the order of the directory: this
 * reader hands on the files in order, and {@link #take} (the step's processor) returns
 * each file's result, or throws what parsing it threw, so the skip policy and the skip
 * listener see exactly what they saw when the step parsed the file itself. What the step
 * has not taken yet is never checkpointed: the saved position is that of the last file
 * handed on, so a restarted run reads the files parsed ahead again. At most {@code depth}
 * files are parsed ahead of the step, which bounds the memory their texts take.
 */
// Not final: step scope proxies it.
public class ParseAhead implements ItemStreamReader<SourceFileItem> {

	private final SourceFileReader files;

	private final ItemProcessor<SourceFileItem, IngestedDocument> parser;

	private final Executor executor;

	private final int depth;

	/** Read from the directory, being parsed, not handed on to the step yet. */
	private final Deque<Ahead> ahead = new ArrayDeque<>();

	/** Handed on to the step, its result not taken yet. */
	private final Map<SourceFileItem, Future<@Nullable IngestedDocument>> handed = new HashMap<>();

	private SourceItems.@Nullable Position handedUpTo;

	private boolean exhausted;

	/**
	 * @param files the files of the run
	 * @param parser what to do with each file (Tika, metadata), run on the executor
	 * @param executor the parser threads
	 * @param depth how many files at most are read and parsed ahead of the step
	 */
	public ParseAhead(SourceFileReader files, ItemProcessor<SourceFileItem, IngestedDocument> parser, Executor executor,
			int depth) {
		if (depth < 1) {
			throw new IllegalArgumentException("depth must be at least 1");
		}
		this.files = files;
		this.parser = parser;
		this.executor = executor;
		this.depth = depth;
	}

	@Override
	public void open(ExecutionContext context) {
		this.files.open(context);
		this.handedUpTo = this.files.position();
		this.exhausted = false;
	}

	@Override
	public @Nullable SourceFileItem read() {
		fill();
		Ahead next = this.ahead.poll();
		if (next == null) {
			return null;
		}
		this.handed.put(next.item(), next.result());
		this.handedUpTo = next.position();
		fill();
		return next.item();
	}

	/**
	 * The result of parsing a file this reader handed on: its document, {@code null} when
	 * it was filtered out (already in the registry), or what parsing it threw.
	 */
	public @Nullable IngestedDocument take(SourceFileItem item) throws Exception {
		Future<@Nullable IngestedDocument> result = this.handed.remove(item);
		if (result == null) {
			// Not parsed ahead (an item the step processes again): parse it here.
			return this.parser.process(item);
		}
		try {
			return result.get();
		}
		catch (ExecutionException ex) {
			Throwable cause = (ex.getCause() != null) ? ex.getCause() : ex;
			if (cause instanceof Exception e) {
				throw e;
			}
			if (cause instanceof Error e) {
				throw e;
			}
			throw ex;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw ex;
		}
	}

	private void fill() {
		while (!this.exhausted && this.ahead.size() < this.depth) {
			SourceFileItem item = this.files.read();
			if (item == null) {
				this.exhausted = true;
				return;
			}
			FutureTask<@Nullable IngestedDocument> task = new FutureTask<>(() -> this.parser.process(item));
			SourceItems.Position position = this.files.position();
			this.ahead.add(new Ahead(item, (position != null) ? position : new SourceItems.Position(0, 0), task));
			this.executor.execute(task);
		}
	}

	@Override
	public void update(ExecutionContext context) {
		if (this.handedUpTo != null) {
			SourceFileReader.save(context, this.handedUpTo);
		}
	}

	@Override
	public void close() {
		// Files still being parsed finish on their own (interrupting Tika midway is not
		// safe); those not started never start. Their results are dropped: a restarted
		// run reads them again.
		this.ahead.forEach((a) -> a.result().cancel(false));
		this.ahead.clear();
		this.handed.values().forEach((f) -> f.cancel(false));
		this.handed.clear();
		this.handedUpTo = null;
		this.files.close();
	}

	/** A file read ahead, where the reader stood after it, its parse. */
	private record Ahead(SourceFileItem item, SourceItems.Position position,
			Future<@Nullable IngestedDocument> result) {
	}

}
