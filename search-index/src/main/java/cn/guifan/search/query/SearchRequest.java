package cn.guifan.search.query;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * A search as a user asks it: the text typed, the date whose in-force documents are
 * searched, filters, order and page.
 *
 * @param query the text typed, as typed
 * @param page the page, from 1
 * @param size hits per page
 * @param includeRestricted whether documents that are not public may be returned
 * (registrars only)
 * @param asOf the date: only documents in force on it (by default), with their status on
 * it
 * @param statuses the statuses on {@code asOf} to include; by default only in force
 * @param kinds 效力级别 codes to limit to (any of them), empty for all
 * @param issuers 发文机关 to limit to (any of them)
 * @param years years to limit to (any of them)
 * @param regions regions to limit to (any of them)
 * @param sort the order of hits
 * @param facets whether to count hits per status, kind, issuer, year and region
 */
public record SearchRequest(String query, int page, int size, boolean includeRestricted, LocalDate asOf,
		Set<StatusFilter> statuses, Set<String> kinds, Set<String> issuers, Set<Integer> years, Set<String> regions,
		SortOrder sort, boolean facets) {

	public static final int MAX_QUERY_LENGTH = 200;

	public static final int MAX_PAGE_SIZE = 100;

	/** Hits beyond this rank are not served (the index's max_result_window). */
	public static final int MAX_RESULT_WINDOW = 10_000;

	public SearchRequest {
		Objects.requireNonNull(query, "query");
		Objects.requireNonNull(asOf, "asOf");
		Objects.requireNonNull(sort, "sort");
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
		statuses = Set.copyOf(EnumSet.copyOf(statuses));
		kinds = copy(kinds);
		issuers = copy(issuers);
		years = copy(years);
		regions = copy(regions);
	}

	/**
	 * What an anonymous user gets for a query: documents in force today, by relevance,
	 * first page of 10, with facets.
	 */
	public static SearchRequest publicSearch(String query) {
		return builder(query, LocalDate.now()).build();
	}

	public static Builder builder(String query, LocalDate asOf) {
		return new Builder(query, asOf);
	}

	public Builder toBuilder() {
		return new Builder(this.query, this.asOf).page(this.page)
			.size(this.size)
			.includeRestricted(this.includeRestricted)
			.statuses(this.statuses)
			.kinds(this.kinds)
			.issuers(this.issuers)
			.years(this.years)
			.regions(this.regions)
			.sort(this.sort)
			.facets(this.facets);
	}

	public int from() {
		return (this.page - 1) * this.size;
	}

	/** Whether only the public default (in force on the date) is asked for. */
	public boolean inForceOnly() {
		return this.statuses.equals(StatusFilter.defaults());
	}

	/** Whether any filter other than the status is set. */
	public boolean hasFacetFilters() {
		return !this.kinds.isEmpty() || !this.issuers.isEmpty() || !this.years.isEmpty() || !this.regions.isEmpty();
	}

	private static <T> Set<T> copy(Collection<T> values) {
		return Set.copyOf(new LinkedHashSet<>(values));
	}

	/** Builds a request; everything but the query and date has the public default. */
	public static final class Builder {

		private final String query;

		private final LocalDate asOf;

		private int page = 1;

		private int size = 10;

		private boolean includeRestricted;

		private Set<StatusFilter> statuses = StatusFilter.defaults();

		private Set<String> kinds = Set.of();

		private Set<String> issuers = Set.of();

		private Set<Integer> years = Set.of();

		private Set<String> regions = Set.of();

		private SortOrder sort = SortOrder.RELEVANCE;

		private boolean facets = true;

		private Builder(String query, LocalDate asOf) {
			this.query = query;
			this.asOf = asOf;
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

		public Builder statuses(Set<StatusFilter> statuses) {
			this.statuses = statuses;
			return this;
		}

		public Builder kinds(Collection<String> kinds) {
			this.kinds = Set.copyOf(kinds);
			return this;
		}

		public Builder issuers(Collection<String> issuers) {
			this.issuers = Set.copyOf(issuers);
			return this;
		}

		public Builder years(Collection<Integer> years) {
			this.years = Set.copyOf(years);
			return this;
		}

		public Builder regions(Collection<String> regions) {
			this.regions = Set.copyOf(regions);
			return this;
		}

		public Builder sort(SortOrder sort) {
			this.sort = sort;
			return this;
		}

		public Builder facets(boolean facets) {
			this.facets = facets;
			return this;
		}

		public SearchRequest build() {
			return new SearchRequest(this.query, this.page, this.size, this.includeRestricted, this.asOf, this.statuses,
					this.kinds, this.issuers, this.years, this.regions, this.sort, this.facets);
		}

	}

}
