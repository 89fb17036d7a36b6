package cn.guifan.registry.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.ApplicationListener;

/**
 * The database's own defences, set before the first connection.
 * <ul>
 * <li>H2 (the embedded default, in file mode with {@code AUTO_SERVER} so that a command
 * line ingest can write while the service runs) listens on the loopback interface only
 * ({@code h2.bindAddress=127.0.0.1}), not on every interface.</li>
 * <li>Its folder is readable by the owner only (0700) and its files 0600: the lock file
 * holds the key that lets another process in.</li>
 * <li>Its password is no longer the well-known guifan/guifan: one is generated at the
 * first start, kept in {@code <db folder>/credentials.properties} (0600) for every
 * process that uses the same folder; a database made by an earlier version gets it on its
 * next start.</li>
 * <li>A commit is on disk when it returns ({@code WRITE_DELAY=0}): H2 otherwise writes
 * committed changes up to half a second later, and a process killed in that time (kill
 * -9, the OOM killer) loses work it had acknowledged, such as an ingest's last chunks or
 * a registrar's event.</li>
 * <li>PostgreSQL has no default credentials: the profile refuses to start without
 * {@code DATABASE_USERNAME} and {@code DATABASE_PASSWORD}.</li>
 * </ul>
 */
class DatabaseHardening implements BeanPostProcessor, ApplicationListener<ApplicationReadyEvent> {

	static final String BIND_ADDRESS = "h2.bindAddress";

	static final String CREDENTIALS = "credentials.properties";

	/** The credentials of databases made before passwords were generated. */
	private static final String LEGACY_USER = "guifan";

	private static final String LEGACY_PASSWORD = "guifan";

	private static final Logger logger = LoggerFactory.getLogger(DatabaseHardening.class);

	static {
		loopbackOnly();
	}

	/** H2 reads the address once, when its first server starts: set it before that. */
	static void loopbackOnly() {
		if (System.getProperty(BIND_ADDRESS) == null) {
			System.setProperty(BIND_ADDRESS, "127.0.0.1");
		}
	}

	private volatile @Nullable Path h2Folder;

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof DataSourceProperties properties) {
			this.h2Folder = harden(properties);
		}
		return bean;
	}

	/**
	 * The files H2 made since (the lock file with its key, the trace file) are 0600 too.
	 */
	@Override
	public void onApplicationEvent(ApplicationReadyEvent event) {
		Path folder = this.h2Folder;
		if (folder != null) {
			ownerOnly(folder);
		}
	}

	/** Hardens the settings; returns the H2 database's folder, if it is one. */
	static @Nullable Path harden(DataSourceProperties properties) {
		String url = properties.getUrl();
		if (url == null) {
			return null;
		}
		String lower = url.toLowerCase(Locale.ROOT);
		if (lower.startsWith("jdbc:h2:file:")) {
			loopbackOnly();
			properties.setUrl(durable(url));
			Path database = h2File(url);
			Path folder = java.util.Objects.requireNonNull(database.toAbsolutePath().getParent(), "database folder");
			ownerOnly(folder);
			if (isBlank(properties.getPassword())) {
				String configured = properties.getUsername();
				String user = (configured == null || configured.isBlank()) ? LEGACY_USER : configured;
				properties.setUsername(user);
				properties.setPassword(h2Password(url, database, folder, user));
			}
			return folder;
		}
		else if (lower.startsWith("jdbc:postgresql:")
				&& (isBlank(properties.getUsername()) || isBlank(properties.getPassword()))) {
			throw new IllegalStateException("使用 PostgreSQL 时必须设置数据库用户名和密码：环境变量 DATABASE_USERNAME 和 DATABASE_PASSWORD"
					+ "（或 spring.datasource.username 和 spring.datasource.password）；Guifan 不再使用默认的 guifan/guifan。");
		}
		return null;
	}

	/** The URL with commits written as they return, unless it sets its own delay. */
	static String durable(String url) {
		if (url.toUpperCase(Locale.ROOT).contains(";WRITE_DELAY=")) {
			return url;
		}
		return url + ";WRITE_DELAY=0";
	}

	/** The database file's path without H2's extension, from the URL. */
	static Path h2File(String url) {
		String path = url.substring("jdbc:h2:file:".length());
		int options = path.indexOf(';');
		return Path.of((options >= 0) ? path.substring(0, options) : path);
	}

	/**
	 * The password of the H2 database: kept beside it, or generated; a database that
	 * still has the old fixed password is given the new one.
	 */
	private static String h2Password(String url, Path database, Path folder, String user) {
		Path file = folder.resolve(CREDENTIALS);
		try {
			if (Files.isRegularFile(file)) {
				Properties saved = new Properties();
				try (InputStream in = Files.newInputStream(file)) {
					saved.load(in);
				}
				String password = saved.getProperty("password");
				if (password != null && !password.isEmpty()) {
					return password;
				}
			}
			String password = Accounts.generatePassword();
			if (Files.exists(Path.of(database + ".mv.db"))) {
				changeLegacyPassword(url, user, password);
			}
			Path temporary = folder.resolve(CREDENTIALS + ".tmp");
			Files.deleteIfExists(temporary);
			Files.createFile(temporary);
			AccountSeeder.ownerOnly(temporary);
			Files.writeString(temporary, "# The H2 database's credentials, generated at its first start.\nusername="
					+ user + "\npassword=" + password + "\n", StandardCharsets.ISO_8859_1);
			Files.move(temporary, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE,
					java.nio.file.StandardCopyOption.REPLACE_EXISTING);
			return password;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot keep the database credentials in " + file, ex);
		}
	}

	private static void changeLegacyPassword(String url, String user, String password) {
		try (Connection connection = DriverManager.getConnection(url, user, LEGACY_PASSWORD);
				PreparedStatement statement = connection
					.prepareStatement("ALTER USER " + quoted(user) + " SET PASSWORD ?")) {
			statement.setString(1, password);
			statement.execute();
			logger.warn("The H2 database had the default password; it now has a generated one");
		}
		catch (SQLException ex) {
			throw new IllegalStateException("数据库 " + url + " 已存在，但既没有 " + CREDENTIALS
					+ " 也不接受旧的默认密码：请用 spring.datasource.password 给出它的密码。（" + ex.getMessage() + "）", ex);
		}
	}

	private static String quoted(String identifier) {
		return "\"" + identifier.replace("\"", "\"\"") + "\"";
	}

	/** The folder 0700 and what is in it 0600 (where the file system has permissions). */
	static void ownerOnly(Path folder) {
		try {
			Files.createDirectories(folder);
			Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
			try (Stream<Path> files = Files.list(folder)) {
				for (Path file : files.filter(Files::isRegularFile).toList()) {
					Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
				}
			}
		}
		catch (UnsupportedOperationException ex) {
			// Not a POSIX file system.
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot restrict the database folder " + folder, ex);
		}
	}

	private static boolean isBlank(@Nullable String value) {
		return value == null || value.isBlank();
	}

}
