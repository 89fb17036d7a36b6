package cn.guifan.search.query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import cn.guifan.schemas.docnumber.DocNumbers;
import cn.guifan.schemas.document.DocumentKind;
import cn.guifan.search.analysis.ChineseAnalyzer;
import cn.guifan.search.client.ClusterSettings;
import cn.guifan.search.client.SearchClient;
import cn.guifan.search.index.BulkOutcome;
import cn.guifan.search.index.DocumentIndex;
import cn.guifan.search.index.IndexEntry;
import cn.guifan.search.index.IndexSourceBuilder;
import cn.guifan.search.index.PreparedEntry;
import cn.guifan.managed.testing.TestElasticsearch;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Queries against a real node with a few documents that look alike, in every status: in
 * force, repealed, expired, not yet effective, an amended document with two versions, and
 * one that is not public.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DocumentSearchIT {

	/** The day the statuses below are described for. */
	private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

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
		List<IndexEntry> entries = new ArrayList<>();
		entries.add(entry("1", "中华人民共和国会计法", null, DocumentKind.LAW, "全国人民代表大会常务委员会", true,
				"第一条 为了规范会计行为，保证会计资料真实、完整，加强经济管理和财务管理，提高经济效益，制定本法。"));
		entries.add(
				entry("2", "中华人民共和国会计法实施细则（草案）", null, DocumentKind.OTHER, "财政部", true, "会计法的实施细则。会计机构应当依照会计法办理会计事务。"));
		entries.add(entry("3", "青禾县人民政府办公室关于印发《青禾县城区占道经营管理办法》的通知", "青政办〔2021〕12号", DocumentKind.NORMATIVE_DOCUMENT,
				"青禾县人民政府办公室", true, "第一条 为了规范城区占道经营行为，维护市容环境卫生，制定本办法。"));
		entries.add(entry("4", "青禾县人民政府关于同意设立乡镇综合便民服务点的批复", "青政字〔2022〕31号", DocumentKind.OTHER, "青禾县人民政府", false,
				"同意设立乡镇综合便民服务点。占道经营不在此列。"));
		entries.add(period(
				entry("5", "青禾县人民政府办公室关于印发《青禾县城区占道经营管理暂行办法》的通知", "青政办〔2019〕8号", DocumentKind.NORMATIVE_DOCUMENT,
						"青禾县人民政府办公室", true, "第一条 为了加强城区占道经营管理，制定本暂行办法。"),
				LocalDate.of(2019, 4, 1), LocalDate.of(2022, 3, 1), "REPEALED", true, 1));
		entries.add(period(
				entry("6", "青禾县建筑工地扬尘污染防治管理规定", "丰环青〔2020〕15号", DocumentKind.NORMATIVE_DOCUMENT, "丰原市生态环境局青禾分局", true,
						"第一条 为了防治建筑工地扬尘污染，制定本规定。"),
				LocalDate.of(2020, 6, 1), LocalDate.of(2023, 6, 1), "EXPIRED", true, 1));
		entries.add(period(entry("7", "青禾县涉企行政检查规范", "青政办规〔2026〕3号", DocumentKind.NORMATIVE_DOCUMENT, "青禾县人民政府办公室",
				true, "第一条 为了规范涉企行政检查，减少对企业正常经营的干扰，制定本规范。"), LocalDate.of(2027, 1, 1), null, null, true, 1));
		entries.add(period(
				entry("8", "青禾县居家养老服务补贴管理办法", "青政规〔2020〕2号", DocumentKind.NORMATIVE_DOCUMENT, "青禾县人民政府", true,
						"第三条 补贴对象为本县户籍的困难老年人。"),
				LocalDate.of(2020, 5, 1), LocalDate.of(2023, 7, 1), "AMENDED", false, 1));
		entries.add(period(entry("8", "青禾县居家养老服务补贴管理办法", "青政规〔2020〕2号", DocumentKind.NORMATIVE_DOCUMENT, "青禾县人民政府",
				true, "第三条 补贴对象为本县户籍的困难老年人和失能老年人。"), LocalDate.of(2023, 7, 1), null, null, true, 2));
		// 民法典 as the registry holds it: its parts are versions that all take effect on
		// 2021-01-01, so all but the last were in force on no day at all.
		IndexEntry civilCode = entry("9", "民法典", null, DocumentKind.LAW, "全国人民代表大会", true,
				"第一条 为了保护民事主体的合法权益，调整民事关系，制定本法。");
		LocalDate codeDay = LocalDate.of(2021, 1, 1);
		entries.add(period(civilCode, codeDay, codeDay, "SUPERSEDED", false, 1));
		entries.add(period(civilCode, codeDay, codeDay, "SUPERSEDED", false, 2));
		entries.add(period(civilCode, codeDay, null, null, true, 3));
		// Repealed on the day it took effect.
		entries.add(period(entry("10", "渔船临时停泊规定", null, DocumentKind.OTHER, "某某渔政站", true, "第一条 渔船临时停泊应当服从调度。"),
				LocalDate.of(2018, 3, 1), LocalDate.of(2018, 3, 1), "REPEALED", true, 1));
		BulkOutcome written = this.index.write(this.index.alias(),
				entries.stream().map((e) -> PreparedEntry.of(e, builder)).toList(), List.of());
		assertThat(written.failed()).isEmpty();
		this.index.refresh();
		this.search = new DocumentSearch(this.client.client(), this.index.alias(), this.analyzer,
				java.time.Clock.systemDefaultZone());
	}

	@AfterAll
	void dropIndex() {
		this.index.drop();
		this.client.close();
	}

	@Test
	void anExactTitleComesFirstAheadOfLongerTitlesContainingIt() {
		assertThat(ids("中华人民共和国会计法")).first().isEqualTo("1");
		assertThat(ids("《中华人民共和国 会计法》")).first().isEqualTo("1");
	}

	@Test
	void aShortNameFindsTheFullTitle() {
		assertThat(ids("会计法")).first().isEqualTo("1");
		assertThat(ids("青禾县城区占道经营管理办法")).first().isEqualTo("3");
	}

	@ParameterizedTest
	@ValueSource(strings = { "青政办〔2021〕12号", "青政办[2021]12号", "青政办（2021）12号", "青政办2021 12号", "青政办〔２０２１〕１２号",
			"青政办〔2021〕12", "青政办 〔2021〕 12 号", "青政辦〔2021〕12號" })
	void aDocNumberInAnyFormFindsItsDocument(String typed) {
		assertThat(ids(typed)).first().isEqualTo("3");
	}

	@Test
	void aRememberedSentenceFindsItsDocumentWithTheSentenceHighlighted() {
		SearchResult result = search(DocumentQuery.builder("维护市容环境卫生").asOf(TODAY));
		assertThat(result.hits().get(0).documentId()).isEqualTo("3");
		assertThat(result.hits().get(0).snippet()).contains("<em>维护市容环境卫生</em>");
	}

	@Test
	void quotedTextMustOccurExactly() {
		assertThat(ids("\"会计机构\"")).containsExactly("2");
		assertThat(ids("会计 “提高经济效益”")).containsExactly("1");
	}

	@Test
	void traditionalCharactersFindSimplifiedText() {
		assertThat(ids("會計法")).first().isEqualTo("1");
		assertThat(ids("中華人民共和國會計法")).first().isEqualTo("1");
	}

	@Test
	void documentsThatAreNotPublicAreLeftOutUnlessAsked() {
		assertThat(ids("青政字〔2022〕31号")).doesNotContain("4");
		assertThat(search(DocumentQuery.builder("青政字〔2022〕31号").asOf(TODAY).includeRestricted(true)).hits())
			.extracting(SearchHit::documentId)
			.first()
			.isEqualTo("4");
	}

	@Test
	void nonPublicDocumentsNeverCountInFacetsOrSuggestions() {
		SearchResult result = search(DocumentQuery.builder("便民服务点").asOf(TODAY).statuses(StatusFilter.all()));
		assertThat(result.total()).isZero();
		assertThat(result.facets().kind()).isEmpty();
		assertThat(result.facets().status()).allSatisfy((b) -> assertThat(b.count()).isZero());
		assertThat(this.search.suggest("青禾县人民政府关于同意", TODAY, 8, false)).isEmpty();
		assertThat(this.search.suggest("青禾县人民政府关于同意", TODAY, 8, true)).extracting(TitleSuggestion::documentId)
			.containsExactly("4");
	}

	@Test
	void everyFacetOfADefaultSearchCountsOnlyPublicDocumentsInForce() {
		// 青禾县 matches documents in every status, and the one that is not public (4, in
		// force, the only 其他 and 2022 among them).
		SearchResult result = search(DocumentQuery.builder("青禾县").asOf(TODAY).size(20));
		assertThat(result.hits()).extracting(SearchHit::documentId).containsExactlyInAnyOrder("3", "8");
		assertThat(result.total()).isEqualTo(2);
		assertThat(result.facets().status()).extracting(FacetBucket::value, FacetBucket::count)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("in_force", 2L));
		assertThat(result.facets().kind()).extracting(FacetBucket::value, FacetBucket::count)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("NORMATIVE_DOCUMENT", 2L));
		assertThat(result.facets().issuer()).extracting(FacetBucket::value, FacetBucket::count)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("青禾县人民政府办公室", 1L),
					org.assertj.core.groups.Tuple.tuple("青禾县人民政府", 1L));
		assertThat(result.facets().year()).extracting(FacetBucket::value, FacetBucket::count)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("2021", 1L),
					org.assertj.core.groups.Tuple.tuple("2020", 1L));
		SearchResult all = search(DocumentQuery.builder("青禾县").asOf(TODAY).statuses(StatusFilter.all()));
		assertThat(all.facets().kind()).extracting(FacetBucket::value).containsExactly("NORMATIVE_DOCUMENT");
		assertThat(all.facets().year()).extracting(FacetBucket::value).doesNotContain("2022");
	}

	@Test
	void theNoResultsHelpNeverCountsOrNamesADocumentThatIsNotPublic() {
		SearchResult result = search(DocumentQuery.builder("青政字〔2022〕31号").asOf(TODAY));
		assertThat(result.total()).isZero();
		if (result.help() != null) {
			assertThat(result.help().withAllStatuses()).isIn(null, 0L);
			assertThat(result.help().withoutFilters()).isIn(null, 0L);
			assertThat(result.help().didYouMean()).noneSatisfy((s) -> assertThat(s).contains("青政字"));
		}
		SearchResult nearby = search(DocumentQuery.builder("青政字〔2022〕32号").asOf(TODAY));
		if (nearby.help() != null) {
			assertThat(nearby.help().didYouMean()).noneSatisfy((s) -> assertThat(s).contains("青政字"));
		}
		SearchResult mistyped = search(DocumentQuery.builder("便民服务站").asOf(TODAY));
		if (mistyped.help() != null) {
			assertThat(mistyped.help().didYouMean()).noneSatisfy((s) -> assertThat(s).contains("便民服务点"));
		}
	}

	@Test
	void documentsNotInForceAreNotSuggestedWhateverTheirStatus() {
		// Repealed (5), expired (6), not yet effective (7): each suggested only on a day
		// it is in force.
		assertThat(this.search.suggest("青禾县城区占道经营管理暂行", TODAY, 8, false)).isEmpty();
		assertThat(this.search.suggest("青禾县建筑工地", TODAY, 8, false)).isEmpty();
		assertThat(this.search.suggest("青禾县建筑工地", LocalDate.of(2021, 1, 1), 8, false))
			.extracting(TitleSuggestion::documentId)
			.containsExactly("6");
		assertThat(this.search.suggest("青禾县涉企", TODAY, 8, false)).isEmpty();
		assertThat(this.search.suggest("青禾县涉企", LocalDate.of(2027, 6, 1), 8, false))
			.extracting(TitleSuggestion::documentId)
			.containsExactly("7");
		assertThat(this.search.suggest("青禾县", TODAY, 20, false)).extracting(TitleSuggestion::documentId)
			.containsOnly("3", "8");
	}

	@Test
	void byDefaultOnlyDocumentsInForceOnTheDayAreShownAndCounted() {
		SearchResult result = search(DocumentQuery.builder("占道经营").asOf(TODAY));
		assertThat(result.hits()).extracting(SearchHit::documentId).containsExactly("3");
		assertThat(result.hits()).allSatisfy((h) -> assertThat(h.status()).isEqualTo("IN_FORCE"));
		assertThat(result.facets().status()).containsExactly(new FacetBucket("in_force", "现行有效", 1, true));
		assertThat(result.facets().kind()).containsExactly(new FacetBucket("NORMATIVE_DOCUMENT", "行政规范性文件", 1, false));
		assertThat(result.facets().issuer()).extracting(FacetBucket::count).containsExactly(1L);
	}

	@Test
	void oneClickIncludesRepealedExpiredAndFutureDocumentsWithTheirStatusOnTheDay() {
		SearchResult result = search(DocumentQuery.builder("青禾县").asOf(TODAY).statuses(StatusFilter.all()).size(20));
		assertThat(result.hits()).extracting(SearchHit::documentId).containsExactlyInAnyOrder("3", "5", "6", "7", "8");
		assertThat(status(result, "5")).isEqualTo("REPEALED");
		assertThat(status(result, "6")).isEqualTo("EXPIRED");
		assertThat(status(result, "7")).isEqualTo("NOT_YET_EFFECTIVE");
		assertThat(status(result, "8")).isEqualTo("IN_FORCE");
		assertThat(result.hits()).filteredOn((h) -> h.documentId().equals("8"))
			.singleElement()
			.extracting(SearchHit::versionNo)
			.isEqualTo(2);
		assertThat(result.facets().status()).extracting(FacetBucket::value, FacetBucket::count)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("in_force", 2L),
					org.assertj.core.groups.Tuple.tuple("not_yet_effective", 1L),
					org.assertj.core.groups.Tuple.tuple("repealed", 1L),
					org.assertj.core.groups.Tuple.tuple("expired", 1L));
	}

	@Test
	void aStatusFilterKeepsTheOtherStatusCountsForOneClick() {
		SearchResult result = search(DocumentQuery.builder("青禾县").asOf(TODAY).statuses(Set.of(StatusFilter.REPEALED)));
		assertThat(result.hits()).extracting(SearchHit::documentId).containsExactly("5");
		assertThat(result.facets().status()).filteredOn(FacetBucket::selected)
			.extracting(FacetBucket::value)
			.containsExactly("repealed");
		assertThat(result.facets().status()).filteredOn((b) -> b.value().equals("in_force"))
			.extracting(FacetBucket::count)
			.containsExactly(2L);
	}

	@Test
	void asOfADateShowsWhatWasInForceThenInTheTextOfThen() {
		LocalDate day = LocalDate.of(2021, 1, 1);
		assertThat(search(DocumentQuery.builder("占道经营").asOf(day)).hits()).extracting(SearchHit::documentId)
			.containsExactly("5");
		SearchResult care = search(DocumentQuery.builder("居家养老服务补贴").asOf(day));
		assertThat(care.hits()).singleElement().satisfies((h) -> {
			assertThat(h.versionNo()).isEqualTo(1);
			assertThat(h.status()).isEqualTo("IN_FORCE");
			assertThat(h.inForceUntil()).isEqualTo(LocalDate.of(2023, 6, 30));
		});
		assertThat(search(DocumentQuery.builder("居家养老服务补贴").asOf(TODAY)).hits()).singleElement()
			.extracting(SearchHit::versionNo)
			.isEqualTo(2);
	}

	@Test
	void versionsInForceOnNoDayAreIndexedButNeverShownAsInForce() {
		assertThat(search(DocumentQuery.builder("民法典").asOf(TODAY)).hits()).singleElement().satisfies((h) -> {
			assertThat(h.documentId()).isEqualTo("9");
			assertThat(h.versionNo()).isEqualTo(3);
			assertThat(h.status()).isEqualTo("IN_FORCE");
		});
		assertThat(search(DocumentQuery.builder("民法典").asOf(LocalDate.of(2021, 1, 1))).hits())
			.extracting(SearchHit::versionNo)
			.containsExactly(3);
		SearchResult before = search(
				DocumentQuery.builder("民法典").asOf(LocalDate.of(2020, 6, 1)).statuses(StatusFilter.all()));
		assertThat(before.hits()).extracting(SearchHit::versionNo, SearchHit::status)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(3, "NOT_YET_EFFECTIVE"));
	}

	@Test
	void aNewestVersionInForceOnNoDayCountsAsEnded() {
		assertThat(search(DocumentQuery.builder("渔船临时停泊").asOf(TODAY)).hits()).isEmpty();
		SearchResult repealed = search(
				DocumentQuery.builder("渔船临时停泊").asOf(TODAY).statuses(Set.of(StatusFilter.REPEALED)));
		assertThat(repealed.hits()).singleElement().satisfies((h) -> {
			assertThat(h.documentId()).isEqualTo("10");
			assertThat(h.status()).isEqualTo("REPEALED");
		});
	}

	@Test
	void facetFiltersNarrowTheHitsAndEachFacetCountsUnderTheOthers() {
		SearchResult result = search(DocumentQuery.builder("青禾县")
			.asOf(TODAY)
			.statuses(StatusFilter.all())
			.kinds(Set.of("NORMATIVE_DOCUMENT")));
		assertThat(result.hits()).extracting(SearchHit::kind).containsOnly("NORMATIVE_DOCUMENT");
		SearchResult byIssuer = search(
				DocumentQuery.builder("青禾县").asOf(TODAY).statuses(StatusFilter.all()).issuers(Set.of("丰原市生态环境局青禾分局")));
		assertThat(byIssuer.hits()).extracting(SearchHit::documentId).containsExactly("6");
		assertThat(byIssuer.facets().issuer()).extracting(FacetBucket::value).contains("青禾县人民政府办公室", "丰原市生态环境局青禾分局");
		SearchResult byYear = search(
				DocumentQuery.builder("青禾县").asOf(TODAY).statuses(StatusFilter.all()).years(Set.of(2019)));
		assertThat(byYear.hits()).extracting(SearchHit::documentId).containsExactly("5");
		assertThat(byYear.facets().year()).extracting(FacetBucket::value).startsWith("2026");
	}

	@Test
	void sortingByDatePutsTheNewestFirst() {
		SearchResult result = search(DocumentQuery.builder("青禾县")
			.asOf(TODAY)
			.statuses(StatusFilter.all())
			.order(HitOrder.DATE_DESC)
			.size(20));
		List<LocalDate> dates = result.hits().stream().map(SearchHit::signedDate).toList();
		assertThat(dates).isSortedAccordingTo(java.util.Comparator.reverseOrder());
	}

	@Test
	void pagesDoNotOverlap() {
		DocumentQuery.Builder all = DocumentQuery.builder("青禾县").asOf(TODAY).statuses(StatusFilter.all()).size(2);
		List<String> first = search(all.page(1)).hits().stream().map(SearchHit::documentId).toList();
		List<String> second = search(all.page(2)).hits().stream().map(SearchHit::documentId).toList();
		assertThat(first).hasSize(2).doesNotContainAnyElementsOf(second);
		assertThat(second).hasSize(2);
	}

	@Test
	void aNumberOfADocumentNoLongerInForceOffersTheOneClickThatFindsIt() {
		SearchResult result = search(DocumentQuery.builder("青政办〔2019〕8号").asOf(TODAY));
		assertThat(result.hits()).extracting(SearchHit::documentId).doesNotContain("5");
		assertThat(result.help()).isNotNull();
		assertThat(result.help().withAllStatuses()).isPositive();
		assertThat(search(DocumentQuery.builder("青政办〔2019〕8号").asOf(TODAY).statuses(StatusFilter.all())).hits())
			.extracting(SearchHit::documentId)
			.first()
			.isEqualTo("5");
	}

	@Test
	void aMistypedNumberGetsADidYouMean() {
		SearchResult result = search(DocumentQuery.builder("青政办〔2021〕13号").asOf(TODAY));
		assertThat(result.help()).isNotNull();
		assertThat(result.help().didYouMean()).contains("青政办〔2021〕12号");
	}

	@Test
	void aMistypedTitleGetsADidYouMean() {
		assertThat(ids("会记法实施")).containsExactly("2");
		SearchResult result = search(DocumentQuery.builder("会记师法").asOf(TODAY));
		assertThat(result.total()).isZero();
		assertThat(result.help().didYouMean()).contains("中华人民共和国会计法");
	}

	@Test
	void aFilterThatLeavesNothingIsOfferedForRemoval() {
		SearchResult result = search(DocumentQuery.builder("会计法").asOf(TODAY).kinds(Set.of("RULE")));
		assertThat(result.total()).isZero();
		assertThat(result.help().withoutFilters()).isEqualTo(2);
	}

	@Test
	void suggestionsCompleteTitlesAndShortNamesInForceOnTheDay() {
		assertThat(this.search.suggest("会计", TODAY, 8, false)).extracting(TitleSuggestion::documentId).startsWith("1");
		assertThat(this.search.suggest("青禾县城区", TODAY, 8, false)).extracting(TitleSuggestion::documentId)
			.containsExactly("3");
		assertThat(this.search.suggest("青禾县城区", LocalDate.of(2021, 1, 1), 8, false))
			.extracting(TitleSuggestion::documentId)
			.containsExactly("5");
		assertThat(this.search.suggest("涉企行政检查", TODAY, 8, false)).isEmpty();
		assertThat(this.search.suggest("青政办〔2021", TODAY, 8, false)).extracting(TitleSuggestion::documentId)
			.contains("3");
	}

	@Test
	void thePlanIsTheExactRequestSent() {
		SearchPlan plan = this.search.plan(DocumentQuery.builder("会计法").asOf(TODAY).build());
		assertThat(plan.method()).isEqualTo("POST");
		assertThat(plan.path()).isEqualTo("/" + this.index.alias() + "/_search");
		assertThat(plan.body()).contains("\"inForce\"").contains("2026-11-22").contains("会计法");
	}

	@Test
	void snippetsAreHtmlEscapedAroundTheMarks() {
		SearchResult result = search(DocumentQuery.builder("占道经营").asOf(TODAY));
		assertThat(result.hits()).allSatisfy((h) -> assertThat(h.snippet()).doesNotContain("<script"));
		assertThat(result.hits().get(0).titleHighlight()).contains("<em>占道经营</em>");
	}

	@Test
	void emptyOrOverlongQueriesAreRefusedWithAMessage() {
		assertThatExceptionOfType(InvalidSearchException.class)
			.isThrownBy(() -> this.search.search(DocumentQuery.builder("  ").asOf(TODAY).build()))
			.withMessageContaining("请输入检索词");
		assertThatExceptionOfType(InvalidSearchException.class)
			.isThrownBy(() -> this.search.search(DocumentQuery.builder("《》“”").asOf(TODAY).build()))
			.withMessageContaining("请输入检索词");
		assertThatExceptionOfType(InvalidSearchException.class)
			.isThrownBy(() -> DocumentQuery.builder("法".repeat(DocumentQuery.MAX_QUERY_LENGTH + 1)).asOf(TODAY).build())
			.withMessageContaining("过长");
	}

	private SearchResult search(DocumentQuery.Builder request) {
		return this.search.search(request.build());
	}

	private List<String> ids(String query) {
		return search(DocumentQuery.builder(query).asOf(TODAY)).hits().stream().map(SearchHit::documentId).toList();
	}

	private static String status(SearchResult result, String id) {
		return result.hits().stream().filter((h) -> h.documentId().equals(id)).findFirst().orElseThrow().status();
	}

	private static IndexEntry entry(String id, String title, @Nullable String number, DocumentKind kind, String issuer,
			boolean publiclyVisible, String body) {
		String normalized = (number != null) ? DocNumbers.parse(number).orElseThrow().normalized() : null;
		LocalDate signed = (number != null) ? LocalDate.of(DocNumbers.parse(number).orElseThrow().year(), 3, 15)
				: LocalDate.of(2021, 3, 15);
		return new IndexEntry(id, 1, true, title, List.of(), number, normalized, List.of(issuer), kind,
				publiclyVisible ? "主动公开" : "依申请公开", publiclyVisible, null, null, signed, null, null, null,
				LocalDate.of(2021, 5, 1), null, "IN_FORCE", null, null, body, null);
	}

	private static IndexEntry period(IndexEntry e, LocalDate from, @Nullable LocalDate until,
			@Nullable String endReason, boolean latest, int versionNo) {
		return new IndexEntry(e.documentId(), versionNo, latest, e.title(), e.aliases(), e.docNumberPrinted(),
				e.docNumberNormalized(), e.issuers(), e.kind(), e.disclosure(), e.publiclyVisible(), e.region(),
				e.topic(), e.signedDate(), e.publishedDate(), from, e.expiryDate(), from, until, "IN_FORCE", endReason,
				null, e.body(), e.sourceSha256());
	}

}
