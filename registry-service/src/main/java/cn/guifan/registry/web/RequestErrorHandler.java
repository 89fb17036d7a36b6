package cn.guifan.registry.web;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import cn.guifan.registry.common.DocumentNotFoundException;
import cn.guifan.registry.common.InvalidRequestException;
import cn.guifan.search.index.IndexUnavailableException;
import cn.guifan.search.query.InvalidSearchException;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Every error a request can meet in a controller or in Spring MVC, answered in Chinese
 * with what was wrong and, where a field or parameter was, its name ({@code field}):
 * problem details for the API, the error page for the pages ({@link ErrorReplies}).
 * Controllers that show a mistake inside their own page (the search form, the validity
 * look-up) catch it themselves; everything else lands here.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestErrorHandler {

	private static final Logger logger = LoggerFactory.getLogger(RequestErrorHandler.class);

	@ExceptionHandler(InvalidRequestException.class)
	Object invalidRequest(InvalidRequestException ex, HttpServletRequest request) {
		return ErrorReplies.reply(request, HttpStatus.BAD_REQUEST, ex.getMessage(), ex.field());
	}

	@ExceptionHandler(InvalidSearchException.class)
	Object invalidSearch(InvalidSearchException ex, HttpServletRequest request) {
		return ErrorReplies.reply(request, HttpStatus.BAD_REQUEST, ex.getMessage(), ex.parameter());
	}

	@ExceptionHandler(DocumentNotFoundException.class)
	Object notFound(DocumentNotFoundException ex, HttpServletRequest request) {
		return ErrorReplies.reply(request, HttpStatus.NOT_FOUND, ex.getMessage(), null);
	}

	@ExceptionHandler(IndexUnavailableException.class)
	Object unavailable(IndexUnavailableException ex, HttpServletRequest request) {
		logger.warn("Search unavailable: {}", ex.getMessage());
		return ErrorReplies.reply(request, HttpStatus.SERVICE_UNAVAILABLE, "检索服务暂时不可用，请稍后再试。", null);
	}

	@ExceptionHandler(TypeMismatchException.class)
	Object badParameter(TypeMismatchException ex, HttpServletRequest request) {
		String name = (ex instanceof MethodArgumentTypeMismatchException mismatch) ? mismatch.getName()
				: ex.getPropertyName();
		Class<?> type = ex.getRequiredType();
		String expected = (type == LocalDate.class) ? "，应为 YYYY-MM-DD 格式的日期"
				: (type == int.class || type == Integer.class || type == long.class || type == Long.class) ? "，应为整数"
						: "";
		return ErrorReplies.reply(request, HttpStatus.BAD_REQUEST,
				"参数 " + name + " 的值“" + ex.getValue() + "”无效" + expected, name);
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	Object unreadable(HttpMessageNotReadableException ex, HttpServletRequest request) {
		JsonErrors.Explained explained = JsonErrors.explain(ex);
		return ErrorReplies.reply(request, HttpStatus.BAD_REQUEST, explained.message(), explained.field());
	}

	@ExceptionHandler(MissingServletRequestParameterException.class)
	Object missingParameter(MissingServletRequestParameterException ex, HttpServletRequest request) {
		return ErrorReplies.reply(request, HttpStatus.BAD_REQUEST, "缺少参数 " + ex.getParameterName(),
				ex.getParameterName());
	}

	@ExceptionHandler(MissingServletRequestPartException.class)
	Object missingPart(MissingServletRequestPartException ex, HttpServletRequest request) {
		return ErrorReplies.reply(request, HttpStatus.BAD_REQUEST, "缺少上传的文件（表单字段 " + ex.getRequestPartName() + "）",
				ex.getRequestPartName());
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	Object tooLarge(MaxUploadSizeExceededException ex, HttpServletRequest request) {
		long max = ex.getMaxUploadSize();
		String limit = (max > 0) ? "，上限为 " + megabytes(max) : "";
		return ErrorReplies.reply(request, HttpStatus.CONTENT_TOO_LARGE, "上传的文件或提交的内容过大" + limit + "。", null);
	}

	@ExceptionHandler(MultipartException.class)
	Object badMultipart(MultipartException ex, HttpServletRequest request) {
		if (ex.getCause() != null && ex.getCause().getClass().getSimpleName().contains("SizeLimitExceeded")) {
			return ErrorReplies.reply(request, HttpStatus.CONTENT_TOO_LARGE, "上传的文件或提交的内容过大。", null);
		}
		return ErrorReplies.reply(request, HttpStatus.BAD_REQUEST, "上传的表单无法解析，请重新选择文件上传。", "file");
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	Object methodNotSupported(HttpRequestMethodNotSupportedException ex, HttpServletRequest request) {
		String supported = (ex.getSupportedMethods() != null) ? "，可用：" + String.join("、", ex.getSupportedMethods())
				: "";
		Object reply = ErrorReplies.reply(request, HttpStatus.METHOD_NOT_ALLOWED,
				"此地址不支持 " + ex.getMethod() + " 请求" + supported + "。", null);
		return withHeaders(reply, ex);
	}

	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	Object mediaTypeNotSupported(HttpMediaTypeNotSupportedException ex, HttpServletRequest request) {
		String given = (ex.getContentType() != null) ? ex.getContentType().toString() : "（未说明）";
		Object reply = ErrorReplies.reply(request, HttpStatus.UNSUPPORTED_MEDIA_TYPE,
				"不支持内容类型 " + given + "，可用：" + types(ex.getSupportedMediaTypes()) + "。", null);
		return withHeaders(reply, ex);
	}

	@ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
	Object notAcceptable(HttpMediaTypeNotAcceptableException ex, HttpServletRequest request) {
		return ErrorReplies.reply(request, HttpStatus.NOT_ACCEPTABLE,
				"无法以所要求的格式（Accept）提供内容，可提供：" + types(ex.getSupportedMediaTypes()) + "。", null);
	}

	@ExceptionHandler(ResponseStatusException.class)
	Object responseStatus(ResponseStatusException ex, HttpServletRequest request) {
		return withHeaders(ErrorReplies.reply(request, ex.getStatusCode(), chineseOrNull(ex.getReason()), null), ex);
	}

	/** No page or file at that address. */
	@ExceptionHandler({ NoResourceFoundException.class, NoHandlerFoundException.class })
	Object noSuchPage(Exception ex, HttpServletRequest request) {
		return ErrorReplies.reply(request, HttpStatus.NOT_FOUND, null, null);
	}

	/** A request that does not bind to its endpoint (a header, a path part missing…). */
	@ExceptionHandler(ServletRequestBindingException.class)
	Object unbound(ServletRequestBindingException ex, HttpServletRequest request) {
		return ErrorReplies.reply(request, ex.getStatusCode(), null, null);
	}

	/**
	 * The rest of Spring MVC's errors, with their status, and the registry's own (a
	 * {@code ServiceBusyException} says why in Chinese: that message is kept, Spring's
	 * English ones are not).
	 */
	@ExceptionHandler(ErrorResponseException.class)
	Object framework(ErrorResponseException ex, HttpServletRequest request) {
		return withHeaders(
				ErrorReplies.reply(request, ex.getStatusCode(), chineseOrNull(ex.getBody().getDetail()), null), ex);
	}

	private static Object withHeaders(Object reply, ErrorResponse error) {
		if (reply instanceof org.springframework.http.ResponseEntity<?> entity && !error.getHeaders().isEmpty()) {
			return org.springframework.http.ResponseEntity.status(entity.getStatusCode())
				.headers(error.getHeaders())
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(entity.getBody());
		}
		return reply;
	}

	private static String types(List<MediaType> types) {
		return types.isEmpty() ? "JSON" : types.stream().map(MediaType::toString).collect(Collectors.joining("、"));
	}

	private static @Nullable String chineseOrNull(@Nullable String reason) {
		return (reason != null && reason.codePoints().anyMatch((c) -> c >= 0x4E00 && c <= 0x9FFF)) ? reason : null;
	}

	private static String megabytes(long bytes) {
		return (bytes >= 1024 * 1024) ? (bytes / (1024 * 1024)) + " MB" : bytes + " 字节";
	}

}
