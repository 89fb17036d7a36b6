package cn.guifan.registry.security;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The registry's users ({@code guifan.security.users}). Passwords are given encoded
 * ({@code {bcrypt}…}) or, for tests, as {@code {noop}plain}. With no users configured,
 * Guifan creates a registrar and an administrator with random passwords and writes them
 * to {@code <data>/initial-credentials.txt}.
 *
 * @param users the accounts
 */
@ConfigurationProperties("guifan.security")
public record SecurityProperties(@DefaultValue List<User> users) {

	/**
	 * An account.
	 *
	 * @param name login name
	 * @param password encoded password
	 * @param roles DEPARTMENT, REGISTRAR, ADMIN
	 * @param displayName the name shown in the audit log (e.g. 县司法局 张三)
	 * @param organization the department a DEPARTMENT user belongs to
	 */
	public record User(String name, String password, List<String> roles, @Nullable String displayName,
			@Nullable String organization) {
	}

}
