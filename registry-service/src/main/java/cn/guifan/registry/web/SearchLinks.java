package cn.guifan.registry.web;

import cn.guifan.registry.search.SearchParams;
import cn.guifan.search.query.StatusFilter;

/**
 * The links of the search page that change one thing about the current search (a facet
 * value, the status, the page), so that everything works as plain links without
 * JavaScript. Used by the template.
 */
public final class SearchLinks {

	private final SearchParams params;

	SearchLinks(SearchParams params) {
		this.params = params;
	}

	public String toggle(String facet, String value) {
		return link(this.params.toggle(facet, value));
	}

	public String page(int page) {
		return link(this.params.withPage(page));
	}

	/**
	 * All statuses on the date: the one click that adds repealed, expired and future
	 * documents.
	 */
	public String allStatuses() {
		return link(this.params.withStatuses(StatusFilter.all()));
	}

	/** Back to the default: in force on the date only. */
	public String inForceOnly() {
		return link(this.params.withStatuses(StatusFilter.defaults()));
	}

	public String withoutFilters() {
		return link(this.params.withoutFacetFilters());
	}

	public String query(String query) {
		return link(this.params.withQuery(query));
	}

	private static String link(SearchParams params) {
		return "/?" + params.toQueryString();
	}

}
