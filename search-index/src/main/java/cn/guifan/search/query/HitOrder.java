package cn.guifan.search.query;

import java.util.Locale;
import java.util.Optional;

/** The order of hits. */
public enum HitOrder {

	/** Best match first; newer first among equals. */
	RELEVANCE("relevance", "按相关度"),

	/** Newest first (成文日期, else 发布 or 施行日期). */
	DATE_DESC("date", "按日期从新到旧"),

	/** Oldest first. */
	DATE_ASC("date_asc", "按日期从旧到新");

	private final String code;

	private final String label;

	HitOrder(String code, String label) {
		this.code = code;
		this.label = label;
	}

	public String code() {
		return this.code;
	}

	public String label() {
		return this.label;
	}

	public static Optional<HitOrder> parse(String value) {
		String v = value.strip().toLowerCase(Locale.ROOT);
		for (HitOrder order : values()) {
			if (order.code.equals(v) || order.name().equalsIgnoreCase(v)) {
				return Optional.of(order);
			}
		}
		return Optional.empty();
	}

}
