package cn.guifan.search.index;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.guifan.schemas.document.DocumentKind;
import cn.guifan.search.analysis.ChineseAnalyzer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IndexSourceBuilderTest {

	private final IndexSourceBuilder builder = new IndexSourceBuilder(new ChineseAnalyzer());

	static IndexEntry accountingLaw() {
		return new IndexEntry("42", 2, true, "中华人民共和国会计法", List.of(), null, null, List.of("全国人民代表大会常务委员会"),
				DocumentKind.LAW, null, true, null, null, null, LocalDate.of(2024, 6, 28), LocalDate.of(2024, 7, 1),
				null, LocalDate.of(2024, 7, 1), null, "IN_FORCE", null, "第一条 为了规范会计行为，保证会计资料真实、完整，制定本法。",
				"ab".repeat(32));
	}

	@Test
	void titleAndBodyAreIndexedAsWordsAndCharacters() {
		Map<String, Object> source = this.builder.build(accountingLaw());
		assertThat(source).containsEntry("documentId", "42").containsEntry("versionId", "42-v2");
		@SuppressWarnings("unchecked")
		Map<String, Object> title = (Map<String, Object>) source.get("title");
		assertThat(title).containsEntry("words", "中华人民共和国 会计 法").containsEntry("chars", "中华人民共和国会计法");
		@SuppressWarnings("unchecked")
		Map<String, Object> body = (Map<String, Object>) source.get("body");
		assertThat((String) body.get("words")).contains("规范 会计 行为");
	}

	@Test
	void shortNameWithoutTheNationalPrefixBecomesAnAlias() {
		assertThat(IndexSourceBuilder.aliasNames(accountingLaw())).containsExactly("会计法");
	}

	@Test
	void inForceIsAnOpenRangeFromTheEffectiveDate() {
		Map<String, Object> source = this.builder.build(accountingLaw());
		assertThat(source.get("inForce")).isEqualTo(Map.of("gte", "2024-07-01"));
		assertThat(source).containsEntry("year", 2024).containsEntry("public", true);
	}

	@Test
	void suggestionsCarryTheVisibilityContext() {
		@SuppressWarnings("unchecked")
		Map<String, Object> suggest = (Map<String, Object>) this.builder.build(accountingLaw()).get("suggest");
		assertThat(suggest.get("input")).isEqualTo(List.of("中华人民共和国会计法", "会计法"));
		assertThat(suggest.get("contexts")).isEqualTo(Map.of("visibility", "public"));
	}

}
