package cn.guifan.registry.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The only SQL on the {@code account} and {@code organization} tables. */
@Component
class AccountStore {

	private static final String SELECT = """
			SELECT a.username, a.password_hash, a.roles, a.display_name, o.name AS organization, a.enabled,
			       a.failed_logins, a.locked_until, a.created_at, a.password_changed_at
			  FROM account a LEFT JOIN organization o ON o.id = a.organization_id
			""";

	private final JdbcClient jdbc;

	AccountStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * An account as stored.
	 *
	 * @param username login name
	 * @param passwordHash encoded password
	 * @param roles its roles
	 * @param displayName name shown in the audit log
	 * @param organization its department
	 * @param enabled whether it may sign in
	 * @param failedLogins failed sign-ins since the last success or lock
	 * @param lockedUntil when a lock after failed sign-ins ends
	 * @param createdAt when it was made
	 * @param passwordChangedAt when its password was last set
	 */
	record Row(String username, String passwordHash, List<String> roles, @Nullable String displayName,
			@Nullable String organization, boolean enabled, int failedLogins, @Nullable Instant lockedUntil,
			Instant createdAt, Instant passwordChangedAt) {
	}

	Optional<Row> find(String username) {
		return this.jdbc.sql(SELECT + " WHERE a.username = :name")
			.param("name", username)
			.query(AccountStore::row)
			.optional();
	}

	List<Row> all() {
		return this.jdbc.sql(SELECT + " ORDER BY a.username").query(AccountStore::row).list();
	}

	long count() {
		return this.jdbc.sql("SELECT COUNT(*) FROM account").query(Long.class).single();
	}

	void insert(String username, String passwordHash, List<String> roles, @Nullable String displayName,
			@Nullable Long organizationId, Instant now) {
		this.jdbc.sql("""
				INSERT INTO account (username, password_hash, roles, display_name, organization_id, enabled,
				                     failed_logins, created_at, password_changed_at)
				VALUES (:name, :hash, :roles, :display, :org, TRUE, 0, :now, :now)
				""")
			.param("name", username)
			.param("hash", passwordHash)
			.param("roles", String.join(",", roles))
			.param("display", displayName)
			.param("org", organizationId)
			.param("now", Timestamp.from(now))
			.update();
	}

	int setPassword(String username, String passwordHash, Instant now) {
		return this.jdbc.sql("""
				UPDATE account SET password_hash = :hash, password_changed_at = :now, failed_logins = 0,
				       locked_until = NULL
				 WHERE username = :name
				""").param("hash", passwordHash).param("now", Timestamp.from(now)).param("name", username).update();
	}

	int setEnabled(String username, boolean enabled) {
		return this.jdbc.sql("UPDATE account SET enabled = :enabled WHERE username = :name")
			.param("enabled", enabled)
			.param("name", username)
			.update();
	}

	int update(String username, List<String> roles, @Nullable String displayName, @Nullable Long organizationId) {
		return this.jdbc.sql("""
				UPDATE account SET roles = :roles, display_name = :display, organization_id = :org
				 WHERE username = :name
				""")
			.param("roles", String.join(",", roles))
			.param("display", displayName)
			.param("org", organizationId)
			.param("name", username)
			.update();
	}

	/**
	 * Counts a failed sign-in; when it is the {@code maxFailures}th, locks the account
	 * until {@code lockUntil} and starts counting again. Returns whether it locked.
	 */
	boolean recordFailure(String username, int maxFailures, Instant lockUntil) {
		this.jdbc.sql("UPDATE account SET failed_logins = failed_logins + 1 WHERE username = :name")
			.param("name", username)
			.update();
		return this.jdbc.sql("""
				UPDATE account SET locked_until = :until, failed_logins = 0
				 WHERE username = :name AND failed_logins >= :max
				""")
			.param("until", Timestamp.from(lockUntil))
			.param("name", username)
			.param("max", maxFailures)
			.update() > 0;
	}

	void recordSuccess(String username) {
		this.jdbc.sql("""
				UPDATE account SET failed_logins = 0, locked_until = NULL
				 WHERE username = :name AND (failed_logins <> 0 OR locked_until IS NOT NULL)
				""").param("name", username).update();
	}

	int unlock(String username) {
		return this.jdbc.sql("UPDATE account SET failed_logins = 0, locked_until = NULL WHERE username = :name")
			.param("name", username)
			.update();
	}

	Optional<Long> organizationId(String name) {
		return this.jdbc.sql("SELECT id FROM organization WHERE name = :name")
			.param("name", name)
			.query(Long.class)
			.optional();
	}

	List<String> organizations() {
		return this.jdbc.sql("SELECT name FROM organization ORDER BY name").query(String.class).list();
	}

	void insertOrganization(String name, Instant now) {
		this.jdbc.sql("INSERT INTO organization (name, created_at) VALUES (:name, :now)")
			.param("name", name)
			.param("now", Timestamp.from(now))
			.update();
	}

	private static Row row(ResultSet rs, int rowNum) throws SQLException {
		Timestamp locked = rs.getTimestamp("locked_until");
		return new Row(rs.getString("username"), rs.getString("password_hash"),
				Arrays.stream(rs.getString("roles").split(",")).filter((r) -> !r.isBlank()).toList(),
				rs.getString("display_name"), rs.getString("organization"), rs.getBoolean("enabled"),
				rs.getInt("failed_logins"), (locked != null) ? locked.toInstant() : null,
				rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("password_changed_at").toInstant());
	}

}
