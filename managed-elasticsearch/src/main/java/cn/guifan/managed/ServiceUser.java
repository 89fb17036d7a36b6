package cn.guifan.managed;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The system user that runs the node when we are root. Elasticsearch refuses to run as
 * root, so a root process creates this user once ({@code useradd -r}), hands it the
 * node's writable folders and starts the node through {@code runuser}.
 */
final class ServiceUser {

	private static final Logger log = LoggerFactory.getLogger(ServiceUser.class);

	private final String name;

	ServiceUser(String name) {
		this.name = name;
	}

	String name() {
		return this.name;
	}

	static boolean currentProcessIsRoot() {
		try {
			return new com.sun.security.auth.module.UnixSystem().getUid() == 0;
		}
		catch (RuntimeException | LinkageError ex) {
			// Not a Unix system: there is no root to worry about.
			return false;
		}
	}

	void ensureExists() {
		if (Commands.run(List.of(Commands.require("id", "look up users"), "-u", this.name)).succeeded()) {
			return;
		}
		String shell = Commands.find("nologin").map(Path::toString).orElse("/bin/false");
		log.info("Creating the system user '{}' to run Elasticsearch, which refuses to run as root", this.name);
		Commands.Result created = Commands
			.run(List.of(Commands.require("useradd", "create the Elasticsearch service user"), "-r", "-M", "-s", shell,
					this.name));
		// Another process may have created the user in between; only a still missing user
		// is an error.
		if (!created.succeeded()
				&& !Commands.run(List.of(Commands.require("id", "look up users"), "-u", this.name)).succeeded()) {
			throw new ManagedNodeException("Cannot create the system user '" + this.name + "' (useradd exited with "
					+ created.exitCode() + ": " + created.output() + ")");
		}
	}

	/**
	 * Makes the user own the given folders and everything in them.
	 * @param folders existing folders
	 */
	void takeOwnership(List<Path> folders) {
		List<String> command = new ArrayList<>(
				List.of(Commands.require("chown", "hand the node's files to its user"), "-R", this.name + ":"));
		folders.forEach((folder) -> command.add(folder.toString()));
		Commands.runChecked("give the user '" + this.name + "' the node's files", command);
	}

	/**
	 * The command prefix that runs what follows as this user. No login shell and no new
	 * session: the environment ({@code ES_*}) passes through, and the node stays in the
	 * process group we created for it.
	 * @return the prefix
	 */
	List<String> runAsPrefix() {
		return List.of(Commands.require("runuser", "start Elasticsearch as '" + this.name + "'"), "-u", this.name,
				"--");
	}

}
