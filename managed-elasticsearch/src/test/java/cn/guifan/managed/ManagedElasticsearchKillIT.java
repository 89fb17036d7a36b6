package cn.guifan.managed;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The node never outlives the JVM that started it, however that JVM ends. A child JVM
 * starts a node and is then terminated or killed; the node must be gone soon after.
 */
@EnabledOnOs(OS.LINUX)
class ManagedElasticsearchKillIT {

	private static final Path HOME = ManagedElasticsearchIT.HOMES.resolve("kill");

	private static final Duration READY_WITHIN = Duration.ofSeconds(180);

	private static final Duration GONE_WITHIN = Duration.ofSeconds(60);

	private final HealthProbe probe = new HealthProbe();

	@Test
	void whenTheOwnerIsTerminatedItsShutdownHookStopsTheNode() throws IOException {
		try (ChildJvm child = ChildJvm.start(HOME, ManagedElasticsearchIT.HOMES.resolve("kill-sigterm.log"))) {
			ChildJvm.Ready ready = child.awaitReady(READY_WITHIN);
			NodeState state = recordedState();
			assertThat(this.probe.readyStatus(ready.httpUri(), state.clusterName())).isPresent();

			child.process().destroy();

			assertThat(NodeProcesses.awaitGone(ready.pid(), Path.of(state.nodeRoot()), GONE_WITHIN)).isEmpty();
			assertThat(child.awaitExit(GONE_WITHIN)).isTrue();
			assertThat(child.output()).contains("Stopped Elasticsearch (pid " + ready.pid() + ")");
			assertThat(NodeProcesses.isAlive(state.watchdogPid())).as("watchdog").isFalse();
		}
	}

	@Test
	void whenTheOwnerIsKilledTheWatchdogStopsTheNode() throws IOException {
		try (ChildJvm child = ChildJvm.start(HOME, ManagedElasticsearchIT.HOMES.resolve("kill-sigkill.log"))) {
			ChildJvm.Ready ready = child.awaitReady(READY_WITHIN);
			NodeState state = recordedState();

			// SIGKILL: no shutdown hook runs.
			child.process().destroyForcibly();

			assertThat(NodeProcesses.awaitGone(ready.pid(), Path.of(state.nodeRoot()), GONE_WITHIN)).isEmpty();
			assertThat(NodeProcesses.awaitGroupGone(state.watchdogPid(), GONE_WITHIN)).isEmpty();
			assertThat(HOME.resolve("node-watchdog.log")).content()
				.contains("node group " + ready.pid() + ": owner " + state.ownerPid() + " exited, stopping the node");
		}
	}

	@Test
	void aNodeThatOutlivedItsOwnerAndWatchdogIsStoppedByTheNextStart() throws IOException {
		ChildJvm.Ready orphan;
		NodeState state;
		try (ChildJvm child = ChildJvm.start(HOME, ManagedElasticsearchIT.HOMES.resolve("kill-stale.log"))) {
			orphan = child.awaitReady(READY_WITHIN);
			state = recordedState();
			// Both protections gone at once, as after a power cut of the supervising
			// processes.
			ProcessHandle.of(state.watchdogPid()).ifPresent(ProcessHandle::destroyForcibly);
			assertThat(NodeProcesses.awaitGroupGone(state.watchdogPid(), GONE_WITHIN)).isEmpty();
			child.process().destroyForcibly();
			assertThat(child.awaitExit(GONE_WITHIN)).isTrue();
		}
		Pause.sleep(Duration.ofSeconds(2));
		assertThat(NodeProcesses.isAlive(orphan.pid())).as("the orphaned node still runs").isTrue();

		try (ManagedElasticsearch fresh = ManagedElasticsearch.startOrAttach(ManagedNodeSettings.defaults(HOME))) {
			assertThat(fresh.ownsNode()).isTrue();
			assertThat(fresh.pid()).isNotEqualTo(orphan.pid());
			assertThat(NodeProcesses.awaitGroupGone(orphan.pid(), Duration.ZERO)).isEmpty();
			assertThat(this.probe.readyStatus(fresh.httpUri(), state.clusterName())).isPresent();
		}
	}

	private static NodeState recordedState() {
		return new NodeStateFile(HOME.resolve("node.json")).read().orElseThrow();
	}

}
