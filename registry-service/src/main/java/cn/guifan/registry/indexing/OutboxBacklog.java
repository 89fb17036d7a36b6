package cn.guifan.registry.indexing;

import java.time.Instant;
import java.util.Optional;

import cn.guifan.registry.config.GuifanProperties;
import org.springframework.stereotype.Component;

/**
 * How far the search index lags behind the database, for health checks and metrics: the
 * outbox entries still to be indexed, the oldest of them, and the entries given up.
 */
@Component
public class OutboxBacklog {

	private final IndexOutbox outbox;

	private final int maxAttempts;

	OutboxBacklog(IndexOutbox outbox, GuifanProperties properties) {
		this.outbox = outbox;
		this.maxAttempts = properties.indexer().maxAttempts();
	}

	/** The backlog now. */
	public Backlog current() {
		return new Backlog(this.outbox.pending(this.maxAttempts), this.outbox.failed(this.maxAttempts),
				this.outbox.oldestPending(this.maxAttempts));
	}

	/**
	 * The outbox at one moment.
	 *
	 * @param pending entries still to be indexed (due or backing off)
	 * @param failed entries given up after the last attempt
	 * @param oldestPending when the oldest pending entry was enqueued
	 */
	public record Backlog(long pending, long failed, Optional<Instant> oldestPending) {

	}

}
