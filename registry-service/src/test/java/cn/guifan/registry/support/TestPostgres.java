package cn.guifan.registry.support;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A throwaway PostgreSQL server for the tests of the production profile: a fresh cluster
 * made with Debian's {@code postgresql} binaries ({@code initdb}, {@code pg_ctl}) in
 * {@code target/}, on a free loopback port, stopped when the test JVM exits. As root, the
 * server runs as the {@code postgres} user the package creates (PostgreSQL refuses to run
 * as root). When the binaries are missing and this runs as root, the project's
 * {@code scripts/install-test-deps} installs them.
 */
public final class TestPostgres {

	public static final String USER = "guifan";

	private static TestPostgres instance;

	private final Path dataDir;

	private final int port;

	private final Path bin;

	private TestPostgres(Path bin, Path dataDir, int port) {
		this.bin = bin;
		this.dataDir = dataDir;
		this.port = port;
	}

	/** The server of this JVM, started on first use. */
	public static synchronized TestPostgres get() {
		if (instance == null) {
			instance = start();
		}
		return instance;
	}

	public String jdbcUrl(String database) {
		return "jdbc:postgresql://127.0.0.1:" + this.port + "/" + database;
	}

	/** Creates an empty database. */
	public void createDatabase(String name) {
		run(List.of(this.bin.resolve("createdb").toString(), "-h", "127.0.0.1", "-p", Integer.toString(this.port), "-U",
				USER, name), "createdb " + name);
	}

	private static TestPostgres start() {
		Path bin = findBinaries();
		try {
			Path dir = Path.of("target", "test-postgres", Long.toString(System.nanoTime())).toAbsolutePath();
			Files.createDirectories(dir);
			int port;
			try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
				port = socket.getLocalPort();
			}
			boolean root = "root".equals(System.getProperty("user.name"));
			if (root) {
				run(List.of("chown", "-R", "postgres:postgres", dir.toString()), "chown the test cluster");
				allowTraversal(dir);
			}
			Path data = dir.resolve("data");
			run(asServer(root, bin.resolve("initdb").toString(), "-D", data.toString(), "-U", USER, "--auth=trust",
					"-E", "UTF8", "--locale=C.UTF-8"), "initdb");
			run(asServer(root, bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-l",
					dir.resolve("server.log").toString(), "-w", "-t", "60", "-o",
					"-p " + port + " -c listen_addresses=127.0.0.1 -k " + dir + " -c fsync=off", "start"),
					"pg_ctl start");
			TestPostgres server = new TestPostgres(bin, data, port);
			Runtime.getRuntime()
				.addShutdownHook(new Thread(() -> run(asServer(root, bin.resolve("pg_ctl").toString(), "-D",
						data.toString(), "-m", "immediate", "stop"), "pg_ctl stop"), "stop-test-postgres"));
			return server;
		}
		catch (IOException ex) {
			throw new IllegalStateException("cannot prepare the test PostgreSQL server", ex);
		}
	}

	private static Path findBinaries() {
		Path found = latestBinaries();
		if (found == null && "root".equals(System.getProperty("user.name"))) {
			Path script = projectRoot().resolve("scripts/install-test-deps");
			run(List.of(script.toString(), "postgresql"), "install PostgreSQL");
			found = latestBinaries();
		}
		if (found == null) {
			throw new IllegalStateException(
					"PostgreSQL is not installed: run scripts/install-test-deps postgresql (as root) before the tests");
		}
		return found;
	}

	private static Path latestBinaries() {
		Path base = Path.of("/usr/lib/postgresql");
		if (!Files.isDirectory(base)) {
			return null;
		}
		try (Stream<Path> versions = Files.list(base)) {
			return versions.map((v) -> v.resolve("bin"))
				.filter((b) -> Files.isExecutable(b.resolve("initdb")))
				.max(Comparator.comparing((Path b) -> Integer.parseInt(b.getParent().getFileName().toString())))
				.orElse(null);
		}
		catch (IOException | NumberFormatException ex) {
			return null;
		}
	}

	private static Path projectRoot() {
		Path dir = Path.of("").toAbsolutePath();
		while (dir != null && !Files.exists(dir.resolve("scripts/install-test-deps"))) {
			dir = dir.getParent();
		}
		if (dir == null) {
			throw new IllegalStateException("cannot find the project root from " + Path.of("").toAbsolutePath());
		}
		return dir;
	}

	private static void allowTraversal(Path dir) throws IOException {
		// The postgres user must be able to reach its folder through target/.
		for (Path p = dir.getParent(); p != null && p.getNameCount() > 0; p = p.getParent()) {
			if (p.endsWith("target")) {
				run(List.of("chmod", "o+x", p.toString()), "open " + p);
				break;
			}
		}
	}

	private static List<String> asServer(boolean root, String... command) {
		List<String> full = new ArrayList<>();
		if (root) {
			full.addAll(List.of("runuser", "-u", "postgres", "--"));
		}
		full.addAll(List.of(command));
		return full;
	}

	private static void run(List<String> command, String what) {
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
			String output = new String(process.getInputStream().readAllBytes());
			if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
				throw new IllegalStateException(what + " failed: " + String.join(" ", command) + "\n" + output);
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException(what + " failed: " + ex.getMessage(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(what + " interrupted", ex);
		}
	}

}
