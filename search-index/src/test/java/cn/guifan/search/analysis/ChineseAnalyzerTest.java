package cn.guifan.search.analysis;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChineseAnalyzerTest {

	private final ChineseAnalyzer analyzer = new ChineseAnalyzer();

	@Test
	void segmentsIntoWordsWithoutPunctuation() {
		assertThat(this.analyzer.words("国务院办公厅关于印发2020年政务公开工作要点的通知")).contains("国务院办公厅", "印发", "政务", "要点", "通知")
			.doesNotContain("《", "，", " ");
	}

	@Test
	void traditionalAndFullWidthTextGivesTheSameWordsAsSimplified() {
		assertThat(this.analyzer.wordsJoined("中華人民共和國會計法")).isEqualTo(this.analyzer.wordsJoined("中华人民共和国会计法"));
		assertThat(this.analyzer.wordsJoined("ＡＢＣ公司２０２０年")).isEqualTo(this.analyzer.wordsJoined("abc公司2020年"));
	}

	@Test
	void normalizeKeepsDocNumberBracketsForPhraseMatching() {
		assertThat(this.analyzer.normalize("國辦發〔２０２０〕17號")).isEqualTo("国办发〔2020〕17号");
	}

	@Test
	void aLongTextIsSegmentedInSlicesCutAfterASentenceWithTheSameWords() {
		String sentence = "第一条 为了规范会计行为，保证会计资料真实、完整，制定本法。";
		int times = ChineseAnalyzer.SLICE_CHARS * 5 / 2 / sentence.length();
		String text = sentence.repeat(times);
		String one = this.analyzer.wordsJoined(sentence);
		assertThat(this.analyzer.wordsJoined(text))
			.isEqualTo(String.join(" ", java.util.Collections.nCopies(times, one)));
		int end = ChineseAnalyzer.sliceEnd(text, 0);
		assertThat(end).isLessThanOrEqualTo(ChineseAnalyzer.SLICE_CHARS);
		assertThat(text.charAt(end - 1)).isEqualTo('。');
	}

	@Test
	void aSliceWithoutSentenceEndsNeverSplitsASurrogatePair() {
		String text = "𠀀".repeat(ChineseAnalyzer.SLICE_CHARS);
		int end = ChineseAnalyzer.sliceEnd(text, 1);
		assertThat(Character.isHighSurrogate(text.charAt(end - 1))).isFalse();
	}

	@Test
	void emptyTextHasNoWords() {
		assertThat(this.analyzer.words("  ，。 ")).isEmpty();
	}

}
