package cn.guifan.registry.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The built application jar in a process of its own, started as {@code ./guifan} starts
 * it (its heap capped, {@code -XX:+ExitOnOutOfMemoryError}), its output read as it comes.
 * For tests of what only a real process shows: memory, kill -9, restarts.
 */
public final class GuifanProcess implements AutoCloseable {

	private static final Pattern PORT = Pattern.compile("已启动：http://localhost:(\\d+)/");

	private final Process process;

	private final StringBuffer output = new StringBuffer();

	private final Thread reader;

	private GuifanProcess(Process process) {
		this.process = process;
		this.reader = new Thread(() -> {
			try (BufferedReader in = new BufferedReader(
					new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
				String line;
				while ((line = in.readLine()) != null) {
					this.output.append(line).append('\n');
				}
			}
			catch (IOException ex) {
				// The process ended.
			}
		});
		this.reader.setDaemon(true);
		this.reader.start();
	}

	/**
	 * Starts {@code java -Xmx<heap> -XX:+ExitOnOutOfMemoryError -jar target/guifan.jar
	 * args… --data-dir=<data>} with the given environment added (an empty
	 * {@code ELASTICSEARCH_URIS} is removed, so the process manages its own node).
	 */
	public static GuifanProcess start(Path data, String heap, Map<String, String> environment, String... args) {
		return start(List.of(), data, heap, environment, args);
	}

	/**
	 * Started as from a terminal, where Ctrl-C reaches it: SIGINT restored to its default
	 * first. A build started in the background (nohup, {@code cmd &} in a script) ignores
	 * SIGINT and its children inherit that, so the JVM would install no Ctrl-C handler
	 * and a test of Ctrl-C would wait for ever.
	 */
	public static GuifanProcess startAsFromATerminal(Path data, String heap, Map<String, String> environment,
			String... args) {
		return start(List.of("env", "--default-signal=INT"), data, heap, environment, args);
	}

	private static GuifanProcess start(List<String> prefix, Path data, String heap, Map<String, String> environment,
			String... args) {
		Path jar = Path.of("target", "guifan.jar").toAbsolutePath();
		if (!Files.exists(jar)) {
			throw new IllegalStateException("the application jar is built in the package phase: " + jar);
		}
		List<String> command = new ArrayList<>(prefix);
		command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx" + heap,
				"-XX:+ExitOnOutOfMemoryError", "-jar", jar.toString()));
		Collections.addAll(command, args);
		command.add("--data-dir=" + data);
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
		builder.environment().remove("ELASTICSEARCH_URIS");
		builder.environment().putAll(environment);
		try {
			return new GuifanProcess(builder.start());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A fresh data folder under {@code target/} (the node's service user can enter it).
	 */
	public static Path dataDir(String name) {
		try {
			Path data = Path.of("target", name, Long.toString(System.nanoTime())).toAbsolutePath();
			Files.createDirectories(data);
			return data;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public Process process() {
		return this.process;
	}

	/** Waits for the service's port, failing with its output if it exits first. */
	public int awaitPort() throws InterruptedException {
		return awaitPort(Duration.ofSeconds(240));
	}

	/** Waits for the service's port as long as given. */
	public int awaitPort(Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			Matcher m = PORT.matcher(this.output);
			if (m.find()) {
				return Integer.parseInt(m.group(1));
			}
			if (!this.process.isAlive()) {
				throw new AssertionError("the service exited:\n" + this.output);
			}
			Thread.sleep(200);
		}
		throw new AssertionError("the service did not start within " + timeout.toSeconds() + " s:\n" + this.output);
	}

	/** Waits until the output contains the text. */
	public void awaitOutput(String text, long seconds) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
		while (System.nanoTime() < deadline) {
			if (this.output.indexOf(text) >= 0) {
				return;
			}
			if (!this.process.isAlive()) {
				throw new AssertionError("the process exited before printing “" + text + "”:\n" + this.output);
			}
			Thread.sleep(100);
		}
		throw new AssertionError("no “" + text + "” within " + seconds + " s:\n" + this.output);
	}

	/** Waits for the process to end; its exit code. */
	public int awaitExit(long seconds) throws InterruptedException {
		if (!this.process.waitFor(seconds, TimeUnit.SECONDS)) {
			throw new AssertionError("still running after " + seconds + " s:\n" + this.output);
		}
		this.reader.join(5_000);
		return this.process.exitValue();
	}

	/** What it printed so far. */
	public String output() {
		return this.output.toString();
	}

	/** SIGKILL: no shutdown hook runs. */
	public void kill() throws InterruptedException {
		this.process.destroyForcibly();
		this.process.waitFor(60, TimeUnit.SECONDS);
	}

	@Override
	public void close() {
		this.process.destroyForcibly();
	}

}
