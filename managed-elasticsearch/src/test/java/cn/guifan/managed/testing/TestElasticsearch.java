package cn.guifan.managed.testing;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import cn.guifan.managed.ManagedElasticsearch;
import cn.guifan.managed.ManagedNodeSettings;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Elasticsearch node for integration tests: one real node per Maven build, shared by
 * every test class and every module, started on first use.
 *
 * <p>
 * With {@code ELASTICSEARCH_URIS} set, the tests use that cluster and nothing is started.
 * Otherwise the node lives in the home given by the system property
 * {@code guifan.test.home} (the parent pom points failsafe at
 * {@code <root>/target/test-node}), or {@code target/test-node} in the working folder.
 * When the property is set, the node belongs to the Maven process that forked this test
 * JVM: later test JVMs of the same build attach to it, and it stops when the build ends.
 * Without the property (a test run from an IDE) it belongs to this JVM.
 */
public final class TestElasticsearch {

	/** The system property naming the home of the build's test node. */
	public static final String HOME_PROPERTY = "guifan.test.home";

	/** The environment variable naming an external cluster to test against instead. */
	public static final String URIS_VARIABLE = "ELASTICSEARCH_URIS";

	private static final Logger log = LoggerFactory.getLogger(TestElasticsearch.class);

	// Launchers that may sit between Maven and the forked JVM and live exactly as long as
	// it.
	private static final Set<String> SHELLS = Set.of("sh", "bash", "dash", "zsh", "ksh");

	private static @Nullable List<URI> uris;

	// Held so that a node started for this JVM alone stays reachable until the JVM exits.
	private static @Nullable ManagedElasticsearch node;

	private TestElasticsearch() {
	}

	/**
	 * The REST endpoint of the test cluster: the first of {@code ELASTICSEARCH_URIS}, or
	 * the build's managed node, started if needed.
	 * @return e.g. {@code http://127.0.0.1:41234}
	 */
	public static URI httpUri() {
		return httpUris().get(0);
	}

	/**
	 * All REST endpoints of the test cluster: those of {@code ELASTICSEARCH_URIS}, or the
	 * one of the build's managed node.
	 * @return one or more URIs
	 */
	public static synchronized List<URI> httpUris() {
		if (uris == null) {
			uris = resolve();
		}
		return uris;
	}

	/** How long the build waits for its test node. */
	static final Duration TEST_START_TIMEOUT = Duration.ofMinutes(6);

	private static List<URI> resolve() {
		List<URI> external = externalCluster(System.getenv(URIS_VARIABLE));
		if (!external.isEmpty()) {
			log.info("Testing against the cluster {} from {}", external, URIS_VARIABLE);
			return external;
		}
		String configuredHome = System.getProperty(HOME_PROPERTY, "");
		boolean runByTheBuild = !configuredHome.isBlank();
		Path home = runByTheBuild ? Path.of(configuredHome) : Path.of("target", "test-node");
		ProcessHandle owner = runByTheBuild ? buildProcess() : ProcessHandle.current();
		log.info("The test node of {} lives as long as process {} ({})", home.toAbsolutePath(), owner.pid(),
				owner.info().commandLine().map(TestElasticsearch::abbreviate).orElse("?"));
		// A CI machine running several forks and browsers at once can take minutes to
		// start a node; the test waits longer than a user's start (120 s) rather than
		// fail a suite for a slow start.
		node = ManagedElasticsearch.startOrAttach(
				ManagedNodeSettings.defaults(home).withLifetimeOwner(owner).withStartTimeout(TEST_START_TIMEOUT));
		return List.of(node.httpUri());
	}

	/**
	 * Parses {@code ELASTICSEARCH_URIS}: comma-separated URIs, blanks ignored.
	 * @param value the variable's value, or {@code null}
	 * @return the URIs, empty if none are given
	 */
	static List<URI> externalCluster(@Nullable String value) {
		if (value == null) {
			return List.of();
		}
		return Arrays.stream(value.split(","))
			.map(String::trim)
			.filter((uri) -> !uri.isEmpty())
			.map(URI::create)
			.toList();
	}

	/**
	 * The Maven process that forked this JVM: the nearest ancestor that is not a shell,
	 * because surefire may start the JVM through {@code sh -c}, and such a shell ends
	 * with the JVM.
	 * @return the build process, or this JVM if it has no parent
	 */
	static ProcessHandle buildProcess() {
		Optional<ProcessHandle> ancestor = ProcessHandle.current().parent();
		while (ancestor.isPresent() && isShell(ancestor.get())) {
			ancestor = ancestor.get().parent();
		}
		return ancestor.orElse(ProcessHandle.current());
	}

	private static String abbreviate(String commandLine) {
		return (commandLine.length() <= 120) ? commandLine : commandLine.substring(0, 120) + "...";
	}

	static boolean isShell(ProcessHandle process) {
		return process.info().command().map((command) -> isShell(command)).orElse(false);
	}

	static boolean isShell(String command) {
		return SHELLS.contains(Path.of(command).getFileName().toString());
	}

}
