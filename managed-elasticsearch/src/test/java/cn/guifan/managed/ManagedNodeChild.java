package cn.guifan.managed;

import java.nio.file.Path;

/**
 * A separate JVM for the kill tests: starts a managed node in the home given as the first
 * argument, prints one line {@code READY pid=<pid> uri=<uri>} and waits to be killed.
 */
public final class ManagedNodeChild {

	static final String READY = "READY";

	private ManagedNodeChild() {
	}

	public static void main(String[] args) throws InterruptedException {
		ManagedElasticsearch node = ManagedElasticsearch.startOrAttach(ManagedNodeSettings.defaults(Path.of(args[0])));
		System.out.println(READY + " pid=" + node.pid() + " uri=" + node.httpUri());
		System.out.flush();
		Thread.sleep(Long.MAX_VALUE);
	}

}
