package cn.guifan.registry.export;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The export settings exist with no key set (the application starts) and take set keys.
 */
class ExportConfigurationTest {

	@Test
	void withNoKeysTheDefaultsApply() {
		ExportProperties properties = new ExportConfiguration().exportProperties(new MockEnvironment());
		assertThat(properties.font()).isNull();
		assertThat(properties.boldFont()).isNull();
		assertThat(properties.fontSearchPath()).isEqualTo(ExportProperties.DEFAULT_FONT_SEARCH_PATH);
	}

	@Test
	void setKeysAreRead() {
		MockEnvironment environment = new MockEnvironment().withProperty("guifan.export.font", "/fonts/a.ttf")
			.withProperty("guifan.export.font-search-path", "/x.ttc,/y.ttc");
		ExportProperties properties = new ExportConfiguration().exportProperties(environment);
		assertThat(properties.font()).isEqualTo(Path.of("/fonts/a.ttf"));
		assertThat(properties.fontSearchPath()).containsExactly(Path.of("/x.ttc"), Path.of("/y.ttc"));
	}

}
