package cn.guifan.managed;

import java.net.URI;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * What {@code node.json} records about a running node, so that a later process can attach
 * to it, or recognise and stop it when it outlived its owner. Start instants guard
 * against a pid that the system has since given to another process.
 *
 * @param pid the process we launched, the root of the node's process tree and the id of
 * its process group
 * @param pidStartedAt when that process started, if known
 * @param processGroup the node's process group
 * @param httpPort the REST port on 127.0.0.1
 * @param transportPort the transport port on 127.0.0.1
 * @param clusterName the cluster name, which proves that an answer on the port is ours
 * @param ownerPid the process whose lifetime the node shares
 * @param ownerStartedAt when the owner started, if known
 * @param watchdogPid the watchdog that stops the node when the owner dies
 * @param nodeRoot the folder with the node's distribution, config, data and logs
 * @param user the user the node runs as
 * @param startedAt when the node was launched
 */
record NodeState(long pid, @Nullable Instant pidStartedAt, long processGroup, int httpPort, int transportPort,
		String clusterName, long ownerPid, @Nullable Instant ownerStartedAt, long watchdogPid, String nodeRoot,
		String user, Instant startedAt) {

	URI httpUri() {
		return httpUri(this.httpPort);
	}

	static URI httpUri(int port) {
		return URI.create("http://" + NodeConfig.LOOPBACK_HOST + ":" + port);
	}

}
