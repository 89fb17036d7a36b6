package cn.guifan.managed;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds and stops the processes of a node. The node runs in its own process group
 * (started through {@code setsid}): runuser, the Elasticsearch CLI and the server JVM.
 * Membership of the group, read from {@code /proc}, also finds processes that were
 * re-parented after a crash; SIGKILL, when needed, goes to the whole group.
 */
final class ProcessTree {

	private static final Logger log = LoggerFactory.getLogger(ProcessTree.class);

	private static final Duration KILL_WAIT = Duration.ofSeconds(10);

	private ProcessTree() {
	}

	/**
	 * Whether the process with this pid is the one that started at {@code startedAt}, and
	 * still runs.
	 */
	static boolean isAlive(long pid, @Nullable Instant startedAt) {
		return find(pid, startedAt).isPresent();
	}

	static Optional<ProcessHandle> find(long pid, @Nullable Instant startedAt) {
		return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).filter((handle) -> sameStart(handle, startedAt));
	}

	private static boolean sameStart(ProcessHandle handle, @Nullable Instant startedAt) {
		if (startedAt == null) {
			return true;
		}
		// Two readings of a start instant can differ by rounding; a reused pid differs by
		// far more.
		return handle.info()
			.startInstant()
			.map((actual) -> Math.abs(actual.toEpochMilli() - startedAt.toEpochMilli()) < 1000)
			.orElse(true);
	}

	static @Nullable Instant startInstant(ProcessHandle handle) {
		return handle.info().startInstant().orElse(null);
	}

	/**
	 * The process group of a process, read from {@code /proc}; the pid itself where that
	 * is not available.
	 */
	static long processGroupOf(long pid) {
		try {
			String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
			// The command name in parentheses may contain spaces; the fields after it do
			// not.
			String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
			return Long.parseLong(fields[2]);
		}
		catch (IOException | RuntimeException ex) {
			return pid;
		}
	}

	/**
	 * The processes of a node as they are now: the launched process, its descendants, and
	 * whatever else is in its process group (a descendant whose parent died is no longer
	 * found through the tree).
	 */
	static List<ProcessHandle> snapshot(ProcessHandle root, long processGroup) {
		Set<ProcessHandle> processes = new LinkedHashSet<>();
		processes.add(root);
		root.descendants().forEach(processes::add);
		if (!isOwnGroup(processGroup)) {
			ProcessHandle.allProcesses()
				.filter((process) -> processGroupOf(process.pid()) == processGroup)
				.forEach(processes::add);
		}
		return new ArrayList<>(processes);
	}

	// Never treat our own group as the node's: that would signal this JVM and whoever
	// shares its terminal (the build, the shell).
	private static boolean isOwnGroup(long processGroup) {
		return processGroup == processGroupOf(ProcessHandle.current().pid());
	}

	/**
	 * Stops a process group: SIGTERM, wait up to {@code grace}, then SIGKILL to the whole
	 * group.
	 * @param processGroup the group to stop
	 * @param members the processes known to be in it, whose exit we wait for
	 * @param grace how long the node may take to shut down cleanly
	 * @return {@code true} if every member has exited
	 */
	static boolean stopGroup(long processGroup, List<ProcessHandle> members, Duration grace) {
		// The group leader is the launcher (runuser, or the Elasticsearch CLI when we are
		// not root), which exits when its child does. Signalled itself, runuser would
		// wait two more seconds before exiting.
		List<ProcessHandle> followers = members.stream()
			.filter((member) -> member.pid() != processGroup)
			.filter(ProcessTree::isRunning)
			.toList();
		if (!followers.isEmpty()) {
			followers.forEach(ProcessHandle::destroy);
		}
		else if (!signalGroup(processGroup, "TERM")) {
			members.forEach(ProcessHandle::destroy);
		}
		if (awaitExit(members, grace)) {
			return true;
		}
		log.warn("Elasticsearch (process group {}) did not stop within {} s, killing it", processGroup,
				grace.toSeconds());
		signalGroup(processGroup, "KILL");
		members.forEach(ProcessHandle::destroyForcibly);
		return awaitExit(members, KILL_WAIT);
	}

	/**
	 * Waits until a process launched through {@code setsid} leads its own process group.
	 * Right after the launch it may not have called setsid yet, and its group is still
	 * ours: signalling that group would hit this JVM.
	 * @param process a process launched as {@code setsid ...}
	 * @return its process group, which is its pid
	 */
	static long awaitOwnProcessGroup(Process process) {
		long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		while (processGroupOf(process.pid()) != process.pid()) {
			if (!process.isAlive() || System.nanoTime() > deadline || !Pause.sleep(Duration.ofMillis(5))) {
				throw new ManagedNodeException("The process " + process.pid() + " ("
						+ process.info().commandLine().orElse("?") + ") did not get a process group of its own");
			}
		}
		return process.pid();
	}

	static boolean signalGroup(long processGroup, String signal) {
		if (isOwnGroup(processGroup)) {
			log.warn("Not signalling process group {}: it is the group of this JVM", processGroup);
			return false;
		}
		// Java can signal single processes only; the shell's kill reaches a whole group.
		return Commands.run(List.of("sh", "-c", "kill -s \"$1\" -- \"-$2\"", "sh", signal, Long.toString(processGroup)))
			.succeeded();
	}

	/**
	 * Waits until none of the processes runs any more.
	 * @return {@code true} if all have exited within the timeout
	 */
	static boolean awaitExit(List<ProcessHandle> processes, Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (processes.stream().anyMatch(ProcessTree::isRunning)) {
			if (System.nanoTime() >= deadline || !Pause.sleep(Duration.ofMillis(100))) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Whether a process runs. A zombie does not: it has exited and holds no port, lock or
	 * memory; only its parent's (or init's) reaping is pending, which some init processes
	 * of containers do late.
	 */
	static boolean isRunning(ProcessHandle process) {
		if (!process.isAlive()) {
			return false;
		}
		try {
			String stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"));
			return stat.charAt(stat.lastIndexOf(')') + 2) != 'Z';
		}
		catch (IOException | RuntimeException ex) {
			return process.isAlive();
		}
	}

}
