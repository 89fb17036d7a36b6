package cn.guifan.registry.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import cn.guifan.search.query.DocumentQuery;
import cn.guifan.search.query.HitOrder;
import cn.guifan.search.query.StatusFilter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * How the search API and the search page read their parameters: one binding for both, a
 * Chinese message naming the parameter for each mistake. A web slice: the search itself
 * is not run here (CorpusSearchIT and RegistryApiIT run it against Elasticsearch), so the
 * service only records what it was asked.
 */
@WebMvcTest(controllers = { SearchApiController.class, SearchPageController.class })
@AutoConfigureMockMvc(addFilters = false)
class SearchWebTest {

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	RegistrySearch search;

	@BeforeEach
	void answerWithNothing() {
		when(this.search.today()).thenReturn(LocalDate.of(2026, 12, 6));
		when(this.search.search(any())).thenAnswer((call) -> {
			DocumentQuery q = call.getArgument(0);
			return new SearchResults(q.query(), 0, q.page(), q.size(), 1, LocalDate.of(2026, 12, 6), List.of(),
					new SearchResults.Understood(null, List.of(), List.of()),
					new SearchResults.Facets(List.of(), List.of(), List.of(), List.of(), List.of()), List.of(), null);
		});
	}

	@Test
	void theApiReadsEveryParameterIntoOneQuery() {
		assertThat(this.mvc.get()
			.uri("/api/v1/documents?q=占道经营&status=repealed,expired&kind=规章&issuer=青禾县人民政府&year=2020年"
					+ "&region=青禾县&asOf=2024-01-01&sort=date&page=2&size=5"))
			.hasStatusOk();
		ArgumentCaptor<DocumentQuery> asked = ArgumentCaptor.forClass(DocumentQuery.class);
		verify(this.search).search(asked.capture());
		DocumentQuery q = asked.getValue();
		assertThat(q.query()).isEqualTo("占道经营");
		assertThat(q.statuses()).isEqualTo(Set.of(StatusFilter.REPEALED, StatusFilter.EXPIRED));
		assertThat(q.kinds()).containsExactly("RULE");
		assertThat(q.issuers()).containsExactly("青禾县人民政府");
		assertThat(q.years()).containsExactly(2020);
		assertThat(q.regions()).containsExactly("青禾县");
		assertThat(q.asOf()).isEqualTo(LocalDate.of(2024, 1, 1));
		assertThat(q.order()).isEqualTo(HitOrder.DATE_DESC);
		assertThat(q.page()).isEqualTo(2);
		assertThat(q.size()).isEqualTo(5);
		assertThat(q.includeRestricted()).as("anonymous").isFalse();
	}

	@Test
	void eachMistakeIsABadRequestNamingItsParameterInChinese() {
		expectProblem("/api/v1/documents?q=x&page=abc", "page", "页码“abc”不是数字");
		expectProblem("/api/v1/documents?q=x&size=500", "size", "每页条数须在 1 到 100 之间");
		expectProblem("/api/v1/documents?q=x&status=gone", "status", "未知的时效性“gone”");
		expectProblem("/api/v1/documents?q=x&asOf=2024-13-40", "asOf", "日期“2024-13-40”无效");
		expectProblem("/api/v1/documents?q=x&sort=best", "sort", "未知的排序方式“best”");
		expectProblem("/api/v1/documents?q=x&year=20", "year", "年份“20”无效");
		expectProblem("/api/v1/documents?q=" + "法".repeat(201), "q", "检索词过长");
		expectProblem("/api/v1/documents?q=x&asOf=0000-01-01", "asOf", "超出可查询的范围");
		verify(this.search, never()).search(any());
	}

	@Test
	void thePageShowsAMistakeInsteadOfFailing() {
		assertThat(this.mvc.get().uri("/?q=占道经营&page=abc")).hasStatusOk()
			.bodyText()
			.contains("页码“abc”不是数字")
			.contains("value=\"占道经营\"");
		verify(this.search, never()).search(any());
	}

	@Test
	void thePageSearchesWithTheSameQueryAsTheApi() {
		assertThat(this.mvc.get().uri("/?q=占道经营&status=all&kind=行政规范性文件")).hasStatusOk();
		ArgumentCaptor<DocumentQuery> asked = ArgumentCaptor.forClass(DocumentQuery.class);
		verify(this.search).search(asked.capture());
		assertThat(asked.getValue().allStatuses()).isTrue();
		assertThat(asked.getValue().kinds()).containsExactly("NORMATIVE_DOCUMENT");
	}

	private void expectProblem(String uri, String parameter, String message) {
		assertThat(this.mvc.get().uri(uri)).hasStatus(HttpStatus.BAD_REQUEST).bodyJson().satisfies((json) -> {
			json.assertThat().extractingPath("$.field").isEqualTo(parameter);
			json.assertThat().extractingPath("$.detail").asString().contains(message);
		});
	}

}
