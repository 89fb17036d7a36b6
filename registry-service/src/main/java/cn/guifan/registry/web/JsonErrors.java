package cn.guifan.registry.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * A JSON body that could not be read, explained in Chinese with the field it concerns.
 */
final class JsonErrors {

	private JsonErrors() {
	}

	/**
	 * What was wrong.
	 *
	 * @param message for the user
	 * @param field the field, when one was
	 */
	record Explained(String message, @Nullable String field) {
	}

	static Explained explain(HttpMessageNotReadableException ex) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (t instanceof UnrecognizedPropertyException unknown) {
				String field = unknown.getPropertyName();
				Collection<Object> known = unknown.getKnownPropertyIds();
				String hint = (known != null && !known.isEmpty())
						? "，可用字段：" + known.stream().map(String::valueOf).sorted().collect(Collectors.joining("、")) : "";
				return new Explained("未知字段 " + field + hint, field);
			}
			if (t instanceof InvalidNullException nul) {
				String field = field(nul);
				return new Explained("字段 " + field + " 不能为 null", field);
			}
			if (t instanceof InvalidFormatException invalid) {
				String field = field(invalid);
				return new Explained(
						"字段 " + field + " 的值“" + invalid.getValue() + "”无效" + expected(invalid.getTargetType()), field);
			}
			if (t instanceof MismatchedInputException mismatch) {
				String field = field(mismatch);
				if (field == null) {
					return new Explained("请求内容应为一个 JSON 对象，例如 {\"reason\": \"…\"}", null);
				}
				return new Explained("字段 " + field + " 的类型不对" + expected(mismatch.getTargetType()), field);
			}
			if (t instanceof StreamReadException syntax) {
				String where = (syntax.getLocation() != null) ? "（第 " + syntax.getLocation().getLineNr() + " 行第 "
						+ syntax.getLocation().getColumnNr() + " 列附近）" : "";
				return new Explained("请求内容不是有效的 JSON" + where, null);
			}
		}
		String message = ex.getMessage();
		if (message != null && message.startsWith("Required request body is missing")) {
			return new Explained("请求内容为空，请提交 JSON", null);
		}
		return new Explained("请求内容无法解析，请提交 JSON（Content-Type: application/json）", null);
	}

	private static @Nullable String field(JacksonException ex) {
		List<JacksonException.Reference> path = ex.getPath();
		if (path.isEmpty()) {
			return null;
		}
		StringBuilder field = new StringBuilder();
		for (JacksonException.Reference reference : path) {
			if (reference.getPropertyName() != null) {
				if (!field.isEmpty()) {
					field.append('.');
				}
				field.append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				field.append('[').append(reference.getIndex()).append(']');
			}
		}
		return field.isEmpty() ? null : field.toString();
	}

	/** What a value of the type must look like, after a comma; empty when obvious. */
	private static String expected(@Nullable Class<?> type) {
		if (type == null) {
			return "";
		}
		if (type == LocalDate.class) {
			return "，应为 YYYY-MM-DD 格式的日期（带引号的文字，例如 \"2024-01-01\"）";
		}
		if (type == String.class) {
			return "，应为带引号的文字";
		}
		if (type == Long.class || type == long.class || type == Integer.class || type == int.class) {
			return "，应为整数";
		}
		if (type == Boolean.class || type == boolean.class) {
			return "，应为 true 或 false";
		}
		if (type.isEnum()) {
			return "，应为以下之一（带引号）："
					+ Arrays.stream(type.getEnumConstants()).map(String::valueOf).collect(Collectors.joining("、"));
		}
		if (Collection.class.isAssignableFrom(type) || type.isArray()) {
			return "，应为数组";
		}
		if (Map.class.isAssignableFrom(type)) {
			return "，应为 JSON 对象";
		}
		return "";
	}

}
