package cn.guifan.search.query;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import cn.guifan.schemas.document.DocumentKind;
import cn.guifan.search.analysis.ChineseAnalyzer;
import cn.guifan.search.client.ClusterSettings;
import cn.guifan.search.client.SearchClient;
import cn.guifan.search.index.DocumentIndex;
import cn.guifan.search.index.IndexEntry;
import cn.guifan.search.index.IndexSourceBuilder;
import cn.guifan.search.index.PreparedEntry;
import cn.guifan.search.testing.TestElasticsearch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Queries against a real node with a few documents that look alike. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DocumentSearchIT {

	private final ChineseAnalyzer analyzer = new ChineseAnalyzer();

	private SearchClient client;

	private DocumentIndex index;

	private DocumentSearch search;

	@BeforeAll
	void indexDocuments() {
		this.client = SearchClient.connect(ClusterSettings.local(TestElasticsearch.httpUri()));
		this.index = new DocumentIndex(this.client.client(),
				"it-search-" + UUID.randomUUID().toString().substring(0, 8));
		this.index.ensureIndex();
		IndexSourceBuilder builder = new IndexSourceBuilder(this.analyzer);
		List<IndexEntry> entries = List.of(
				entry("1", "中华人民共和国会计法", null, true, "第一条 为了规范会计行为，保证会计资料真实、完整，加强经济管理和财务管理，提高经济效益，制定本法。"),
				entry("2", "中华人民共和国会计法实施细则（草案）", null, true, "会计法的实施细则。会计机构应当依照会计法办理会计事务。"),
				entry("3", "青禾县人民政府办公室关于印发《青禾县城区占道经营管理办法》的通知", "青政办〔2021〕12号", true,
						"第一条 为了规范城区占道经营行为，维护市容环境卫生，制定本办法。"),
				entry("4", "青禾县人民政府关于同意设立乡镇综合便民服务点的批复", "青政字〔2022〕31号", false, "同意设立乡镇综合便民服务点。占道经营不在此列。"));
		this.index.write(this.index.alias(), entries.stream().map((e) -> PreparedEntry.of(e, builder)).toList(),
				List.of());
		this.index.refresh();
		this.search = new DocumentSearch(this.client.client(), this.index.alias(), this.analyzer);
	}

	@AfterAll
	void dropIndex() {
		this.index.drop();
		this.client.close();
	}

	@Test
	void anExactTitleComesFirstAheadOfLongerTitlesContainingIt() {
		assertThat(ids("中华人民共和国会计法")).first().isEqualTo("1");
	}

	@Test
	void aShortNameFindsTheFullTitle() {
		assertThat(ids("会计法")).first().isEqualTo("1");
	}

	@ParameterizedTest
	@ValueSource(strings = { "青政办〔2021〕12号", "青政办[2021]12号", "青政办（2021）12号", "青政办2021 12号", "青政办〔２０２１〕１２号" })
	void aDocNumberInAnyFormFindsItsDocument(String typed) {
		assertThat(ids(typed)).first().isEqualTo("3");
	}

	@Test
	void aRememberedSentenceFindsItsDocumentWithTheSentenceHighlighted() {
		SearchResult result = this.search.search(SearchRequest.publicSearch("维护市容环境卫生"));
		assertThat(result.hits().get(0).documentId()).isEqualTo("3");
		assertThat(result.hits().get(0).snippet()).contains("<em>维护市容环境卫生</em>");
	}

	@Test
	void traditionalCharactersFindSimplifiedText() {
		assertThat(ids("會計法")).first().isEqualTo("1");
	}

	@Test
	void documentsThatAreNotPublicAreLeftOutUnlessAsked() {
		assertThat(ids("青政字〔2022〕31号")).doesNotContain("4");
		assertThat(this.search.search(new SearchRequest("青政字〔2022〕31号", 1, 10, true)).hits())
			.extracting(SearchHit::documentId)
			.first()
			.isEqualTo("4");
	}

	@Test
	void snippetsAreHtmlEscapedAroundTheMarks() {
		SearchResult result = this.search.search(SearchRequest.publicSearch("占道经营"));
		assertThat(result.hits()).allSatisfy((h) -> assertThat(h.snippet()).doesNotContain("<script"));
		assertThat(result.hits().get(0).titleHighlight()).contains("<em>占道经营</em>");
	}

	@Test
	void emptyOrOverlongQueriesAreRefusedWithAMessage() {
		assertThatExceptionOfType(InvalidSearchException.class)
			.isThrownBy(() -> this.search.search(SearchRequest.publicSearch("  ")))
			.withMessageContaining("请输入检索词");
		assertThatExceptionOfType(InvalidSearchException.class)
			.isThrownBy(() -> SearchRequest.publicSearch("法".repeat(SearchRequest.MAX_QUERY_LENGTH + 1)))
			.withMessageContaining("过长");
	}

	private List<String> ids(String query) {
		return this.search.search(SearchRequest.publicSearch(query))
			.hits()
			.stream()
			.map(SearchHit::documentId)
			.toList();
	}

	private static IndexEntry entry(String id, String title, String number, boolean publiclyVisible, String body) {
		String normalized = (number != null)
				? cn.guifan.schemas.docnumber.DocNumbers.parse(number).orElseThrow().normalized() : null;
		return new IndexEntry(id, 1, true, title, List.of(), number, normalized, List.of(), DocumentKind.LAW,
				publiclyVisible ? "主动公开" : "依申请公开", publiclyVisible, null, null, LocalDate.of(2021, 3, 15), null, null,
				null, LocalDate.of(2021, 5, 1), null, "IN_FORCE", null, body, null);
	}

}
