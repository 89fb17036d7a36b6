package cn.guifan.registry.security;

import java.time.Duration;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Accounts and sign-in ({@code guifan.security.*}). Accounts live in the database; the
 * {@code users} given here only seed it: each one missing is created at start, and
 * changed afterwards only from the admin page or {@code ./guifan user}. With no account
 * at all, Guifan creates an administrator and a registrar with random passwords written
 * to {@code <data>/initial-credentials.txt}.
 *
 * @param users accounts to create when missing
 * @param login how failed sign-ins are throttled
 */
@ConfigurationProperties("guifan.security")
public record SecurityProperties(@DefaultValue List<User> users, @DefaultValue Login login) {

	/**
	 * An account to seed.
	 *
	 * @param name login name
	 * @param password encoded password ({@code {bcrypt}…}; {@code {noop}plain} is hashed
	 * when stored); empty: generated and written to the initial-credentials file
	 * @param roles DEPARTMENT, REGISTRAR, ADMIN
	 * @param displayName the name shown in the audit log (e.g. 县司法局 张三)
	 * @param organization the department a DEPARTMENT user belongs to (created when
	 * missing)
	 */
	public record User(String name, @Nullable String password, List<String> roles, @Nullable String displayName,
			@Nullable String organization) {
	}

	/**
	 * Throttling of sign-ins.
	 *
	 * @param maxFailures wrong passwords in a row that lock an account
	 * @param lockDuration how long it stays locked
	 * @param maxClientFailures failed sign-ins from one address, whatever the accounts,
	 * within {@code lockDuration} after which that address is refused until it has passed
	 */
	public record Login(@DefaultValue("5") int maxFailures, @DefaultValue("15m") Duration lockDuration,
			@DefaultValue("20") int maxClientFailures) {
	}

}
