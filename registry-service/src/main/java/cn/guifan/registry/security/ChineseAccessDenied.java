package cn.guifan.registry.security;

import java.io.IOException;

import cn.guifan.registry.web.ErrorReplies;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

/**
 * A 403 that says why in Chinese: a form whose token is missing or stale (the page was
 * open too long, or the request came from elsewhere), or an account without the role. The
 * error page or problem itself is rendered by the application's error controller.
 */
final class ChineseAccessDenied implements AccessDeniedHandler {

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
			throws IOException {
		String message = (denied instanceof CsrfException) ? "表单已失效或请求并非来自本站页面：请刷新页面后重新提交。" : "您的账户没有权限执行此操作。";
		request.setAttribute(ErrorReplies.MESSAGE, message);
		response.sendError(HttpServletResponse.SC_FORBIDDEN);
	}

}
