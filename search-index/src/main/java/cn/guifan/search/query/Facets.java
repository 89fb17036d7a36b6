package cn.guifan.search.query;

import java.util.List;

/**
 * Hit counts per value of each filter. Each facet counts under all the other filters and
 * the search's status filter, so a count is what one click on it gives; documents that
 * are not public never count, and in the default (in force) search neither do documents
 * not in force.
 *
 * @param status counts per status on the as-of date; in the default search only the
 * in-force count
 * @param kind counts per 效力级别
 * @param issuer counts per 发文机关 (the most frequent)
 * @param year counts per year, newest first
 * @param region counts per region
 */
public record Facets(List<FacetBucket> status, List<FacetBucket> kind, List<FacetBucket> issuer, List<FacetBucket> year,
		List<FacetBucket> region) {

	public static final Facets NONE = new Facets(List.of(), List.of(), List.of(), List.of(), List.of());

	public Facets {
		status = List.copyOf(status);
		kind = List.copyOf(kind);
		issuer = List.copyOf(issuer);
		year = List.copyOf(year);
		region = List.copyOf(region);
	}

}
