package cn.guifan.registry.web;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Tells the person who started the service where to find it, once it answers. */
@Component
class StartupAnnouncement {

	private final Environment environment;

	StartupAnnouncement(Environment environment) {
		this.environment = environment;
	}

	@EventListener(ApplicationReadyEvent.class)
	void announce() {
		String port = this.environment.getProperty("local.server.port");
		if (port != null) {
			System.out.println("规范 Guifan 已启动：http://localhost:" + port + "/ （按 Ctrl-C 停止）");
		}
	}

}
