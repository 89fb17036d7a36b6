package cn.guifan.ingest.metadata;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReadingTextTest {

	@Test
	void aHardWrappedTextReadsUnwrappedWithOffsetsIntoTheTextAsFound() {
		String found = wrap(16, "青禾县人民政府关于印發(fā)某某管理办法的通知", "各乡镇人民政府：",
				"为加强管理，现将某某管理办法印发给你们，请认真贯彻执行。执行中的问题请及时报告县政府办公室。", "本通知自印发之日起施行，原有规定与本通知不一致的，以本通知为准执行。",
				"县政府办公室负责解释本通知的规定，其他未尽事宜由县政府另行通知。", "青禾县人民政府", "2020年3月5日");
		ReadingText r = ReadingText.of(found);
		assertThat(r.text()).startsWith("青禾县人民政府关于印发某某管理办法的通知\n各乡镇人民政府：\n");
		assertThat(r.text()).contains("现将某某管理办法印发给你们，请认真贯彻执行。执行中的问题请及时报告县政府办公室。\n本通知");
		// a full line that ends a sentence is not joined to the next (the signature)
		assertThat(r.text()).endsWith("由县政府另行通知。\n青禾县人民政府\n2020年3月5日");
		int notice = r.text().indexOf("办法的通知");
		assertThat(found.substring(r.originalOffset(notice), r.originalOffset(notice + 5))).isEqualTo("办法的通知");
		assertThat(r.originalOffset(r.text().length())).isEqualTo(found.length());
		assertThat(r.asFound("青禾县人民政府关于印发某某管理办法的通知")).isEqualTo("青禾县人民政府关于印發某某管理办法的通知");
	}

	/** Paragraphs broken every {@code width} characters, as a PDF's lines. */
	private static String wrap(int width, String... paragraphs) {
		StringBuilder out = new StringBuilder();
		for (String p : paragraphs) {
			for (int i = 0; i < p.length(); i += width) {
				out.append((out.length() > 0) ? "\n" : "").append(p, i, Math.min(p.length(), i + width));
			}
		}
		return out.toString();
	}

	@Test
	void aTextWhoseLinesDifferInLengthIsNotUnwrapped() {
		String found = "青禾县人民政府关于禁止露天焚烧秸秆的通告\n为保护大气环境，特通告如下：\n一、本县行政区域内禁止露天焚烧秸秆。\n二、本通告自发布之日起施行。";
		ReadingText r = ReadingText.of(found);
		assertThat(r.differs()).isFalse();
		assertThat(r.text()).isEqualTo(found);
	}

	@Test
	void aSitesChromeReadsAsSpacesOneForOne() {
		String found = "字号：大 中 小\n【打印本页】【关闭窗口】\n分享到：\n关于某某的通知\n主办单位：某某县人民政府办公室　承办单位：某某县大数据中心\nICP备案号：某ICP备05001234号-1";
		ReadingText r = ReadingText.of(found);
		assertThat(r.text()).hasSameSizeAs(found);
		assertThat(r.text().strip()).isEqualTo("关于某某的通知");
	}

	@Test
	void anEventsOrganizerAloneIsNoFooter() {
		String found = "关于举办某某比赛的通知\n一、主办单位：青禾县文化和旅游局\n二、时间：2020年3月5日";
		assertThat(ReadingText.of(found).text()).isEqualTo(found);
	}

	@Test
	void fullWidthDigitsReadAsAsciiOnes() {
		ReadingText r = ReadingText.of("青政通〔２０２０〕２２号");
		assertThat(r.text()).isEqualTo("青政通〔2020〕22号");
		assertThat(r.asFound("青政通〔2020〕22号")).isEqualTo("青政通〔２０２０〕２２号");
	}

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
		// between spaces, from what indexOf finds, tells when they need not run.
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
