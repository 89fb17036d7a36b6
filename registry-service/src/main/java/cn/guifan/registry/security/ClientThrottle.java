package cn.guifan.registry.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.LockedException;

/**
 * Failed sign-ins per client address, whatever the account: the lock of an account after
 * a few wrong passwords does not stop one client trying a password on many accounts.
 * After {@code maxFailures} failures within {@code window} the client is refused (the
 * right password too) until the window ends. Success does not reset the count (a client
 * that knows one password would reset it at will).
 * <p>
 * Counted in this process's memory: each instance of a cluster counts what reaches it (a
 * client spread over N instances gets N times the tries). At most {@value #MAX_CLIENTS}
 * addresses are remembered, the least recently seen forgotten first, so a flood of
 * addresses cannot fill the heap. Behind a proxy, the address is the one
 * {@code server.forward-headers-strategy} gives.
 */
final class ClientThrottle {

	static final int MAX_CLIENTS = 10_000;

	private final int maxFailures;

	private final Duration window;

	private final Clock clock;

	private final Map<String, Tries> clients = new LinkedHashMap<>(64, 0.75f, true) {

		private static final long serialVersionUID = 1L;

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Tries> eldest) {
			return size() > MAX_CLIENTS;
		}

	};

	ClientThrottle(int maxFailures, Duration window, Clock clock) {
		this.maxFailures = maxFailures;
		this.window = window;
		this.clock = clock;
	}

	/** Refuses a client that failed too often lately. */
	synchronized void check(String client) {
		Tries tries = current(client);
		if (tries != null && tries.failures >= this.maxFailures) {
			throw new ClientThrottledException();
		}
	}

	/** Counts a failed sign-in of the client. */
	synchronized void failed(String client) {
		Tries tries = current(client);
		if (tries == null) {
			tries = new Tries(this.clock.instant());
			this.clients.put(client, tries);
		}
		tries.failures++;
	}

	private @Nullable Tries current(String client) {
		Tries tries = this.clients.get(client);
		if (tries != null && !this.clock.instant().isBefore(tries.since.plus(this.window))) {
			this.clients.remove(client);
			return null;
		}
		return tries;
	}

	private static final class Tries {

		final Instant since;

		int failures;

		Tries(Instant since) {
			this.since = since;
		}

	}

	/** A sign-in refused because its client failed too often. */
	static final class ClientThrottledException extends LockedException {

		private static final long serialVersionUID = 1L;

		ClientThrottledException() {
			super("too many failed sign-ins from this address");
		}

	}

}
