package cn.guifan.registry.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.tomcat.util.ExceptionUtils;
import org.springframework.web.util.HtmlUtils;

/**
 * Tomcat's own error report, in Chinese: what Tomcat answers itself, before any servlet
 * runs (a request line with characters a URL may not hold, a malformed header), and any
 * error status that reaches it with no body. Problem details for an API address, a small
 * page for anything else; never Tomcat's English page with its version.
 */
public class ContainerErrorReport extends ErrorReportValve {

	public ContainerErrorReport() {
		setShowReport(false);
		setShowServerInfo(false);
	}

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		String uri = (request.getDecodedRequestURI() != null) ? request.getDecodedRequestURI() : "";
		boolean api = uri.startsWith("/api/");
		String title = ErrorTexts.title(status);
		String detail = ErrorTexts.detail(status);
		try {
			response.setCharacterEncoding(StandardCharsets.UTF_8.name());
			response.setLocale(java.util.Locale.SIMPLIFIED_CHINESE);
			response.setHeader("Content-Language", "zh-CN");
			String body;
			if (api) {
				response.setContentType("application/problem+json");
				body = "{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status + ",\"detail\":\""
						+ detail + "\"}";
			}
			else {
				response.setContentType("text/html");
				body = "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>"
						+ HtmlUtils.htmlEscape(title) + " · 规范性文件库</title></head><body><h1>"
						+ HtmlUtils.htmlEscape(title) + "</h1><p>" + HtmlUtils.htmlEscape(detail)
						+ "</p><p><a href=\"/\">返回检索</a></p></body></html>";
			}
			Writer writer = response.getReporter();
			if (writer != null) {
				writer.write(body);
				response.finishResponse();
			}
		}
		catch (IOException | IllegalStateException ex) {
			ExceptionUtils.handleThrowable(ex);
		}
	}

}
