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
				null, LocalDate.of(2024, 7, 1), null, "IN_FORCE", null, null, "第一条 为了规范会计行为，保证会计资料真实、完整，制定本法。",
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
		@SuppressWarnings("unchecked")
		Map<String, Object> inForce = (Map<String, Object>) source.get("inForce");
		assertThat(inForce).containsEntry("gte", "2024-07-01").containsEntry("lt", null);
		assertThat(source).containsEntry("year", 2024).containsEntry("public", true);
	}

	@Test
	void aDocumentWithoutKnownDatesIsInForceOnEveryDay() {
		IndexEntry undated = new IndexEntry("7", 1, true, "某某条例", List.of(), null, null, List.of(), DocumentKind.OTHER,
				null, true, null, null, null, null, null, null, null, null, "IN_FORCE", null, null, "正文", null);
		@SuppressWarnings("unchecked")
		Map<String, Object> inForce = (Map<String, Object>) this.builder.build(undated).get("inForce");
		assertThat(inForce).containsEntry("gte", null).containsEntry("lt", null);
	}

	@Test
	void aVersionEndingTheDayItBeginsHasNoDaysInForce() {
		LocalDate day = LocalDate.of(2021, 1, 1);
		assertThat(IndexSourceBuilder.range(day, day)).isNull();
		assertThat(IndexSourceBuilder.range(day, day.minusDays(3))).isNull();
		assertThat(IndexSourceBuilder.range(day, day.plusDays(1))).containsEntry("gte", "2021-01-01")
			.containsEntry("lt", "2021-01-02");
	}

	@Test
	void theIndexHoldsTheFirstTwoMillionCharactersOfABody() {
		String body = "规".repeat(IndexSourceBuilder.MAX_INDEXED_BODY_CHARS + 10);
		assertThat(IndexSourceBuilder.indexedBody(body)).hasSize(IndexSourceBuilder.MAX_INDEXED_BODY_CHARS);
		assertThat(IndexSourceBuilder.indexedBody("规定")).isEqualTo("规定");
		String split = "规".repeat(IndexSourceBuilder.MAX_INDEXED_BODY_CHARS - 1) + "𠀀";
		assertThat(IndexSourceBuilder.indexedBody(split)).hasSize(IndexSourceBuilder.MAX_INDEXED_BODY_CHARS - 1);
	}

	@Test
	void aBodyTheDatabaseCutBetweenTheHalvesOfAPairLosesTheHalf() {
		// Read as its first MAX_INDEXED_BODY_CHARS characters: the high surrogate
		// of 𠀀 is the last.
		String cut = "规".repeat(IndexSourceBuilder.MAX_INDEXED_BODY_CHARS - 1) + "𠀀".charAt(0);
		assertThat(IndexSourceBuilder.indexedBody(cut)).hasSize(IndexSourceBuilder.MAX_INDEXED_BODY_CHARS - 1)
			.doesNotContain("\uD840");
	}

	@Test
	void exactTitlesAndShortNamesAreKeysWithoutMarksOrSpaces() {
		IndexEntry notice = new IndexEntry("8", 1, true, "青禾县人民政府办公室关于印发《青禾县城区占道经营管理办法（试行）》的通知", List.of(), null, null,
				List.of(), DocumentKind.NORMATIVE_DOCUMENT, null, true, null, null, null, null, null, null, null, null,
				"IN_FORCE", null, null, "正文", null);
		Map<String, Object> source = this.builder.build(notice);
		@SuppressWarnings("unchecked")
		Map<String, List<String>> aliases = (Map<String, List<String>>) source.get("aliases");
		assertThat(aliases.get("raw")).contains("青禾县城区占道经营管理办法(试行)", "青禾县城区占道经营管理办法");
		@SuppressWarnings("unchecked")
		Map<String, Object> title = (Map<String, Object>) source.get("title");
		assertThat(title.get("raw")).isEqualTo("青禾县人民政府办公室关于印发青禾县城区占道经营管理办法(试行)的通知");
	}

}
