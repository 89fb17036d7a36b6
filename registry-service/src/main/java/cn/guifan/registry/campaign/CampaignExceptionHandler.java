package cn.guifan.registry.campaign;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The campaign API's own errors as problem details in Chinese. */
@RestControllerAdvice(assignableTypes = CampaignApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class CampaignExceptionHandler {

	@ExceptionHandler(CampaignNotFoundException.class)
	ProblemDetail notFound(CampaignNotFoundException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
		problem.setTitle("清理任务或文件不存在");
		return problem;
	}

	@ExceptionHandler(CampaignForbiddenException.class)
	ProblemDetail forbidden(CampaignForbiddenException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, ex.getMessage());
		problem.setTitle("无权操作");
		return problem;
	}

}
