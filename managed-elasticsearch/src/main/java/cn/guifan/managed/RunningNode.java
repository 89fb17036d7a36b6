package cn.guifan.managed;

import java.time.Duration;
import java.util.List;

/**
 * A node this process launched: its process, its process group and its watchdog.
 */
final class RunningNode {

	static final Duration STOP_GRACE = Duration.ofSeconds(30);

	private final Process process;

	private final long processGroup;

	private final Watchdog watchdog;

	RunningNode(Process process, long processGroup, Watchdog watchdog) {
		this.process = process;
		this.processGroup = processGroup;
		this.watchdog = watchdog;
	}

	long pid() {
		return this.process.pid();
	}

	long processGroup() {
		return this.processGroup;
	}

	long watchdogPid() {
		return this.watchdog.pid();
	}

	boolean isAlive() {
		return this.process.isAlive();
	}

	/**
	 * Stops the node and every process of it, then the watchdog.
	 * @return {@code true} if no process of the node is left
	 */
	boolean stop() {
		List<ProcessHandle> tree = ProcessTree.snapshot(this.process.toHandle(), this.processGroup);
		boolean stopped = ProcessTree.stopGroup(this.processGroup, tree, STOP_GRACE);
		this.watchdog.close();
		return stopped;
	}

}
