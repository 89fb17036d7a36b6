package cn.guifan.registry.security;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The embedded database gets a generated password kept beside it, its folder and files
 * are its owner's only, and a database made with the old fixed password is moved to a new
 * one; PostgreSQL needs its credentials given.
 */
class DatabaseHardeningTest {

	@TempDir
	Path data;

	@Test
	void aNewDatabaseGetsAGeneratedPasswordKeptBesideIt() throws Exception {
		String url = "jdbc:h2:file:" + this.data.resolve("db/guifan");
		DataSourceProperties properties = properties(url, "guifan", null);
		DatabaseHardening.harden(properties);
		assertThat(properties.getPassword()).hasSize(24).isNotEqualTo("guifan");
		Path credentials = this.data.resolve("db/credentials.properties");
		assertThat(Files.readString(credentials)).contains("password=" + properties.getPassword());
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(credentials))).isEqualTo("rw-------");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(this.data.resolve("db"))))
			.isEqualTo("rwx------");
		// Another process on the same folder reads the same password.
		DataSourceProperties again = properties(url, "guifan", null);
		DatabaseHardening.harden(again);
		assertThat(again.getPassword()).isEqualTo(properties.getPassword());
		try (Connection connection = DriverManager.getConnection(url, "guifan", properties.getPassword())) {
			assertThat(connection.isValid(1)).isTrue();
		}
	}

	@Test
	void aDatabaseWithTheOldFixedPasswordGetsANewOne() throws Exception {
		String url = "jdbc:h2:file:" + this.data.resolve("db/guifan");
		try (Connection connection = DriverManager.getConnection(url, "guifan", "guifan")) {
			connection.createStatement().execute("CREATE TABLE kept (id INT)");
		}
		Files.setPosixFilePermissions(this.data.resolve("db/guifan.mv.db"),
				PosixFilePermissions.fromString("rw-r--r--"));
		DataSourceProperties properties = properties(url, "guifan", null);
		DatabaseHardening.harden(properties);
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(this.data.resolve("db/guifan.mv.db"))))
			.isEqualTo("rw-------");
		assertThatExceptionOfType(SQLException.class)
			.isThrownBy(() -> DriverManager.getConnection(url, "guifan", "guifan").close());
		try (Connection connection = DriverManager.getConnection(url, "guifan", properties.getPassword())) {
			assertThat(connection.createStatement().executeQuery("SELECT COUNT(*) FROM kept").next()).isTrue();
		}
	}

	@Test
	void aPasswordGivenInTheSettingsIsKept() {
		DataSourceProperties properties = properties("jdbc:h2:file:" + this.data.resolve("db/guifan"), "guifan",
				"chosen-by-the-operator");
		DatabaseHardening.harden(properties);
		assertThat(properties.getPassword()).isEqualTo("chosen-by-the-operator");
		assertThat(this.data.resolve("db/credentials.properties")).doesNotExist();
	}

	@Test
	void aCommitSurvivesTheProcessBeingKilledRightAfterIt() throws Exception {
		String url = "jdbc:h2:file:" + this.data.resolve("db/guifan");
		Path launcher = Path.of(System.getProperty("java.home"), "bin", "java");
		Process probe = new ProcessBuilder(launcher.toString(), "-cp", System.getProperty("java.class.path"),
				KilledAfterCommit.class.getName(), url)
			.redirectErrorStream(true)
			.start();
		String output = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(probe.waitFor()).as(output).isEqualTo(KilledAfterCommit.HALTED);
		DataSourceProperties properties = properties(url, "guifan", null);
		DatabaseHardening.harden(properties);
		try (Connection connection = DriverManager.getConnection(properties.getUrl(), "guifan",
				properties.getPassword());
				ResultSet rows = connection.createStatement().executeQuery("SELECT COUNT(*) FROM kept")) {
			rows.next();
			assertThat(rows.getInt(1)).as("rows committed before the kill").isEqualTo(KilledAfterCommit.ROWS);
		}
	}

	@Test
	void aUrlThatSetsItsOwnWriteDelayKeepsIt() {
		assertThat(DatabaseHardening.durable("jdbc:h2:file:/d/guifan;AUTO_SERVER=TRUE"))
			.isEqualTo("jdbc:h2:file:/d/guifan;AUTO_SERVER=TRUE;WRITE_DELAY=0");
		assertThat(DatabaseHardening.durable("jdbc:h2:file:/d/guifan;write_delay=500"))
			.isEqualTo("jdbc:h2:file:/d/guifan;write_delay=500");
	}

	/**
	 * Commits rows through the hardened settings, then dies at once as kill -9 would: no
	 * shutdown hook, no close.
	 */
	public static final class KilledAfterCommit {

		static final int ROWS = 10;

		static final int HALTED = 9;

		public static void main(String[] args) throws Exception {
			DataSourceProperties properties = properties(args[0], "guifan", null);
			DatabaseHardening.harden(properties);
			Connection connection = DriverManager.getConnection(properties.getUrl(), "guifan",
					properties.getPassword());
			connection.createStatement().execute("CREATE TABLE kept (id INT)");
			Thread.sleep(1500);
			for (int i = 0; i < ROWS; i++) {
				connection.createStatement().execute("INSERT INTO kept VALUES (" + i + ")");
			}
			Runtime.getRuntime().halt(HALTED);
		}

	}

	@Test
	void h2ServesTheLoopbackInterfaceOnly() {
		DatabaseHardening.loopbackOnly();
		assertThat(System.getProperty(DatabaseHardening.BIND_ADDRESS)).isEqualTo("127.0.0.1");
	}

	@Test
	void postgresqlWithoutCredentialsDoesNotStart() {
		assertThatIllegalStateException()
			.isThrownBy(() -> DatabaseHardening.harden(properties("jdbc:postgresql://db/guifan", "", "")))
			.withMessageContaining("DATABASE_USERNAME")
			.withMessageContaining("DATABASE_PASSWORD");
		DatabaseHardening.harden(properties("jdbc:postgresql://db/guifan", "guifan", "s3cret-from-env"));
	}

	private static DataSourceProperties properties(String url, String user, String password) {
		DataSourceProperties properties = new DataSourceProperties();
		properties.setUrl(url);
		properties.setUsername(user);
		properties.setPassword(password);
		return properties;
	}

}
