package cn.guifan.registry.citation;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import cn.guifan.registry.common.ServiceBusyException;

/**
 * Lets a bounded number of uploads be parsed at once. One more waits up to
 * {@code queueWait} for a place, then is refused as busy: a crowd of uploads costs the
 * service a fixed share of its threads and memory, never all of it.
 */
final class ParseGate {

	private final Semaphore places;

	private final Duration queueWait;

	ParseGate(int places, Duration queueWait) {
		this.places = new Semaphore(places, true);
		this.queueWait = queueWait;
	}

	/** A place, to be closed when the parse is done. */
	Place enter() {
		boolean entered;
		try {
			entered = this.places.tryAcquire(this.queueWait.toNanos(), TimeUnit.NANOSECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			entered = false;
		}
		if (!entered) {
			throw new ServiceBusyException("正在核查的上传文件过多，请稍后再试（也可以直接粘贴文稿的文字）", this.queueWait.plusSeconds(3));
		}
		return this.places::release;
	}

	/** Places free now. */
	int free() {
		return this.places.availablePermits();
	}

	/** A place taken in the gate. */
	interface Place extends AutoCloseable {

		@Override
		void close();

	}

}
