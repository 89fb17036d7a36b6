package cn.guifan.managed;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Runs the short system commands the node needs ({@code id}, {@code useradd},
 * {@code chown}, {@code kill}) and finds them even where {@code /usr/sbin} is not on the
 * PATH.
 */
final class Commands {

	static final File DEV_NULL = new File("/dev/null");

	private static final Duration TIMEOUT = Duration.ofSeconds(60);

	private Commands() {
	}

	record Result(int exitCode, String output) {

		boolean succeeded() {
			return this.exitCode == 0;
		}

	}

	static Result run(List<String> command) {
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectInput(ProcessBuilder.Redirect.from(DEV_NULL));
		try {
			Process process = builder.start();
			// The commands print a line or two; reading before waiting cannot dead-lock
			// on them.
			String output;
			try (InputStream in = process.getInputStream()) {
				output = new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
			}
			if (!process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
				process.destroyForcibly();
				throw new ManagedNodeException("'" + String.join(" ", command) + "' did not finish in " + TIMEOUT);
			}
			return new Result(process.exitValue(), output);
		}
		catch (IOException ex) {
			throw new ManagedNodeException("Cannot run '" + String.join(" ", command) + "': " + ex.getMessage(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new ManagedNodeException("Interrupted while running '" + String.join(" ", command) + "'", ex);
		}
	}

	/**
	 * Runs a command that must succeed.
	 * @param purpose what the command is for, for the error message
	 * @param command the command line
	 * @return its output
	 */
	static String runChecked(String purpose, List<String> command) {
		Result result = run(command);
		if (!result.succeeded()) {
			throw new ManagedNodeException("Cannot " + purpose + ": '" + String.join(" ", command) + "' exited with "
					+ result.exitCode() + (result.output().isEmpty() ? "" : ": " + result.output()));
		}
		return result.output();
	}

	/**
	 * The absolute path of an executable: PATH first, then the system folders a non-login
	 * root shell may lack.
	 * @param name the executable's name
	 * @return its path, if found
	 */
	static Optional<Path> find(String name) {
		Set<String> folders = new LinkedHashSet<>();
		String path = System.getenv("PATH");
		if (path != null) {
			folders.addAll(List.of(path.split(File.pathSeparator)));
		}
		folders.addAll(List.of("/usr/sbin", "/sbin", "/usr/bin", "/bin"));
		for (String folder : folders) {
			if (folder.isEmpty()) {
				continue;
			}
			Path candidate = Path.of(folder, name);
			if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
				return Optional.of(candidate);
			}
		}
		return Optional.empty();
	}

	static String require(String name, String purpose) {
		return find(name).map(Path::toString)
			.orElseThrow(() -> new ManagedNodeException(
					"The command '" + name + "' is needed to " + purpose + " but is not installed or not on the PATH"));
	}

	static List<String> concat(List<String> prefix, List<String> rest) {
		List<String> all = new ArrayList<>(prefix);
		all.addAll(rest);
		return all;
	}

}
