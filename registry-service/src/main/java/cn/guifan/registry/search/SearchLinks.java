package cn.guifan.registry.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;

import cn.guifan.search.query.DocumentQuery;
import cn.guifan.search.query.HitOrder;
import cn.guifan.search.query.StatusFilter;

/**
 * The links of the search page that change one thing about the current search (a facet
 * value, the status, the page), so that everything works as plain links without
 * JavaScript. Used by the template.
 */
public final class SearchLinks {

	private final DocumentQuery query;

	SearchLinks(DocumentQuery query) {
		this.query = query;
	}

	/** The search with one facet value added, or removed when it is set. */
	public String toggle(String facet, String value) {
		DocumentQuery.Builder b = this.query.toBuilder().page(1);
		switch (facet) {
			case "kind" -> b.kinds(toggled(this.query.kinds(), value));
			case "issuer" -> b.issuers(toggled(this.query.issuers(), value));
			case "year" -> b.years(toggled(this.query.years(), Integer.valueOf(value)));
			case "region" -> b.regions(toggled(this.query.regions(), value));
			case "status" -> {
				StatusFilter filter = StatusFilter.parse(value).map((s) -> s.iterator().next()).orElseThrow();
				// From all statuses, a click narrows to the one clicked.
				Set<StatusFilter> current = EnumSet.noneOf(StatusFilter.class);
				if (!this.query.allStatuses()) {
					current.addAll(this.query.statuses());
				}
				if (!current.remove(filter)) {
					current.add(filter);
				}
				b.statuses(current.isEmpty() ? StatusFilter.all() : current);
			}
			default -> throw new IllegalArgumentException("unknown facet " + facet);
		}
		return link(b.build());
	}

	public String page(int page) {
		return link(this.query.toBuilder().page(page).build());
	}

	/**
	 * All statuses on the date: the one click that adds repealed, expired and future
	 * documents.
	 */
	public String allStatuses() {
		return link(this.query.toBuilder().page(1).statuses(StatusFilter.all()).build());
	}

	/** Back to the default: in force on the date only. */
	public String inForceOnly() {
		return link(this.query.toBuilder().page(1).statuses(StatusFilter.defaults()).build());
	}

	public String withoutFilters() {
		return link(this.query.toBuilder()
			.page(1)
			.kinds(List.of())
			.issuers(List.of())
			.years(List.of())
			.regions(List.of())
			.build());
	}

	public String query(String text) {
		return link(this.query.toBuilder(text).page(1).build());
	}

	private static String link(DocumentQuery query) {
		return "/?" + queryString(query);
	}

	/** The query string of a search, defaults left out: {@code q=…&kind=…}. */
	static String queryString(DocumentQuery q) {
		StringJoiner query = new StringJoiner("&");
		add(query, "q", q.query());
		if (!q.inForceOnly()) {
			if (q.allStatuses()) {
				add(query, "status", "all");
			}
			else {
				q.statuses().stream().sorted().forEach((s) -> add(query, "status", s.code()));
			}
		}
		q.kinds().forEach((k) -> add(query, "kind", k));
		q.issuers().forEach((i) -> add(query, "issuer", i));
		q.years().forEach((y) -> add(query, "year", Integer.toString(y)));
		q.regions().forEach((r) -> add(query, "region", r));
		if (q.asOf() != null) {
			add(query, "asOf", q.asOf().toString());
		}
		if (q.order() != HitOrder.RELEVANCE) {
			add(query, "sort", q.order().code());
		}
		if (q.size() != DocumentQuery.DEFAULT_SIZE) {
			add(query, "size", Integer.toString(q.size()));
		}
		if (q.page() != 1) {
			add(query, "page", Integer.toString(q.page()));
		}
		return query.toString();
	}

	private static void add(StringJoiner query, String name, String value) {
		query.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
	}

	private static <T> List<T> toggled(Collection<T> values, T value) {
		List<T> copy = new ArrayList<>(values);
		if (!copy.remove(value)) {
			copy.add(value);
		}
		return copy;
	}

}
