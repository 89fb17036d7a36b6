package cn.guifan.ingest.metadata;

import java.time.LocalDate;

import cn.guifan.schemas.document.DocumentMetadata;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Shapes of pages the fifteenth batch of the wild set's tune part showed (the search
 * tool's {@code pages} corpus asked for departments' fund notices, lists and 公示, thin
 * provinces, rules and congress decisions), as made-up examples: the common noun 城市 in a
 * body that a placeless issuer was completed with, departments a joint title lists in
 * short forms, a signature followed by a table's border, a congress's resolution under
 * its adoption note, a 联席会 office's notice, and an order that promulgates two rules.
 */
class WildPagesFifteenthBatchTest extends WildPageHarness {

	@Test
	void aVerbBefore城市IsNoPlaceToCompleteTheIssuerWith() {
		DocumentMetadata m = read("""
				市人民政府关于公布第三批市级历史建筑的通知

				青禾政〔2012〕8号

				各区人民政府，市人民政府各部门：

				为进一步加强历史建筑保护，经研究，同意东门旧址等12处建筑为第三批市级历史建筑，现予公布。保护好历史建筑，对于传承地方文脉，提升城市品位，增强城市的凝聚力，具有重要意义。

				二〇一二年四月九日

				青禾市第三批市级历史建筑名单
				""");
		assertThat(m.issuers()).containsExactly("青禾市人民政府");
	}

	@Test
	void aLawsName共和国城市IsNoCityOfTheDistrict() {
		DocumentMetadata m = read("""
				青洼区人民政府 关于同意东坡社区和西坡社区合并的 批 复

				东坡街道办事处：

				  你办《关于东坡社区和西坡社区合并的请示》收悉。根据《中华人民共和国城市居民委员会组织法》等有关规定，经区政府研究，同意将东坡社区和西坡社区合并。

				此复。

				2021年4月13日
				""");
		assertThat(m.issuers()).containsExactly("青洼区人民政府");
	}

	@Test
	void aPlaceNamedOnALineSpacedOutLetterByLetterCompletesTheIssuer() {
		DocumentMetadata m = read("""
				市人民政府关于公布第四批市级文物保护单位的通知

				青禾政〔2013〕9号

				各区人民政府，市人民政府各部门：

				经研究，同意北山遗址等10处不可移动文物为第四批市级文物保护单位，现予公布。

				二〇一三年五月六日

				青 禾 市 第 四 批 市 级 文 物 保 护 单 位 名 单
				""");
		assertThat(m.issuers()).containsExactly("青禾市人民政府");
	}

	@Test
	void departmentsListedInShortFormsTakeThePlaceOfTheFirst() {
		DocumentMetadata m = read("""
				青禾省人口计生委、财政厅关于印发《青禾省计划生育家庭特别扶助制度实施意见》的通知
				青禾人口发〔2008〕22号
				各市、县(区)人口计生委(局)、财政局:
				省人口计生委、财政厅制定了《青禾省计划生育家庭特别扶助制度实施意见》，现印发给你们，请认真遵照执行。
				二〇〇八年二月二十七日
				""");
		assertThat(m.issuers()).containsExactly("青禾省人口和计划生育委员会", "青禾省财政厅");
	}

	@Test
	void aTablesBorderAfterTheSignatureIsNoPartOfIt() {
		DocumentMetadata m = read(
				"""
						为了增强行政规范性文件制定的透明度，青禾县自然资源和规划局将《青禾县人民政府关于划定禁猎区的通告(征求意见稿)》全文公布，征求社会各界意见。意见请于2024年2月8日前反馈。 附件: 《通告(征求意见稿)》.doc
						青禾县自然资源和规划局 2024年1月30日 |
						""");
		assertThat(m.signedDate()).isEqualTo(LocalDate.of(2024, 1, 30));
		assertThat(m.issuers()).containsExactly("青禾县自然资源和规划局");
	}

	@Test
	void aCongresssResolutionUnderItsAdoptionNoteIsTheCongresss() {
		DocumentMetadata m = read("""
				(2016年2月29日县十六届人大六次会议第三次会议通过)
				县人大常委会提出的《关于废止〈关于在县城区限制燃放烟花爆竹的决定〉》的议案，经青禾县第十六届人民代表大会第六次会议审议，认为该决定的废止符合相关法律规定。大会同意废止该决定，决定通过这个议案。
				""");
		assertThat(m.issuers()).containsExactly("青禾县人民代表大会");
	}

	@Test
	void theAdoptionNoteMayStandUnderTheSitesOwnLines() {
		DocumentMetadata m = read("""
				首页 > 人大工作 > 决议决定
				(2016年2月29日县十六届人大六次会议第三次会议通过)
				县人大常委会提出的《关于废止〈关于在县城区限制燃放烟花爆竹的决定〉》的议案，经青禾县第十六届人民代表大会第六次会议审议，认为该决定的废止符合相关法律规定。大会同意废止该决定，决定通过这个议案。
				""");
		assertThat(m.issuers()).containsExactly("青禾县人民代表大会");
	}

	@Test
	void aJointMeetingsOfficeMakesNoNormativeDocument() {
		assertOther("""
				青禾高技办〔2024〕3号
				各区县高技能人才工作机构，有关单位：
				现将《关于加强高技能人才队伍建设的实施意见》印发给你们，请结合实际认真抓好落实。
				青禾市高技能人才工作联席会办公室
				2024年4月9日
				关于加强高技能人才队伍建设的实施意见
				一、目标要求
				""", "议事协调机构");
	}

	@Test
	void anOrderThatPromulgatesTwoRulesHasNotBothForItsTitle() {
		DocumentMetadata m = read("""
				青禾市人民政府令第55号
				《青禾市中心城区部分道路禁止货车通行的规定》、《青禾市中心城区部分道路禁止摩托车通行的规定》经市人民政府常务会议同意，现予公布，自2011年2月1日起施行。
				市长：张三
				二〇一一年一月三十一日
				""");
		assertThat(m.title()).doesNotContain("》、《");
	}

}
