package cn.guifan.managed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A small shell process that stops the node's process group when the node's lifetime
 * owner dies, even by SIGKILL, when no shutdown hook of ours can run. It runs as the same
 * user as this JVM (root, when the node runs as the service user), so it may signal the
 * node.
 *
 * <p>
 * When the owner is this JVM, the watchdog blocks reading a pipe whose other end only
 * this JVM holds: the kernel closes it when the JVM dies, however it dies. When the owner
 * is another process, the watchdog polls it. The watchdog has its own session, so Ctrl-C
 * in a terminal does not reach it.
 */
final class Watchdog implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(Watchdog.class);

	private static final String SCRIPT = loadScript();

	private static final String SCRIPT_VARIABLE = "GUIFAN_WATCHDOG_SCRIPT";

	private static final Duration EXIT_WAIT = Duration.ofSeconds(5);

	// The JDK may close a child's stdin pipe once its Process is garbage, and the
	// watchdog would then stop a healthy node: running watchdogs stay reachable from
	// here.
	private static final Set<Watchdog> RUNNING = ConcurrentHashMap.newKeySet();

	private final Process process;

	private final boolean pipe;

	private Watchdog(Process process, boolean pipe) {
		this.process = process;
		this.pipe = pipe;
	}

	/**
	 * Starts a watchdog for a node.
	 * @param processGroup the node's process group
	 * @param owner the process whose death stops the node
	 * @param grace how long the node may take to stop after SIGTERM before it gets
	 * SIGKILL
	 * @param logFile where the watchdog reports what it does
	 * @return the running watchdog
	 */
	static Watchdog start(long processGroup, ProcessHandle owner, Duration grace, Path logFile) {
		boolean pipe = owner.pid() == ProcessHandle.current().pid();
		// The script travels in the environment: no file that someone could edit between
		// runs, and a short line in ps.
		List<String> command = List.of(Commands.require("setsid", "detach the node watchdog from the terminal"), "sh",
				"-c", "eval \"$" + SCRIPT_VARIABLE + "\"", "guifan-watchdog", pipe ? "pipe" : "poll",
				Long.toString(processGroup), Long.toString(grace.toSeconds()), Long.toString(owner.pid()));
		ProcessBuilder builder = new ProcessBuilder(command);
		builder.environment().put(SCRIPT_VARIABLE, SCRIPT);
		builder.redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
			.redirectInput(pipe ? ProcessBuilder.Redirect.PIPE : ProcessBuilder.Redirect.from(Commands.DEV_NULL));
		try {
			Watchdog watchdog = new Watchdog(builder.start(), pipe);
			RUNNING.add(watchdog);
			log.debug("Started watchdog {} for node process group {} (owner {}, {})", watchdog.pid(), processGroup,
					owner.pid(), pipe ? "pipe" : "poll");
			return watchdog;
		}
		catch (IOException ex) {
			throw new ManagedNodeException("Cannot start the watchdog of the Elasticsearch node: " + ex.getMessage(),
					ex);
		}
	}

	long pid() {
		return this.process.pid();
	}

	/**
	 * Ends the watchdog. Called after the node stopped; should the node still run, the
	 * watchdog stops it on its way out.
	 */
	@Override
	public void close() {
		RUNNING.remove(this);
		try {
			if (this.pipe) {
				this.process.getOutputStream().close();
			}
			else {
				this.process.destroy();
			}
			if (!this.process.waitFor(EXIT_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
				log.warn("The node watchdog {} did not exit, killing it", this.process.pid());
				this.process.destroyForcibly();
			}
		}
		catch (IOException ex) {
			this.process.destroyForcibly();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			this.process.destroyForcibly();
		}
	}

	private static String loadScript() {
		try (InputStream in = Watchdog.class.getResourceAsStream("watchdog.sh")) {
			if (in == null) {
				throw new IllegalStateException("watchdog.sh is missing from the class path");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
