package cn.guifan.registry.support;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The database an integration test runs on: H2 in the test's data folder (the default, as
 * the service runs on one machine), or, when the build sets
 * {@code -Dguifan.test.database=postgres} (the Failsafe execution {@code postgres} in
 * registry-service's POM does), a fresh database on the {@link TestPostgres} server, so
 * that the same tests check the production engine too.
 */
public final class TestDatabase {

	/**
	 * The system property that chooses the engine: {@code h2} (default) or
	 * {@code postgres}.
	 */
	public static final String PROPERTY = "guifan.test.database";

	private TestDatabase() {
	}

	/** Whether this test JVM runs its integration tests on PostgreSQL. */
	public static boolean postgres() {
		return "postgres".equals(System.getProperty(PROPERTY, "h2").trim().toLowerCase(Locale.ROOT));
	}

	/**
	 * Points the application at the engine of this run, with its data under {@code data}.
	 */
	public static void register(DynamicPropertyRegistry registry, Path data) {
		if (postgres()) {
			String url = newPostgresDatabase();
			registry.add("spring.datasource.url", () -> url);
			registry.add("spring.datasource.username", () -> TestPostgres.USER);
			// Trust authentication ignores it, but Guifan refuses PostgreSQL without one.
			registry.add("spring.datasource.password", () -> "unused-with-trust-auth");
		}
		else {
			// As the service runs it: other processes on this machine can join
			// (AUTO_SERVER).
			registry.add("spring.datasource.url",
					() -> "jdbc:h2:file:" + data.resolve("db/guifan") + ";AUTO_SERVER=TRUE");
		}
	}

	/** A new empty PostgreSQL database on the test server; its JDBC URL. */
	public static String newPostgresDatabase() {
		String database = "guifan_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
		TestPostgres.get().createDatabase(database);
		return TestPostgres.get().jdbcUrl(database);
	}

	/**
	 * Environment for a {@code ./guifan} process on the engine of this run: empty for H2
	 * (it uses its data folder), a new PostgreSQL database otherwise.
	 */
	public static Map<String, String> processEnvironment() {
		if (!postgres()) {
			return Map.of();
		}
		return Map.of("DATABASE_URL", newPostgresDatabase(), "DATABASE_USERNAME", TestPostgres.USER,
				"DATABASE_PASSWORD", "unused-with-trust-auth", "SPRING_PROFILES_ACTIVE", "postgres");
	}

}
