package cn.guifan.registry.freshness;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.stream.Stream;

import cn.guifan.registry.audit.AuditLog;
import cn.guifan.registry.document.Documents;
import cn.guifan.registry.lifecycle.SweepRuns;
import cn.guifan.registry.lifecycle.Timelines;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * How current the registry is. Read from the database (another process, a command-line
 * ingest, may have changed it), and kept for a few seconds so that a busy page costs no
 * more queries than a quiet one.
 */
@Component
public class Freshness {

	private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	/** How long an answer is reused. */
	static final Duration KEEP = Duration.ofSeconds(5);

	private final Documents documents;

	private final Timelines timelines;

	private final AuditLog audit;

	private final SweepRuns sweeps;

	private final Clock clock;

	private volatile @Nullable Cached cached;

	Freshness(Documents documents, Timelines timelines, AuditLog audit, SweepRuns sweeps, Clock clock) {
		this.documents = documents;
		this.timelines = timelines;
		this.audit = audit;
		this.sweeps = sweeps;
		this.clock = clock;
	}

	/** How current the registry is now. */
	public State current() {
		Instant now = this.clock.instant();
		Cached c = this.cached;
		if (c != null && c.at().plus(KEEP).isAfter(now) && !c.at().isAfter(now)) {
			return c.state();
		}
		State state = read();
		this.cached = new Cached(now, state);
		return state;
	}

	/** The line every page shows, e.g. 数据更新至 2026-11-22 10:15；有效期检查于 2026-11-22 02:10. */
	public String line() {
		return current().line();
	}

	/** Forgets the kept answer, so that the next one reads the database. */
	public void refresh() {
		this.cached = null;
	}

	private State read() {
		Instant lastChange = Stream
			.of(this.documents.lastChange().orElse(null), this.timelines.lastRecorded().orElse(null),
					this.audit.entries(null, 1).stream().findFirst().map(AuditLog.Entry::at).orElse(null))
			.filter(Objects::nonNull)
			.max(Instant::compareTo)
			.orElse(null);
		return new State(lastChange, this.sweeps.lastCompleted().orElse(null), this.clock.getZone());
	}

	private record Cached(Instant at, State state) {
	}

	/**
	 * How current the registry is.
	 *
	 * @param dataUpdated when a document, its lifecycle or the audit log last changed;
	 * null for an empty registry
	 * @param expirySweep when the expiry sweep last completed; null when it never ran
	 * @param zone the time zone the line is written in
	 */
	public record State(@Nullable Instant dataUpdated, @Nullable Instant expirySweep, ZoneId zone) {

		/** In words: 数据更新至 …；有效期检查于 …. */
		public String line() {
			String data = (this.dataUpdated != null) ? "数据更新至 " + MINUTE.format(this.dataUpdated.atZone(this.zone))
					: "登记库暂无数据";
			String sweep = (this.expirySweep != null) ? "有效期检查于 " + MINUTE.format(this.expirySweep.atZone(this.zone))
					: "有效期检查尚未运行";
			return data + "；" + sweep;
		}

	}

}
