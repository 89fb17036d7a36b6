package cn.guifan.schemas.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SimplifiedChineseTest {

	@Test
	void convertsATraditionalDocumentNumberAndTitle() {
		assertThat(SimplifiedChinese.of("某府辦〔2011〕7號")).isEqualTo("某府办〔2011〕7号");
		assertThat(SimplifiedChinese.of("關於印發《某縣規範性文件管理辦法》的通知")).isEqualTo("关于印发《某县规范性文件管理办法》的通知");
	}

	@Test
	void phrasesWinOverTheirCharacters() {
		assertThat(SimplifiedChinese.of("乾燥")).isEqualTo("干燥");
		assertThat(SimplifiedChinese.of("乾坤")).isEqualTo("乾坤");
		assertThat(SimplifiedChinese.of("顯著")).isEqualTo("显著");
	}

	@Test
	void simplifiedTextComesBackAsTheSameInstance() {
		String text = "青禾县人民政府办公室关于印发《青禾县城区占道经营管理办法》的通知";
		assertThat(SimplifiedChinese.of(text)).isSameAs(text);
		assertThat(SimplifiedChinese.hasTraditional(text)).isFalse();
		assertThat(SimplifiedChinese.hasTraditional("國務院")).isTrue();
	}

	@Test
	void theLengthIsKeptSoOffsetsHold() {
		String text = "「三個代表」重要思想，發(fā)展";
		assertThat(SimplifiedChinese.of(text)).hasSameSizeAs(text);
	}

}
