package cn.guifan.registry.cli;

/**
 * The command line's entry point (the jar's main class): {@code guifan demo},
 * {@code guifan serve}, {@code guifan ingest DIR} and the other subcommands. The
 * application itself is {@link cn.guifan.registry.GuifanApplication}, which the commands
 * start when they need it.
 */
public final class Main {

	private Main() {
	}

	public static void main(String[] args) {
		int code = GuifanCommand.execute(args);
		if (code != ExitCodes.KEEP_RUNNING) {
			System.exit(code);
		}
	}

}
