package cn.guifan.registry.security;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import cn.guifan.registry.audit.AuditLog;
import cn.guifan.registry.common.InvalidRequestException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registry's accounts and departments, kept in the database: created, changed,
 * disabled and unlocked by an administrator (the admin page, {@code ./guifan user}), a
 * password changed by its owner. Passwords are stored hashed and never shown again; every
 * change is audited (without the password).
 */
@Service
public class Accounts {

	/** The shortest password accepted. */
	public static final int MIN_PASSWORD_LENGTH = 10;

	private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}._@-]{2,100}");

	private static final Pattern ENCODED = Pattern.compile("^\\{[a-z0-9]+\\}.*", Pattern.DOTALL);

	private static final SecureRandom RANDOM = new SecureRandom();

	private final AccountStore store;

	private final PasswordEncoder encoder;

	private final AuditLog audit;

	private final Clock clock;

	Accounts(AccountStore store, PasswordEncoder encoder, AuditLog audit, Clock clock) {
		this.store = store;
		this.encoder = encoder;
		this.audit = audit;
		this.clock = clock;
	}

	public List<AccountSummary> list() {
		Instant now = this.clock.instant();
		return this.store.all().stream().map((row) -> summary(row, now)).toList();
	}

	public Optional<AccountSummary> find(String name) {
		Instant now = this.clock.instant();
		return this.store.find(name).map((row) -> summary(row, now));
	}

	/** The departments, by name. */
	public List<String> organizations() {
		return this.store.organizations();
	}

	@Transactional
	public void createOrganization(@Nullable String name, String actor) {
		String organization = (name != null) ? name.strip() : "";
		if (organization.isEmpty() || organization.length() > 200) {
			throw new InvalidRequestException("organization", "部门名称不能为空，且不超过 200 字");
		}
		if (this.store.organizationId(organization).isPresent()) {
			throw new InvalidRequestException("organization", "部门“" + organization + "”已存在");
		}
		this.store.insertOrganization(organization, this.clock.instant());
		this.audit.record(actor, "CREATE_ORGANIZATION", null, Map.of("organization", organization), null);
	}

	/**
	 * Creates an account and returns its password: the one given, or a generated one when
	 * none is.
	 */
	@Transactional
	public String create(NewAccount account, String actor) {
		return create(account, actor, false);
	}

	/**
	 * Creates an account as {@link #create(NewAccount, String)}; a seed's department is
	 * created when missing.
	 */
	@Transactional
	String create(NewAccount account, String actor, boolean createMissingOrganization) {
		String name = checkName(account.name());
		if (this.store.find(name).isPresent()) {
			throw new InvalidRequestException("name", "用户名“" + name + "”已存在");
		}
		List<String> roles = checkRoles(account.roles());
		Long organization = organizationFor(roles, account.organization(), createMissingOrganization);
		String password = account.password();
		String hash;
		if (password == null || password.isEmpty()) {
			password = generatePassword();
			hash = hash(password);
		}
		else if (ENCODED.matcher(password).matches()) {
			// An encoded password from configuration; a plain {noop} one is hashed now.
			hash = password.startsWith("{noop}") ? hash(password.substring("{noop}".length())) : password;
		}
		else {
			checkPassword(name, password);
			hash = hash(password);
		}
		this.store.insert(name, hash, roles, blankToNull(account.displayName()), organization, this.clock.instant());
		Map<String, Object> detail = new LinkedHashMap<>();
		detail.put("account", name);
		detail.put("roles", roles);
		detail.put("organization", account.organization());
		this.audit.record(actor, "CREATE_ACCOUNT", null, detail, null);
		return password;
	}

	/** Whether an account of that name exists. */
	public boolean exists(String name) {
		return this.store.find(name).isPresent();
	}

	/** The owner changes their password, giving the current one. */
	@Transactional
	public void changePassword(String name, @Nullable String current, @Nullable String newPassword) {
		AccountStore.Row row = require(name);
		if (current == null || !this.encoder.matches(current, row.passwordHash())) {
			throw new InvalidRequestException("currentPassword", "当前密码不正确");
		}
		String password = checkPassword(name, newPassword);
		if (this.encoder.matches(password, row.passwordHash())) {
			throw new InvalidRequestException("newPassword", "新密码不能与当前密码相同");
		}
		this.store.setPassword(name, hash(password), this.clock.instant());
		this.audit.record(name, "CHANGE_PASSWORD", null, Map.of("account", name), null);
	}

	/**
	 * An administrator sets a new password (the one given, or a generated one) and
	 * returns it; the account is unlocked too.
	 */
	@Transactional
	public String resetPassword(String name, @Nullable String newPassword, String actor) {
		require(name);
		String password = (newPassword == null || newPassword.isEmpty()) ? generatePassword() : newPassword;
		checkPassword(name, password);
		this.store.setPassword(name, hash(password), this.clock.instant());
		this.audit.record(actor, "RESET_PASSWORD", null, Map.of("account", name), null);
		return password;
	}

	@Transactional
	public void setEnabled(String name, boolean enabled, String actor) {
		require(name);
		if (!enabled && name.equals(actor)) {
			throw new InvalidRequestException("name", "不能停用自己正在使用的账户");
		}
		this.store.setEnabled(name, enabled);
		this.audit.record(actor, enabled ? "ENABLE_ACCOUNT" : "DISABLE_ACCOUNT", null, Map.of("account", name), null);
	}

	/** Lifts a lock after failed sign-ins before it ends by itself. */
	@Transactional
	public void unlock(String name, String actor) {
		require(name);
		this.store.unlock(name);
		this.audit.record(actor, "UNLOCK_ACCOUNT", null, Map.of("account", name), null);
	}

	/** Changes an account's roles, display name and department. */
	@Transactional
	public void update(String name, List<String> roles, @Nullable String displayName, @Nullable String organization,
			String actor) {
		require(name);
		List<String> checked = checkRoles(roles);
		if (name.equals(actor) && !checked.contains(Roles.ADMIN)) {
			throw new InvalidRequestException("roles", "不能取消自己的管理员角色");
		}
		Long organizationId = organizationFor(checked, organization, false);
		this.store.update(name, checked, blankToNull(displayName), organizationId);
		Map<String, Object> detail = new LinkedHashMap<>();
		detail.put("account", name);
		detail.put("roles", checked);
		detail.put("displayName", blankToNull(displayName));
		detail.put("organization", blankToNull(organization));
		this.audit.record(actor, "UPDATE_ACCOUNT", null, detail, null);
	}

	/** The department's id, created when asked to; checked against the roles. */
	@Nullable Long organizationFor(List<String> roles, @Nullable String organization, boolean createMissing) {
		String name = blankToNull(organization);
		if (name == null) {
			if (roles.contains(Roles.DEPARTMENT)) {
				throw new InvalidRequestException("organization", "部门人员账户须指明所属部门");
			}
			return null;
		}
		Optional<Long> id = this.store.organizationId(name.strip());
		if (id.isPresent()) {
			return id.get();
		}
		if (!createMissing) {
			throw new InvalidRequestException("organization",
					"没有名为“" + name.strip() + "”的部门，请先在账户管理页面或用 ./guifan user org-add 添加");
		}
		this.store.insertOrganization(name.strip(), this.clock.instant());
		return this.store.organizationId(name.strip()).orElseThrow();
	}

	private String hash(String password) {
		return java.util.Objects.requireNonNull(this.encoder.encode(password), "encoded password");
	}

	private AccountStore.Row require(String name) {
		return this.store.find(name).orElseThrow(() -> new InvalidRequestException("name", "没有用户名为“" + name + "”的账户"));
	}

	private static String checkName(@Nullable String name) {
		String stripped = (name != null) ? name.strip() : "";
		if (!NAME.matcher(stripped).matches()) {
			throw new InvalidRequestException("name", "用户名须为 2 到 100 个字母、数字或 . _ @ -");
		}
		return stripped;
	}

	static List<String> checkRoles(@Nullable List<String> roles) {
		List<String> checked = new ArrayList<>();
		if (roles != null) {
			for (String role : roles) {
				for (String part : role.split("[,，、\\s]+")) {
					if (part.isBlank()) {
						continue;
					}
					String code = roleCode(part.strip());
					if (!checked.contains(code)) {
						checked.add(code);
					}
				}
			}
		}
		if (checked.isEmpty()) {
			throw new InvalidRequestException("roles", "请至少选择一个角色：DEPARTMENT（部门人员）、REGISTRAR（登记人员）或 ADMIN（管理员）");
		}
		return checked;
	}

	private static String roleCode(String role) {
		return switch (role.toUpperCase(Locale.ROOT)) {
			case "DEPARTMENT", "部门", "部门人员" -> Roles.DEPARTMENT;
			case "REGISTRAR", "登记人员", "登记" -> Roles.REGISTRAR;
			case "ADMIN", "管理员" -> Roles.ADMIN;
			default -> throw new InvalidRequestException("roles",
					"未知的角色“" + role + "”，可用：DEPARTMENT（部门人员）、REGISTRAR（登记人员）、ADMIN（管理员）");
		};
	}

	static String checkPassword(String name, @Nullable String password) {
		if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
			throw new InvalidRequestException("newPassword", "密码至少 " + MIN_PASSWORD_LENGTH + " 个字符");
		}
		if (password.length() > 200) {
			throw new InvalidRequestException("newPassword", "密码不能超过 200 个字符");
		}
		if (password.equalsIgnoreCase(name)) {
			throw new InvalidRequestException("newPassword", "密码不能与用户名相同");
		}
		return password;
	}

	/** A random password of 24 hexadecimal digits (96 bits). */
	static String generatePassword() {
		byte[] bytes = new byte[12];
		RANDOM.nextBytes(bytes);
		return HexFormat.of().formatHex(bytes);
	}

	private static AccountSummary summary(AccountStore.Row row, Instant now) {
		Instant locked = (row.lockedUntil() != null && row.lockedUntil().isAfter(now)) ? row.lockedUntil() : null;
		return new AccountSummary(row.username(), row.roles(), row.displayName(), row.organization(), row.enabled(),
				locked, row.createdAt(), row.passwordChangedAt());
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	/**
	 * An account to create.
	 *
	 * @param name login name
	 * @param roles DEPARTMENT, REGISTRAR, ADMIN (or their Chinese names)
	 * @param displayName the name shown in the audit log (e.g. 县司法局 张三)
	 * @param organization the department, required for DEPARTMENT accounts
	 * @param password the password; an encoded one ({@code {bcrypt}…}, or {@code {noop}…}
	 * which is hashed before it is stored); null for a generated one
	 */
	public record NewAccount(String name, List<String> roles, @Nullable String displayName,
			@Nullable String organization, @Nullable String password) {
	}

	/**
	 * An account as the admin page and {@code ./guifan user list} show it.
	 *
	 * @param name login name
	 * @param roles its roles
	 * @param displayName the name shown in the audit log
	 * @param organization its department
	 * @param enabled whether it may sign in
	 * @param lockedUntil when a lock after failed sign-ins ends, if it is locked now
	 * @param createdAt when it was made
	 * @param passwordChangedAt when its password was last set
	 */
	public record AccountSummary(String name, List<String> roles, @Nullable String displayName,
			@Nullable String organization, boolean enabled, @Nullable Instant lockedUntil, Instant createdAt,
			Instant passwordChangedAt) {
	}

}
