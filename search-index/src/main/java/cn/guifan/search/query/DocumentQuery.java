package cn.guifan.search.query;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A search as a user asks it, the one model of a search from the request to the query:
 * the text typed, the date whose in-force documents are searched, filters, order and
 * page. Every value is checked here, with a message naming the parameter.
 *
 * @param query the text typed, as typed
 * @param page the page, from 1
 * @param size hits per page
 * @param includeRestricted whether documents that are not public may be returned
 * (registrars only)
 * @param asOf the date: only documents in force on it (by default), with their status on
 * it; null for today
 * @param statuses the statuses on the date to include; by default only in force
 * @param kinds 效力级别 codes to limit to (any of them), empty for all
 * @param issuers 发文机关 to limit to (any of them)
 * @param years years to limit to (any of them)
 * @param regions regions to limit to (any of them)
 * @param order the order of hits
 * @param facets whether to count hits per status, kind, issuer, year and region
 */
public record DocumentQuery(String query, int page, int size, boolean includeRestricted, @Nullable LocalDate asOf,
		Set<StatusFilter> statuses, Set<String> kinds, Set<String> issuers, Set<Integer> years, Set<String> regions,
		HitOrder order, boolean facets) {

	public static final int DEFAULT_SIZE = 10;

	public static final int MAX_QUERY_LENGTH = 200;

	public static final int MAX_PAGE_SIZE = 100;

	/** The earliest date a search may be made as of. */
	public static final LocalDate EARLIEST_DATE = LocalDate.of(1000, 1, 1);

	/** The latest date a search may be made as of. */
	public static final LocalDate LATEST_DATE = LocalDate.of(9999, 12, 31);

	/** Hits beyond this rank are not served (the index's max_result_window). */
	public static final int MAX_RESULT_WINDOW = 10_000;

	public DocumentQuery {
		Objects.requireNonNull(query, "query");
		Objects.requireNonNull(order, "order");
		if (page < 1) {
			throw new InvalidSearchException("page", "页码须从 1 开始，收到 " + page);
		}
		if (size < 1 || size > MAX_PAGE_SIZE) {
			throw new InvalidSearchException("size", "每页条数须在 1 到 " + MAX_PAGE_SIZE + " 之间，收到 " + size);
		}
		if ((long) page * size > MAX_RESULT_WINDOW) {
			throw new InvalidSearchException("page", "只能查看前 " + MAX_RESULT_WINDOW + " 条结果，请增加检索词或筛选条件缩小范围");
		}
		if (query.codePointCount(0, query.length()) > MAX_QUERY_LENGTH) {
			throw new InvalidSearchException("q",
					"检索词过长（" + query.codePointCount(0, query.length()) + " 字），请控制在 " + MAX_QUERY_LENGTH + " 字以内");
		}
		if (statuses.isEmpty()) {
			throw new InvalidSearchException("status", "请至少选择一种时效性");
		}
		if (asOf != null) {
			requireSearchable("asOf", asOf);
		}
		statuses = Set.copyOf(EnumSet.copyOf(statuses));
		kinds = copy(kinds);
		issuers = copy(issuers);
		years = copy(years);
		regions = copy(regions);
	}

	/**
	 * A date a search can be made as of: years 1000 to 9999. Outside them Elasticsearch
	 * cannot compare it with the dates in force (year 0000 was answered "search
	 * unavailable"), and no document of the registry is dated there.
	 */
	public static LocalDate requireSearchable(String parameter, LocalDate date) {
		if (date.isBefore(EARLIEST_DATE) || date.isAfter(LATEST_DATE)) {
			throw new InvalidSearchException(parameter,
					"日期“" + date + "”超出可查询的范围，应在 " + EARLIEST_DATE + " 到 " + LATEST_DATE + " 之间");
		}
		return date;
	}

	/**
	 * What an anonymous user gets for a query: public documents in force today, by
	 * relevance, first page of 10, with facets.
	 */
	public static DocumentQuery of(String query) {
		return builder(query).build();
	}

	public static Builder builder(String query) {
		return new Builder(query);
	}

	public Builder toBuilder() {
		return toBuilder(this.query);
	}

	/** A builder of this query with other text. */
	public Builder toBuilder(String text) {
		return new Builder(text).page(this.page)
			.size(this.size)
			.includeRestricted(this.includeRestricted)
			.asOf(this.asOf)
			.statuses(this.statuses)
			.kinds(this.kinds)
			.issuers(this.issuers)
			.years(this.years)
			.regions(this.regions)
			.order(this.order)
			.facets(this.facets);
	}

	/** The date searched: the one asked for, else today. */
	public LocalDate asOfOr(LocalDate today) {
		return (this.asOf != null) ? this.asOf : today;
	}

	public int from() {
		return (this.page - 1) * this.size;
	}

	/** Whether only the public default (in force on the date) is asked for. */
	public boolean inForceOnly() {
		return this.statuses.equals(StatusFilter.defaults());
	}

	/** Whether every status is asked for. */
	public boolean allStatuses() {
		return this.statuses.equals(StatusFilter.all());
	}

	/** Whether any filter other than the status is set. */
	public boolean hasFacetFilters() {
		return !this.kinds.isEmpty() || !this.issuers.isEmpty() || !this.years.isEmpty() || !this.regions.isEmpty();
	}

	/** Whether anything but the query text differs from the public default. */
	public boolean hasFilters() {
		return hasFacetFilters() || !inForceOnly() || this.asOf != null;
	}

	/** An unmodifiable copy in the order given, so links built from it are stable. */
	private static <T> Set<T> copy(Collection<T> values) {
		return Collections.unmodifiableSet(new LinkedHashSet<>(values));
	}

	/** Builds a query; everything but the text has the public default. */
	public static final class Builder {

		private final String query;

		private int page = 1;

		private int size = DEFAULT_SIZE;

		private boolean includeRestricted;

		private @Nullable LocalDate asOf;

		private Set<StatusFilter> statuses = StatusFilter.defaults();

		private Set<String> kinds = Set.of();

		private Set<String> issuers = Set.of();

		private Set<Integer> years = Set.of();

		private Set<String> regions = Set.of();

		private HitOrder order = HitOrder.RELEVANCE;

		private boolean facets = true;

		private Builder(String query) {
			this.query = query;
		}

		public Builder page(int page) {
			this.page = page;
			return this;
		}

		public Builder size(int size) {
			this.size = size;
			return this;
		}

		public Builder includeRestricted(boolean includeRestricted) {
			this.includeRestricted = includeRestricted;
			return this;
		}

		public Builder asOf(@Nullable LocalDate asOf) {
			this.asOf = asOf;
			return this;
		}

		public Builder statuses(Set<StatusFilter> statuses) {
			this.statuses = statuses;
			return this;
		}

		public Builder kinds(Collection<String> kinds) {
			this.kinds = copy(kinds);
			return this;
		}

		public Builder issuers(Collection<String> issuers) {
			this.issuers = copy(issuers);
			return this;
		}

		public Builder years(Collection<Integer> years) {
			this.years = copy(years);
			return this;
		}

		public Builder regions(Collection<String> regions) {
			this.regions = copy(regions);
			return this;
		}

		public Builder order(HitOrder order) {
			this.order = order;
			return this;
		}

		public Builder facets(boolean facets) {
			this.facets = facets;
			return this;
		}

		public DocumentQuery build() {
			return new DocumentQuery(this.query, this.page, this.size, this.includeRestricted, this.asOf, this.statuses,
					this.kinds, this.issuers, this.years, this.regions, this.order, this.facets);
		}

	}

}
