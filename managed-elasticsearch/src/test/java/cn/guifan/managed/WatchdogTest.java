package cn.guifan.managed;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The watchdog script against stand-in processes: a process group of {@code sleep}s in
 * place of the node, so the behaviour is checked in seconds without Elasticsearch.
 */
@EnabledOnOs(OS.LINUX)
class WatchdogTest {

	@TempDir
	Path temp;

	private final FakeNodes fakes = new FakeNodes();

	@AfterEach
	void stopLeftovers() {
		this.fakes.close();
	}

	@Test
	void whenThePipeFromItsOwnerClosesTheNodeGroupIsStopped() throws IOException {
		Process node = this.fakes.group("sleep 300 & sleep 300 & wait");
		List<ProcessHandle> members = this.fakes.awaitMembers(node, 3);
		Watchdog watchdog = Watchdog.start(node.pid(), ProcessHandle.current(), Duration.ofSeconds(5), log());

		// What the kernel does when this JVM dies, however it dies.
		watchdog.close();

		assertThat(ProcessTree.awaitExit(members, Duration.ofSeconds(10))).isTrue();
		assertThat(log()).content().contains("exited, stopping the node");
	}

	@Test
	void whenAnotherOwnerProcessDiesTheNodeGroupIsStopped() throws IOException {
		Process owner = this.fakes.group("sleep 300");
		Process node = this.fakes.group("sleep 300");
		Watchdog watchdog = Watchdog.start(node.pid(), owner.toHandle(), Duration.ofSeconds(5), log());
		try {
			assertThat(node.isAlive()).isTrue();

			owner.destroyForcibly();

			assertThat(ProcessTree.awaitExit(List.of(node.toHandle()), Duration.ofSeconds(10))).isTrue();
			assertThat(log()).content().contains("owner " + owner.pid() + " exited");
		}
		finally {
			watchdog.close();
		}
	}

	@Test
	void aNodeThatIgnoresSigtermIsKilledAfterTheGracePeriod() throws IOException {
		// Ignored signals stay ignored across exec, so every sleep in this group ignores
		// TERM.
		Process node = this.fakes.group("trap '' TERM; while :; do sleep 1; done");
		Watchdog watchdog = Watchdog.start(node.pid(), ProcessHandle.current(), Duration.ofSeconds(1), log());

		watchdog.close();

		assertThat(ProcessTree.awaitExit(List.of(node.toHandle()), Duration.ofSeconds(10))).isTrue();
		assertThat(log()).content().contains("killing it");
	}

	@Test
	void theProcessGroupOfASessionLeaderIsItsOwnPid() throws IOException {
		Process node = this.fakes.group("sleep 300");

		assertThat(ProcessTree.processGroupOf(node.pid())).isEqualTo(node.pid());
		assertThat(ProcessTree.processGroupOf(ProcessHandle.current().pid())).isNotEqualTo(node.pid());
	}

	private Path log() {
		return this.temp.resolve("watchdog.log");
	}

	/**
	 * Stand-ins for nodes: shell commands in a session and process group of their own.
	 */
	static final class FakeNodes implements AutoCloseable {

		private final List<Process> started = new ArrayList<>();

		Process group(String script) throws IOException {
			Process process = new ProcessBuilder("setsid", "sh", "-c", script).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.start();
			this.started.add(process);
			ProcessTree.awaitOwnProcessGroup(process);
			return process;
		}

		List<ProcessHandle> awaitMembers(Process leader, int count) {
			long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
			List<ProcessHandle> members = ProcessTree.snapshot(leader.toHandle(), leader.pid());
			while (members.size() < count && System.nanoTime() < deadline) {
				Pause.sleep(Duration.ofMillis(20));
				members = ProcessTree.snapshot(leader.toHandle(), leader.pid());
			}
			assertThat(members).hasSizeGreaterThanOrEqualTo(count);
			return members;
		}

		@Override
		public void close() {
			for (Process process : this.started) {
				if (ProcessTree.snapshot(process.toHandle(), process.pid()).stream().anyMatch(ProcessHandle::isAlive)) {
					ProcessTree.signalGroup(process.pid(), "KILL");
				}
				process.destroyForcibly();
			}
		}

	}

}
