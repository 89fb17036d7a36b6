package cn.guifan.schemas.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChineseTextTest {

	@Test
	void foldsFullWidthLettersDigitsAndBracketsButKeepsChinesePunctuation() {
		assertThat(ChineseText.foldWidth("国办发（２０２０）１７号　ＡＢ《法》〔〕")).isEqualTo("国办发(2020)17号 AB《法》〔〕");
	}

	@Test
	void returnsTheSameStringWhenNothingToFold() {
		String s = "国办发〔2020〕17号";
		assertThat(ChineseText.foldWidth(s)).isSameAs(s);
	}

	@Test
	void collapsesAndRemovesSpacesOfEveryKind() {
		assertThat(ChineseText.collapseSpaces("  关于 \u3000 印发\t通知 ")).isEqualTo("关于 印发 通知");
		assertThat(ChineseText.removeSpaces(" 国办发 〔2020〕\u300017 号\u00A0")).isEqualTo("国办发〔2020〕17号");
	}

}
