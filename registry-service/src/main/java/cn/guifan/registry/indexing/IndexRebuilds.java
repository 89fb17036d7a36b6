package cn.guifan.registry.indexing;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The record of index rebuilds ({@code index_rebuild}): the lease a running rebuild holds
 * on an alias, its progress for anyone who asks (the command line that started it, the
 * API of another process), and how the last one ended.
 * <p>
 * While a rebuild holds the lease, {@link IndexOutbox#claim} claims nothing for that
 * alias, in any process: changes made during the rebuild wait in the outbox and are
 * indexed into the new index once it is swapped in.
 */
@Component
public class IndexRebuilds {

	/** How long a lease lasts unless renewed; a rebuild renews it with every batch. */
	static final Duration LEASE = Duration.ofMinutes(2);

	static final String RUNNING = "RUNNING";

	static final String SWAPPED = "SWAPPED";

	static final String FAILED = "FAILED";

	private final JdbcClient jdbc;

	private final Clock clock;

	public IndexRebuilds(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Takes the lease on an alias for a new rebuild; empty when another rebuild holds it,
	 * with that rebuild's status.
	 */
	Optional<RebuildStatus> acquire(String alias, String owner) {
		Instant now = this.clock.instant();
		Timestamp nowTs = Timestamp.from(now);
		Timestamp until = Timestamp.from(now.plus(LEASE));
		int taken = this.jdbc.sql("""
				UPDATE index_rebuild SET status = ?, owner = ?, target_index = NULL, phase = ?, total = 0, done = 0,
				       failed = 0, message = NULL, started_at = ?, lease_until = ?, finished_at = NULL
				 WHERE alias = ? AND (status <> ? OR lease_until < ?)
				""").params(RUNNING, owner, Phase.STARTING.name(), nowTs, until, alias, RUNNING, nowTs).update();
		if (taken == 1) {
			return Optional.empty();
		}
		try {
			this.jdbc.sql("""
					INSERT INTO index_rebuild (alias, status, owner, phase, started_at, lease_until)
					VALUES (?, ?, ?, ?, ?, ?)
					""").params(alias, RUNNING, owner, Phase.STARTING.name(), nowTs, until).update();
			return Optional.empty();
		}
		catch (DuplicateKeyException ex) {
			return Optional.of(current(alias).orElseThrow());
		}
	}

	/** Records progress and renews the lease. */
	void progress(String alias, String owner, Phase phase, @Nullable String targetIndex, long total, long done,
			long failed) {
		Instant now = this.clock.instant();
		int updated = this.jdbc.sql("""
				UPDATE index_rebuild SET phase = ?, target_index = ?, total = ?, done = ?, failed = ?, lease_until = ?
				 WHERE alias = ? AND owner = ? AND status = ?
				""")
			.param(phase.name())
			.param(targetIndex)
			.param(total)
			.param(done)
			.param(failed)
			.param(Timestamp.from(now.plus(LEASE)))
			.param(alias)
			.param(owner)
			.param(RUNNING)
			.update();
		if (updated != 1) {
			throw new IllegalStateException("重建索引的租约已失效（别的任务接管了别名 " + alias + "）");
		}
	}

	/** Ends a rebuild, releasing the lease. */
	void finish(String alias, String owner, boolean swapped, String message) {
		Timestamp now = Timestamp.from(this.clock.instant());
		this.jdbc.sql("""
				UPDATE index_rebuild SET status = ?, phase = ?, message = ?, finished_at = ?, lease_until = ?
				 WHERE alias = ? AND owner = ?
				""")
			.params(swapped ? SWAPPED : FAILED, swapped ? Phase.DONE.name() : Phase.FAILED.name(),
					(message.length() > 1900) ? message.substring(0, 1900) : message, now, now, alias, owner)
			.update();
	}

	/** Whether a rebuild holds the lease on the alias now. */
	public boolean isRebuilding(String alias) {
		return current(alias).map(RebuildStatus::running).orElse(false);
	}

	/** The running rebuild of the alias, or the last one. */
	public Optional<RebuildStatus> current(String alias) {
		Instant now = this.clock.instant();
		return this.jdbc.sql("""
				SELECT status, owner, target_index, phase, total, done, failed, message, started_at, lease_until,
				       finished_at
				  FROM index_rebuild WHERE alias = ?
				""").param(alias).query((rs, i) -> {
			Instant leaseUntil = rs.getTimestamp("lease_until").toInstant();
			Timestamp finished = rs.getTimestamp("finished_at");
			boolean running = RUNNING.equals(rs.getString("status")) && leaseUntil.isAfter(now);
			String status = (RUNNING.equals(rs.getString("status")) && !running) ? "ABANDONED" : rs.getString("status");
			return new RebuildStatus(alias, status, running, rs.getString("owner"), rs.getString("target_index"),
					rs.getString("phase"), rs.getLong("total"), rs.getLong("done"), rs.getLong("failed"),
					rs.getString("message"), rs.getTimestamp("started_at").toInstant(),
					(finished != null) ? finished.toInstant() : null);
		}).optional();
	}

	/** The steps of a rebuild. */
	public enum Phase {

		STARTING, WAITING_FOR_INDEXERS, BUILDING, SWAPPING, DONE, FAILED

	}

	/**
	 * A rebuild, running or finished.
	 *
	 * @param alias the alias rebuilt
	 * @param status RUNNING, SWAPPED (done), FAILED, or ABANDONED (its process died)
	 * @param running whether it holds the lease now
	 * @param owner the process and run that holds or held it
	 * @param targetIndex the index being built
	 * @param phase what it is doing
	 * @param total document count to index
	 * @param done documents indexed so far
	 * @param failed documents the new index rejected
	 * @param message how it ended
	 * @param startedAt when it started
	 * @param finishedAt when it ended
	 */
	public record RebuildStatus(String alias, String status, boolean running, String owner,
			@Nullable String targetIndex, String phase, long total, long done, long failed, @Nullable String message,
			Instant startedAt, @Nullable Instant finishedAt) {
	}

}
