package cn.guifan.search.query;

/**
 * One value of a facet with the number of hits it would give.
 *
 * @param value the value to filter by (a code, a name or a year)
 * @param label the value as users read it
 * @param count hits with this value under the other filters
 * @param selected whether the search is limited to it now
 */
public record FacetBucket(String value, String label, long count, boolean selected) {
}
