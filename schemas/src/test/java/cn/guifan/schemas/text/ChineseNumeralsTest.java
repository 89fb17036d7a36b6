package cn.guifan.schemas.text;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class ChineseNumeralsTest {

	@ParameterizedTest
	@CsvSource({ "二〇二〇, 2020", "二○二二, 2022", "二O一九, 2019", "二0二一, 2021", "2020, 2020", "十, 10", "十六, 16", "二十, 20",
			"三十一, 31", "一百零五, 105", "一百一十, 110", "七百二十二, 722", "三千, 3000", "两万三千, 23000", "零, 0", "１２, 12" })
	void readsNumbersAsPrinted(String text, int expected) {
		assertThat(ChineseNumerals.parse(text)).hasValue(expected);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "第一", "十月", "abc" })
	void rejectsWhatIsNoNumber(String text) {
		assertThat(ChineseNumerals.parse(text)).isEmpty();
	}

}
