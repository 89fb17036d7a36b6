package cn.guifan.registry.search;

import java.util.List;
import java.util.Set;

import cn.guifan.search.query.StatusFilter;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The links of the search page that change one status or facet value. */
class SearchParamsTest {

	@Test
	void fromAllStatusesAClickOnOneNarrowsToIt() {
		SearchParams all = SearchParams.of("占道经营").withStatuses(StatusFilter.all());
		SearchParams expired = all.toggle("status", "expired");
		assertThat(expired.statuses()).containsExactly(StatusFilter.EXPIRED);
		assertThat(expired.toQueryString()).isEqualTo("q=%E5%8D%A0%E9%81%93%E7%BB%8F%E8%90%A5&status=expired");
	}

	@Test
	void aClickAddsAStatusOrRemovesItAndRemovingTheLastShowsAll() {
		SearchParams inForce = SearchParams.of("x");
		SearchParams two = inForce.toggle("status", "repealed");
		assertThat(two.statuses()).isEqualTo(Set.of(StatusFilter.IN_FORCE, StatusFilter.REPEALED));
		assertThat(two.toggle("status", "repealed").inForceOnly()).isTrue();
		assertThat(inForce.toggle("status", "in_force").allStatuses()).isTrue();
	}

	@Test
	void aFacetClickStartsAgainOnTheFirstPage() {
		SearchParams third = SearchParams.of("x").withPage(3);
		SearchParams kind = third.toggle("kind", "NORMATIVE_DOCUMENT");
		assertThat(kind.page()).isEqualTo(1);
		assertThat(kind.kinds()).isEqualTo(List.of("NORMATIVE_DOCUMENT"));
		assertThat(kind.toggle("kind", "NORMATIVE_DOCUMENT").kinds()).isEmpty();
	}

}
