package cn.guifan.registry.operations;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Thresholds of the health checks and the scrape credential of the metrics.
 *
 * @param outboxMaxAge the oldest outbox entry may wait this long before the index counts
 * as lagging ({@code OUT_OF_SERVICE})
 * @param sweepMaxAge the last completed expiry sweep may be this old before statuses that
 * turn with the date count as stale ({@code OUT_OF_SERVICE}); the sweep runs nightly
 * @param scrapeToken when set, {@code Authorization: Bearer <token>} reads
 * {@code /actuator/prometheus} and the health details without an account
 */
@ConfigurationProperties("guifan.operations")
public record OperationsProperties(@DefaultValue("30m") Duration outboxMaxAge,
		@DefaultValue("49h") Duration sweepMaxAge, @Nullable String scrapeToken) {

}
