package cn.guifan.schemas.text;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class ChineseDatesTest {

	@ParameterizedTest
	@ValueSource(strings = { "2020年7月16日", "2020年07月16日", "二〇二〇年七月十六日", "二○二○年七月十六日", "二O二O年七月十六日", "2020 年 7 月 16 日",
			"２０２０年７月１６日", "二〇二〇年七月十六号" })
	void readsEveryPrintedForm(String printed) {
		assertThat(ChineseDates.parse(printed)).hasValue(LocalDate.of(2020, 7, 16));
	}

	@Test
	void findsDatesInTextAndPassesOverImpossibleOnes() {
		String text = "本办法自2022年2月30日起施行，自2022年5月1日起施行，二〇二二年三月十五日";
		assertThat(ChineseDates.findAll(text)).extracting(ChineseDates.Match::date)
			.containsExactly(LocalDate.of(2022, 5, 1), LocalDate.of(2022, 3, 15));
	}

	@Test
	void rejectsWhatIsNoDate() {
		assertThat(ChineseDates.parse("2020年")).isEmpty();
		assertThat(ChineseDates.parse("第十二条")).isEmpty();
	}

}
