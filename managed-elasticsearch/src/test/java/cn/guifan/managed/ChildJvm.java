package cn.guifan.managed;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.fail;

/**
 * A second JVM, with our class path, that runs {@link ManagedNodeChild}: the process
 * whose death the kill tests stage. Its output goes to a file, so it never blocks on a
 * full pipe and remains readable when the test fails.
 */
final class ChildJvm implements AutoCloseable {

	private static final Pattern READY = Pattern.compile(ManagedNodeChild.READY + " pid=(\\d+) uri=(\\S+)");

	private final Process process;

	private final Path output;

	private ChildJvm(Process process, Path output) {
		this.process = process;
		this.output = output;
	}

	record Ready(long pid, URI httpUri) {

	}

	static ChildJvm start(Path home, Path output) throws IOException {
		Files.createDirectories(output.getParent());
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		// Where this JVM finds the distribution, the child must find it too.
		String repository = System.getProperty("maven.repo.local");
		if (repository != null) {
			command.add("-Dmaven.repo.local=" + repository);
		}
		command.addAll(List.of("-cp", System.getProperty("java.class.path"), ManagedNodeChild.class.getName(),
				home.toString()));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
		return new ChildJvm(process, output);
	}

	Process process() {
		return this.process;
	}

	Ready awaitReady(Duration timeout) throws IOException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			Optional<Ready> ready = ready();
			if (ready.isPresent()) {
				return ready.get();
			}
			if (!this.process.isAlive()) {
				fail("The child JVM exited with " + this.process.exitValue() + " before its node was ready:\n"
						+ output());
			}
			Pause.sleep(Duration.ofMillis(200));
		}
		return fail("The child JVM did not report a ready node within " + timeout + ":\n" + output());
	}

	private Optional<Ready> ready() throws IOException {
		for (String line : Files.readAllLines(this.output)) {
			Matcher matcher = READY.matcher(line);
			if (matcher.matches()) {
				return Optional.of(new Ready(Long.parseLong(matcher.group(1)), URI.create(matcher.group(2))));
			}
		}
		return Optional.empty();
	}

	String output() throws IOException {
		return Files.readString(this.output);
	}

	boolean awaitExit(Duration timeout) {
		return ProcessTree.awaitExit(List.of(this.process.toHandle()), timeout);
	}

	@Override
	public void close() {
		this.process.destroyForcibly();
	}

}
