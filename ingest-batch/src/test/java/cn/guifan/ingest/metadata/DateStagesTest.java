package cn.guifan.ingest.metadata;

import java.time.LocalDate;

import cn.guifan.schemas.document.DocumentMetadata;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link SignedDateStage} and {@link PublishedDateStage}. */
class DateStagesTest {

	private static DocumentMetadata dates(String text, String name) {
		return Stages.run(text, name, new TitleStage(), new HistoryStage(), new SignedDateStage(),
				new PublishedDateStage());
	}

	private static DocumentMetadata dates(String text) {
		return dates(text, "a.txt");
	}

	@Test
	void theSignatureDateInChineseNumeralsWithAnyZero() {
		for (String zero : new String[] { "〇", "○", "O", "0" }) {
			String text = "青禾县人民政府办公室文件\n\n青政办〔2022〕2号\n\n青禾县人民政府办公室\n关于印发《某办法》的通知\n\n各乡镇人民政府：\n\n　　现印发给你们。\n\n青禾县人民政府办公室\n二"
					+ zero + "二二年二月十日\n\n（此件公开发布）\n";
			assertThat(dates(text).signedDate()).as(zero).isEqualTo(LocalDate.of(2022, 2, 10));
		}
	}

	@Test
	void theSignatureOfANoticeStandsBeforeTheRuleItIssues() {
		// Sample 01: the notice is signed, then the 办法 follows with dates of its own.
		String text = """
				丰原市人民政府文件

				丰政发〔2016〕9号


				丰原市人民政府
				关于印发《丰原市城市园林绿化管理暂行规定》的通知

				各县（市、区）人民政府，市政府各部门，各直属机构：

				　　《丰原市城市园林绿化管理暂行规定》已经市人民政府第42次常务会议研究同意，现印发给你们，请认真贯彻执行。


				丰原市人民政府
				二〇一六年四月十二日

				（此件公开发布）


				丰原市城市园林绿化管理暂行规定

				　　第十六条　本规定自2016年5月1日起施行。


				抄送：市委各部门。

				丰原市人民政府办公室　　　　　　　　　　　　2016年4月13日印发
				""";
		DocumentMetadata m = dates(text);
		assertThat(m.signedDate()).isEqualTo(LocalDate.of(2016, 4, 12));
		assertThat(m.publishedDate()).isNull();
	}

	@Test
	void aDisclosurePageGivesBothDates() {
		String text = "索 引 号: pjsrmzf-2020-003120 主题分类: 市政府信息公开制度\n发文机关: 盘锦市政府 成文日期: 2020-09-08\n发文字号: 盘政公领发〔2020〕2号 发布日期: 2020-09-10\n";
		DocumentMetadata m = dates(text);
		assertThat(m.signedDate()).isEqualTo(LocalDate.of(2020, 9, 8));
		assertThat(m.publishedDate()).isEqualTo(LocalDate.of(2020, 9, 10));
	}

	@Test
	void thePortalLineGivesThePublicationTime() {
		String text = "来源：青禾县人民政府办公室　　发布时间：2020-04-01 10:12　　字号：【大 中 小】\n\n青禾县人民政府文件\n\n青政规〔2020〕2号\n";
		assertThat(dates(text).publishedDate()).isEqualTo(LocalDate.of(2020, 4, 1));
	}

	@Test
	void anOrderIsPublishedTheDayItIsSigned() {
		String text = "丰原市人民政府令\n\n第１２号\n\n　　《丰原市城市绿化管理办法》已经2021年10月28日市人民政府第57次常务会议审议通过，现予公布，自2022年1月1日起施行。\n\n市长　×××\n\n二〇二一年十一月十五日\n";
		DocumentMetadata m = dates(text);
		assertThat(m.signedDate()).isEqualTo(LocalDate.of(2021, 11, 15));
		assertThat(m.publishedDate()).isEqualTo(LocalDate.of(2021, 11, 15));
	}

	@Test
	void aLawIsMadeOnItsLatestAmendmentAndPublishedOnlyWhereItsHistorySaysSo() {
		String amended = "# 中华人民共和国会计法\n\n1985年1月21日 第六届全国人民代表大会常务委员会第九次会议通过\n\n2024年6月28日 第十四届全国人民代表大会常务委员会第十次会议《关于修改〈中华人民共和国会计法〉的决定》第三次修正\n\n<!-- INFO END -->\n";
		DocumentMetadata law = dates(amended, "a.md");
		assertThat(law.signedDate()).isEqualTo(LocalDate.of(2024, 6, 28));
		assertThat(law.publishedDate()).isNull();
		String ordered = "# 中华人民共和国专利代理条例\n\n1991年3月4日 中华人民共和国国务院令第76号发布\n\n2018年9月6日 国务院第23次常务会议修订通过\n\n2018年11月6日 中华人民共和国国务院令第706号公布\n\n<!-- INFO END -->\n";
		DocumentMetadata regulation = dates(ordered, "a.md");
		assertThat(regulation.signedDate()).isEqualTo(LocalDate.of(2018, 9, 6));
		assertThat(regulation.publishedDate()).isEqualTo(LocalDate.of(2018, 11, 6));
	}

	@Test
	void anOldRegulationBearsTheDateUnderItsTitle() {
		DocumentMetadata m = dates("# 关于军民合用机场使用管理的若干暂行规定\n\n1985年12月30日 \n\n<!-- INFO END -->\n", "a.md");
		assertThat(m.signedDate()).isEqualTo(LocalDate.of(1985, 12, 30));
	}

	@Test
	void aWebArticleWithoutSignatureWasMadeTheDayItsPublisherPublishedIt() {
		DocumentMetadata m = dates(
				"# 《青禾县人民政府关于修改〈青禾县居家养老服务补贴管理办法〉的决定》政策解读\n\n发布机构：青禾县民政局　　发布日期：2023-06-05　　信息类别：政策解读\n\n---\n\n2023年6月1日，县人民政府印发《决定》。\n",
				"a.md");
		assertThat(m.signedDate()).isEqualTo(LocalDate.of(2023, 6, 5));
		assertThat(m.publishedDate()).isEqualTo(LocalDate.of(2023, 6, 5));
	}

	@Test
	void noDateIsGuessed() {
		DocumentMetadata m = dates(
				"濮阳市华龙区人民政府办公室文件\n\n华龙政办〔2020〕37号\n\n关于某事的通知\n\n各乡（镇）人民政府：\n\n　　于 8 月 28 日前报送。\n\n(此件公开发布)\n");
		assertThat(m.signedDate()).isNull();
		assertThat(m.publishedDate()).isNull();
	}

}
