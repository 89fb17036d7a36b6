package cn.guifan.ingest.metadata;

import cn.guifan.schemas.document.DocumentMetadata;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Shapes of pages the fourteenth batch of the wild set's tune part showed (the search
 * tool's {@code pages} corpus asked for record headers, old numbers, departments' lists,
 * bans and city rules), as made-up examples: an order whose banner prints neither place
 * nor tier, a run-together page that opens by citing a notice, a site table's plain 分类
 * row, a filing number (渝文备) beside the document's broken number, a government's decision
 * that cancels and devolves licensing items, and a 发文机关标志 below a repost's own heading.
 */
class WildPagesFourteenthBatchTest extends WildPageHarness {

	/**
	 * A provincial notice whose title runs over three paragraphs, the last a bracketed
	 * note.
	 */
	private static final String GREENING_NOTICE = """
			青禾省人民政府办公厅关于印发

			青禾省绿化规划

			(2021-2030年)的通知

			青禾政办发〔2021〕11号

			各市(州)人民政府，省政府各厅委办、各直属机构：

			  《青禾省绿化规划(2021-2030年)》已经省政府同意，现印发给你们，请认真贯彻落实。

			青禾省人民政府办公厅
			2021年3月9日
			""";

	@Test
	void anOrderWithoutPlaceOrTierTakesThePlaceOfItsRulesTitle() {
		DocumentMetadata m = read("""
				青禾市规范行政处罚自由裁量权规定
				政府令第38号
				《青禾市规范行政处罚自由裁量权规定》已经2007年12月3日市人民政府第31次常务会议通过，现予发布，自2008年1月1日起施行。
				市长：张三
				二○○七年十二月七日
				青禾市规范行政处罚自由裁量权规定
				第一条 为规范和监督行政处罚自由裁量行为，根据《中华人民共和国行政处罚法》，结合本市实际，制定本规定。
				""");
		assertDocNumber(m, "青禾市人民政府令第38号");
		assertThat(m.issuers()).containsExactly("青禾市人民政府");
	}

	@Test
	void aRunTogetherPageThatOpensByCitingANoticeHasNoTitleThere() {
		DocumentMetadata m = read("根据青禾市农业农村局青禾市财政局关于印发《2023年青禾市特色蔬菜评选扶持方案》的通知(青农联〔2023〕41号)文件精神，"
				+ "我单位认真组织了乡镇（街道）人民政府的申报，并对项目主体的申报资料进行了审核，拟推荐青禾镇人民政府申报2023年青禾市特色蔬菜产业发展项目，"
				+ "现将推荐和未推荐单位名单予以公示，如有异议，请在公示之日起5日内向青禾农业科技园区书面提出，联系电话：0731-82023903"
				+ "附件：1、推荐单位汇总表2、未推荐单位汇总表青禾农业科技园区管理委员会2023年11月25日。\n");
		// No title on the page: the file name stands in, not the notice the body cites.
		assertThat(m.title()).doesNotContain("关于印发");
		assertThat(m.issuers()).doesNotContain("根据青禾市农业农村局");
	}

	@Test
	void aSiteTablesPlainClassRowIsNoTitle() {
		DocumentMetadata m = read("""
				索  引 号: 11220000013544357T/2021-01510
				分  类: 农业、林业、水利;林业;通知
				发文机关: 青禾省人民政府办公厅
				成文日期: 2021年03月09日
				标      题: 青禾省人民政府办公厅关于印发青禾省绿化规划(2021-2030年)的通知
				发文字号: 青禾政办发〔2021〕11号
				发布日期: 2021年03月24日

				""" + GREENING_NOTICE);
		assertThat(m.title()).doesNotContain("分类").startsWith("青禾省人民政府办公厅关于印发青禾省绿化规划");
	}

	@Test
	void aFilingNumberIsNotTheDocumentsNumber() {
		DocumentMetadata m = read("""
				[ 索引号 ]11500234008646033P/2018-01065 [ 发文字号 ]渝文备〔2017〕1218号 [ 发布机构 ]青禾区人民政府 [ 成文日期 ]2018-01-04

				渝文备〔20171218

				青禾市青禾区人民政府
				关于加强青禾湖保护区管理的通告
				青禾府通〔20178

				为切实加强青禾湖保护区管理，现就有关事项通告如下：
				一、保护区范围内，未经批准，严禁任何单位和个人从事养殖及各种水上活动。
				二、本通告自公布之日起施行。

				青禾市青禾区人民政府
				2017年6月14日
				""");
		assertDocNumber(m, "青禾府通〔2017〕8号");
	}

	@Test
	void aDecisionThatCancelsAndDevolvesLicensingItemsIsNormative() {
		assertNormative("""
				青禾省人民政府关于公布省级政府部门第十二批取消调整和下放行政审批项目的决定
				青禾政发〔2014〕30号
				各市、自治州人民政府，省政府各部门：
				  经2014年3月21日省政府第41次常务会议研究，决定公布省级政府部门第十二批取消调整和下放行政审批项目共68项。自公布之日起生效。
				  各地、各部门要认真做好取消调整和下放行政审批项目的衔接落实工作。
				""", "行政审批");
	}

	@Test
	void aBannerBelowARepostsHeadingNamesTheIssuer() {
		DocumentMetadata m = read("""
				第一篇:青禾省关于推进探矿权延续登记有关问题的通知
				青禾省国土资源厅文件
				青国土资发[2006]83号
				------------------
				关于推进探矿权延续登记有关问题的通知
				为完善探矿权申请、延续登记等管理制度，根据《青禾省矿产资源条例》规定，现就有关问题作如下要求，请认真贯彻执行。
				一、申请探矿权的勘查项目，其勘查设计必须达到普查或普查以上勘查阶段。
				二、勘查许可证有效期届满，需要延长勘查期限的，可申请探矿权延续。
				""");
		assertThat(m.issuers()).containsExactly("青禾省国土资源厅");
	}

	@Test
	void aTitleGoesOnWithABracketedNoteAndItsKindInAParagraphOfItsOwn() {
		DocumentMetadata m = read(GREENING_NOTICE);
		assertThat(m.title()).isEqualTo("青禾省人民政府办公厅关于印发青禾省绿化规划(2021-2030年)的通知");
	}

}
