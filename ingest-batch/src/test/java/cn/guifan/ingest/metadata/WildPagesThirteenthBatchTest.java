package cn.guifan.ingest.metadata;

import java.time.LocalDate;

import cn.guifan.schemas.document.DocumentMetadata;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Shapes of pages the thirteenth batch of the wild set's tune part showed (the search
 * tool's {@code pages} corpus asked for law-database record pages, old numbers, thin
 * provinces and township pages), as made-up examples: a town's party committee and a
 * street office named without their county or city, a title whose 《》 spans lines, a
 * repost's headline that leaves out the issuer and 关于印发, question marks an export left
 * after a signature, and a site table's 发文时间, also where the table's rows ran into one
 * line.
 */
class WildPagesThirteenthBatchTest extends WildPageHarness {

	@Test
	void aTownsPartyCommitteeIsNamedWithTheCountyLikeItsGovernment() {
		DocumentMetadata m = read("""
				中共青禾镇委员会 青禾镇人民政府关于印发青禾镇突发事件综合应急预案的通知
				各村（社区），镇直各单位：
				为切实做好青禾镇突发事件应对工作，依据《青川县突发事件总体应急预案》，结合本镇实际，制定本预案，现印发给你们，请认真贯彻执行。

				中共青禾镇委员会
				青禾镇人民政府
				2024年5月23日
				""");
		assertThat(m.issuers()).containsExactly("中共青川县青禾镇委员会", "青川县青禾镇人民政府");
	}

	@Test
	void aStreetOfficeOfADistrictIsNamedWithTheCityTheTextNames() {
		DocumentMetadata m = read("""
				关于印发《青禾路街道防汛防台专项应急预案》的通知
				机关各部门、各居民区：
				根据《青禾市防汛条例》和区防汛工作要求，街道防汛指挥部修编了《青禾路街道防汛防台专项应急预案》，现印发给你们，请认真遵照执行。
				闵北区青禾路街道办事处
				2022年5月29日
				""");
		assertThat(m.issuers()).containsExactly("青禾市闵北区青禾路街道办事处");
	}

	@Test
	void aTitleGoesOnWhileItsBookTitleMarkIsOpen() {
		DocumentMetadata m = read("""
				关于征求
				《青禾省困难群众认定办法
				(征求意见稿)》
				意见的公告
				为做好困难群众认定工作，我厅起草了《青禾省困难群众认定办法(征求意见稿)》，现公开征求意见。
				意见反馈截止时间为2023年9月15日。
				青禾省民政厅
				2023年8月28日
				""");
		assertThat(m.title()).isEqualTo("关于征求《青禾省困难群众认定办法(征求意见稿)》意见的公告");
		assertOther("""
				关于征求
				《青禾省困难群众认定办法
				(征求意见稿)》
				意见的公告
				为做好困难群众认定工作，我厅起草了《青禾省困难群众认定办法(征求意见稿)》，现公开征求意见。
				青禾省民政厅
				2023年8月28日
				""", "征求意见");
	}

	@Test
	void aHeadlineWithoutTheIssuerAndItsVerbGivesWayToTheDocumentsOwnTitle() {
		DocumentMetadata m = read("""
				青禾市非煤矿山事故应急预案的通知

				青政办规〔2021〕2号

				青禾市人民政府办公室关于印发

				青禾市非煤矿山事故应急预案的通知

				各乡（镇）人民政府，市政府各有关单位：
				经市政府同意，现将《青禾市非煤矿山事故应急预案》印发给你们，请认真贯彻执行。

				青禾市人民政府办公室
				2021年5月19日
				""");
		assertThat(m.title()).isEqualTo("青禾市人民政府办公室关于印发青禾市非煤矿山事故应急预案的通知");
	}

	@Test
	void questionMarksAnExportLeftAfterASignatureAreSpaces() {
		DocumentMetadata m = read("""
				青政发〔2023〕8号
				各市、自治州人民政府，省政府各部门：
				《青禾省人民政府工作规则》已经2023年1月19日省政府党组会议审议通过，现印发给你们，请遵照执行。
				青禾省人民政府????????
				2023年1月19日????????
				（此件公开发布）
				青禾省人民政府工作规则
				第一章 总则
				""");
		assertThat(m.signedDate()).isEqualTo(LocalDate.of(2023, 1, 19));
		assertThat(m.issuers()).containsExactly("青禾省人民政府");
	}

	@Test
	void aSiteTablesIssuingTimeDatesAPlanWithoutSignature() {
		DocumentMetadata m = read("""
				索 引 号 640400001/2016-14852 发文时间 2016-07-04
				发布机构 青禾市政府办 文 号
				公开方式 主动公开 有效性 有效
				标 题: 青禾市草原火灾应急预案
				青禾市草原火灾应急预案
				1 总则
				1.1 编制目的
				为及时控制和扑灭草原火灾，保护人民群众生命财产安全和草原资源，结合本市实际，制定本预案。
				""");
		assertThat(m.signedDate()).isEqualTo(LocalDate.of(2016, 7, 4));
	}

	@Test
	void aTableWhoseRowsRanIntoOneLineIsStillATable() {
		DocumentMetadata m = read("""
				索 引 号 640400001/2016-14852 发文时间 2016-07-04发布机构 青禾市政府办 文 号公开方式 主动公开 有效性 有效
				青禾市草原火灾应急预案

				1 总则
				1.1 编制目的
				为及时控制和扑灭草原火灾，保护人民群众生命财产安全和草原资源，结合本市实际，制定本预案。
				""");
		assertThat(m.signedDate()).isEqualTo(LocalDate.of(2016, 7, 4));
	}

}
