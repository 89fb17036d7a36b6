package cn.guifan.managed;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

class NodeLauncherTest {

	private static final NodeLayout LAYOUT = NodeLayout.inHome(Path.of("/srv/guifan"));

	@Test
	void theNodeGetsOurConfigJavaHeapAndTmpButNotJavaOptionsMeantForUs() {
		Map<String, String> inherited = Map.of("PATH", "/usr/bin", "JAVA_TOOL_OPTIONS", "-javaagent:jacoco.jar",
				"_JAVA_OPTIONS", "-Xmx8g", "JDK_JAVA_OPTIONS", "-Dx=y", "ES_JAVA_OPTS", "-Xmx16g", "CLI_JAVA_OPTS",
				"-Xmx1g", "ES_PATH_CONF", "/etc/elasticsearch");

		Map<String, String> environment = NodeLauncher.environment(inherited, LAYOUT, 384,
				Path.of("/usr/lib/jvm/java-17"));

		assertThat(environment).containsEntry("PATH", "/usr/bin")
			.containsEntry("ES_PATH_CONF", "/srv/guifan/config")
			.containsEntry("ES_JAVA_HOME", "/usr/lib/jvm/java-17")
			.containsEntry("ES_JAVA_OPTS", "-Xms384m -Xmx384m")
			.containsEntry("ES_TMPDIR", "/srv/guifan/tmp")
			.containsEntry("CLI_JAVA_OPTS", "-Djava.io.tmpdir=/srv/guifan/tmp")
			.doesNotContainKeys("JAVA_TOOL_OPTIONS", "_JAVA_OPTIONS", "JDK_JAVA_OPTIONS");
	}

	@Test
	@EnabledOnOs(OS.LINUX)
	void asRootTheNodeRunsAsTheServiceUserInItsOwnSession() {
		assumeThat(Commands.find("runuser")).isPresent();

		List<String> command = NodeLauncher.command(Path.of("/srv/guifan/dist/es"), LAYOUT,
				new ServiceUser("guifan-es"));

		assertThat(command.get(0)).endsWith("/setsid");
		assertThat(command.subList(1, 5)).satisfies((runuser) -> assertThat(runuser.get(0)).endsWith("/runuser"))
			.endsWith("-u", "guifan-es", "--");
		assertThat(command.subList(5, command.size())).containsExactly("/srv/guifan/dist/es/bin/elasticsearch", "-p",
				"/srv/guifan/run/elasticsearch.pid");
	}

	@Test
	@EnabledOnOs(OS.LINUX)
	void otherwiseTheNodeRunsAsUsInItsOwnSession() {
		List<String> command = NodeLauncher.command(Path.of("/srv/guifan/dist/es"), LAYOUT, null);

		assertThat(command).hasSize(4);
		assertThat(command.get(0)).endsWith("/setsid");
		assertThat(command.get(1)).isEqualTo("/srv/guifan/dist/es/bin/elasticsearch");
	}

}
