package cn.guifan.registry.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;

/**
 * Back to the login page with the reason a sign-in failed: a wrong name or password, an
 * account locked after too many failures, or a disabled one. No session is made for it.
 */
@Component
class LoginFailures implements AuthenticationFailureHandler {

	private final DefaultRedirectStrategy redirect = new DefaultRedirectStrategy();

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		String reason = (exception instanceof ClientThrottle.ClientThrottledException) ? "throttled"
				: (exception instanceof LockedException) ? "locked"
						: (exception instanceof DisabledException) ? "disabled" : "error";
		this.redirect.sendRedirect(request, response, "/login?" + reason);
	}

}
