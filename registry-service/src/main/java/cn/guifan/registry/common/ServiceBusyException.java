package cn.guifan.registry.common;

import java.time.Duration;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * The service cannot take this request now, though it may in a moment: answered 503 with
 * {@code Retry-After}, as problem details, the message for the user.
 */
public class ServiceBusyException extends ErrorResponseException {

	private static final long serialVersionUID = 1L;

	public ServiceBusyException(String message, Duration retryAfter) {
		super(HttpStatus.SERVICE_UNAVAILABLE, problem(message), null);
		getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, retryAfter.toSeconds())));
	}

	private static ProblemDetail problem(String message) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, message);
		problem.setTitle("服务繁忙");
		return problem;
	}

	@Override
	public String getMessage() {
		String detail = getBody().getDetail();
		return (detail != null) ? detail : "服务繁忙，请稍后再试";
	}

}
