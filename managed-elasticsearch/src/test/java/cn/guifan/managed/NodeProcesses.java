package cn.guifan.managed;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@code ps} says about the processes of a node, for tests that must prove a node is
 * gone. Zombies count as gone: they hold no port, no lock and no memory, and the system
 * reaps them in its own time.
 */
final class NodeProcesses {

	private NodeProcesses() {
	}

	record Entry(long pid, long processGroup, String user, String state, String args) {

		boolean isZombie() {
			return this.state.startsWith("Z");
		}

	}

	static List<Entry> all() {
		String output = Commands.runChecked("list processes",
				List.of("ps", "-e", "-o", "pid=,pgid=,user:32=,stat=,args="));
		List<Entry> entries = new ArrayList<>();
		for (String line : output.lines().toList()) {
			String[] fields = line.trim().split("\\s+", 5);
			if (fields.length == 5) {
				entries.add(new Entry(Long.parseLong(fields[0]), Long.parseLong(fields[1]), fields[2], fields[3],
						fields[4]));
			}
		}
		return entries;
	}

	/**
	 * Living processes of a node: in its process group, or naming its folder on the
	 * command line (runuser, the CLI and the server JVM all do).
	 */
	static List<Entry> of(long processGroup, Path nodeDirectory) {
		String folder = nodeDirectory.toString();
		return all().stream()
			.filter((entry) -> !entry.isZombie())
			.filter((entry) -> entry.pid() != ProcessHandle.current().pid())
			.filter((entry) -> entry.processGroup() == processGroup || entry.args().contains(folder))
			.toList();
	}

	/**
	 * Polls until no process of the node is left.
	 * @return the processes still there when the time ran out, or an empty list
	 */
	static List<Entry> awaitGone(long processGroup, Path nodeDirectory, Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		List<Entry> left = of(processGroup, nodeDirectory);
		while (!left.isEmpty() && System.nanoTime() < deadline) {
			Pause.sleep(Duration.ofMillis(200));
			left = of(processGroup, nodeDirectory);
		}
		return left;
	}

	/**
	 * Polls until no process of the group is left (a process started through setsid leads
	 * a group with its own pid).
	 * @return the processes still there when the time ran out, or an empty list
	 */
	static List<Entry> awaitGroupGone(long processGroup, Duration timeout) {
		return awaitGone(processGroup, Path.of("/nonexistent/" + processGroup), timeout);
	}

	static boolean isAlive(long pid) {
		return all().stream().anyMatch((entry) -> entry.pid() == pid && !entry.isZombie());
	}

}
