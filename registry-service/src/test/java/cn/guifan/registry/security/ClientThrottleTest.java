package cn.guifan.registry.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Failed sign-ins counted per client address, whatever the accounts tried. */
class ClientThrottleTest {

	private Instant now = Instant.parse("2026-12-06T10:00:00Z");

	private final Clock clock = new Clock() {

		@Override
		public ZoneOffset getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return ClientThrottleTest.this.now;
		}

	};

	private final ClientThrottle throttle = new ClientThrottle(3, Duration.ofMinutes(15), this.clock);

	@Test
	void anAddressThatFailedTooOftenIsRefusedUntilTheWindowHasPassed() {
		for (int i = 0; i < 2; i++) {
			this.throttle.failed("10.0.0.1");
		}
		assertThatCode(() -> this.throttle.check("10.0.0.1")).doesNotThrowAnyException();
		this.throttle.failed("10.0.0.1");

		assertThatExceptionOfType(ClientThrottle.ClientThrottledException.class)
			.isThrownBy(() -> this.throttle.check("10.0.0.1"));
		assertThatCode(() -> this.throttle.check("10.0.0.2")).doesNotThrowAnyException();

		this.now = this.now.plus(Duration.ofMinutes(15));
		assertThatCode(() -> this.throttle.check("10.0.0.1")).doesNotThrowAnyException();
	}

	@Test
	void itRemembersABoundedNumberOfAddresses() {
		for (int i = 0; i < 3; i++) {
			this.throttle.failed("10.0.0.1");
		}
		for (int i = 0; i < ClientThrottle.MAX_CLIENTS; i++) {
			this.throttle.failed("192.168." + (i / 256) + "." + (i % 256));
		}
		// The oldest address was forgotten to keep the map bounded.
		assertThatCode(() -> this.throttle.check("10.0.0.1")).doesNotThrowAnyException();
	}

}
