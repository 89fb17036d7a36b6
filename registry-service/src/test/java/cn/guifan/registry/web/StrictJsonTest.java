package cn.guifan.registry.web;

import java.time.LocalDate;
import java.util.List;

import cn.guifan.registry.document.DocumentEditor;
import cn.guifan.registry.lifecycle.LifecycleService;
import cn.guifan.schemas.lifecycle.LifecycleEventType;
import org.junit.jupiter.api.Test;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.mock.http.MockHttpInputMessage;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Request bodies are read as written: a number is neither an event type nor a date nor a
 * text, an unknown field is a mistake; and each refusal is explained in Chinese with the
 * field it concerns.
 */
class StrictJsonTest {

	private final JsonMapper json = StrictJson.strict(JsonMapper.builder()).build();

	@Test
	void wellFormedBodiesAreRead() {
		LifecycleService.EventCommand event = this.json.readValue(
				"{\"type\":\"REPEALED\",\"date\":\"2020-01-01\",\"causedByDocumentId\":12,\"reason\":\"清理\"}",
				LifecycleService.EventCommand.class);
		assertThat(event.type()).isEqualTo(LifecycleEventType.REPEALED);
		assertThat(event.date()).isEqualTo(LocalDate.of(2020, 1, 1));
		assertThat(event.causedByDocumentId()).isEqualTo(12L);
		DocumentEditor.Correction correction = this.json.readValue("{\"issuers\":[\"青禾县人民政府\"],\"reason\":\"x\"}",
				DocumentEditor.Correction.class);
		assertThat(correction.issuers()).isEqualTo(List.of("青禾县人民政府"));
	}

	@Test
	void aNumberIsNotAnEventType() {
		assertRefused("{\"type\":5,\"date\":\"2020-01-01\",\"reason\":\"x\"}", LifecycleService.EventCommand.class,
				"type", "字段 type");
	}

	@Test
	void aNumberIsNotADate() {
		assertRefused("{\"type\":\"REPEALED\",\"date\":20200101,\"reason\":\"x\"}", LifecycleService.EventCommand.class,
				"date", "YYYY-MM-DD");
	}

	@Test
	void aNumberIsNotAText() {
		assertRefused("{\"title\":5,\"reason\":\"x\"}", DocumentEditor.Correction.class, "title", "带引号的文字");
	}

	@Test
	void aDateWithAnImpossibleDayIsRefused() {
		assertRefused("{\"signedDate\":\"2020-02-30\",\"reason\":\"x\"}", DocumentEditor.Correction.class, "signedDate",
				"YYYY-MM-DD");
	}

	@Test
	void anUnknownFieldIsAMistake() {
		assertRefused("{\"titel\":\"新标题\",\"reason\":\"x\"}", DocumentEditor.Correction.class, "titel", "未知字段 titel");
	}

	@Test
	void brokenJsonIsSaidToBeBroken() {
		JsonErrors.Explained explained = explain("{\"reason\":", DocumentEditor.Correction.class);
		assertThat(explained.message()).contains("不是有效的 JSON");
		assertThat(explained.field()).isNull();
	}

	private void assertRefused(String body, Class<?> type, String field, String message) {
		JsonErrors.Explained explained = explain(body, type);
		assertThat(explained.field()).isEqualTo(field);
		assertThat(explained.message()).contains(message);
	}

	private JsonErrors.Explained explain(String body, Class<?> type) {
		JacksonException failure = org.junit.jupiter.api.Assertions.assertThrows(JacksonException.class,
				() -> this.json.readValue(body, type));
		return JsonErrors.explain(new HttpMessageNotReadableException("unreadable", failure,
				new MockHttpInputMessage(body.getBytes(java.nio.charset.StandardCharsets.UTF_8))));
	}

}
