package cn.guifan.search.query;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What to try when a search finds nothing (or, for a document number, not that number).
 *
 * @param didYouMean document numbers or titles close to what was typed, that the same
 * search would find
 * @param withAllStatuses hits the query has when documents not in force are included;
 * null when they already were
 * @param withoutFilters hits the query has without the kind, issuer, year and region
 * filters; null when none was set
 */
public record NoResultsHelp(List<String> didYouMean, @Nullable Long withAllStatuses, @Nullable Long withoutFilters) {

	public NoResultsHelp {
		didYouMean = List.copyOf(didYouMean);
	}

	public boolean isEmpty() {
		return this.didYouMean.isEmpty() && (this.withAllStatuses == null || this.withAllStatuses == 0)
				&& (this.withoutFilters == null || this.withoutFilters == 0);
	}

}
