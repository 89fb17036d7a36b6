package cn.guifan.registry.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Unmatched;

/** {@code guifan serve}: runs the registry service until Ctrl-C. */
@Command(name = "serve", mixinStandardHelpOptions = true, description = { "启动登记库服务：检索页面、文件页面和 JSON 接口。",
		"未配置 ELASTICSEARCH_URIS 时自动启动并管理本机 Elasticsearch 节点；按 Ctrl-C 停止服务及其启动的节点。" })
class ServeCommand implements Callable<Integer> {

	@Option(names = "--port", description = "HTTP 端口（默认 8080，或环境变量 PORT）")
	Integer port;

	@Option(names = "--data-dir", description = "数据目录：数据库、原文件和 Elasticsearch 节点（默认 ./data）")
	String dataDir;

	/**
	 * Other Spring settings, as --key=value, passed through (e.g.
	 * --spring.profiles.active=postgres).
	 */
	@Unmatched
	List<String> springArgs = new ArrayList<>();

	/** Whether to load the bundled sample documents into an empty registry. */
	boolean loadSamples() {
		return false;
	}

	@Override
	public Integer call() throws InterruptedException {
		Map<String, Object> properties = new LinkedHashMap<>();
		if (this.port != null) {
			properties.put("server.port", this.port);
		}
		if (this.dataDir != null) {
			properties.put("guifan.data-dir", this.dataDir);
		}
		properties.put("guifan.samples.load", loadSamples());
		CountDownLatch closed = new CountDownLatch(1);
		ConfigurableApplicationContext context = Applications.start(true, properties, this.springArgs);
		context.addApplicationListener((event) -> {
			if (event instanceof ContextClosedEvent) {
				closed.countDown();
			}
		});
		if (!context.isActive()) {
			return 1;
		}
		closed.await();
		return ExitCodes.KEEP_RUNNING;
	}

}
