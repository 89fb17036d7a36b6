package cn.guifan.registry.document;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TitlesTest {

	@Test
	void aNationalLawIsAlsoKnownByItsShortName() {
		assertThat(Titles.aliases("中华人民共和国会计法")).containsExactly("会计法");
	}

	@Test
	void aPublishingNoticeIsKnownByWhatItPublishes() {
		assertThat(Titles.aliases("青禾县人民政府办公室关于印发《青禾县城区占道经营管理办法》的通知")).containsExactly("青禾县城区占道经营管理办法");
	}

	@Test
	void amendmentsNameTheLawTheyAmend() {
		assertThat(Titles.amendedBy("中华人民共和国刑法修正案（十一）")).isEqualTo("中华人民共和国刑法");
		assertThat(Titles.amendedBy("青禾县人民政府关于修改〈青禾县居家养老服务补贴管理办法〉的决定")).isEqualTo("青禾县居家养老服务补贴管理办法");
		assertThat(Titles.amendedBy("中华人民共和国会计法")).isNull();
	}

	@Test
	void keysIgnoreSpacesWidthAndBracketStyle() {
		assertThat(Titles.key("关于修改〈会计法〉的决定 ")).isEqualTo("关于修改《会计法》的决定");
	}

}
