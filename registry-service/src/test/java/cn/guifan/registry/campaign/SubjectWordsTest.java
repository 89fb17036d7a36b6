package cn.guifan.registry.campaign;

import cn.guifan.search.analysis.ChineseAnalyzer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SubjectWordsTest {

	static final SubjectWords SUBJECTS = new SubjectWords(new ChineseAnalyzer());

	@Test
	void theSubjectOfAPublishingNoticeIsWhatItPublishesWithoutRegionAndInstrument() {
		var subject = SUBJECTS.of("青禾县人民政府办公室关于印发《青禾县城区占道经营管理暂行办法》的通知");
		assertThat(String.join("", subject)).isEqualTo("城区占道经营");
		assertThat(SUBJECTS.of("青禾县城区占道经营管理办法")).isEqualTo(subject);
		assertThat(String.join("", SUBJECTS.of("丰原市城市园林绿化管理暂行规定"))).isEqualTo("城市园林绿化");
		assertThat(String.join("", SUBJECTS.of("青禾县校外培训机构预收费资金监管办法（试行）"))).isEqualTo("校外培训机构预收费资金监管");
	}

	@Test
	void aTemporaryRuleAndItsSuccessorHaveTheSameSubjectAndUnrelatedRulesDoNot() {
		var temporary = SUBJECTS.of("青禾县人民政府办公室关于印发《青禾县城区占道经营管理暂行办法》的通知");
		var successor = SUBJECTS.of("青禾县人民政府办公室关于印发《青禾县城区占道经营管理办法》的通知");
		var other = SUBJECTS.of("青禾县人民政府办公室关于印发《青禾县重大行政执法决定法制审核办法》的通知");
		assertThat(SubjectWords.same(temporary, successor)).isTrue();
		assertThat(SubjectWords.same(temporary, other)).isFalse();
	}

	@Test
	void closeSubjectsCountAsTheSameWhenMostWordsAgree() {
		var filing = SUBJECTS.of("青禾县涉企行政检查备案管理办法");
		var rules = SUBJECTS.of("青禾县涉企行政检查规范办法");
		assertThat(filing).contains("行政", "检查");
		assertThat(SubjectWords.same(filing, rules)).isTrue();
		assertThat(SubjectWords.same(SUBJECTS.of("青禾县居家养老服务补贴管理办法"), SUBJECTS.of("青禾县城镇住房保障家庭租赁补贴实施细则"))).isFalse();
	}

}
