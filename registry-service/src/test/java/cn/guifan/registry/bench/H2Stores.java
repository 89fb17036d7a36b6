package cn.guifan.registry.bench;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What H2 wrote during a run, from its own counters
 * ({@code INFORMATION_SCHEMA.SETTINGS}): how many times it stored its changed pages (each
 * commit stores them, with {@code WRITE_DELAY=0}: one chunk per store) and how many bytes
 * those writes took. A store writes every page changed since the last one, whichever
 * transaction changed it, so the stores the indexer's small transactions cause write the
 * ingest's open chunk too. Its reads count the pages it had to read back from the file
 * because its cache no longer held them.
 */
final class H2Stores {

	private final long versions;

	private final long writes;

	private final long bytes;

	private final long reads;

	private final long readBytes;

	/** The size of H2's page cache, in MB (its {@code CACHE_SIZE}). */
	private final long cacheMegabytes;

	private H2Stores(long versions, long writes, long bytes, long reads, long readBytes, long cacheMegabytes) {
		this.versions = versions;
		this.writes = writes;
		this.bytes = bytes;
		this.reads = reads;
		this.readBytes = readBytes;
		this.cacheMegabytes = cacheMegabytes;
	}

	/** The counters now, or {@code null} when the database is not H2. */
	static @Nullable H2Stores read(JdbcTemplate jdbc) {
		Map<String, Long> info = new HashMap<>();
		try {
			jdbc.query("SELECT SETTING_NAME, SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME IN "
					+ "('info.CURRENT_VERSION', 'info.FILE_WRITE', 'info.FILE_WRITE_BYTES', 'info.FILE_READ', "
					+ "'info.FILE_READ_BYTES', 'info.CACHE_MAX_SIZE')", (rs) -> {
						info.put(rs.getString(1), Long.parseLong(rs.getString(2).trim()));
					});
		}
		catch (RuntimeException ex) {
			return null;
		}
		if (info.size() < 6) {
			return null;
		}
		return new H2Stores(info.get("info.CURRENT_VERSION"), info.get("info.FILE_WRITE"),
				info.get("info.FILE_WRITE_BYTES"), info.get("info.FILE_READ"), info.get("info.FILE_READ_BYTES"),
				info.get("info.CACHE_MAX_SIZE"));
	}

	/**
	 * One line: the stores, writes and bytes since {@code before}, and the reads: pages
	 * H2 did not find in its cache, read back from the file (a registry larger than the
	 * cache shows here).
	 */
	String since(H2Stores before) {
		return String.format(Locale.ROOT,
				"H2 stored its pages %d times (%d writes, %.0f MB); read %d times from its file (%.0f MB; its cache %d MB)",
				this.versions - before.versions, this.writes - before.writes, (this.bytes - before.bytes) / 1e6,
				this.reads - before.reads, (this.readBytes - before.readBytes) / 1e6, this.cacheMegabytes);
	}

}
