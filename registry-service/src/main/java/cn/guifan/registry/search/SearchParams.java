package cn.guifan.registry.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;

import cn.guifan.schemas.document.DocumentKind;
import cn.guifan.search.query.InvalidSearchException;
import cn.guifan.search.query.SearchRequest;
import cn.guifan.search.query.SortOrder;
import cn.guifan.search.query.StatusFilter;
import org.jspecify.annotations.Nullable;

/**
 * The parameters of a search as the API and the search page take them, checked, with a
 * clear message for each mistake; and the links that change one of them (a facet, a
 * page), so that the page works without JavaScript.
 * <p>
 * {@code q} the query; {@code page}, {@code size}; {@code status} one or more of
 * {@code in_force} (default), {@code not_yet_effective}, {@code repealed},
 * {@code expired}, or {@code all}; {@code kind}, {@code issuer}, {@code year},
 * {@code region} (each repeatable, any of them); {@code asOf} a date (yyyy-MM-dd),
 * default today; {@code sort} {@code relevance} (default), {@code date} or
 * {@code date_asc}.
 *
 * @param q the query as typed
 * @param page page from 1
 * @param size hits per page
 * @param statuses statuses on the date
 * @param kinds kind codes
 * @param issuers issuers
 * @param years years
 * @param regions regions
 * @param asOf the date, null for today
 * @param sort the order
 */
public record SearchParams(String q, int page, int size, Set<StatusFilter> statuses, List<String> kinds,
		List<String> issuers, List<Integer> years, List<String> regions, @Nullable LocalDate asOf, SortOrder sort) {

	public static final int DEFAULT_SIZE = 10;

	public SearchParams {
		statuses = Set.copyOf(statuses);
		kinds = List.copyOf(kinds);
		issuers = List.copyOf(issuers);
		years = List.copyOf(years);
		regions = List.copyOf(regions);
	}

	/** A query with every other parameter at its default. */
	public static SearchParams of(String q) {
		return new SearchParams(q, 1, DEFAULT_SIZE, StatusFilter.defaults(), List.of(), List.of(), List.of(), List.of(),
				null, SortOrder.RELEVANCE);
	}

	/**
	 * A query over documents of any status (repealed, expired, not yet effective too).
	 */
	public static SearchParams ofAnyStatus(String q) {
		return new SearchParams(q, 1, DEFAULT_SIZE, StatusFilter.all(), List.of(), List.of(), List.of(), List.of(),
				null, SortOrder.RELEVANCE);
	}

	/** Reads the request parameters as they arrive (text), with a message per mistake. */
	public static SearchParams parse(@Nullable String q, @Nullable String page, @Nullable String size,
			@Nullable List<String> status, @Nullable List<String> kind, @Nullable List<String> issuer,
			@Nullable List<String> year, @Nullable List<String> region, @Nullable String asOf, @Nullable String sort) {
		return new SearchParams((q != null) ? q : "", number("page", page, 1, "页码"),
				number("size", size, DEFAULT_SIZE, "每页条数"), statuses(status), kinds(kind), values(issuer), years(year),
				values(region), date(asOf), sortOrder(sort));
	}

	/** The search request for these parameters. */
	public SearchRequest toRequest(LocalDate today, boolean includeRestricted) {
		return SearchRequest.builder(this.q, (this.asOf != null) ? this.asOf : today)
			.page(this.page)
			.size(this.size)
			.includeRestricted(includeRestricted)
			.statuses(this.statuses)
			.kinds(this.kinds)
			.issuers(this.issuers)
			.years(this.years)
			.regions(this.regions)
			.sort(this.sort)
			.build();
	}

	/** Whether any filter other than the default status is set. */
	public boolean hasFilters() {
		return !this.kinds.isEmpty() || !this.issuers.isEmpty() || !this.years.isEmpty() || !this.regions.isEmpty()
				|| !this.statuses.equals(StatusFilter.defaults()) || this.asOf != null;
	}

	/** Whether this is the public default: documents in force on the date only. */
	public boolean inForceOnly() {
		return this.statuses.equals(StatusFilter.defaults());
	}

	public boolean allStatuses() {
		return this.statuses.equals(StatusFilter.all());
	}

	public SearchParams withPage(int newPage) {
		return new SearchParams(this.q, newPage, this.size, this.statuses, this.kinds, this.issuers, this.years,
				this.regions, this.asOf, this.sort);
	}

	public SearchParams withStatuses(Set<StatusFilter> newStatuses) {
		return new SearchParams(this.q, 1, this.size, newStatuses, this.kinds, this.issuers, this.years, this.regions,
				this.asOf, this.sort);
	}

	public SearchParams withoutFacetFilters() {
		return new SearchParams(this.q, 1, this.size, this.statuses, List.of(), List.of(), List.of(), List.of(),
				this.asOf, this.sort);
	}

	public SearchParams withQuery(String newQuery) {
		return new SearchParams(newQuery, 1, this.size, this.statuses, this.kinds, this.issuers, this.years,
				this.regions, this.asOf, this.sort);
	}

	/** These parameters with one facet value added, or removed when it is set. */
	public SearchParams toggle(String facet, String value) {
		List<String> kinds = this.kinds;
		List<String> issuers = this.issuers;
		List<Integer> years = this.years;
		List<String> regions = this.regions;
		Set<StatusFilter> statuses = this.statuses;
		switch (facet) {
			case "kind" -> kinds = toggled(kinds, value);
			case "issuer" -> issuers = toggled(issuers, value);
			case "year" -> years = toggled(years, Integer.valueOf(value));
			case "region" -> regions = toggled(regions, value);
			case "status" -> {
				StatusFilter filter = StatusFilter.parse(value).map((s) -> s.iterator().next()).orElseThrow();
				// From all statuses, a click narrows to the one clicked.
				Set<StatusFilter> current = EnumSet.noneOf(StatusFilter.class);
				if (!statuses.equals(StatusFilter.all())) {
					current.addAll(statuses);
				}
				if (!current.remove(filter)) {
					current.add(filter);
				}
				statuses = current.isEmpty() ? StatusFilter.all() : current;
			}
			default -> throw new IllegalArgumentException("unknown facet " + facet);
		}
		return new SearchParams(this.q, 1, this.size, statuses, kinds, issuers, years, regions, this.asOf, this.sort);
	}

	/** The query string of these parameters, defaults left out: {@code q=…&kind=…}. */
	public String toQueryString() {
		StringJoiner query = new StringJoiner("&");
		add(query, "q", this.q);
		if (!this.statuses.equals(StatusFilter.defaults())) {
			if (this.statuses.equals(StatusFilter.all())) {
				add(query, "status", "all");
			}
			else {
				this.statuses.stream().sorted().forEach((s) -> add(query, "status", s.code()));
			}
		}
		this.kinds.forEach((k) -> add(query, "kind", k));
		this.issuers.forEach((i) -> add(query, "issuer", i));
		this.years.forEach((y) -> add(query, "year", Integer.toString(y)));
		this.regions.forEach((r) -> add(query, "region", r));
		if (this.asOf != null) {
			add(query, "asOf", this.asOf.toString());
		}
		if (this.sort != SortOrder.RELEVANCE) {
			add(query, "sort", this.sort.code());
		}
		if (this.size != DEFAULT_SIZE) {
			add(query, "size", Integer.toString(this.size));
		}
		if (this.page != 1) {
			add(query, "page", Integer.toString(this.page));
		}
		return query.toString();
	}

	private static void add(StringJoiner query, String name, String value) {
		query.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
	}

	private static <T> List<T> toggled(List<T> values, T value) {
		List<T> copy = new ArrayList<>(values);
		if (!copy.remove(value)) {
			copy.add(value);
		}
		return copy;
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

	private static @Nullable LocalDate date(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			throw new InvalidSearchException("asOf", "日期“" + text + "”无效，请写成 YYYY-MM-DD，例如 2024-01-01");
		}
	}

	private static SortOrder sortOrder(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return SortOrder.RELEVANCE;
		}
		return SortOrder.parse(text)
			.orElseThrow(() -> new InvalidSearchException("sort",
					"未知的排序方式“" + text + "”，可用：relevance（相关度）、date（日期从新到旧）、date_asc（日期从旧到新）"));
	}

}
