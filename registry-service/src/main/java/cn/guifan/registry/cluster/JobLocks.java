package cn.guifan.registry.cluster;

import java.lang.management.ManagementFactory;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Runs a scheduled job on one instance only when several share the database. Each
 * instance fires its schedule; the first to take the job's lease (a row of
 * {@code job_lock} whose {@code locked_until} has passed) runs it, the others skip that
 * firing. The lease is held at least {@code atLeast} after the start, so an instance
 * whose clock or scheduler is a little late does not run the job a second time, and at
 * most {@code atMost}, so a job whose instance died is not blocked for longer. The
 * database decides, on H2 and on PostgreSQL alike: the conditional update takes the row
 * for one writer at a time, and a row that is not there yet is inserted by one of them
 * (the primary key refuses the other).
 */
@Component
public class JobLocks {

	private static final Logger logger = LoggerFactory.getLogger(JobLocks.class);

	private final JdbcClient jdbc;

	private final Clock clock;

	private final String instance;

	JobLocks(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.instance = ManagementFactory.getRuntimeMXBean().getName() + "/"
				+ UUID.randomUUID().toString().substring(0, 8);
	}

	/** A job that may throw. */
	@FunctionalInterface
	public interface Job {

		void run() throws Exception;

	}

	/**
	 * Runs {@code job} unless another instance holds its lease; returns whether it ran
	 * here.
	 */
	public boolean runOnce(String name, Duration atLeast, Duration atMost, Job job) throws Exception {
		Instant start = this.clock.instant();
		if (!acquire(name, start, start.plus(atMost))) {
			logger.info("Job {} skipped: another instance holds it", name);
			return false;
		}
		try {
			job.run();
			return true;
		}
		finally {
			Instant earliest = start.plus(atLeast);
			Instant now = this.clock.instant();
			release(name, now.isAfter(earliest) ? now : earliest);
		}
	}

	/** Who holds the job's lease now, if anyone (for tests and operators). */
	public java.util.Optional<String> holder(String name) {
		return this.jdbc.sql("SELECT locked_by FROM job_lock WHERE name = ? AND locked_until > ?")
			.params(name, Timestamp.from(this.clock.instant()))
			.query(String.class)
			.optional();
	}

	/** This instance's name in {@code job_lock.locked_by}. */
	public String instance() {
		return this.instance;
	}

	boolean acquire(String name, Instant now, Instant until) {
		int taken = this.jdbc.sql("""
				UPDATE job_lock SET locked_by = ?, locked_at = ?, locked_until = ?
				 WHERE name = ? AND locked_until <= ?
				""")
			.params(this.instance, Timestamp.from(now), Timestamp.from(until), name, Timestamp.from(now))
			.update();
		if (taken == 1) {
			return true;
		}
		try {
			this.jdbc.sql("INSERT INTO job_lock (name, locked_by, locked_at, locked_until) VALUES (?, ?, ?, ?)")
				.params(name, this.instance, Timestamp.from(now), Timestamp.from(until))
				.update();
			return true;
		}
		catch (DuplicateKeyException ex) {
			// The row is there and its lease runs: held by another instance (or by this
			// one, for a run that has not ended).
			return false;
		}
	}

	void release(String name, Instant until) {
		this.jdbc.sql("UPDATE job_lock SET locked_until = ? WHERE name = ? AND locked_by = ?")
			.params(Timestamp.from(until), name, this.instance)
			.update();
	}

}
