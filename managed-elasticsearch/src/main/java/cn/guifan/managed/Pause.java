package cn.guifan.managed;

import java.time.Duration;

/**
 * Sleeping in polling loops without swallowing interrupts.
 */
final class Pause {

	private Pause() {
	}

	/**
	 * Sleeps, keeping the thread's interrupt flag if interrupted.
	 * @param duration how long
	 * @return {@code false} if interrupted, so the caller stops polling
	 */
	static boolean sleep(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
			return true;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

}
