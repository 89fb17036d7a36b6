package cn.guifan.ingest.metadata;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReadingTextTest {

	@Test
	void pinyinAfterCharactersIsDroppedAndTraditionalReadsSimplified() {
		ReadingText r = ReadingText.of("關(guān)于印發(fā)某縣辦法的通知");
		assertThat(r.text()).isEqualTo("关于印发某县办法的通知");
		assertThat(r.differs()).isTrue();
		assertThat(r.asFound("关于印发某县办法的通知")).isEqualTo("關于印發某縣辦法的通知");
	}

	@Test
	void offsetsInTheReadingPointIntoTheTextAsFound() {
		String found = "發(fā)布《條例》";
		ReadingText r = ReadingText.of(found);
		int title = r.text().indexOf('《');
		assertThat(found.charAt(r.originalOffset(title))).isEqualTo('《');
		assertThat(r.originalOffset(r.text().length())).isEqualTo(found.length());
	}

	@Test
	void bracketsThatAreNoPinyinStay() {
		assertThat(ReadingText.of("附件(a)和(PPP)项目").text()).isEqualTo("附件(a)和(PPP)项目");
	}

	@Test
	void onlyPinyinRightAfterACharacterIsDropped() {
		assertThat(ReadingText.of("ABC(fā)、第1(guān)项").text()).isEqualTo("ABC(fā)、第1(guān)项");
		assertThat(ReadingText.of("發(fā) (fā)").text()).isEqualTo("发 (fā)");
		// A character outside the BMP is a character too.
		assertThat(ReadingText.of("𠀀(fā)展").text()).isEqualTo("𠀀展");
		assertThat(ReadingText.of("(fā)展").text()).isEqualTo("(fā)展");
	}

	@Test
	void pinyinWithASpaceInsideTheBracketsIsDroppedInEitherWidth() {
		assertThat(ReadingText.of("快樂( lè )的發（ fā）展").text()).isEqualTo("快乐的发展");
	}

	@Test
	void aLawsBracketsAndSpacesAreNotSearchedForPinyinOrJammer() {
		// Most texts hold neither: the two passes of the pinyin matcher and the jammer's
		// over the whole text were a quarter of all metadata extraction's time on the
		// corpus. A look for a bracket before a letter, and for short ASCII tokens
		// between
		// spaces, from what indexOf finds, tells when they need not run.
		String law = "# 某某条例\n\n1995年1月11日 国务院批准\n\n<!-- INFO END -->\n\n第一条 为了保护生产经营者（以下简称经营者）的合法权益(2019)，制定本条例。\n（一）某事；\n";
		assertThat(ReadingText.mayHoldPinyin(law)).isFalse();
		assertThat(ReadingText.mayHoldJammer(law)).isFalse();
		assertThat(ReadingText.of(law).text()).isSameAs(law);
		assertThat(ReadingText.mayHoldPinyin("快樂( lè )")).isTrue();
		assertThat(ReadingText.mayHoldPinyin("發（fā）展")).isTrue();
		assertThat(ReadingText.mayHoldJammer("的公告1 H3 [$ p/ H, K")).isTrue();
	}

	@Test
	void aSimplifiedTextIsReadAsItIs() {
		String text = "青禾县人民政府关于印发《青禾县城区占道经营管理办法》的通知";
		ReadingText r = ReadingText.of(text);
		assertThat(r.text()).isSameAs(text);
		assertThat(r.differs()).isFalse();
	}

}
