package cn.guifan.registry.operations;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import cn.guifan.registry.lifecycle.SweepRuns;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class ExpirySweepHealthIndicatorTest {

	static final Instant NOW = Instant.parse("2026-12-06T08:00:00Z");

	final SweepRuns sweeps = mock(SweepRuns.class);

	final ExpirySweepHealthIndicator indicator = new ExpirySweepHealthIndicator(this.sweeps,
			new OperationsProperties(Duration.ofMinutes(30), Duration.ofHours(49), null),
			Clock.fixed(NOW, ZoneOffset.UTC));

	@Test
	void noSweepYetIsUnknown() {
		when(this.sweeps.lastCompleted()).thenReturn(Optional.empty());
		Health health = this.indicator.health();
		assertThat(health.getStatus()).isEqualTo(Status.UNKNOWN);
		assertThat((String) health.getDetails().get("message")).contains("尚未运行");
	}

	@Test
	void lastNightsSweepIsUp() {
		when(this.sweeps.lastCompleted()).thenReturn(Optional.of(NOW.minus(Duration.ofHours(6))));
		Health health = this.indicator.health();
		assertThat(health.getStatus()).isEqualTo(Status.UP);
		assertThat(health.getDetails()).containsEntry("ageSeconds", 6 * 3600L);
	}

	@Test
	void aSweepMissedForDaysIsOutOfService() {
		when(this.sweeps.lastCompleted()).thenReturn(Optional.of(NOW.minus(Duration.ofDays(3))));
		Health health = this.indicator.health();
		assertThat(health.getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
		assertThat((String) health.getDetails().get("message")).startsWith("到期清理已有 3 天没有完成");
	}

}
