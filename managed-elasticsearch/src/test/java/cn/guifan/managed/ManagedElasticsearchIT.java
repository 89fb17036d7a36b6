package cn.guifan.managed;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * The real Elasticsearch node: start, health, attach, stop. Each test uses its own home
 * under {@code target/it-homes}, apart from the build's shared test node.
 */
@EnabledOnOs(OS.LINUX)
class ManagedElasticsearchIT {

	static final Path HOMES = Path.of("target", "it-homes").toAbsolutePath();

	private static final Duration GONE_WITHIN = Duration.ofSeconds(60);

	private final HealthProbe probe = new HealthProbe();

	@Test
	void startsAHealthyNodeWhichAttachingSharesAndClosingStopsCompletely() throws IOException {
		Path home = HOMES.resolve("lifecycle");
		ManagedElasticsearch node = ManagedElasticsearch.startOrAttach(ManagedNodeSettings.defaults(home));
		NodeState state = new NodeStateFile(home.resolve("node.json")).read().orElseThrow();
		List<ProcessHandle> tree;
		try {
			assertThat(node.ownsNode()).isTrue();
			assertThat(node.httpUri()).hasScheme("http").hasHost("127.0.0.1").hasPort(state.httpPort());
			assertThat(this.probe.readyStatus(node.httpUri(), state.clusterName()))
				.hasValueSatisfying((status) -> assertThat(status).isIn("green", "yellow"));
			tree = ProcessTree.snapshot(ProcessHandle.of(node.pid()).orElseThrow(), node.pid());
			// The launcher and at least the CLI and server JVMs.
			assertThat(tree).hasSizeGreaterThanOrEqualTo(2);
			if (ServiceUser.currentProcessIsRoot()) {
				assertThat(NodeProcesses.of(node.pid(), node.nodeDirectory()))
					.filteredOn((process) -> process.args().contains("org.elasticsearch.bootstrap.Elasticsearch"))
					.singleElement()
					.satisfies((server) -> assertThat(server.user()).isEqualTo("guifan-es"));
			}

			try (ManagedElasticsearch attached = ManagedElasticsearch
				.startOrAttach(ManagedNodeSettings.defaults(home))) {
				assertThat(attached.ownsNode()).isFalse();
				assertThat(attached.httpUri()).isEqualTo(node.httpUri());
				assertThat(attached.pid()).isEqualTo(node.pid());
			}
			assertThat(this.probe.readyStatus(node.httpUri(), state.clusterName()))
				.as("closing an attached handle leaves the node running")
				.isPresent();
		}
		finally {
			node.close();
		}

		assertThat(tree).noneMatch(ProcessTree::isRunning);
		assertThat(NodeProcesses.of(node.pid(), node.nodeDirectory())).isEmpty();
		assertThat(NodeProcesses.isAlive(state.watchdogPid())).as("watchdog").isFalse();
		assertThat(home.resolve("node.json")).doesNotExist();
		assertThat(PortPicker.isFree(state.httpPort())).isTrue();
	}

	@Test
	void twoProcessesStartingAtOnceShareOneNode() throws IOException {
		Path home = HOMES.resolve("race");
		try (ChildJvm child = ChildJvm.start(home, HOMES.resolve("race-child.log"))) {
			ManagedElasticsearch mine = ManagedElasticsearch.startOrAttach(ManagedNodeSettings.defaults(home));
			try {
				ChildJvm.Ready theirs = child.awaitReady(Duration.ofSeconds(180));

				assertThat(theirs.pid()).isEqualTo(mine.pid());
				assertThat(theirs.httpUri()).isEqualTo(mine.httpUri());
			}
			finally {
				// Whichever of the two started the node stops it.
				child.process().destroy();
				assertThat(child.awaitExit(GONE_WITHIN)).isTrue();
				mine.close();
			}
			assertThat(NodeProcesses.awaitGone(mine.pid(), mine.nodeDirectory(), GONE_WITHIN)).isEmpty();
		}
	}

	@Test
	void asRootANodeWhoseHomeTheServiceUserCannotEnterLivesUnderVarLib() throws IOException {
		assumeThat(ServiceUser.currentProcessIsRoot()).as("only root hands the node to a service user").isTrue();
		Path closed = Files.createDirectories(HOMES.resolve("private"));
		Files.setPosixFilePermissions(closed, PosixFilePermissions.fromString("rwx------"));
		Path home = closed.resolve("home");
		Path relocated = NodeLayout.relocated(home).nodeRoot();
		try {
			ManagedElasticsearch node = ManagedElasticsearch.startOrAttach(ManagedNodeSettings.defaults(home));
			try {
				assertThat(node.nodeDirectory()).isEqualTo(relocated);
				assertThat(this.probe.readyStatus(node.httpUri(), NodeLayout.inHome(home).clusterName())).isPresent();
				assertThat(Files.getOwner(relocated.resolve("data")).getName()).isEqualTo("guifan-es");
				assertThat(home.resolve("node.json")).exists();
			}
			finally {
				node.close();
			}
			assertThat(NodeProcesses.of(node.pid(), relocated)).isEmpty();
		}
		finally {
			DistributionUnpacker.deleteTree(relocated);
		}
	}

}
