package cn.guifan.managed;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

/**
 * Builds and starts the node's process: {@code setsid [runuser -u USER --]
 * <es-home>/bin/elasticsearch -p <pidfile>}, with the environment that points the
 * distribution's launcher at our config, our JVM and our heap.
 */
final class NodeLauncher {

	// Options meant for our JVM that the java launcher would also apply to the node's
	// JVMs.
	private static final List<String> INHERITED_JAVA_OPTIONS = List.of("JAVA_TOOL_OPTIONS", "_JAVA_OPTIONS",
			"JDK_JAVA_OPTIONS", "CLI_JAVA_OPTS", "ES_JAVA_OPTS", "ES_PATH_CONF", "ES_HOME", "ES_TMPDIR");

	private NodeLauncher() {
	}

	/**
	 * Starts the node. Its output goes to {@code consoleLog}: it is small (the node logs
	 * to its own files too), and a file, unlike a pipe, never blocks the node when nobody
	 * reads.
	 */
	static Process launch(Path esHome, NodeLayout layout, int heapMb, @Nullable ServiceUser user, Path consoleLog) {
		ProcessBuilder builder = new ProcessBuilder(command(esHome, layout, user)).directory(layout.logsDir().toFile())
			.redirectInput(ProcessBuilder.Redirect.from(Commands.DEV_NULL))
			.redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(consoleLog.toFile()));
		Map<String, String> environment = environment(builder.environment(), layout, heapMb, javaHome());
		builder.environment().clear();
		builder.environment().putAll(environment);
		try {
			return builder.start();
		}
		catch (IOException ex) {
			throw new ManagedNodeException("Cannot start Elasticsearch from " + esHome + ": " + ex.getMessage(), ex);
		}
	}

	static List<String> command(Path esHome, NodeLayout layout, @Nullable ServiceUser user) {
		List<String> command = new ArrayList<>();
		// A new session makes the node a process group of its own: one signal stops all
		// of it, and Ctrl-C in our terminal does not hit it before we stop it in order.
		command.add(Commands.require("setsid", "give Elasticsearch its own process group"));
		if (user != null) {
			command.addAll(user.runAsPrefix());
		}
		command.add(esHome.resolve("bin").resolve("elasticsearch").toString());
		command.add("-p");
		command.add(layout.pidFile().toString());
		return command;
	}

	/**
	 * The node's environment: ours, without Java options aimed at us, plus the variables
	 * the distribution's launcher reads.
	 */
	static Map<String, String> environment(Map<String, String> inherited, NodeLayout layout, int heapMb,
			Path javaHome) {
		Map<String, String> environment = new TreeMap<>(inherited);
		INHERITED_JAVA_OPTIONS.forEach(environment::remove);
		environment.put("ES_PATH_CONF", layout.configDir().toString());
		environment.put("ES_JAVA_HOME", javaHome.toString());
		environment.put("ES_JAVA_OPTS", "-Xms" + heapMb + "m -Xmx" + heapMb + "m");
		environment.put("ES_TMPDIR", layout.tmpDir().toString());
		// ES_TMPDIR reaches the server only. The CLI probes the JVM's flags in a
		// temporary folder it leaves behind (with a gc.log): keep those out of the
		// system's /tmp.
		environment.put("CLI_JAVA_OPTS", "-Djava.io.tmpdir=" + layout.tmpDir());
		return environment;
	}

	static Path javaHome() {
		return Path.of(System.getProperty("java.home"));
	}

}
