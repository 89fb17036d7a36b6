package cn.guifan.registry.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/**
 * Where a sign-in lands when it was not sent to the login page from somewhere: the bureau
 * on its registrar desk, department staff on their cleanup tasks, anyone else on the
 * search page.
 */
class LandingPage extends SavedRequestAwareAuthenticationSuccessHandler {

	@Override
	protected String determineTargetUrl(HttpServletRequest request, HttpServletResponse response,
			@Nullable Authentication authentication) {
		return (authentication != null) ? landing(authentication) : "/";
	}

	static String landing(Authentication authentication) {
		boolean department = false;
		for (GrantedAuthority authority : authentication.getAuthorities()) {
			String role = authority.getAuthority();
			if (("ROLE_" + Roles.REGISTRAR).equals(role) || ("ROLE_" + Roles.ADMIN).equals(role)) {
				return "/registrar";
			}
			department |= ("ROLE_" + Roles.DEPARTMENT).equals(role);
		}
		return department ? "/campaigns" : "/";
	}

}
