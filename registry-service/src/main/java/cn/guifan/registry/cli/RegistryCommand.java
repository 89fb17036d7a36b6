package cn.guifan.registry.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Option;
import picocli.CommandLine.Unmatched;

/**
 * A command that opens the registry: every such command accepts where its data is, and
 * other Spring settings passed through as {@code --key=value} (e.g.
 * {@code --spring.profiles.active=postgres}), declared once here so that they read the
 * same in every command's help. A base class rather than a picocli mixin: picocli honours
 * {@code @Unmatched} only on the command itself (a mixin's is ignored and the setting
 * refused as an unknown option).
 */
abstract class RegistryCommand implements Callable<Integer> {

	@Option(names = "--data-dir", description = "数据目录：数据库、原文件和检索节点（默认 ./data）")
	@Nullable String dataDir;

	@Unmatched
	List<String> springArgs = new ArrayList<>();

	/**
	 * Settings for a command that works on the database and files only: no search node is
	 * started, so it runs beside a serving instance and starts fast.
	 */
	Map<String, Object> databaseOnly() {
		Map<String, Object> settings = withSearch();
		settings.put("guifan.elasticsearch.enabled", false);
		return settings;
	}

	/** Settings for a command that searches or indexes. */
	Map<String, Object> withSearch() {
		Map<String, Object> settings = new LinkedHashMap<>();
		if (this.dataDir != null) {
			settings.put("guifan.data-dir", this.dataDir);
		}
		return settings;
	}

	/** Starts the application, without a web server, with these settings. */
	ConfigurableApplicationContext start(Map<String, Object> settings) {
		return Applications.start(false, settings, this.springArgs);
	}

}
