package cn.guifan.search.query;

import java.util.Objects;

/**
 * A search as a user asks it.
 *
 * @param query the text typed, as typed
 * @param page the page, from 1
 * @param size hits per page
 * @param includeRestricted whether documents that are not public may be returned
 * (registrars only)
 */
public record SearchRequest(String query, int page, int size, boolean includeRestricted) {

	public static final int MAX_QUERY_LENGTH = 200;

	public static final int MAX_PAGE_SIZE = 100;

	public SearchRequest {
		Objects.requireNonNull(query, "query");
		if (page < 1) {
			throw new InvalidSearchException("page", "页码须从 1 开始，收到 " + page);
		}
		if (size < 1 || size > MAX_PAGE_SIZE) {
			throw new InvalidSearchException("size", "每页条数须在 1 到 " + MAX_PAGE_SIZE + " 之间，收到 " + size);
		}
		if (query.length() > MAX_QUERY_LENGTH) {
			throw new InvalidSearchException("q", "检索词过长（" + query.length() + " 字），请控制在 " + MAX_QUERY_LENGTH + " 字以内");
		}
	}

	public static SearchRequest publicSearch(String query) {
		return new SearchRequest(query, 1, 10, false);
	}

	public int from() {
		return (this.page - 1) * this.size;
	}

}
