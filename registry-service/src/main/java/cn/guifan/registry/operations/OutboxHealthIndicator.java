package cn.guifan.registry.operations;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import cn.guifan.registry.indexing.OutboxBacklog;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Health component {@code outbox}: how far the search index lags behind the database.
 * {@code OUT_OF_SERVICE} when the oldest entry waits longer than
 * {@code guifan.operations.outbox-max-age} (searches answer from an old state); entries
 * given up are reported, and are what {@code ./guifan reindex} or the indexing report
 * deals with.
 */
@Component
class OutboxHealthIndicator implements HealthIndicator {

	private final OutboxBacklog backlog;

	private final OperationsProperties properties;

	private final Clock clock;

	OutboxHealthIndicator(OutboxBacklog backlog, OperationsProperties properties, Clock clock) {
		this.backlog = backlog;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	public Health health() {
		OutboxBacklog.Backlog now = this.backlog.current();
		Health.Builder health = Health.up().withDetail("pending", now.pending()).withDetail("failed", now.failed());
		if (now.oldestPending().isEmpty()) {
			return health.withDetail("message", "检索索引与登记库一致").build();
		}
		Instant oldest = now.oldestPending().get();
		Duration age = Duration.between(oldest, this.clock.instant());
		health.withDetail("oldestPending", oldest.toString()).withDetail("oldestAgeSeconds", age.toSeconds());
		if (age.compareTo(this.properties.outboxMaxAge()) > 0) {
			return health.outOfService()
				.withDetail("message",
						"检索索引落后于登记库：最早的待索引变更已等待 " + Durations.chinese(age) + "，超过 "
								+ Durations.chinese(this.properties.outboxMaxAge()) + "（请检查 Elasticsearch 是否可用）")
				.build();
		}
		return health.withDetail("message", "有 " + now.pending() + " 个文件的变更正在写入检索索引").build();
	}

}
