package cn.guifan.registry.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.guifan.registry.GuifanApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts the Spring application the way a subcommand needs it. */
final class Applications {

	private static final String DATA_DIR = "guifan.data-dir";

	private Applications() {
	}

	/**
	 * Starts the application.
	 * @param web whether to serve HTTP
	 * @param options settings given as the subcommand's options (--port, --data-dir):
	 * they win over application.yml and the environment, as command-line arguments do
	 * @param springArgs {@code --key=value} arguments passed through to Spring; they win
	 * over {@code options}
	 */
	static ConfigurableApplicationContext start(boolean web, Map<String, Object> options, List<String> springArgs) {
		checkSpringArguments(springArgs);
		Map<String, Object> settings = new LinkedHashMap<>(options);
		if (!web) {
			// Keep the command line's own output (progress, summary) readable.
			settings.putIfAbsent("logging.level.root", "ERROR");
			settings.putIfAbsent("logging.level.cn.guifan", "WARN");
		}
		SpringApplication application = new SpringApplication(GuifanApplication.class);
		application.setWebApplicationType(web ? WebApplicationType.SERVLET : WebApplicationType.NONE);
		return application.run(arguments(settings, springArgs).toArray(String[]::new));
	}

	/**
	 * Spring settings passed through must be --key=value; anything else is a mistyped
	 * option.
	 */
	static void checkSpringArguments(List<String> springArgs) {
		for (String argument : springArgs) {
			if (!argument.matches("--[A-Za-z][\\w.\\-\\[\\]]*=.*")) {
				throw new IllegalArgumentException("未知选项或参数：" + argument + "（其他 Spring 设置请写成 --key=value）");
			}
		}
	}

	static List<String> arguments(Map<String, Object> settings, List<String> springArgs) {
		List<String> arguments = new ArrayList<>();
		settings.forEach((key, value) -> {
			boolean overridden = springArgs.stream().anyMatch((a) -> a.startsWith("--" + key + "="));
			if (!overridden) {
				arguments.add(absoluteDataDir("--" + key + "=" + value));
			}
		});
		springArgs.forEach((a) -> arguments.add(absoluteDataDir(a)));
		return arguments;
	}

	/**
	 * The data folder as an absolute path: the database URL is made from it, and H2
	 * refuses a file path relative to the working directory (`--data-dir target/x` failed
	 * with H2's English error; only `./x` was taken).
	 */
	private static String absoluteDataDir(String argument) {
		String prefix = "--" + DATA_DIR + "=";
		if (!argument.startsWith(prefix) || argument.length() == prefix.length()) {
			return argument;
		}
		return prefix + Path.of(argument.substring(prefix.length())).toAbsolutePath().normalize();
	}

}
