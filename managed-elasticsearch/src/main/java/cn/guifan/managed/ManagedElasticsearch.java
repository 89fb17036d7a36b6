package cn.guifan.managed;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real Elasticsearch node on this machine, started by Guifan when no cluster URL is
 * configured (the embedded default), or one that another process started from the same
 * home and that this process uses too.
 *
 * <p>
 * {@link #startOrAttach} unpacks the distribution once into the home, starts the node on
 * free loopback ports with a bounded heap and waits for it to be healthy. The node never
 * outlives its lifetime owner (by default this JVM): {@link #close()} stops it, a
 * shutdown hook stops it on normal exit and Ctrl-C, and a watchdog process stops it when
 * the owner is killed outright. When this process is root, the node runs as a dedicated
 * system user, because Elasticsearch refuses to run as root.
 *
 * <p>
 * Files in the home: {@code node.lock} (held while a node starts), {@code node.json}
 * (pid, ports and owner of the running node), {@code node-console.log},
 * {@code node-watchdog.log}, and the node's own {@code dist/}, {@code config/},
 * {@code data/}, {@code logs/}, {@code tmp/} and {@code run/}, unless these had to move
 * to {@code /var/lib/guifan-es} (see {@link #nodeDirectory()}).
 */
public final class ManagedElasticsearch implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(ManagedElasticsearch.class);

	// A file lock guards against other processes only; threads of this JVM queue here.
	private static final Map<Path, Object> JVM_LOCKS = new ConcurrentHashMap<>();

	private final Path home;

	private final Path nodeDirectory;

	private final URI httpUri;

	private final long pid;

	private final @Nullable RunningNode node;

	private final @Nullable Thread shutdownHook;

	private final AtomicBoolean closed = new AtomicBoolean();

	private ManagedElasticsearch(Path home, Path nodeDirectory, URI httpUri, long pid, @Nullable RunningNode node,
			boolean stopOnExit) {
		this.home = home;
		this.nodeDirectory = nodeDirectory;
		this.httpUri = httpUri;
		this.pid = pid;
		this.node = node;
		this.shutdownHook = (node != null && stopOnExit) ? new Thread(this::close, "guifan-elasticsearch-stop") : null;
	}

	/**
	 * Returns the node of {@code settings.home()}: the one already running, if another
	 * live process started it from the same home and it is healthy, else a new one.
	 * Processes that race here are serialised by a lock on {@code <home>/node.lock}, so
	 * only one starts a node.
	 * @param settings where and how to run the node
	 * @return a handle on a healthy node; close it to stop a node it started
	 * @throws ManagedNodeException if the node cannot be started or does not become
	 * healthy in time; the message names the cause and shows the end of the node's log
	 */
	@SuppressWarnings("try") // the lock is held by being open, not used
	public static ManagedElasticsearch startOrAttach(ManagedNodeSettings settings) {
		Path home = settings.home();
		createHome(home);
		Path lockFile = NodeLayout.inHome(home).lockFile();
		synchronized (JVM_LOCKS.computeIfAbsent(home, (key) -> new Object())) {
			try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
					FileLock lock = lock(channel, lockFile)) {
				return new NodeStarter(settings).startOrAttach();
			}
			catch (IOException ex) {
				throw new ManagedNodeException("Cannot lock " + lockFile + ": " + ex.getMessage(), ex);
			}
		}
	}

	static ManagedElasticsearch started(ManagedNodeSettings settings, NodeLayout layout, NodeState state,
			RunningNode node) {
		ManagedElasticsearch handle = new ManagedElasticsearch(settings.home(), layout.nodeRoot(), state.httpUri(),
				state.pid(), node, settings.ownedByCurrentJvm());
		if (handle.shutdownHook != null) {
			Runtime.getRuntime().addShutdownHook(handle.shutdownHook);
		}
		return handle;
	}

	static ManagedElasticsearch attached(Path home, NodeState state) {
		return new ManagedElasticsearch(home, Path.of(state.nodeRoot()), state.httpUri(), state.pid(), null, false);
	}

	/**
	 * The node's REST endpoint.
	 * @return e.g. {@code http://127.0.0.1:41234}
	 */
	public URI httpUri() {
		return this.httpUri;
	}

	/**
	 * The pid of the node's launch process: the root of its process tree (runuser, the
	 * Elasticsearch CLI, the server JVM) and the id of its process group.
	 * @return the pid
	 */
	public long pid() {
		return this.pid;
	}

	/**
	 * Whether this handle started the node, so that {@link #close()} stops it. A handle
	 * that attached to a node of another process leaves it running.
	 * @return {@code true} if this handle owns the node
	 */
	public boolean ownsNode() {
		return this.node != null;
	}

	/**
	 * Whether the node's process is still running: a node that crashed or was killed is
	 * not, and its owner may start a new one with {@link #startOrAttach}.
	 * @return {@code true} while the node's launch process lives and this handle has not
	 * stopped it
	 */
	public boolean isAlive() {
		RunningNode running = this.node;
		if (running != null) {
			return !this.closed.get() && running.isAlive();
		}
		return ProcessHandle.of(this.pid).map(ProcessHandle::isAlive).orElse(false);
	}

	/**
	 * The home the node belongs to.
	 * @return the home, as given in the settings
	 */
	public Path home() {
		return this.home;
	}

	/**
	 * The folder that holds the node's distribution, config, data and logs: the home, or
	 * a folder under {@code /var/lib/guifan-es} when the node runs as the service user
	 * and that user cannot reach the home.
	 * @return the node's folder
	 */
	public Path nodeDirectory() {
		return this.nodeDirectory;
	}

	/**
	 * Stops the node and all its processes if this handle started it (SIGTERM, then
	 * SIGKILL after 30 s); does nothing to a node it attached to. Idempotent.
	 */
	@Override
	public void close() {
		RunningNode running = this.node;
		if (running == null || !this.closed.compareAndSet(false, true)) {
			return;
		}
		if (this.shutdownHook != null && Thread.currentThread() != this.shutdownHook) {
			try {
				Runtime.getRuntime().removeShutdownHook(this.shutdownHook);
			}
			catch (IllegalStateException ex) {
				// The JVM is already shutting down; the hook and this call both end up
				// here once.
			}
		}
		long started = System.nanoTime();
		boolean stopped = running.stop();
		new NodeStateFile(NodeLayout.inHome(this.home).stateFile()).deleteIfFor(this.pid);
		if (stopped) {
			log.info("Stopped Elasticsearch (pid {}) in {} ms", this.pid, (System.nanoTime() - started) / 1_000_000);
		}
		else {
			log.error("Processes of Elasticsearch (process group {}) are still running after SIGKILL",
					running.processGroup());
		}
	}

	@Override
	public String toString() {
		return "ManagedElasticsearch[" + this.httpUri + ", pid " + this.pid + (ownsNode() ? ", owned" : ", attached")
				+ ", home " + this.home + "]";
	}

	private static void createHome(Path home) {
		try {
			Files.createDirectories(home);
		}
		catch (IOException ex) {
			throw new ManagedNodeException("Cannot create the Elasticsearch home " + home + ": " + ex.getMessage(), ex);
		}
	}

	private static FileLock lock(FileChannel channel, Path lockFile) throws IOException {
		FileLock lock = channel.tryLock();
		if (lock != null) {
			return lock;
		}
		log.info("Another process is starting the Elasticsearch node of {}; waiting for it", lockFile.getParent());
		return channel.lock();
	}

}
