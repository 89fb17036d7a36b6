package cn.guifan.registry.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.guifan.registry.GuifanApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts the Spring application the way a subcommand needs it. */
final class Applications {

	private Applications() {
	}

	/**
	 * Starts the application.
	 * @param web whether to serve HTTP
	 * @param properties settings of the subcommand (lowest precedence: the user's win)
	 * @param springArgs {@code --key=value} arguments passed through to Spring
	 */
	static ConfigurableApplicationContext start(boolean web, Map<String, Object> properties, List<String> springArgs) {
		SpringApplication application = new SpringApplication(GuifanApplication.class);
		application.setWebApplicationType(web ? WebApplicationType.SERVLET : WebApplicationType.NONE);
		Map<String, Object> defaults = new LinkedHashMap<>(properties);
		if (!web) {
			// Keep the command line's own output readable.
			defaults.putIfAbsent("logging.level.cn.guifan", "WARN");
			defaults.putIfAbsent("logging.level.root", "ERROR");
		}
		application.setDefaultProperties(defaults);
		return application.run(springArgs.toArray(String[]::new));
	}

}
