package cn.guifan.search.query;

import cn.guifan.search.analysis.ChineseAnalyzer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QueryUnderstandingTest {

	private final QueryUnderstanding understanding = new QueryUnderstanding(new ChineseAnalyzer());

	@Test
	void aPlaceNameStaysOneWord() {
		assertThat(this.understanding.understand("从化区政务公开").words()).contains("从化区").doesNotContain("从", "化", "区");
		assertThat(this.understanding.understand("鲤城区 工作要点").words()).contains("鲤城区");
	}

	@Test
	void aWidelyUsedAbbreviationMeansTheLawsShortTitle() {
		UnderstoodQuery u = this.understanding.understand("行诉法");
		assertThat(u.text()).isEqualTo("行政诉讼法");
		assertThat(u.key()).isEqualTo("行政诉讼法");
	}

	@Test
	void aWordThatMerelyContainsAnAbbreviationIsLeftAlone() {
		assertThat(this.understanding.understand("取消法人资格").text()).isEqualTo("取消法人资格");
	}

	@Test
	void browsingHasNoText() {
		assertThat(this.understanding.browse().hasText()).isFalse();
	}

}
