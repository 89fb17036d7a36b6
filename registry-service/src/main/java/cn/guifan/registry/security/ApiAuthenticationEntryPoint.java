package cn.guifan.registry.security;

import java.io.IOException;

import cn.guifan.registry.web.ErrorReplies;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;

/**
 * The API's 401: an HTTP Basic challenge, with a Chinese problem that says whether the
 * credentials were missing or wrong, or the account locked or disabled. No session is
 * made for it.
 */
final class ApiAuthenticationEntryPoint extends BasicAuthenticationEntryPoint {

	ApiAuthenticationEntryPoint() {
		setRealmName("guifan");
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException authException) throws IOException {
		String message;
		if (authException instanceof ClientThrottle.ClientThrottledException) {
			message = "此地址登录失败次数过多，请稍后再试。";
		}
		else if (authException instanceof LockedException) {
			message = "该账户因多次登录失败已被暂时锁定，请稍后再试，或请管理员解锁。";
		}
		else if (authException instanceof DisabledException) {
			message = "该账户已停用，请联系管理员。";
		}
		else if (request.getHeader("Authorization") != null) {
			message = "用户名或密码不正确。";
		}
		else {
			message = "此接口需要登录：请使用 HTTP Basic 认证发送用户名和密码。";
		}
		request.setAttribute(ErrorReplies.MESSAGE, message);
		super.commence(request, response, authException);
	}

}
