package cn.guifan.registry.apidocs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.tags.Tag;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.PropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The description of the API: what it is, the problem details every error answers with,
 * HTTP Basic for registrars, and each operation's documentation from
 * {@code apidocs/operations.json} where its controller does not carry it.
 */
@Configuration(proxyBeanMethods = false)
@PropertySource("classpath:apidocs/springdoc.properties")
class ApiDocsConfiguration {

	static final String PROBLEM = "Problem";

	private static final ObjectMapper JSON = JsonMapper.builder().build();

	@Bean
	OpenAPI guifanOpenApi() {
		return new OpenAPI().info(new Info().title("规范 Guifan API").version("v1").description("""
				规章和行政规范性文件登记库的 JSON 接口：检索、文件及其效力和版本、效力查询和引用核查、\
				固定链接、批量下载和数据更新时间；登记人员的接口（登记废止、更正、报告）须以 HTTP Basic 登录。\
				匿名调用只能看到主动公开的文件。出错时按 RFC 9457 返回 application/problem+json，detail 用中文说明哪里有误。\
				每个响应的 Guifan-Data-Updated、Guifan-Expiry-Sweep 响应头给出数据更新时间和最近一次有效期检查时间。\
				变更订阅（Atom）：/feeds/changes.atom、/feeds/issuers/{发文机关}.atom、/documents/{id}/changes.atom。"""))
			.components(new Components().addSchemas(PROBLEM, problemSchema())
				.addSecuritySchemes("basicAuth",
						new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic").description("登记人员账户")));
	}

	@Bean
	OpenApiCustomizer guifanOperations() {
		JsonNode catalogue = catalogue();
		return (openApi) -> {
			Map<String, Tag> tags = new LinkedHashMap<>();
			if (openApi.getTags() != null) {
				openApi.getTags().forEach((t) -> tags.put(t.getName(), t));
			}
			if (openApi.getPaths() == null) {
				return;
			}
			// springdoc drops component schemas nothing referenced before the customizers
			// ran;
			// the errors refer to Problem only from here on.
			if (openApi.getComponents() == null) {
				openApi.setComponents(new Components());
			}
			openApi.getComponents().addSchemas(PROBLEM, problemSchema());
			openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
				JsonNode doc = catalogue.path(method.name() + " " + path);
				if (!doc.isMissingNode()) {
					document(operation, doc);
					if (doc.hasNonNull("tag")) {
						tags.putIfAbsent(doc.get("tag").asString(), new Tag().name(doc.get("tag").asString()));
					}
				}
				problems(operation);
				if (doc.hasNonNull("secured")) {
					operation.addSecurityItem(
							new io.swagger.v3.oas.models.security.SecurityRequirement().addList("basicAuth"));
				}
			}));
			openApi.setTags(new java.util.ArrayList<>(tags.values()));
		};
	}

	/** Summary, description, tag, id, errors and example from the catalogue entry. */
	private static void document(Operation operation, JsonNode doc) {
		if (doc.hasNonNull("operationId")) {
			operation.setOperationId(doc.get("operationId").asString());
		}
		if (operation.getSummary() == null && doc.hasNonNull("summary")) {
			operation.setSummary(doc.get("summary").asString());
		}
		if (operation.getDescription() == null && doc.hasNonNull("description")) {
			operation.setDescription(doc.get("description").asString());
		}
		if (doc.hasNonNull("tag")) {
			operation.setTags(new java.util.ArrayList<>(java.util.List.of(doc.get("tag").asString())));
		}
		ApiResponses responses = (operation.getResponses() != null) ? operation.getResponses() : new ApiResponses();
		operation.setResponses(responses);
		for (Iterator<Map.Entry<String, JsonNode>> errors = doc.path("errors").properties().iterator(); errors
			.hasNext();) {
			Map.Entry<String, JsonNode> error = errors.next();
			responses.computeIfAbsent(error.getKey(), (code) -> new ApiResponse())
				.setDescription(error.getValue().asString());
		}
		JsonNode example = doc.get("example");
		if (example != null) {
			Object value = JSON.treeToValue(example, Object.class);
			responses.forEach((code, response) -> {
				if (code.startsWith("2") && response.getContent() != null) {
					response.getContent().values().stream().findFirst().ifPresent((media) -> media.setExample(value));
				}
			});
		}
	}

	/** Every error answers with problem details. */
	private static void problems(Operation operation) {
		if (operation.getResponses() == null) {
			return;
		}
		operation.getResponses().forEach((code, response) -> {
			if ((code.startsWith("4") || code.startsWith("5")) && (response.getContent() == null
					|| response.getContent().isEmpty() || response.getContent().containsKey("*/*"))) {
				response.setContent(new Content().addMediaType("application/problem+json",
						new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))
							.example(Map.of("type", "about:blank", "title", "请求有误", "status", Integer.parseInt(code),
									"detail", response.getDescription(), "instance", "/api/v1/…"))));
			}
		});
	}

	@SuppressWarnings("rawtypes")
	private static Schema problemSchema() {
		return new ObjectSchema().description("RFC 9457 problem details; detail 用中文说明哪里有误")
			.addProperty("type", new StringSchema().example("about:blank"))
			.addProperty("title", new StringSchema().example("请求有误"))
			.addProperty("status", new IntegerSchema().example(400))
			.addProperty("detail", new StringSchema().example("日期“2024-13-40”无效，应为 YYYY-MM-DD 格式"))
			.addProperty("instance", new StringSchema().example("/api/v1/validity"))
			.addProperty("parameter", new StringSchema().description("出错的参数（参数有误时）"))
			.addProperty("field", new StringSchema().description("出错的字段（请求内容有误时）"));
	}

	private static JsonNode catalogue() {
		try (InputStream in = ApiDocsConfiguration.class.getResourceAsStream("/apidocs/operations.json")) {
			if (in == null) {
				throw new IllegalStateException("apidocs/operations.json is missing from the classpath");
			}
			return JSON.readTree(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
