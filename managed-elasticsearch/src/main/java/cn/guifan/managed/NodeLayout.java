package cn.guifan.managed;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Where the files of one managed node live.
 *
 * <p>
 * The control files ({@code node.lock}, {@code node.json}) are always in the home the
 * caller chose. The node's own files are under {@code nodeRoot}: the same home, or a
 * folder under {@code /var/lib/guifan-es} when the service user cannot reach the home.
 *
 * @param home the data folder the caller chose
 * @param nodeRoot the folder that holds the distribution, config, data, logs and tmp
 */
record NodeLayout(Path home, Path nodeRoot) {

	/** Where node files go when the service user cannot traverse the home. */
	static final Path RELOCATION_BASE = Path.of("/var/lib/guifan-es");

	static NodeLayout inHome(Path home) {
		return new NodeLayout(home, home);
	}

	static NodeLayout relocated(Path home) {
		return new NodeLayout(home, RELOCATION_BASE.resolve(shortHash(home)));
	}

	boolean isRelocated() {
		return !this.home.equals(this.nodeRoot);
	}

	Path lockFile() {
		return this.home.resolve("node.lock");
	}

	Path stateFile() {
		return this.home.resolve("node.json");
	}

	Path distRoot() {
		return this.nodeRoot.resolve("dist");
	}

	Path configDir() {
		return this.nodeRoot.resolve("config");
	}

	Path dataDir() {
		return this.nodeRoot.resolve("data");
	}

	Path logsDir() {
		return this.nodeRoot.resolve("logs");
	}

	Path tmpDir() {
		return this.nodeRoot.resolve("tmp");
	}

	Path runDir() {
		return this.nodeRoot.resolve("run");
	}

	Path pidFile() {
		return runDir().resolve("elasticsearch.pid");
	}

	// The files we write as root stay in the home, outside the folders the service user
	// owns, so that a link planted there cannot redirect our writes.
	Path consoleLog() {
		return this.home.resolve("node-console.log");
	}

	/** The log Elasticsearch itself writes, named after the cluster. */
	Path nodeLog() {
		return logsDir().resolve(clusterName() + ".log");
	}

	Path watchdogLog() {
		return this.home.resolve("node-watchdog.log");
	}

	/** The folders the node writes to, which the service user must own. */
	List<Path> nodeWritableDirs() {
		return List.of(configDir(), dataDir(), logsDir(), tmpDir(), runDir());
	}

	/**
	 * The cluster name of the node of this home: unique per home, so a health answer on
	 * the recorded port proves that the node is ours.
	 */
	String clusterName() {
		return "guifan-" + shortHash(this.home);
	}

	static String shortHash(Path home) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(home.toAbsolutePath().normalize().toString().getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 6);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

}
