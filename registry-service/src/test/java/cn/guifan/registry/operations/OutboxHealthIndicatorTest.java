package cn.guifan.registry.operations;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import cn.guifan.registry.indexing.OutboxBacklog;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class OutboxHealthIndicatorTest {

	static final Instant NOW = Instant.parse("2026-12-06T08:00:00Z");

	final OutboxBacklog backlog = mock(OutboxBacklog.class);

	final OutboxHealthIndicator indicator = new OutboxHealthIndicator(this.backlog,
			new OperationsProperties(Duration.ofMinutes(30), Duration.ofHours(49), null),
			Clock.fixed(NOW, ZoneOffset.UTC));

	@Test
	void anEmptyOutboxIsUp() {
		when(this.backlog.current()).thenReturn(new OutboxBacklog.Backlog(0, 0, Optional.empty()));
		Health health = this.indicator.health();
		assertThat(health.getStatus()).isEqualTo(Status.UP);
		assertThat(health.getDetails()).containsEntry("pending", 0L).containsEntry("message", "检索索引与登记库一致");
	}

	@Test
	void aYoungBacklogIsUp() {
		when(this.backlog.current())
			.thenReturn(new OutboxBacklog.Backlog(12, 0, Optional.of(NOW.minus(Duration.ofMinutes(5)))));
		Health health = this.indicator.health();
		assertThat(health.getStatus()).isEqualTo(Status.UP);
		assertThat(health.getDetails()).containsEntry("pending", 12L).containsEntry("oldestAgeSeconds", 300L);
	}

	@Test
	void aBacklogOlderThanTheThresholdIsOutOfService() {
		when(this.backlog.current())
			.thenReturn(new OutboxBacklog.Backlog(3, 1, Optional.of(NOW.minus(Duration.ofMinutes(45)))));
		Health health = this.indicator.health();
		assertThat(health.getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
		assertThat(health.getDetails()).containsEntry("failed", 1L)
			.containsEntry("message", "检索索引落后于登记库：最早的待索引变更已等待 45 分钟，超过 30 分钟（请检查 Elasticsearch 是否可用）");
	}

}
