package cn.guifan.registry.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Whatever reaches the servlet container's error page (a status sent by the security
 * filters, an exception no handler took, a request refused before any controller) is
 * answered here in Chinese: problem details for the API, the error page for the rest. It
 * replaces Spring Boot's English "Whitelabel" page and JSON.
 */
@Controller
class ErrorPageController implements ErrorController {

	@RequestMapping("/error")
	Object error(HttpServletRequest request) {
		HttpStatusCode status = status(request);
		Object message = request.getAttribute(ErrorReplies.MESSAGE);
		String detail = (message instanceof String text) ? text : null;
		return ErrorReplies.reply(request, status, detail, null);
	}

	private static HttpStatusCode status(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		if (code instanceof Integer value && value >= 400 && value < 600) {
			return HttpStatusCode.valueOf(value);
		}
		// Reached directly, not through an error dispatch.
		return HttpStatus.NOT_FOUND;
	}

}
