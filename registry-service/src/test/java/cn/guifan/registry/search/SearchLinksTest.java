package cn.guifan.registry.search;

import cn.guifan.search.query.DocumentQuery;
import cn.guifan.search.query.StatusFilter;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The links of the search page that change one status or facet value. */
class SearchLinksTest {

	@Test
	void fromAllStatusesAClickOnOneNarrowsToIt() {
		DocumentQuery all = DocumentQuery.builder("占道经营").statuses(StatusFilter.all()).build();
		assertThat(new SearchLinks(all).toggle("status", "expired"))
			.isEqualTo("/?q=%E5%8D%A0%E9%81%93%E7%BB%8F%E8%90%A5&status=expired");
	}

	@Test
	void aClickAddsAStatusOrRemovesItAndRemovingTheLastShowsAll() {
		DocumentQuery inForce = DocumentQuery.of("x");
		assertThat(new SearchLinks(inForce).toggle("status", "repealed"))
			.isEqualTo("/?q=x&status=in_force&status=repealed");
		DocumentQuery two = new SearchForm("x", null, null, java.util.List.of("in_force", "repealed"), null, null, null,
				null, null, null)
			.toQuery(false);
		assertThat(new SearchLinks(two).toggle("status", "repealed")).isEqualTo("/?q=x");
		assertThat(new SearchLinks(inForce).toggle("status", "in_force")).isEqualTo("/?q=x&status=all");
	}

	@Test
	void aFacetClickStartsAgainOnTheFirstPageAndKeepsTheOrderOfValues() {
		DocumentQuery third = DocumentQuery.builder("x").page(3).kinds(java.util.List.of("RULE")).build();
		assertThat(new SearchLinks(third).toggle("kind", "NORMATIVE_DOCUMENT"))
			.isEqualTo("/?q=x&kind=RULE&kind=NORMATIVE_DOCUMENT");
		assertThat(new SearchLinks(third).toggle("kind", "RULE")).isEqualTo("/?q=x");
		assertThat(new SearchLinks(third).page(4)).isEqualTo("/?q=x&kind=RULE&page=4");
	}

	@Test
	void aBadParameterIsNamedInChinese() {
		SearchForm form = new SearchForm("x", "二", null, null, null, null, null, null, null, null);
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> form.toQuery(false)).hasMessageContaining("页码“二”不是数字");
	}

}
