package cn.guifan.registry.campaign;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DecisionTest {

	@Test
	void aDecisionIsReadFromItsCodeItsNameOrWhatPeopleWriteInASpreadsheet() {
		assertThat(Decision.parse("REPEAL")).contains(Decision.REPEAL);
		assertThat(Decision.parse("continue")).contains(Decision.CONTINUE);
		assertThat(Decision.parse("拟保留")).contains(Decision.CONTINUE);
		assertThat(Decision.parse("保留")).contains(Decision.CONTINUE);
		assertThat(Decision.parse("拟 废止")).contains(Decision.REPEAL);
		assertThat(Decision.parse("宣布失效")).contains(Decision.INVALIDATE);
		assertThat(Decision.parse("拟修改")).contains(Decision.AMEND);
		assertThat(Decision.parse("延长")).contains(Decision.EXTEND);
		assertThat(Decision.parse("作废")).isEmpty();
		assertThat(Decision.parse(" ")).isEmpty();
	}

	@Test
	void anEvaluationDecidesOtherThingsThanACleanup() {
		assertThat(Decision.allowedIn(CampaignKind.COMPREHENSIVE)).containsExactly(Decision.CONTINUE, Decision.AMEND,
				Decision.REPEAL, Decision.INVALIDATE);
		assertThat(Decision.allowedIn(CampaignKind.ROUTINE)).containsExactly(Decision.EXTEND, Decision.AMEND,
				Decision.REPEAL, Decision.LAPSE);
	}

	@Test
	void aKindIsReadFromItsCodeOrItsChineseName() {
		assertThat(CampaignKind.parse("SPECIAL")).contains(CampaignKind.SPECIAL);
		assertThat(CampaignKind.parse("全面")).contains(CampaignKind.COMPREHENSIVE);
		assertThat(CampaignKind.parse("日常清理")).contains(CampaignKind.ROUTINE);
		assertThat(CampaignKind.parse("大扫除")).isEmpty();
	}

}
