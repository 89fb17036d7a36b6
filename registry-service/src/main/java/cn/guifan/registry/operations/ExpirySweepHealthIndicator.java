package cn.guifan.registry.operations;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import cn.guifan.registry.lifecycle.SweepRuns;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Health component {@code expirySweep}: how old the last completed expiry sweep is, i.e.
 * how current the statuses that turn with the date are. {@code OUT_OF_SERVICE} past
 * {@code guifan.operations.sweep-max-age}; {@code UNKNOWN} (which leaves the overall
 * status alone) when no sweep has run yet.
 */
@Component
class ExpirySweepHealthIndicator implements HealthIndicator {

	private final SweepRuns sweeps;

	private final OperationsProperties properties;

	private final Clock clock;

	ExpirySweepHealthIndicator(SweepRuns sweeps, OperationsProperties properties, Clock clock) {
		this.sweeps = sweeps;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	public Health health() {
		Optional<Instant> last = this.sweeps.lastCompleted();
		if (last.isEmpty()) {
			return Health.unknown().withDetail("message", "到期清理尚未运行过（每晚自动运行，也可在登记员页面手动运行）").build();
		}
		Duration age = Duration.between(last.get(), this.clock.instant());
		Health.Builder health = Health.up()
			.withDetail("lastCompleted", last.get().toString())
			.withDetail("ageSeconds", age.toSeconds());
		if (age.compareTo(this.properties.sweepMaxAge()) > 0) {
			return health.outOfService()
				.withDetail("message",
						"到期清理已有 " + Durations.chinese(age) + "没有完成，超过 "
								+ Durations.chinese(this.properties.sweepMaxAge()) + "：到期文件的状态可能未更新")
				.build();
		}
		return health.withDetail("message", "到期清理于 " + Durations.chinese(age) + "前完成").build();
	}

}
