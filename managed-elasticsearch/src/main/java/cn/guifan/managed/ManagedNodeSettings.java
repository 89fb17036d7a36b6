package cn.guifan.managed;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * How to run the managed local Elasticsearch node.
 *
 * @param home the data folder that holds the node: its distribution, config, data and
 * logs (unless the service user cannot reach it, see {@link ManagedElasticsearch}), plus
 * {@code node.lock} and {@code node.json}
 * @param heapMb the node's heap (-Xms and -Xmx), in MiB
 * @param startTimeout how long to wait for the node to become healthy
 * @param serviceUser the system user that runs the node when this process is root
 * (Elasticsearch refuses to run as root)
 * @param distribution an explicitly configured distribution zip, or {@code null} to find
 * the one the build downloaded
 * @param lifetimeOwner the process whose death stops the node; the current JVM unless the
 * caller ties the node to another process (the test support ties it to the Maven build)
 */
public record ManagedNodeSettings(Path home, int heapMb, Duration startTimeout, String serviceUser,
		@Nullable Path distribution, ProcessHandle lifetimeOwner) {

	public static final int DEFAULT_HEAP_MB = 512;

	public static final Duration DEFAULT_START_TIMEOUT = Duration.ofSeconds(120);

	public static final String DEFAULT_SERVICE_USER = "guifan-es";

	// What useradd accepts without surprises; the name also ends up in a command line.
	private static final Pattern USER_NAME = Pattern.compile("[a-z_][a-z0-9_-]{0,31}");

	public ManagedNodeSettings {
		Objects.requireNonNull(home, "home");
		Objects.requireNonNull(startTimeout, "startTimeout");
		Objects.requireNonNull(serviceUser, "serviceUser");
		Objects.requireNonNull(lifetimeOwner, "lifetimeOwner");
		home = home.toAbsolutePath().normalize();
		distribution = (distribution != null) ? distribution.toAbsolutePath().normalize() : null;
		if (heapMb < 128) {
			throw new IllegalArgumentException("Elasticsearch needs a heap of at least 128 MB, got " + heapMb);
		}
		if (startTimeout.isNegative() || startTimeout.isZero()) {
			throw new IllegalArgumentException("The start timeout must be positive, got " + startTimeout);
		}
		if (!USER_NAME.matcher(serviceUser).matches()) {
			throw new IllegalArgumentException("Not a usable system user name: '" + serviceUser + "'");
		}
	}

	/**
	 * Settings with the defaults: 512 MB heap, 120 s start timeout, service user
	 * {@code guifan-es}, the distribution the build downloaded, tied to the current JVM.
	 * @param home the data folder of the node
	 * @return the settings
	 */
	public static ManagedNodeSettings defaults(Path home) {
		return new ManagedNodeSettings(home, DEFAULT_HEAP_MB, DEFAULT_START_TIMEOUT, DEFAULT_SERVICE_USER, null,
				ProcessHandle.current());
	}

	public ManagedNodeSettings withHeapMb(int heapMb) {
		return new ManagedNodeSettings(this.home, heapMb, this.startTimeout, this.serviceUser, this.distribution,
				this.lifetimeOwner);
	}

	public ManagedNodeSettings withStartTimeout(Duration startTimeout) {
		return new ManagedNodeSettings(this.home, this.heapMb, startTimeout, this.serviceUser, this.distribution,
				this.lifetimeOwner);
	}

	public ManagedNodeSettings withServiceUser(String serviceUser) {
		return new ManagedNodeSettings(this.home, this.heapMb, this.startTimeout, serviceUser, this.distribution,
				this.lifetimeOwner);
	}

	public ManagedNodeSettings withDistribution(@Nullable Path distribution) {
		return new ManagedNodeSettings(this.home, this.heapMb, this.startTimeout, this.serviceUser, distribution,
				this.lifetimeOwner);
	}

	public ManagedNodeSettings withLifetimeOwner(ProcessHandle lifetimeOwner) {
		return new ManagedNodeSettings(this.home, this.heapMb, this.startTimeout, this.serviceUser, this.distribution,
				lifetimeOwner);
	}

	/**
	 * Whether the node lives exactly as long as this JVM, so that a shutdown hook and the
	 * stdin pipe of the watchdog can stop it.
	 * @return {@code true} if the lifetime owner is the current process
	 */
	boolean ownedByCurrentJvm() {
		return this.lifetimeOwner.pid() == ProcessHandle.current().pid();
	}

}
