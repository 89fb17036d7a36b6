package cn.guifan.search.query;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import cn.guifan.schemas.lifecycle.DocumentStatus;

/**
 * The statuses a search may be limited to, on its as-of date. The public default is
 * {@link #IN_FORCE} alone; one click adds the others.
 */
public enum StatusFilter {

	/** In force on the date (including partially invalid documents). */
	IN_FORCE("in_force", "现行有效"),

	/** Adopted, but in force only after the date. */
	NOT_YET_EFFECTIVE("not_yet_effective", "尚未生效"),

	/** Repealed before the date. */
	REPEALED("repealed", "已废止"),

	/**
	 * No longer in force for another reason: its validity period ended, or it was
	 * declared invalid.
	 */
	EXPIRED("expired", "失效");

	private final String code;

	private final String label;

	StatusFilter(String code, String label) {
		this.code = code;
		this.label = label;
	}

	/** The value of the {@code status} request parameter. */
	public String code() {
		return this.code;
	}

	public String label() {
		return this.label;
	}

	/** The public default: documents in force on the date. */
	public static Set<StatusFilter> defaults() {
		return EnumSet.of(IN_FORCE);
	}

	public static Set<StatusFilter> all() {
		return EnumSet.allOf(StatusFilter.class);
	}

	/**
	 * A parameter value: a code, a Chinese label or a status name; {@code all} for all.
	 */
	public static Optional<Set<StatusFilter>> parse(String value) {
		String v = value.strip().toLowerCase(Locale.ROOT);
		if (v.equals("all") || v.equals("全部")) {
			return Optional.of(all());
		}
		for (StatusFilter filter : values()) {
			if (filter.code.equals(v) || filter.label.equals(value.strip()) || filter.name().equalsIgnoreCase(v)) {
				return Optional.of(EnumSet.of(filter));
			}
		}
		return Optional.empty();
	}

	/** The filter a status on a date falls under. */
	public static StatusFilter of(DocumentStatus status) {
		return switch (status) {
			case IN_FORCE, PARTIALLY_INVALID -> IN_FORCE;
			case NOT_YET_EFFECTIVE -> NOT_YET_EFFECTIVE;
			case REPEALED -> REPEALED;
			case EXPIRED, AMENDED -> EXPIRED;
		};
	}

}
