package cn.guifan.registry.common;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * A window on records in the order they were recorded, by (time, id): the newest
 * {@code limit} before a position (or the newest of all when there is none), or the
 * oldest {@code limit} after it. Reading by position rather than by offset costs the same
 * on the last page as on the first, and a record added meanwhile moves no other record to
 * another page.
 *
 * @param at the time of the position, null for the newest end
 * @param id the id at the position: records at the same time are ordered by id
 * @param newer whether to read the records after the position (oldest first) instead of
 * those before it (newest first)
 * @param limit how many records at most
 */
public record Keyset(@Nullable Instant at, long id, boolean newer, int limit) {

	public Keyset {
		if (limit < 1) {
			throw new IllegalArgumentException("limit must be positive: " + limit);
		}
		if (newer && at == null) {
			throw new IllegalArgumentException("records newer than nothing");
		}
	}

	/** The newest records. */
	public static Keyset newest(int limit) {
		return new Keyset(null, 0, false, limit);
	}

	/** The condition on a table's time and id columns, with parameters :at and :id. */
	public String where(String timeColumn, String idColumn) {
		if (this.at == null) {
			return "1 = 1";
		}
		String op = this.newer ? ">" : "<";
		return "(" + timeColumn + " " + op + " :at OR (" + timeColumn + " = :at AND " + idColumn + " " + op + " :id))";
	}

	/** The order of the window: newest first, or oldest first after a position. */
	public String order(String timeColumn, String idColumn) {
		String direction = this.newer ? "ASC" : "DESC";
		return timeColumn + " " + direction + ", " + idColumn + " " + direction;
	}

	/** The parameters of {@link #where}, and {@code :only} when some ids are given. */
	public MapSqlParameterSource params(@Nullable Collection<Long> only) {
		MapSqlParameterSource params = new MapSqlParameterSource();
		if (this.at != null) {
			params.addValue("at", Timestamp.from(this.at)).addValue("id", this.id);
		}
		if (only != null) {
			params.addValue("only", only.isEmpty() ? java.util.List.of(-1L) : only);
		}
		return params;
	}

}
