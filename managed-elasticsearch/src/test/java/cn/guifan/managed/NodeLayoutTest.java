package cn.guifan.managed;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NodeLayoutTest {

	private static final Path HOME = Path.of("/root/guifan-data");

	@Test
	void aRelocatedNodeLivesUnderVarLibWithAShortHashOfItsHome() {
		NodeLayout layout = NodeLayout.relocated(HOME);

		assertThat(layout.nodeRoot().getParent()).isEqualTo(Path.of("/var/lib/guifan-es"));
		assertThat(layout.nodeRoot().getFileName().toString()).matches("[0-9a-f]{12}");
		assertThat(layout.isRelocated()).isTrue();
		assertThat(layout.dataDir()).startsWithRaw(layout.nodeRoot());
		assertThat(layout.distRoot()).startsWithRaw(layout.nodeRoot());
	}

	@Test
	void controlFilesStayInTheHomeWhereverTheNodeLives() {
		NodeLayout layout = NodeLayout.relocated(HOME);

		assertThat(layout.lockFile()).isEqualTo(HOME.resolve("node.lock"));
		assertThat(layout.stateFile()).isEqualTo(HOME.resolve("node.json"));
		assertThat(layout.consoleLog().getParent()).isEqualTo(HOME);
		assertThat(layout.watchdogLog().getParent()).isEqualTo(HOME);
	}

	@Test
	void theHashAndTheClusterNameDependOnTheHomeOnly() {
		assertThat(NodeLayout.shortHash(HOME)).isEqualTo(NodeLayout.shortHash(Path.of("/root/./guifan-data")))
			.isNotEqualTo(NodeLayout.shortHash(Path.of("/root/guifan-data2")));
		assertThat(NodeLayout.inHome(HOME).clusterName()).isEqualTo(NodeLayout.relocated(HOME).clusterName())
			.startsWith("guifan-");
	}

	@Test
	void theNodeWritesOnlyToItsOwnFolders() {
		NodeLayout layout = NodeLayout.inHome(HOME);

		assertThat(layout.nodeWritableDirs()).containsExactly(HOME.resolve("config"), HOME.resolve("data"),
				HOME.resolve("logs"), HOME.resolve("tmp"), HOME.resolve("run"));
		assertThat(layout.nodeWritableDirs()).doesNotContain(HOME, layout.distRoot());
	}

}
