package cn.guifan.ingest.text;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs each parse in a worker thread with a deadline, because Java cannot stop a thread
 * that is stuck in a parser's loop.
 * <p>
 * The caller waits at most the timeout. A parse that overruns is <em>abandoned</em>: it
 * is interrupted, the caller's {@code onAbandon} action runs (the extractor closes the
 * file under the parser, which ends most stuck parses with an I/O error within
 * milliseconds), and the caller gets a {@link TimeoutException} at once. An abandoned
 * parse that still runs keeps its thread and its memory. At most {@code maxAbandoned} of
 * them may run at once: beyond that, the process is no longer healthy, and {@link #run}
 * throws {@link ParsersExhaustedException}, which is not a per-file problem: an ingest
 * run stops there (and resumes from its last chunk when run again, in a fresh process).
 * <p>
 * Worker threads are pooled (idle ones end after a minute), so Tika's per-thread caches
 * survive from one file to the next. Cost: one thread hand-off per file, a few
 * microseconds.
 */
public final class ParseWatchdog {

	private static final int RUNNING = 0;

	private static final int DONE = 1;

	private static final int ABANDONED = 2;

	private final Duration timeout;

	private final int maxAbandoned;

	private final AtomicInteger abandoned = new AtomicInteger();

	private final ThreadPoolExecutor workers;

	public ParseWatchdog(Duration timeout, int maxAbandoned) {
		this.timeout = timeout;
		this.maxAbandoned = maxAbandoned;
		AtomicInteger count = new AtomicInteger();
		this.workers = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 60, TimeUnit.SECONDS, new SynchronousQueue<>(),
				(runnable) -> {
					Thread thread = new Thread(runnable, "guifan-parse-" + count.incrementAndGet());
					thread.setDaemon(true);
					return thread;
				});
	}

	/**
	 * Runs the task within the timeout.
	 * @throws TimeoutException when the task overran; it has been abandoned
	 * @throws ExecutionException what the task threw
	 * @throws ParsersExhaustedException when too many abandoned parses still run
	 */
	public <T> T run(Callable<T> task, Runnable onAbandon)
			throws TimeoutException, ExecutionException, InterruptedException {
		int stuck = this.abandoned.get();
		if (stuck >= this.maxAbandoned) {
			throw new ParsersExhaustedException(stuck);
		}
		AtomicInteger state = new AtomicInteger(RUNNING);
		Future<T> future = this.workers.submit(() -> {
			try {
				return task.call();
			}
			finally {
				if (!state.compareAndSet(RUNNING, DONE)) {
					this.abandoned.decrementAndGet();
				}
			}
		});
		try {
			return future.get(this.timeout.toNanos(), TimeUnit.NANOSECONDS);
		}
		catch (TimeoutException ex) {
			if (!state.compareAndSet(RUNNING, ABANDONED)) {
				// It finished just now.
				return future.get();
			}
			this.abandoned.incrementAndGet();
			future.cancel(true);
			onAbandon.run();
			throw ex;
		}
		catch (InterruptedException ex) {
			if (state.compareAndSet(RUNNING, ABANDONED)) {
				this.abandoned.incrementAndGet();
				future.cancel(true);
				onAbandon.run();
			}
			throw ex;
		}
	}

	/** Abandoned parses still running. */
	public int abandoned() {
		return this.abandoned.get();
	}

	public Duration timeout() {
		return this.timeout;
	}

	/** Too many parses overran and still run: this process should not parse any more. */
	public static final class ParsersExhaustedException extends IllegalStateException {

		private static final long serialVersionUID = 1L;

		ParsersExhaustedException(int stuck) {
			super("已有 " + stuck + " 个超时的解析仍在后台运行，为保护本进程停止解析；再次运行同一命令，将在新进程中从中断处继续");
		}

	}

}
