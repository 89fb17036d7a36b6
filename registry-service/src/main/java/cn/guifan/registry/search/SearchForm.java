package cn.guifan.registry.search;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import cn.guifan.schemas.document.DocumentKind;
import cn.guifan.search.query.DocumentQuery;
import cn.guifan.search.query.HitOrder;
import cn.guifan.search.query.InvalidSearchException;
import cn.guifan.search.query.StatusFilter;
import org.jspecify.annotations.Nullable;

/**
 * The parameters of a search as they arrive (text), bound the same way for the API and
 * the search page, and read into a {@link DocumentQuery} with a clear message for each
 * mistake.
 * <p>
 * {@code q} the query; {@code page}, {@code size}; {@code status} one or more of
 * {@code in_force} (default), {@code not_yet_effective}, {@code repealed},
 * {@code expired}, or {@code all}; {@code kind}, {@code issuer}, {@code year},
 * {@code region} (each repeatable or comma-separated, any of them); {@code asOf} a date
 * (yyyy-MM-dd), default today; {@code sort} {@code relevance} (default), {@code date} or
 * {@code date_asc}.
 *
 * @param q the query as typed
 * @param page page from 1
 * @param size hits per page
 * @param status statuses on the date
 * @param kind 效力级别, by code or Chinese name
 * @param issuer 发文机关
 * @param year years
 * @param region regions
 * @param asOf the date, default today
 * @param sort the order
 */
public record SearchForm(@Nullable String q, @Nullable String page, @Nullable String size,
		@Nullable List<String> status, @Nullable List<String> kind, @Nullable List<String> issuer,
		@Nullable List<String> year, @Nullable List<String> region, @Nullable String asOf, @Nullable String sort) {

	/** The query these parameters ask for. */
	public DocumentQuery toQuery(boolean includeRestricted) {
		return DocumentQuery.builder((this.q != null) ? this.q : "")
			.page(number("page", this.page, 1, "页码"))
			.size(number("size", this.size, DocumentQuery.DEFAULT_SIZE, "每页条数"))
			.includeRestricted(includeRestricted)
			.statuses(statuses(this.status))
			.kinds(kinds(this.kind))
			.issuers(values(this.issuer))
			.years(years(this.year))
			.regions(values(this.region))
			.asOf(date("asOf", this.asOf))
			.order(order(this.sort))
			.build();
	}

	/** Whether a query was typed at all. */
	public boolean hasQuery() {
		return this.q != null && !this.q.isBlank();
	}

	private static int number(String name, @Nullable String text, int fallback, String label) {
		if (text == null || text.isBlank()) {
			return fallback;
		}
		try {
			return Integer.parseInt(text.strip());
		}
		catch (NumberFormatException ex) {
			throw new InvalidSearchException(name, label + "“" + text + "”不是数字（参数 " + name + "）");
		}
	}

	private static Set<StatusFilter> statuses(@Nullable List<String> values) {
		List<String> split = split(values);
		if (split.isEmpty()) {
			return StatusFilter.defaults();
		}
		Set<StatusFilter> statuses = EnumSet.noneOf(StatusFilter.class);
		for (String value : split) {
			statuses.addAll(StatusFilter.parse(value)
				.orElseThrow(() -> new InvalidSearchException("status", "未知的时效性“" + value
						+ "”，可用：in_force（现行有效）、not_yet_effective（尚未生效）、repealed（已废止）、expired（失效）或 all（全部）")));
		}
		return statuses;
	}

	private static List<String> kinds(@Nullable List<String> values) {
		List<String> kinds = new ArrayList<>();
		for (String value : split(values)) {
			DocumentKind kind = DocumentKind.fromText(value)
				.orElseThrow(() -> new InvalidSearchException("kind", "未知的效力级别“" + value + "”"));
			kinds.add(kind.name());
		}
		return kinds;
	}

	private static List<Integer> years(@Nullable List<String> values) {
		List<Integer> years = new ArrayList<>();
		for (String value : split(values)) {
			String digits = value.endsWith("年") ? value.substring(0, value.length() - 1) : value;
			try {
				int year = Integer.parseInt(digits);
				if (year < 1000 || year > 9999) {
					throw new NumberFormatException();
				}
				years.add(year);
			}
			catch (NumberFormatException ex) {
				throw new InvalidSearchException("year", "年份“" + value + "”无效，应为四位数字，例如 2022");
			}
		}
		return years;
	}

	private static List<String> values(@Nullable List<String> values) {
		return new ArrayList<>(new LinkedHashSet<>(split(values)));
	}

	/** Repeated parameters and comma-separated values alike, blanks dropped. */
	private static List<String> split(@Nullable Collection<String> values) {
		List<String> split = new ArrayList<>();
		if (values == null) {
			return split;
		}
		for (String value : values) {
			for (String part : value.split("[,，]")) {
				if (!part.isBlank()) {
					split.add(part.strip());
				}
			}
		}
		return split;
	}

	/** A date parameter, or null when not given. */
	static @Nullable LocalDate date(String name, @Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			throw new InvalidSearchException(name, "日期“" + text + "”无效，请写成 YYYY-MM-DD，例如 2024-01-01");
		}
	}

	private static HitOrder order(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return HitOrder.RELEVANCE;
		}
		return HitOrder.parse(text)
			.orElseThrow(() -> new InvalidSearchException("sort",
					"未知的排序方式“" + text + "”，可用：relevance（相关度）、date（日期从新到旧）、date_asc（日期从旧到新）"));
	}

}
