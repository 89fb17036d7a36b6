package cn.guifan.registry.web;

import java.net.URI;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.ModelAndView;

/**
 * How an error is answered, whoever meets it (a controller, the framework, the security
 * filters, the servlet container): problem details (RFC 9457, {@code
 * application/problem+json}) for the API under {@code /api/}, the Chinese error page for
 * everything else. The bad field or parameter, when there is one, is named by the one
 * property {@value #FIELD}.
 */
public final class ErrorReplies {

	/**
	 * A request attribute with a precise message for an error status sent with
	 * {@code sendError} (by a filter, before any controller): the error controller uses
	 * it as the detail.
	 */
	public static final String MESSAGE = ErrorReplies.class.getName() + ".message";

	/** The property of a problem that names the bad field or parameter. */
	public static final String FIELD = "field";

	private ErrorReplies() {
	}

	/**
	 * Whether the request (or, on an error dispatch, the request that failed) is the
	 * API's.
	 */
	public static boolean isApi(HttpServletRequest request) {
		Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String path = (original instanceof String uri) ? uri : request.getRequestURI();
		String context = request.getContextPath();
		if (context != null && !context.isEmpty() && path.startsWith(context)) {
			path = path.substring(context.length());
		}
		return path.startsWith("/api/");
	}

	/** A problem with a Chinese title and detail. */
	public static ProblemDetail problem(HttpStatusCode status, @Nullable String detail, @Nullable String field) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
				(detail != null && !detail.isBlank()) ? detail : ErrorTexts.detail(status.value()));
		problem.setTitle(ErrorTexts.title(status.value()));
		problem.setType(URI.create("about:blank"));
		if (field != null) {
			problem.setProperty(FIELD, field);
		}
		return problem;
	}

	/** The problem as a response of its own status and media type. */
	public static ResponseEntity<ProblemDetail> problemResponse(HttpStatusCode status, @Nullable String detail,
			@Nullable String field) {
		return ResponseEntity.status(status)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem(status, detail, field));
	}

	/** The error page. */
	public static ModelAndView page(HttpStatusCode status, @Nullable String detail) {
		ModelAndView page = new ModelAndView("error");
		page.setStatus(HttpStatus.valueOf(status.value()));
		page.addObject("status", status.value());
		page.addObject("title", ErrorTexts.title(status.value()));
		page.addObject("message", (detail != null && !detail.isBlank()) ? detail : ErrorTexts.detail(status.value()));
		return page;
	}

	/** The answer the request's kind calls for. */
	public static Object reply(HttpServletRequest request, HttpStatusCode status, @Nullable String detail,
			@Nullable String field) {
		return isApi(request) ? problemResponse(status, detail, field) : page(status, detail);
	}

}
