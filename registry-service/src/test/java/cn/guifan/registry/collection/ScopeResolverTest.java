package cn.guifan.registry.collection;

import java.time.LocalDate;
import java.util.List;

import cn.guifan.registry.document.DocumentSummary;
import cn.guifan.schemas.document.Disclosure;
import cn.guifan.schemas.document.DocumentKind;
import cn.guifan.schemas.lifecycle.DocumentStatus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Parts and order of a collection: kinds in order of force, a government before its
 * departments, documents by date within a part, parts numbered 一、二…; marked titles for
 * documents not in force; the scope's filters.
 */
class ScopeResolverTest {

	static DocumentSummary summary(long id, String title, DocumentKind kind, String issuer, String published,
			Disclosure disclosure) {
		return new DocumentSummary(id, title, null, null, List.of(issuer), kind, "", null, LocalDate.parse(published),
				null, null, false, disclosure, null, null, null);
	}

	static List<ScopeResolver.Candidate> candidates() {
		return List.of(
				new ScopeResolver.Candidate(
						summary(1, "乙办法", DocumentKind.NORMATIVE_DOCUMENT, "青禾县财政局", "2023-05-01", Disclosure.PUBLIC),
						DocumentStatus.IN_FORCE),
				new ScopeResolver.Candidate(
						summary(2, "甲规定", DocumentKind.RULE, "丰原市人民政府", "2021-01-01", Disclosure.PUBLIC),
						DocumentStatus.IN_FORCE),
				new ScopeResolver.Candidate(
						summary(3, "丙意见", DocumentKind.NORMATIVE_DOCUMENT, "青禾县人民政府", "2020-03-01", Disclosure.PUBLIC),
						DocumentStatus.REPEALED));
	}

	static CollectionDefinition definition(CollectionDefinition.GroupBy groupBy) {
		return new CollectionDefinition("汇编", CollectionDefinition.Scope.all(), LocalDate.of(2025, 1, 1), groupBy,
				CollectionDefinition.Order.DATE);
	}

	@Test
	void byKindRulesComeBeforeNormativeDocumentsAndEachPartIsOrderedByDate() {
		List<CompiledCollection.Item> items = ScopeResolver.arrange(candidates(),
				definition(CollectionDefinition.GroupBy.KIND));
		assertThat(items).extracting(CompiledCollection.Item::partTitle)
			.containsExactly("一、规章", "二、行政规范性文件", "二、行政规范性文件");
		assertThat(items).extracting(CompiledCollection.Item::documentId).containsExactly(2L, 3L, 1L);
		assertThat(items.get(1).title()).isEqualTo("丙意见【已废止】");
		assertThat(items).extracting(CompiledCollection.Item::position).containsExactly(1, 2, 3);
	}

	@Test
	void byIssuerAGovernmentComesBeforeItsDepartments() {
		List<CompiledCollection.Item> items = ScopeResolver.arrange(candidates(),
				definition(CollectionDefinition.GroupBy.ISSUER));
		assertThat(items.get(0).partTitle()).endsWith("人民政府");
		assertThat(items.get(2).partTitle()).isEqualTo("三、青禾县财政局");
		assertThat(ScopeResolver.numeral(12)).isEqualTo("十二");
		assertThat(ScopeResolver.numeral(20)).isEqualTo("二十");
	}

	@Test
	void theScopeTakesIssuersByPrefixAndLeavesOutWorkAndRestrictedDocuments() {
		CollectionDefinition.Scope qinghe = new CollectionDefinition.Scope(List.of("青禾县"), List.of(), List.of(), null,
				null, List.of(), false, false);
		assertThat(ScopeResolver.matches(
				summary(1, "x", DocumentKind.NORMATIVE_DOCUMENT, "青禾县财政局", "2023-01-01", Disclosure.PUBLIC), qinghe))
			.isTrue();
		assertThat(ScopeResolver.matches(summary(2, "x", DocumentKind.RULE, "丰原市人民政府", "2023-01-01", Disclosure.PUBLIC),
				qinghe))
			.isFalse();
		assertThat(ScopeResolver
			.matches(summary(3, "x", DocumentKind.OTHER, "青禾县人民政府", "2023-01-01", Disclosure.PUBLIC), qinghe))
			.isFalse();
		assertThat(ScopeResolver.matches(
				summary(4, "x", DocumentKind.NORMATIVE_DOCUMENT, "青禾县人民政府", "2023-01-01", Disclosure.ON_REQUEST),
				qinghe))
			.isFalse();
	}

}
