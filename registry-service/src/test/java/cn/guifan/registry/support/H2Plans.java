package cn.guifan.registry.support;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reading H2's query plans in tests. */
public final class H2Plans {

	private static final Pattern SCAN_COUNT = Pattern.compile("scanCount: (\\d+)");

	private H2Plans() {
	}

	/**
	 * The rows H2 read to answer a statement: the sum of the {@code scanCount}s in the
	 * output of its {@code EXPLAIN ANALYZE}. A key look-up reads a handful; reading a
	 * table or an index from end to end reads all its rows.
	 */
	public static long rowsRead(CharSequence analyzedPlan) {
		Matcher count = SCAN_COUNT.matcher(analyzedPlan);
		long rows = 0;
		while (count.find()) {
			rows += Long.parseLong(count.group(1));
		}
		return rows;
	}

}
