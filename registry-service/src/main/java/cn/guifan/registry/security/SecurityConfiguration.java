package cn.guifan.registry.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import cn.guifan.registry.config.GuifanProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Anonymous users read and search public documents; registrars and administrators record
 * lifecycle events, correct metadata and read the audit log and reports. Pages log in
 * with a form, the API with HTTP Basic; the API is stateless, so it needs no CSRF token.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(SecurityProperties.class)
class SecurityConfiguration {

	private static final Logger logger = LoggerFactory.getLogger(SecurityConfiguration.class);

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests((requests) -> requests.requestMatchers(HttpMethod.POST, "/api/v1/documents/*/events")
			.hasAnyRole(Roles.REGISTRAR, Roles.ADMIN)
			.requestMatchers(HttpMethod.PATCH, "/api/v1/documents/*")
			.hasAnyRole(Roles.REGISTRAR, Roles.ADMIN)
			.requestMatchers("/api/v1/audit/**", "/api/v1/reports/**", "/api/v1/jobs/**", "/api/v1/admin/**",
					"/registrar/**")
			.hasAnyRole(Roles.REGISTRAR, Roles.ADMIN)
			// Collections, ledger, statistics (issue 13): defining and rebuilding
			// collections, the ledger and the statistics are for registrars; collection
			// lists, pages and downloads show anonymous users public collections only
			// (checked in the feature).
			.requestMatchers(HttpMethod.POST, "/api/v1/collections", "/api/v1/collections/*/rebuild", "/collections",
					"/collections/*/rebuild")
			.hasAnyRole(Roles.REGISTRAR, Roles.ADMIN)
			.requestMatchers("/api/v1/ledger/**", "/api/v1/ledger.xlsx", "/api/v1/statistics/**")
			.hasAnyRole(Roles.REGISTRAR, Roles.ADMIN)
			.anyRequest()
			.permitAll())
			.formLogin((form) -> form.loginPage("/login").permitAll())
			.logout((logout) -> logout.logoutSuccessUrl("/"))
			.httpBasic(Customizer.withDefaults())
			.csrf((csrf) -> csrf.ignoringRequestMatchers("/api/**"));
		return http.build();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	UserDetailsService users(SecurityProperties security, GuifanProperties guifan, PasswordEncoder encoder) {
		List<Account> users = new ArrayList<>();
		for (SecurityProperties.User user : security.users()) {
			users.add(new Account(user.name(), user.password(), user.roles(), user.displayName(), user.organization()));
		}
		if (users.isEmpty()) {
			users.addAll(initialUsers(guifan.dataDir(), encoder));
		}
		return new ConfiguredAccounts(users);
	}

	/**
	 * A registrar and an administrator with random passwords, written once to a file only
	 * the owner can read, so a fresh installation is never open with a known password.
	 */
	private static List<Account> initialUsers(Path dataDir, PasswordEncoder encoder) {
		Path file = dataDir.resolve("initial-credentials.txt");
		try {
			List<String> lines;
			if (Files.exists(file)) {
				lines = Files.readAllLines(file);
			}
			else {
				Files.createDirectories(dataDir);
				lines = List.of("registrar " + randomPassword(), "admin " + randomPassword());
				Files.write(file, lines);
				try {
					Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
				}
				catch (UnsupportedOperationException ex) {
					// Not a POSIX file system; the file stays as created.
				}
				logger.warn("No users configured: created 'registrar' and 'admin', passwords in {}",
						file.toAbsolutePath());
			}
			List<Account> users = new ArrayList<>();
			for (String line : lines) {
				String[] parts = line.strip().split("\\s+", 2);
				if (parts.length == 2) {
					String role = parts[0].equals("admin") ? Roles.ADMIN : Roles.REGISTRAR;
					users.add(new Account(parts[0], encoder.encode(parts[1]), List.of(role), null, null));
				}
			}
			return users;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write the initial credentials to " + file, ex);
		}
	}

	private static String randomPassword() {
		byte[] bytes = new byte[12];
		new SecureRandom().nextBytes(bytes);
		return HexFormat.of().formatHex(bytes);
	}

}
