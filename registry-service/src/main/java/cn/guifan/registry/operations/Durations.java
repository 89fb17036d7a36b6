package cn.guifan.registry.operations;

import java.time.Duration;

/** Durations as operators read them, in Chinese. */
final class Durations {

	private Durations() {
	}

	static String chinese(Duration duration) {
		long seconds = Math.max(0, duration.toSeconds());
		if (seconds < 120) {
			return seconds + " 秒";
		}
		if (seconds < 2 * 3600) {
			return (seconds / 60) + " 分钟";
		}
		if (seconds < 3 * 86400) {
			return (seconds / 3600) + " 小时";
		}
		return (seconds / 86400) + " 天";
	}

}
