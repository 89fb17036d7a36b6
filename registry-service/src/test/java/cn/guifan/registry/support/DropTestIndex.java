package cn.guifan.registry.support;

import cn.guifan.registry.elasticsearch.SearchBackend;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.SmartLifecycle;

/**
 * Deletes a test context's index when the context closes, so the build's shared
 * Elasticsearch node does not fill up with the indices of finished test classes.
 */
@TestConfiguration(proxyBeanMethods = false)
class DropTestIndex implements SmartLifecycle {

	private final SearchBackend backend;

	private volatile boolean running;

	DropTestIndex(SearchBackend backend) {
		this.backend = backend;
	}

	@Override
	public void start() {
		this.running = true;
	}

	@Override
	public void stop() {
		this.running = false;
		try {
			this.backend.index().drop();
		}
		catch (RuntimeException ex) {
			// The node may already be gone at the end of the build; nothing to clean
			// then.
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	@Override
	public int getPhase() {
		// Stops before the search backend closes its client.
		return SearchBackend.PHASE + 50;
	}

}
