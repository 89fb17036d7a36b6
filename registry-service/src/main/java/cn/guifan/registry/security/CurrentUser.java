package cn.guifan.registry.security;

import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who is asking, for the audit log and for what they may see. */
public final class CurrentUser {

	private CurrentUser() {
	}

	/** The login name, or 匿名 for an anonymous visitor. */
	public static String name() {
		Authentication authentication = authentication();
		return (authentication != null) ? authentication.getName() : "匿名";
	}

	/**
	 * The department (organ) a DEPARTMENT user works for, whose cleanup items they see;
	 * null for anyone else.
	 */
	public static @Nullable String organization() {
		Authentication authentication = authentication();
		return (authentication != null && authentication.getPrincipal() instanceof Account account)
				? account.organization() : null;
	}

	/** The name shown in the audit log: the account's display name, else its login. */
	public static String displayName() {
		Authentication authentication = authentication();
		if (authentication != null && authentication.getPrincipal() instanceof Account account
				&& account.displayName() != null) {
			return account.displayName();
		}
		return name();
	}

	/** Whether the asker may see documents that are not public (依申请公开, 不予公开). */
	public static boolean maySeeRestricted() {
		return hasRole(Roles.REGISTRAR) || hasRole(Roles.ADMIN);
	}

	public static boolean hasRole(String role) {
		Authentication authentication = authentication();
		if (authentication == null) {
			return false;
		}
		for (GrantedAuthority authority : authentication.getAuthorities()) {
			if (("ROLE_" + role).equals(authority.getAuthority())) {
				return true;
			}
		}
		return false;
	}

	private static @Nullable Authentication authentication() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || authentication instanceof AnonymousAuthenticationToken
				|| !authentication.isAuthenticated()) {
			return null;
		}
		return authentication;
	}

}
