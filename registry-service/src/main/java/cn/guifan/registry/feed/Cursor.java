package cn.guifan.registry.feed;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import cn.guifan.registry.common.InvalidRequestException;

/**
 * A position in a change feed, ordered by (time, kind, id): written into the feed's
 * {@code next} and {@code previous} links as {@code <microseconds>-<kind>-<id>}.
 *
 * @param at when the change was recorded
 * @param rank the kind's place among changes at the same moment
 * @param rowId the change's id within its kind
 */
record Cursor(Instant at, int rank, long rowId) {

	String encode() {
		return ChronoUnit.MICROS.between(Instant.EPOCH, this.at) + "-" + this.rank + "-" + this.rowId;
	}

	static Cursor parse(String parameter, String text) {
		String[] parts = text.strip().split("-");
		try {
			if (parts.length == 3) {
				long micros = Long.parseLong(parts[0]);
				int rank = Integer.parseInt(parts[1]);
				long id = Long.parseLong(parts[2]);
				if (rank >= 0 && rank < Change.Kind.values().length) {
					return new Cursor(Instant.EPOCH.plus(micros, ChronoUnit.MICROS), rank, id);
				}
			}
		}
		catch (NumberFormatException | ArithmeticException ex) {
			// Falls through to the message below.
		}
		throw new InvalidRequestException(parameter, "翻页位置“" + text + "”无效，请使用订阅文档中 next、previous 链接给出的地址");
	}

}
