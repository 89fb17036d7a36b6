package cn.guifan.search.analysis;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TitleNamesTest {

	@Test
	void aNationalLawIsKnownWithoutItsPrefix() {
		assertThat(TitleNames.of("中华人民共和国会计法")).containsExactly("会计法");
	}

	@Test
	void aNoticeIsKnownByTheInstrumentItPublishes() {
		assertThat(TitleNames.of("青禾县人民政府办公室关于印发《青禾县城区占道经营管理办法》的通知")).containsExactly("青禾县城区占道经营管理办法");
		assertThat(TitleNames.of("国务院办公厅关于印发2020年政务公开工作要点的通知")).containsExactly("2020年政务公开工作要点");
		assertThat(TitleNames.of("青禾县财政局 青禾县农业农村局关于印发《青禾县农业产业化龙头企业奖补资金管理办法》的通知"))
			.containsExactly("青禾县农业产业化龙头企业奖补资金管理办法");
	}

	@Test
	void trialAndDraftNotesAreDroppedFromShortNames() {
		assertThat(TitleNames.of("青禾县教育局 青禾县市场监督管理局关于印发《青禾县校外培训机构预收费资金监管办法（试行）》的通知"))
			.containsExactly("青禾县校外培训机构预收费资金监管办法（试行）", "青禾县校外培训机构预收费资金监管办法");
		assertThat(TitleNames.of("中华人民共和国企业所得税法（2018年修正）")).contains("企业所得税法（2018年修正）", "中华人民共和国企业所得税法", "企业所得税法");
	}

	@Test
	void aPlainTitleHasNoOtherName() {
		assertThat(TitleNames.of("丰原市行政规范性文件管理规定")).isEmpty();
	}

}
