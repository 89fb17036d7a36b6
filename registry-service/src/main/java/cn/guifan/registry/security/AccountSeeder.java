package cn.guifan.registry.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.guifan.registry.config.GuifanProperties;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.dao.DuplicateKeyException;

/**
 * Creates the accounts that must exist, once, before the service answers: those of the
 * configuration ({@code guifan.security.users}) and of {@link InitialAccounts} beans,
 * and, when there is no account at all, an administrator and a registrar. Generated
 * passwords are appended to {@code <data>/initial-credentials.txt}, readable by its owner
 * only; a file left by an earlier version keeps its passwords.
 */
class AccountSeeder implements SmartInitializingSingleton {

	static final String ACTOR = "系统初始化";

	private static final Logger logger = LoggerFactory.getLogger(AccountSeeder.class);

	private final Accounts accounts;

	private final AccountStore store;

	private final SecurityProperties properties;

	private final ObjectProvider<InitialAccounts> contributions;

	private final Path credentials;

	AccountSeeder(Accounts accounts, AccountStore store, SecurityProperties properties,
			ObjectProvider<InitialAccounts> contributions, GuifanProperties guifan) {
		this.accounts = accounts;
		this.store = store;
		this.properties = properties;
		this.contributions = contributions;
		this.credentials = guifan.dataDir().resolve("initial-credentials.txt");
	}

	@Override
	public void afterSingletonsInstantiated() {
		seed();
	}

	/** Creates what is missing; returns the generated passwords by account. */
	Map<String, String> seed() {
		List<Accounts.NewAccount> wanted = new ArrayList<>();
		for (SecurityProperties.User user : this.properties.users()) {
			wanted.add(new Accounts.NewAccount(user.name(), user.roles(), user.displayName(), user.organization(),
					user.password()));
		}
		if (wanted.isEmpty() && this.store.count() == 0) {
			wanted.addAll(defaultAccounts());
		}
		this.contributions.orderedStream().forEach((c) -> wanted.addAll(c.accounts()));
		Map<String, String> generated = new LinkedHashMap<>();
		for (Accounts.NewAccount account : wanted) {
			if (this.accounts.exists(account.name())) {
				continue;
			}
			try {
				String password = this.accounts.create(account, ACTOR, true);
				if (account.password() == null || account.password().isEmpty()) {
					generated.put(account.name(), password);
				}
			}
			catch (DuplicateKeyException ex) {
				// Another instance created it at the same moment.
			}
		}
		if (!generated.isEmpty()) {
			write(generated);
			logger.warn("Created the accounts {} with generated passwords, written to {}", generated.keySet(),
					this.credentials.toAbsolutePath());
		}
		return generated;
	}

	/**
	 * An administrator and a registrar; their passwords from an initial-credentials file
	 * an earlier version wrote (accounts were kept in configuration then), else
	 * generated.
	 */
	private List<Accounts.NewAccount> defaultAccounts() {
		Map<String, String> earlier = readEarlier();
		return List.of(new Accounts.NewAccount("admin", List.of(Roles.ADMIN), "管理员", null, plain(earlier.get("admin"))),
				new Accounts.NewAccount("registrar", List.of(Roles.REGISTRAR), "登记人员", null,
						plain(earlier.get("registrar"))));
	}

	private static @Nullable String plain(@Nullable String password) {
		return (password != null) ? "{noop}" + password : null;
	}

	private Map<String, String> readEarlier() {
		Map<String, String> earlier = new LinkedHashMap<>();
		if (Files.isRegularFile(this.credentials)) {
			try {
				for (String line : Files.readAllLines(this.credentials, StandardCharsets.UTF_8)) {
					// "name password", or "name password department" (department staff).
					String[] parts = line.strip().split("\\s+", 3);
					if (parts.length >= 2 && !parts[0].startsWith("#")) {
						earlier.put(parts[0], parts[1]);
					}
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException("cannot read " + this.credentials, ex);
			}
		}
		return earlier;
	}

	private void write(Map<String, String> generated) {
		try {
			Files.createDirectories(this.credentials.getParent());
			boolean created = !Files.exists(this.credentials);
			if (created) {
				Files.createFile(this.credentials);
			}
			ownerOnly(this.credentials);
			StringBuilder lines = new StringBuilder();
			generated.forEach((name, password) -> lines.append(name).append(' ').append(password).append('\n'));
			Files.writeString(this.credentials, lines, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write the initial credentials to " + this.credentials, ex);
		}
	}

	static void ownerOnly(Path file) throws IOException {
		try {
			Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
		}
		catch (UnsupportedOperationException ex) {
			// Not a POSIX file system; the file stays as created.
		}
	}

}
