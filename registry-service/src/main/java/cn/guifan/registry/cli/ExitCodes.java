package cn.guifan.registry.cli;

/** Exit codes of the command line. */
public final class ExitCodes {

	/** The command finished its work. */
	public static final int OK = 0;

	/** The command failed. */
	public static final int FAILED = 1;

	/**
	 * Not a real exit code: a server ran and was shut down by a signal, so the JVM is
	 * already exiting and must not be asked to exit again (that would block on the
	 * shutdown hooks).
	 */
	public static final int KEEP_RUNNING = -1;

	private ExitCodes() {
	}

}
