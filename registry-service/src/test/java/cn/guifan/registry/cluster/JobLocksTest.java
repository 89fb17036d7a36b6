package cn.guifan.registry.cluster;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The lease of a scheduled job, on an in-memory H2 database with the table as its
 * migration creates it: of two instances one runs, the lease outlives a short job by
 * {@code atLeast}, and a lease whose holder died is taken over after {@code atMost}.
 */
class JobLocksTest {

	private final MutableClock clock = new MutableClock(Instant.parse("2026-12-06T02:10:00Z"));

	private JobLocks first;

	private JobLocks second;

	@BeforeEach
	void database() throws Exception {
		SimpleDriverDataSource dataSource = new SimpleDriverDataSource(new org.h2.Driver(),
				"jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
		JdbcClient jdbc = JdbcClient.create(dataSource);
		jdbc.sql(Files.readString(Path.of("src/main/resources/db/migration/V38__job_lock.sql"), StandardCharsets.UTF_8))
			.update();
		this.first = new JobLocks(jdbc, this.clock);
		this.second = new JobLocks(jdbc, this.clock);
	}

	@Test
	void whileOneInstanceRunsTheJobTheOtherSkipsIt() throws Exception {
		AtomicInteger runs = new AtomicInteger();
		boolean ran = this.first.runOnce("sweep", Duration.ZERO, Duration.ofHours(1), () -> {
			runs.incrementAndGet();
			assertThat(this.second.runOnce("sweep", Duration.ZERO, Duration.ofHours(1), runs::incrementAndGet))
				.isFalse();
			assertThat(this.second.holder("sweep")).contains(this.first.instance());
		});
		assertThat(ran).isTrue();
		assertThat(runs).hasValue(1);
		this.clock.advance(Duration.ofSeconds(1));
		assertThat(this.second.runOnce("sweep", Duration.ZERO, Duration.ofHours(1), runs::incrementAndGet))
			.as("free again once the run ended")
			.isTrue();
		assertThat(runs).hasValue(2);
	}

	@Test
	void theLeaseOutlivesAShortRunByAtLeast() throws Exception {
		AtomicInteger runs = new AtomicInteger();
		this.first.runOnce("sweep", Duration.ofMinutes(5), Duration.ofHours(1), runs::incrementAndGet);
		this.clock.advance(Duration.ofSeconds(30));
		assertThat(this.second.runOnce("sweep", Duration.ofMinutes(5), Duration.ofHours(1), runs::incrementAndGet))
			.as("a late firing of the same night")
			.isFalse();
		this.clock.advance(Duration.ofMinutes(5));
		assertThat(this.second.runOnce("sweep", Duration.ofMinutes(5), Duration.ofHours(1), runs::incrementAndGet))
			.isTrue();
		assertThat(runs).hasValue(2);
	}

	@Test
	void aLeaseWhoseHolderDiedIsTakenOverAfterAtMost() throws Exception {
		assertThat(this.first.acquire("sweep", this.clock.instant(), this.clock.instant().plus(Duration.ofHours(1))))
			.isTrue();
		// The first instance dies without releasing.
		this.clock.advance(Duration.ofMinutes(59));
		assertThat(this.second.runOnce("sweep", Duration.ZERO, Duration.ofHours(1), () -> {
		})).isFalse();
		this.clock.advance(Duration.ofMinutes(2));
		assertThat(this.second.runOnce("sweep", Duration.ZERO, Duration.ofHours(1), () -> {
		})).isTrue();
	}

	@Test
	void aJobThatFailsReleasesItsLease() {
		assertThatThrownBy(() -> this.first.runOnce("sweep", Duration.ZERO, Duration.ofHours(1), () -> {
			throw new IllegalStateException("boom");
		})).hasMessage("boom");
		assertThat(this.second.holder("sweep")).isEmpty();
	}

	private static final class MutableClock extends Clock {

		private Instant now;

		MutableClock(Instant now) {
			this.now = now;
		}

		void advance(Duration duration) {
			this.now = this.now.plus(duration);
		}

		@Override
		public Instant instant() {
			return this.now;
		}

		@Override
		public java.time.ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

	}

}
