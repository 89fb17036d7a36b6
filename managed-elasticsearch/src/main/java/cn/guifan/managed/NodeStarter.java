package cn.guifan.managed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Does the work of {@link ManagedElasticsearch#startOrAttach} while holding the node
 * lock: attach to a live node of the home, or stop a stale one and launch a new one.
 */
final class NodeStarter {

	private static final Logger log = LoggerFactory.getLogger(NodeStarter.class);

	private static final int PORT_ATTEMPTS = 3;

	private static final Duration ATTACH_WAIT = Duration.ofSeconds(30);

	private static final Duration WATCHDOG_GRACE = Duration.ofSeconds(15);

	private static final int LOG_TAIL_LINES = 40;

	private static final String NODE_NAME = "guifan-local";

	private final ManagedNodeSettings settings;

	private final NodeStateFile stateFile;

	private final HealthProbe probe = new HealthProbe();

	NodeStarter(ManagedNodeSettings settings) {
		this.settings = settings;
		this.stateFile = new NodeStateFile(NodeLayout.inHome(settings.home()).stateFile());
	}

	ManagedElasticsearch startOrAttach() {
		Optional<ManagedElasticsearch> attached = attachOrClearRecorded();
		if (attached.isPresent()) {
			return attached.get();
		}
		@Nullable ServiceUser user = ServiceUser.currentProcessIsRoot() ? new ServiceUser(this.settings.serviceUser()) : null;
		NodeLayout layout = chooseLayout(user);
		stopOrphans(layout);
		return launch(layout, user);
	}

	private Optional<ManagedElasticsearch> attachOrClearRecorded() {
		Optional<NodeState> recorded = this.stateFile.read();
		if (recorded.isEmpty()) {
			return Optional.empty();
		}
		NodeState state = recorded.get();
		Optional<ProcessHandle> node = ProcessTree.find(state.pid(), state.pidStartedAt());
		if (node.isPresent()) {
			if (ProcessTree.isAlive(state.ownerPid(), state.ownerStartedAt())) {
				URI uri = state.httpUri();
				if (this.probe.awaitReady(uri, state.clusterName(), ATTACH_WAIT)) {
					log.info("Using the Elasticsearch node at {} (pid {}) that process {} started from {}", uri,
							state.pid(), state.ownerPid(), this.settings.home());
					return Optional.of(ManagedElasticsearch.attached(this.settings.home(), state));
				}
				throw new ManagedNodeException("An Elasticsearch node from " + this.settings.home()
						+ " is running (pid " + state.pid() + ", owned by the live process " + state.ownerPid()
						+ ") but does not answer at " + uri + ". Stop that process, then try again. Last lines of "
						+ Path.of(state.nodeRoot()).resolve("logs") + ":\n"
						+ LogTail.of(new NodeLayout(this.settings.home(), Path.of(state.nodeRoot())).nodeLog(),
								LOG_TAIL_LINES));
			}
			// Its owner is gone but the node still holds the data folder lock.
			log.warn("Stopping the Elasticsearch node (pid {}) left running from {}: its owner process {} has exited",
					state.pid(), this.settings.home(), state.ownerPid());
			ProcessTree.stopGroup(state.processGroup(), ProcessTree.snapshot(node.get(), state.processGroup()),
					RunningNode.STOP_GRACE);
		}
		this.stateFile.delete();
		return Optional.empty();
	}

	private NodeLayout chooseLayout(@Nullable ServiceUser user) {
		Path home = this.settings.home();
		if (user == null) {
			return NodeLayout.inHome(home);
		}
		Path javaHome = NodeLauncher.javaHome();
		PathAccess.firstUntraversable(javaHome, user.name()).ifPresent((blocked) -> {
			throw new ManagedNodeException("Elasticsearch runs as the user '" + user.name() + "', who cannot enter "
					+ blocked + " and so cannot run the Java of this process (" + javaHome
					+ "). Run Guifan with a Java installed where every user can read it, such as /usr/lib/jvm.");
		});
		Optional<Path> blocked = PathAccess.firstUntraversable(home, user.name());
		if (blocked.isEmpty()) {
			return NodeLayout.inHome(home);
		}
		NodeLayout relocated = NodeLayout.relocated(home);
		log.info(
				"The Elasticsearch service user '{}' cannot enter {} (other users lack execute permission),"
						+ " so the node's files are kept in {} instead of {}",
				user.name(), blocked.get(), relocated.nodeRoot(), home);
		return relocated;
	}

	// A node from this folder whose record was lost (say, killed while starting) would
	// still hold the data folder lock; it is found by the config folder on its command
	// line.
	private void stopOrphans(NodeLayout layout) {
		String marker = "-Des.path.conf=" + layout.configDir();
		ProcessHandle.allProcesses()
			.filter((process) -> process.info().arguments().map(List::of).orElse(List.of()).contains(marker))
			.forEach((orphan) -> {
				long group = ProcessTree.processGroupOf(orphan.pid());
				log.warn("Stopping an Elasticsearch process (pid {}) left running from {}", orphan.pid(),
						layout.nodeRoot());
				ProcessTree.stopGroup(group, ProcessTree.snapshot(orphan, group), RunningNode.STOP_GRACE);
			});
	}

	private ManagedElasticsearch launch(NodeLayout layout, @Nullable ServiceUser user) {
		if (!this.settings.lifetimeOwner().isAlive()) {
			// Its watchdog would stop the node at once, and the start would fail
			// obscurely.
			throw new ManagedNodeException("Not starting Elasticsearch: its lifetime owner, process "
					+ this.settings.lifetimeOwner().pid() + ", has already exited");
		}
		long started = System.nanoTime();
		Distribution distribution = DistributionLocator.fromEnvironment(this.settings.distribution()).locate();
		log.info("Starting a local Elasticsearch node in {} (distribution {}, {})", layout.nodeRoot(),
				distribution.zip(), distribution.foundBy());
		if (user != null) {
			user.ensureExists();
		}
		prepareFolders(layout);
		Path esHome = DistributionUnpacker.unpackOnce(distribution.zip(), layout.distRoot());
		copyDefaultConfig(esHome, layout);
		for (int attempt = 1;; attempt++) {
			NodePorts ports = PortPicker.pick();
			writeNew(layout.configDir().resolve("elasticsearch.yml"),
					new NodeConfig(layout.clusterName(), NODE_NAME, layout.dataDir(), layout.logsDir(), ports)
						.toElasticsearchYml());
			if (user != null) {
				user.takeOwnership(layout.nodeWritableDirs());
			}
			deleteIfExists(layout.pidFile());
			emptyFolder(layout.tmpDir());
			Process process = NodeLauncher.launch(esHome, layout, this.settings.heapMb(), user, layout.consoleLog());
			long group = ProcessTree.awaitOwnProcessGroup(process);
			RunningNode node = new RunningNode(process, group,
					Watchdog.start(group, this.settings.lifetimeOwner(), WATCHDOG_GRACE, layout.watchdogLog()));
			NodeState state = new NodeState(process.pid(), ProcessTree.startInstant(process.toHandle()), group,
					ports.http(), ports.transport(), layout.clusterName(), this.settings.lifetimeOwner().pid(),
					ProcessTree.startInstant(this.settings.lifetimeOwner()), node.watchdogPid(),
					layout.nodeRoot().toString(), (user != null) ? user.name() : System.getProperty("user.name"),
					Instant.now());
			this.stateFile.write(state);
			Failure failure = awaitReady(node, state, layout);
			if (failure == null) {
				log.info("Elasticsearch is ready at {} (pid {}) after {} ms", state.httpUri(), state.pid(),
						(System.nanoTime() - started) / 1_000_000);
				return ManagedElasticsearch.started(this.settings, layout, state, node);
			}
			node.stop();
			this.stateFile.deleteIfFor(state.pid());
			String tail = LogTail.of(layout.consoleLog(), LOG_TAIL_LINES);
			if (failure == Failure.DIED && isBindFailure(tail) && attempt < PORT_ATTEMPTS) {
				log.warn("Elasticsearch could not bind port {} or {} on {}, retrying with other ports", ports.http(),
						ports.transport(), NodeConfig.LOOPBACK_HOST);
				continue;
			}
			throw new ManagedNodeException(failure.describe(this.settings.startTimeout(), state) + " Its log is in "
					+ layout.logsDir() + "; last lines of " + layout.consoleLog() + ":\n" + tail);
		}
	}

	private enum Failure {

		DIED, TIMED_OUT, INTERRUPTED;

		String describe(Duration timeout, NodeState state) {
			return switch (this) {
				case DIED -> "Elasticsearch (pid " + state.pid() + ", HTTP port " + state.httpPort()
						+ ") exited before it became ready.";
				case TIMED_OUT -> "Elasticsearch (pid " + state.pid() + ") did not become ready at " + state.httpUri()
						+ " within " + timeout.toSeconds() + " s.";
				case INTERRUPTED -> "Interrupted while waiting for Elasticsearch (pid " + state.pid() + ") to start.";
			};
		}

	}

	private @Nullable Failure awaitReady(RunningNode node, NodeState state, NodeLayout layout) {
		long deadline = System.nanoTime() + this.settings.startTimeout().toNanos();
		while (System.nanoTime() < deadline) {
			if (!node.isAlive()) {
				return Failure.DIED;
			}
			if (this.probe.readyStatus(state.httpUri(), layout.clusterName()).isPresent()) {
				return null;
			}
			if (!Pause.sleep(Duration.ofMillis(250))) {
				return Failure.INTERRUPTED;
			}
		}
		return Failure.TIMED_OUT;
	}

	static boolean isBindFailure(String log) {
		return log.contains("BindException") || log.contains("Address already in use")
				|| log.contains("Failed to bind");
	}

	private static void prepareFolders(NodeLayout layout) {
		try {
			if (layout.isRelocated()) {
				createReadable(NodeLayout.RELOCATION_BASE);
				createReadable(layout.nodeRoot());
				Files.writeString(layout.nodeRoot().resolve("home.txt"),
						"This Elasticsearch node belongs to " + layout.home() + "\n");
			}
			for (Path folder : layout.nodeWritableDirs()) {
				Files.createDirectories(folder);
			}
		}
		catch (IOException ex) {
			throw new ManagedNodeException("Cannot create the folders of the Elasticsearch node under "
					+ layout.nodeRoot() + ": " + ex.getMessage(), ex);
		}
	}

	private static void createReadable(Path folder) throws IOException {
		Files.createDirectories(folder);
		Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
	}

	// Each start takes the distribution's defaults afresh (an upgrade brings new ones);
	// files the node created itself, such as its keystore, stay.
	private static void copyDefaultConfig(Path esHome, NodeLayout layout) {
		Path source = esHome.resolve("config");
		Path target = layout.configDir();
		try {
			Files.walkFileTree(source, new SimpleFileVisitor<>() {

				@Override
				public FileVisitResult preVisitDirectory(Path directory, BasicFileAttributes attributes)
						throws IOException {
					Files.createDirectories(target.resolve(source.relativize(directory).toString()));
					return FileVisitResult.CONTINUE;
				}

				@Override
				public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
					Path copy = target.resolve(source.relativize(file).toString());
					// Delete first: as root, writing through a link the service user
					// planted here would overwrite the link's target.
					Files.deleteIfExists(copy);
					Files.copy(file, copy, LinkOption.NOFOLLOW_LINKS);
					return FileVisitResult.CONTINUE;
				}

			});
		}
		catch (IOException | UncheckedIOException ex) {
			throw new ManagedNodeException(
					"Cannot copy the default configuration from " + source + " to " + target + ": " + ex.getMessage(),
					ex);
		}
	}

	// Delete, then create: never write through a link (see copyDefaultConfig).
	static void writeNew(Path file, String content) {
		try {
			Files.deleteIfExists(file);
			Files.writeString(file, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
		}
		catch (IOException ex) {
			throw new ManagedNodeException("Cannot write " + file + ": " + ex.getMessage(), ex);
		}
	}

	// The node's temporary files are its own and it is not running: leftovers of earlier
	// runs (the CLI's final-flags folders among them) must not pile up.
	private static void emptyFolder(Path folder) {
		try (var entries = Files.list(folder)) {
			entries.forEach(DistributionUnpacker::deleteTree);
		}
		catch (IOException ex) {
			throw new ManagedNodeException("Cannot empty " + folder + ": " + ex.getMessage(), ex);
		}
	}

	private static void deleteIfExists(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			throw new ManagedNodeException("Cannot delete " + file + ": " + ex.getMessage(), ex);
		}
	}

}
