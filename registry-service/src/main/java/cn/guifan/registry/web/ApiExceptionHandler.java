package cn.guifan.registry.web;

import cn.guifan.registry.common.DocumentNotFoundException;
import cn.guifan.registry.common.InvalidRequestException;
import cn.guifan.search.index.IndexUnavailableException;
import cn.guifan.search.query.InvalidSearchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Errors of the JSON API as RFC 9457 problem details, with a message that says what was
 * wrong in words the user reads.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler {

	@ExceptionHandler(InvalidSearchException.class)
	ProblemDetail invalidSearch(InvalidSearchException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
		problem.setTitle("检索请求有误");
		problem.setProperty("parameter", ex.parameter());
		return problem;
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail badParameter(MethodArgumentTypeMismatchException ex) {
		String expected = (ex.getRequiredType() == java.time.LocalDate.class) ? "，应为 YYYY-MM-DD 格式的日期"
				: (ex.getRequiredType() == int.class || ex.getRequiredType() == Integer.class) ? "，应为整数" : "";
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"参数 " + ex.getName() + " 的值“" + ex.getValue() + "”无效" + expected);
		problem.setTitle("请求参数有误");
		problem.setProperty("parameter", ex.getName());
		return problem;
	}

	@ExceptionHandler(InvalidRequestException.class)
	ProblemDetail invalidRequest(InvalidRequestException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
		problem.setTitle("请求有误");
		problem.setProperty("field", ex.field());
		return problem;
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ProblemDetail unreadable(HttpMessageNotReadableException ex) {
		String detail = "请求内容无法解析，请提交 JSON：" + ex.getMostSpecificCause().getMessage();
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (t instanceof tools.jackson.databind.exc.InvalidFormatException invalid) {
				String field = invalid.getPath().isEmpty() ? ""
						: invalid.getPath().get(invalid.getPath().size() - 1).getPropertyName();
				boolean date = invalid.getTargetType() == java.time.LocalDate.class;
				detail = "字段 " + field + " 的值“" + invalid.getValue() + "”无效" + (date ? "，应为 YYYY-MM-DD 格式的日期" : "");
				break;
			}
		}
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
		problem.setTitle("请求有误");
		return problem;
	}

	@ExceptionHandler(DocumentNotFoundException.class)
	ProblemDetail notFound(DocumentNotFoundException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
		problem.setTitle("文件不存在");
		return problem;
	}

	@ExceptionHandler(IndexUnavailableException.class)
	ProblemDetail unavailable(IndexUnavailableException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, "检索服务暂时不可用，请稍后再试");
		problem.setTitle("检索服务不可用");
		return problem;
	}

}
