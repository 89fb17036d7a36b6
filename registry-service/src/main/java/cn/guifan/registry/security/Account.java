package cn.guifan.registry.security;

import java.util.Collection;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * A user of the registry as Spring Security sees them, with what the registry needs to
 * know besides: the name shown in the audit log and, for department staff, the department
 * (organ) they work for, whose campaign items they see. Read from the database at each
 * sign-in.
 */
final class Account implements UserDetails, CredentialsContainer {

	private final String username;

	private @Nullable String password;

	private final List<String> roles;

	private final @Nullable String displayName;

	private final @Nullable String organization;

	private final boolean enabled;

	private final boolean locked;

	Account(String username, String password, List<String> roles, @Nullable String displayName,
			@Nullable String organization, boolean enabled, boolean locked) {
		this.username = username;
		this.password = password;
		this.roles = List.copyOf(roles);
		this.displayName = displayName;
		this.organization = organization;
		this.enabled = enabled;
		this.locked = locked;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return this.roles.stream().map((role) -> new SimpleGrantedAuthority("ROLE_" + role)).toList();
	}

	@Override
	public @Nullable String getPassword() {
		return this.password;
	}

	@Override
	public String getUsername() {
		return this.username;
	}

	@Override
	public boolean isEnabled() {
		return this.enabled;
	}

	@Override
	public boolean isAccountNonLocked() {
		return !this.locked;
	}

	@Nullable String displayName() {
		return this.displayName;
	}

	@Nullable String organization() {
		return this.organization;
	}

	@Override
	public void eraseCredentials() {
		this.password = null;
	}

}
