package cn.guifan.ingest.metadata;

import java.time.LocalDate;

import cn.guifan.schemas.document.Commencement;
import cn.guifan.schemas.document.DocumentMetadata;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link CommencementStage}, {@link ValidityStage} and {@link TrialStage}. */
class EffectStagesTest {

	private static DocumentMetadata effect(String text) {
		return Stages.run(text, "a.txt", new TitleStage(), new HistoryStage(), new SignedDateStage(),
				new PublishedDateStage(), new CommencementStage(), new ValidityStage(), new TrialStage());
	}

	private static final String NOTICE_HEAD = """
			青禾县人民政府办公室文件

			青政办规〔2022〕2号


			青禾县人民政府办公室
			关于印发《青禾县城区占道经营管理办法》的通知

			各乡镇人民政府：

			　　现将《青禾县城区占道经营管理办法》印发给你们，请认真贯彻执行。


			青禾县人民政府办公室
			二〇二二年二月十日

			（此件公开发布）


			青禾县城区占道经营管理办法

			""";

	@Test
	void aDateWithAValidityPeriodCountedFromIt() {
		DocumentMetadata m = effect(NOTICE_HEAD + "　　第三十条　本办法自2022年3月1日起施行，有效期5年。原《青禾县城区占道经营管理暂行办法》同时废止。\n");
		assertThat(m.commencement().rule()).isEqualTo(Commencement.Rule.ON_DATE);
		assertThat(m.commencement().text()).isEqualTo("本办法自2022年3月1日起施行");
		assertThat(m.effectiveDate()).isEqualTo(LocalDate.of(2022, 3, 1));
		assertThat(m.validity().years()).isEqualTo(5);
		assertThat(m.expiryDate()).isEqualTo(LocalDate.of(2027, 2, 28));
	}

	@Test
	void fromTheDayOfIssueIsTheSignedDateAndAnEndDateIsTheExpiry() {
		DocumentMetadata m = effect(NOTICE_HEAD + "　　十四、本措施自印发之日起施行，有效期至2026年12月31日。\n");
		assertThat(m.commencement().rule()).isEqualTo(Commencement.Rule.ON_ISSUE);
		assertThat(m.effectiveDate()).isEqualTo(LocalDate.of(2022, 2, 10));
		assertThat(m.validity().until()).isEqualTo(LocalDate.of(2026, 12, 31));
		assertThat(m.expiryDate()).isEqualTo(LocalDate.of(2026, 12, 31));
	}

	@Test
	void fromTheDayOfPublicationIsThePublishedDateWhenPrinted() {
		String text = "来源：青禾县司法局　　发布时间：2024-09-30 17:25\n\n青禾县人民政府文件\n\n青政发〔2024〕11号\n\n青禾县人民政府\n关于公布行政规范性文件清理结果的决定\n\n各乡镇人民政府：\n\n　　本决定自公布之日起施行。\n";
		DocumentMetadata m = effect(text);
		assertThat(m.commencement().rule()).isEqualTo(Commencement.Rule.ON_PUBLICATION);
		assertThat(m.effectiveDate()).isEqualTo(LocalDate.of(2024, 9, 30));
		DocumentMetadata unknown = effect(
				"# 北京市反食品浪费规定\n\n2021年5月27日 北京市第十五届人民代表大会常务委员会第三十一次会议通过\n\n<!-- INFO END -->\n\n第三十条 本规定自公布之日起施行。\n");
		assertThat(unknown.commencement().rule()).isEqualTo(Commencement.Rule.ON_PUBLICATION);
		assertThat(unknown.effectiveDate()).isNull();
	}

	@Test
	void aClauseAboutAnotherDocumentIsNotThisOnes() {
		// Sample 16, a 解读: the revised 《办法》 takes effect, not the 解读.
		DocumentMetadata m = effect("# 某决定政策解读\n\n（六）调整条文顺序和有效期。修订后的《办法》自2023年7月1日起施行，有效期5年。\n");
		assertThat(m.commencement()).isNull();
		assertThat(m.validity()).isNull();
	}

	@Test
	void aRuleOnTheTermsOfOtherDocumentsIsNotThisOnesTerm() {
		// Sample 02 speaks of normative documents in general.
		DocumentMetadata m = effect(
				"# 丰原市行政规范性文件管理规定\n\n第十条　规范性文件应当规定有效期。有效期自施行之日起一般不超过5年；名称冠以\"暂行\"\"试行\"的，有效期一般不超过2年。\n\n第二十五条　本规定自2019年3月1日起施行。\n");
		assertThat(m.effectiveDate()).isEqualTo(LocalDate.of(2019, 3, 1));
		assertThat(m.validity()).isNull();
		assertThat(m.expiryDate()).isNull();
	}

	@Test
	void anOrderSaysWhenItsRuleTakesEffect() {
		DocumentMetadata m = effect(
				"丰原市人民政府令\n\n第8号\n\n《丰原市行政规范性文件管理规定》已经2018年12月27日市人民政府第31次常务会议审议通过，现予公布，自2019年3月1日起施行。\n");
		assertThat(m.effectiveDate()).isEqualTo(LocalDate.of(2019, 3, 1));
	}

	@Test
	void anOrdersClauseIsFoundAfterAnEarlier予以AndBeforeALater现予() {
		// The order's clause is looked for from the first 现予 or 予以, whichever comes
		// first, not from the start of the text.
		DocumentMetadata m = effect(
				"丰原市人民政府令\n\n第8号\n\n对违反本规定的予以处罚。《丰原市行政规范性文件管理规定》已经市人民政府常务会议审议通过，予以公布，自2019年3月1日起施行。\n现予说明。\n");
		assertThat(m.effectiveDate()).isEqualTo(LocalDate.of(2019, 3, 1));
	}

	@Test
	void aLawsHistoryLineAndAClauseWithout起() {
		assertThat(effect("# 中华人民共和国民法典\n\n2020年5月28日 第十三届全国人民代表大会第三次会议通过\n\n2021年1月1日 施行\n\n<!-- INFO END -->\n")
			.effectiveDate()).isEqualTo(LocalDate.of(2021, 1, 1));
		assertThat(effect("# 上海市人民建议征集若干规定\n\n<!-- INFO END -->\n\n第二十二条 本规定自2021年7月1日施行。\n").effectiveDate())
			.isEqualTo(LocalDate.of(2021, 7, 1));
	}

	@Test
	void monthsAndChineseNumerals() {
		DocumentMetadata m = effect(NOTICE_HEAD + "　　本办法自2022年3月1日起施行，有效期为六个月。\n");
		assertThat(m.validity().months()).isEqualTo(6);
		assertThat(m.expiryDate()).isEqualTo(LocalDate.of(2022, 8, 31));
	}

	@Test
	void trialDocumentsSaySoInTheirTitleOrTheTitleOfWhatTheyIssue() {
		assertThat(effect("# 青禾县教育局 青禾县市场监督管理局关于印发《青禾县校外培训机构预收费资金监管办法（试行）》的通知\n").trial()).isTrue();
		assertThat(effect("# 丰原市城市园林绿化管理暂行规定\n").trial()).isTrue();
		assertThat(effect("# 青禾县人民政府关于印发《青禾县居家养老服务补贴管理办法》的通知\n").trial()).isFalse();
	}

}
