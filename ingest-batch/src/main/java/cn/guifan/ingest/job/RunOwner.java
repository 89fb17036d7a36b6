package cn.guifan.ingest.job;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The process that runs an ingest execution, recorded in the execution so that a later
 * run can tell a run in progress from one whose process died (killed, the machine lost
 * power): Spring Batch leaves such an execution STARTED for ever.
 * <p>
 * On the same host the answer is certain: the process is alive when a process with its
 * pid and its start time exists (a pid is reused, a start time is not). A run owned by
 * another host is taken as dead when its execution has recorded nothing for
 * {@link #OTHER_HOST_SILENCE} (a chunk commits far more often than that).
 *
 * @param host the host name
 * @param pid the process id
 * @param startedAt when the process started, to the millisecond
 */
record RunOwner(String host, long pid, long startedAt) {

	/** How long a run of another host may record nothing before it counts as dead. */
	static final Duration OTHER_HOST_SILENCE = Duration.ofHours(1);

	private static final String HOST = hostName();

	/** Process start times are read in clock ticks; allow for that. */
	private static final long START_TOLERANCE_MILLIS = 1_000;

	/** This process. */
	static RunOwner current() {
		ProcessHandle self = ProcessHandle.current();
		return new RunOwner(HOST, self.pid(), startOf(self).map(Instant::toEpochMilli).orElse(0L));
	}

	/** An owner as {@link #toString()} wrote it, or {@code null} if it is not one. */
	static @Nullable RunOwner parse(@Nullable String text) {
		if (text == null) {
			return null;
		}
		String[] parts = text.split("\\|");
		if (parts.length != 3) {
			return null;
		}
		try {
			return new RunOwner(parts[0], Long.parseLong(parts[1]), Long.parseLong(parts[2]));
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	/**
	 * Whether the owner is still running.
	 * @param lastRecorded when its execution last recorded progress
	 * @param now the time now
	 */
	boolean isAlive(Instant lastRecorded, Instant now) {
		if (!this.host.equals(HOST)) {
			return lastRecorded.plus(OTHER_HOST_SILENCE).isAfter(now);
		}
		Optional<ProcessHandle> process = ProcessHandle.of(this.pid).filter(ProcessHandle::isAlive);
		if (process.isEmpty()) {
			return false;
		}
		Optional<Instant> start = startOf(process.get());
		return start.isEmpty() || this.startedAt == 0
				|| Math.abs(start.get().toEpochMilli() - this.startedAt) <= START_TOLERANCE_MILLIS;
	}

	/** As a person reads it: {@code 进程 1234（主机 host）}. */
	String describe() {
		return "进程 " + this.pid + "（主机 " + this.host + "）";
	}

	@Override
	public String toString() {
		return this.host + "|" + this.pid + "|" + this.startedAt;
	}

	private static Optional<Instant> startOf(ProcessHandle process) {
		return process.info().startInstant();
	}

	private static String hostName() {
		try {
			return InetAddress.getLocalHost().getHostName();
		}
		catch (UnknownHostException ex) {
			String env = System.getenv("HOSTNAME");
			return (env != null) ? env : "localhost";
		}
	}

}
