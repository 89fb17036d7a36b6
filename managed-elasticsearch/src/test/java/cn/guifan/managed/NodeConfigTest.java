package cn.guifan.managed;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NodeConfigTest {

	@Test
	void rendersASingleLoopbackNodeWithoutSecurity() {
		NodeConfig config = new NodeConfig("guifan-abc", "guifan-local", Path.of("/srv/guifan/data"),
				Path.of("/srv/guifan/logs"), new NodePorts(41000, 41001));

		assertThat(config.toElasticsearchYml().lines()).contains("cluster.name: \"guifan-abc\"",
				"node.name: \"guifan-local\"", "path.data: \"/srv/guifan/data\"", "path.logs: \"/srv/guifan/logs\"",
				"network.host: \"127.0.0.1\"", "http.port: \"41000\"", "transport.port: \"41001\"",
				"discovery.type: \"single-node\"", "cluster.routing.allocation.disk.threshold_enabled: \"false\"",
				"xpack.security.enabled: \"false\"");
	}

	@Test
	void pathsWithYamlSyntaxStayOneQuotedString() {
		NodeConfig config = new NodeConfig("c", "n", Path.of("/srv/规范 数据: #1/\"q\"\\x"), Path.of("/l"),
				new NodePorts(1, 2));

		assertThat(config.toElasticsearchYml().lines()).contains("path.data: \"/srv/规范 数据: #1/\\\"q\\\"\\\\x\"");
	}

	@Test
	void everySettingIsOnItsOwnLine() {
		String yml = new NodeConfig("c", "n", Path.of("/d"), Path.of("/l"), new NodePorts(1, 2)).toElasticsearchYml();

		assertThat(yml.lines().filter((line) -> !line.startsWith("#")))
			.allMatch((line) -> line.matches("[a-z._]+: \".*\""));
	}

}
