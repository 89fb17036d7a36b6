package cn.guifan.registry.cli;

import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code guifan serve}: runs the registry service until Ctrl-C. */
@Command(name = "serve", mixinStandardHelpOptions = true, description = { "启动登记库服务：检索页面、文件页面和 JSON 接口。",
		"未配置 ELASTICSEARCH_URIS 时自动启动并管理本机 Elasticsearch 节点；按 Ctrl-C 停止服务及其启动的节点。" })
class ServeCommand extends RegistryCommand {

	@Option(names = "--port", description = "HTTP 端口（默认 8080，或环境变量 PORT）")
	Integer port;

	/** Whether to load the bundled sample documents into an empty registry. */
	boolean loadSamples() {
		return false;
	}

	@Override
	public Integer call() throws InterruptedException {
		Map<String, Object> properties = withSearch();
		if (this.port != null) {
			properties.put("server.port", this.port);
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
