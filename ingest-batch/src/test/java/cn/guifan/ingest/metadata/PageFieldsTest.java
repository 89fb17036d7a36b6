package cn.guifan.ingest.metadata;

import java.time.Duration;

import cn.guifan.schemas.document.DocumentMetadata;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link PageFields} in the shapes Tika gives a disclosure table, and
 * {@link PageIndexStage}.
 */
class PageFieldsTest {

	private static PageFields fields(String text) {
		return PageFields.parse(new DocumentText(text, "a.html"));
	}

	@Test
	void labelsAndValuesOnOneLineWithSpacesInTheLabels() {
		PageFields page = fields("索 引 号: pjsrmzf-2020-003120 主题分类: 市政府信息公开制度\n标  题: 盘锦市某通知\n");
		assertThat(page.get("索引号")).isEqualTo("pjsrmzf-2020-003120");
		assertThat(page.get("主题分类")).isEqualTo("市政府信息公开制度");
		assertThat(page.get("标题")).isEqualTo("盘锦市某通知");
	}

	@Test
	void tableCellsSeparatedByTabs() {
		PageFields page = fields(
				"          \t索 引 号：\tqinghe-2022-000123\t主题分类：\t营商环境\n          \t发文机关：\t青禾县教育局　青禾县财政局\n");
		assertThat(page.get("索引号")).isEqualTo("qinghe-2022-000123");
		assertThat(page.get("主题分类")).isEqualTo("营商环境");
		assertThat(page.get("发文机关")).isEqualTo("青禾县教育局 青禾县财政局");
	}

	@Test
	void tableCellsOnLinesOfTheirOwn() {
		PageFields page = fields("索 引 号：\nqinghe-2022-000123\n主题分类：\n营商环境\n主 题 词：\n有 效 性：\n有效\n");
		assertThat(page.get("索引号")).isEqualTo("qinghe-2022-000123");
		assertThat(page.get("主题分类")).isEqualTo("营商环境");
		assertThat(page.get("主题词")).isNull();
		assertThat(page.get("有效性")).isEqualTo("有效");
	}

	@Test
	void thePortalLine() {
		PageFields page = fields("来源：青禾县人民政府办公室　　发布时间：2020-04-01 10:12　　字号：【大 中 小】\n");
		assertThat(page.get("来源")).isEqualTo("青禾县人民政府办公室");
		assertThat(page.get("发布时间")).isEqualTo("2020-04-01 10:12");
		assertThat(page.get("发文字号")).isNull();
	}

	@Test
	void theIndexNumberAndTopicStage() {
		DocumentMetadata m = Stages.run("索 引 号: 11441300007187648G/2017-00096 主题分类: 城乡建设\n", new PageIndexStage());
		assertThat(m.indexNumber()).isEqualTo("11441300007187648G/2017-00096");
		assertThat(m.topic()).isEqualTo("城乡建设");
	}

	@Test
	void aHeadFullOfCharactersThatStartLabelsIsLookedAtOnlyForTheLabelsTheyStart() {
		// Each of a head's characters that starts some label (成, 实, 施, 作, 地 … of
		// everyday words) was tried against all 93 labels: a sixth of all metadata
		// extraction's time on the corpus. Only the labels that start with it are tried
		// now (one each here); the same head of characters that start none is the
		// reference (0.24-0.41 s of CPU without this against 0.01-0.03 s; 0.01-0.02 s
		// with it).
		String labelCharacters = ("成产印实施统作地".repeat(2_000) + "\n").repeat(60);
		String otherCharacters = ("的".repeat(16_000) + "\n").repeat(60);
		PageFields page = CpuBudget.withinTimesReference(5, Duration.ofMillis(50), () -> fields(otherCharacters),
				() -> fields(labelCharacters));
		assertThat(page.get("成文日期")).isNull();
	}

}
