package cn.guifan.registry.export;

import java.nio.file.Path;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Reads the export settings ({@code guifan.export.*}). Bound key by key rather than as a
 * {@code @ConfigurationProperties} record: with none of its keys set, Boot bound that
 * record to no object at all and the application failed to start.
 */
@Configuration(proxyBeanMethods = false)
class ExportConfiguration {

	@Bean
	ExportProperties exportProperties(Environment environment) {
		Binder binder = Binder.get(environment);
		return new ExportProperties(binder.bind("guifan.export.font", Path.class).orElse(null),
				binder.bind("guifan.export.bold-font", Path.class).orElse(null),
				binder.bind("guifan.export.font-search-path", Bindable.listOf(Path.class))
					.orElse(ExportProperties.DEFAULT_FONT_SEARCH_PATH));
	}

}
