package cn.guifan.managed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

/**
 * A cluster of several Elasticsearch nodes on loopback, from the same distribution the
 * managed node is started from, for the cluster benchmark: each node a process group of
 * its own (so one can be killed as a crash would), all master-eligible, discovering each
 * other by their transport ports. As root the nodes run as the managed node's service
 * user. Not for production: no security, like the managed node.
 */
public final class TestCluster implements AutoCloseable {

	private static final String SERVICE_USER = "guifan-es";

	private final List<Node> nodes;

	private final String name;

	private TestCluster(String name, List<Node> nodes) {
		this.name = name;
		this.nodes = nodes;
	}

	/** One node of the cluster. */
	public record Node(String name, URI httpUri, Process process, long processGroup, Path log) {

		public boolean isAlive() {
			return this.process.isAlive();
		}

	}

	/**
	 * Starts {@code size} nodes under {@code home} (emptied first) with {@code heapMb}
	 * each and waits until they formed one cluster.
	 */
	public static TestCluster start(Path home, int size, int heapMb, Duration timeout) {
		@Nullable ServiceUser user = ServiceUser.currentProcessIsRoot() ? new ServiceUser(SERVICE_USER) : null;
		if (user != null) {
			user.ensureExists();
		}
		DistributionUnpacker.deleteTree(home.resolve("nodes"));
		Distribution distribution = DistributionLocator.fromEnvironment(null).locate();
		Path esHome = DistributionUnpacker.unpackOnce(distribution.zip(), home.resolve("dist"));
		String cluster = "guifan-bench-cluster";
		List<NodePorts> ports = new ArrayList<>();
		for (int i = 0; i < size; i++) {
			ports.add(PortPicker.pick());
		}
		List<String> seeds = ports.stream().map((p) -> NodeConfig.LOOPBACK_HOST + ":" + p.transport()).toList();
		List<String> names = new ArrayList<>();
		for (int i = 1; i <= size; i++) {
			names.add("node-" + i);
		}
		List<Node> nodes = new ArrayList<>();
		TestCluster started = new TestCluster(cluster, nodes);
		try {
			for (int i = 0; i < size; i++) {
				NodeLayout layout = NodeLayout.inHome(home.resolve("nodes").resolve(names.get(i)));
				for (Path folder : layout.nodeWritableDirs()) {
					Files.createDirectories(folder);
				}
				copyConfig(esHome.resolve("config"), layout.configDir());
				Files.writeString(layout.configDir().resolve("elasticsearch.yml"),
						yml(cluster, names.get(i), layout, ports.get(i), seeds, names));
				if (user != null) {
					openPath(home);
					user.takeOwnership(layout.nodeWritableDirs());
				}
				Path log = layout.home().resolve("node-console.log");
				Process process = NodeLauncher.launch(esHome, layout, heapMb, user, log);
				long group = ProcessTree.awaitOwnProcessGroup(process);
				nodes.add(new Node(names.get(i), URI.create("http://127.0.0.1:" + ports.get(i).http()), process, group,
						log));
			}
			started.awaitNodes(size, timeout);
			return started;
		}
		catch (IOException ex) {
			started.close();
			throw new UncheckedIOException(ex);
		}
		catch (RuntimeException ex) {
			started.close();
			throw ex;
		}
	}

	private static String yml(String cluster, String node, NodeLayout layout, NodePorts ports, List<String> seeds,
			List<String> masters) {
		StringBuilder yml = new StringBuilder();
		yml.append("cluster.name: ").append(NodeConfig.quoted(cluster)).append('\n');
		yml.append("node.name: ").append(NodeConfig.quoted(node)).append('\n');
		yml.append("path.data: ").append(NodeConfig.quoted(layout.dataDir().toString())).append('\n');
		yml.append("path.logs: ").append(NodeConfig.quoted(layout.logsDir().toString())).append('\n');
		yml.append("network.host: ").append(NodeConfig.LOOPBACK_HOST).append('\n');
		yml.append("http.port: ").append(ports.http()).append('\n');
		yml.append("transport.port: ").append(ports.transport()).append('\n');
		yml.append("discovery.seed_hosts: [")
			.append(String.join(", ", seeds.stream().map(NodeConfig::quoted).toList()))
			.append("]\n");
		yml.append("cluster.initial_master_nodes: [")
			.append(String.join(", ", masters.stream().map(NodeConfig::quoted).toList()))
			.append("]\n");
		yml.append("cluster.routing.allocation.disk.threshold_enabled: false\n");
		yml.append("xpack.security.enabled: false\n");
		return yml.toString();
	}

	private static void copyConfig(Path source, Path target) throws IOException {
		try (Stream<Path> files = Files.walk(source)) {
			for (Path file : files.toList()) {
				Path to = target.resolve(source.relativize(file).toString());
				if (Files.isDirectory(file)) {
					Files.createDirectories(to);
				}
				else {
					Files.copy(file, to, StandardCopyOption.REPLACE_EXISTING);
				}
			}
		}
	}

	/** The service user must reach its folders through ours. */
	private static void openPath(Path home) {
		for (Path p = home.toAbsolutePath(); p != null && p.getNameCount() > 0; p = p.getParent()) {
			p.toFile().setExecutable(true, false);
			p.toFile().setReadable(true, false);
		}
	}

	public String name() {
		return this.name;
	}

	public List<Node> nodes() {
		return List.copyOf(this.nodes);
	}

	/** The HTTP addresses of all nodes, for {@code ELASTICSEARCH_URIS}. */
	public List<URI> httpUris() {
		return this.nodes.stream().map(Node::httpUri).toList();
	}

	/**
	 * Kills a node's whole process group with SIGKILL, as a crash or the OOM killer
	 * would.
	 */
	public void kill(Node node) {
		try {
			// "--": a negative number alone would be read as a signal, not as a group.
			Process kill = new ProcessBuilder("kill", "-s", "KILL", "--", "-" + node.processGroup()).inheritIO()
				.start();
			if (kill.waitFor() != 0) {
				throw new IllegalStateException("kill failed for the process group " + node.processGroup());
			}
			if (!node.process().waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
				throw new IllegalStateException(node.name() + " still runs after SIGKILL");
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** The cluster's health as Elasticsearch answers it, from the first live node. */
	public String health() {
		for (Node node : this.nodes) {
			if (node.isAlive()) {
				try {
					return get(node.httpUri().resolve("/_cluster/health"));
				}
				catch (IOException ex) {
					// Try the next node.
				}
			}
		}
		return "{}";
	}

	/** Waits until the live nodes see {@code count} nodes in the cluster. */
	public void awaitNodes(int count, Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		String last = "";
		while (System.nanoTime() < deadline) {
			last = health();
			if (last.contains("\"number_of_nodes\":" + count + ",")) {
				return;
			}
			for (Node node : this.nodes) {
				if (!node.isAlive() && node.process().exitValue() != 137 && node.process().exitValue() != 143) {
					throw new IllegalStateException(node.name() + " exited; see " + node.log());
				}
			}
			if (!Pause.sleep(Duration.ofMillis(500))) {
				break;
			}
		}
		throw new IllegalStateException("the cluster did not reach " + count + " nodes: " + last);
	}

	/** Waits until the cluster's health is {@code status} (green, yellow). */
	public void awaitStatus(String status, Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			if (health().contains("\"status\":\"" + status + "\"")) {
				return;
			}
			if (!Pause.sleep(Duration.ofMillis(500))) {
				break;
			}
		}
		throw new IllegalStateException("the cluster is not " + status + ": " + health());
	}

	private static String get(URI uri) throws IOException {
		try {
			HttpResponse<String> response = HttpClient.newBuilder()
				.connectTimeout(Duration.ofSeconds(2))
				.build()
				.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).GET().build(),
						HttpResponse.BodyHandlers.ofString());
			return response.body();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException(ex);
		}
	}

	@Override
	public void close() {
		for (Node node : this.nodes) {
			if (node.isAlive()) {
				ProcessTree.stopGroup(node.processGroup(),
						ProcessTree.snapshot(node.process().toHandle(), node.processGroup()), Duration.ofSeconds(20));
			}
		}
	}

}
