package cn.guifan.search.index;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;

class IndexDefinitionTest {

	private final JsonNode definition = new ObjectMapper().readTree(IndexDefinition.documentsIndexJson());

	@Test
	void textIsIndexedAsHanlpWordsAndAsCharacters() {
		JsonNode title = this.definition.at("/mappings/properties/title/properties");
		assertThat(title.at("/words/analyzer").asString()).isEqualTo("whitespace");
		assertThat(title.at("/chars/analyzer").asString()).isEqualTo("standard");
		JsonNode body = this.definition.at("/mappings/properties/body/properties");
		assertThat(body.at("/words/analyzer").asString()).isEqualTo("whitespace");
		assertThat(body.at("/chars/analyzer").asString()).isEqualTo("standard");
	}

	@Test
	void mappingIsStrictSoATypoInAFieldNameFailsLoudly() {
		assertThat(this.definition.at("/mappings/dynamic").asString()).isEqualTo("strict");
	}

	@Test
	void everyFieldNameUsedInCodeExistsInTheMapping() throws IllegalAccessException {
		for (Field field : DocumentFields.class.getDeclaredFields()) {
			if (!Modifier.isStatic(field.getModifiers())) {
				continue;
			}
			String name = (String) field.get(null);
			String pointer = "/mappings/properties/" + name.replace(".", "/properties/");
			assertThat(this.definition.at(pointer).isMissingNode()).as("mapping of %s", name).isFalse();
		}
	}

	@Test
	void theRefreshIntervalAnIngestRestoresIsTheDefinitions() {
		assertThat(this.definition.at("/settings/refresh_interval").asString())
			.isEqualTo(IndexDefinition.REFRESH_INTERVAL);
	}

	@Test
	void durationsAreWrittenAsElasticsearchIntervals() {
		assertThat(IndexDefinition.intervalSetting(java.time.Duration.ofSeconds(30))).isEqualTo("30s");
		assertThat(IndexDefinition.intervalSetting(java.time.Duration.ofMinutes(2))).isEqualTo("120s");
		assertThat(IndexDefinition.intervalSetting(java.time.Duration.ofMillis(1500))).isEqualTo("1500ms");
		assertThat(IndexDefinition.intervalSetting(java.time.Duration.ZERO)).as("no periodic refresh").isEqualTo("-1");
		assertThat(IndexDefinition.intervalSetting(java.time.Duration.ofSeconds(-1))).isEqualTo("-1");
	}

}
