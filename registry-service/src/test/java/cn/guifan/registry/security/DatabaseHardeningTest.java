package cn.guifan.registry.security;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
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
