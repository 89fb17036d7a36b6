package cn.guifan.managed;

import java.nio.file.Path;

/**
 * The settings the managed node runs with, rendered into its {@code elasticsearch.yml}.
 *
 * @param clusterName unique per home, so that a health answer proves it is our node and
 * not another process that took the port
 * @param nodeName the node's name
 * @param dataDir {@code path.data}
 * @param logsDir {@code path.logs}
 * @param ports the loopback ports
 */
record NodeConfig(String clusterName, String nodeName, Path dataDir, Path logsDir, NodePorts ports) {

	static final String LOOPBACK_HOST = "127.0.0.1";

	String toElasticsearchYml() {
		StringBuilder yml = new StringBuilder();
		yml.append("# Written by Guifan on every start of the managed node; edits are overwritten.\n");
		setting(yml, "cluster.name", this.clusterName);
		setting(yml, "node.name", this.nodeName);
		setting(yml, "path.data", this.dataDir.toString());
		setting(yml, "path.logs", this.logsDir.toString());
		// Loopback only: the node has no security, and loopback keeps it in development
		// mode, where bootstrap checks such as vm.max_map_count only warn.
		setting(yml, "network.host", LOOPBACK_HOST);
		setting(yml, "http.port", Integer.toString(this.ports.http()));
		setting(yml, "transport.port", Integer.toString(this.ports.transport()));
		setting(yml, "discovery.type", "single-node");
		// A laptop with a nearly full disk must still be able to index; the data is a
		// rebuildable index, not the system of record.
		setting(yml, "cluster.routing.allocation.disk.threshold_enabled", "false");
		setting(yml, "xpack.security.enabled", "false");
		return yml.toString();
	}

	private static void setting(StringBuilder yml, String key, String value) {
		yml.append(key).append(": ").append(quoted(value)).append('\n');
	}

	// A YAML double-quoted scalar: any path (spaces, colons, '#', non-ASCII) stays one
	// string.
	static String quoted(String value) {
		StringBuilder quoted = new StringBuilder("\"");
		for (char c : value.toCharArray()) {
			switch (c) {
				case '"' -> quoted.append("\\\"");
				case '\\' -> quoted.append("\\\\");
				case '\n' -> quoted.append("\\n");
				case '\t' -> quoted.append("\\t");
				default -> quoted.append(c);
			}
		}
		return quoted.append('"').toString();
	}

}
