package cn.guifan.ingest.metadata;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IssuerStageTest {

	private static List<String> issuers(String text) {
		return Stages.run(text, "a.md", new TitleStage(), new HistoryStage(), new IssuerStage()).issuers();
	}

	@Test
	void theSignatureNamesEveryIssuerOfAJointDocument() {
		// Sample 18: three organs stacked in the banner, spaced out, and signing on one
		// line.
		String text = """
				青禾县住房和城乡建设局
				青　禾　县　财　政　局　文件
				青　禾　县　民　政　局

				青住建规【2024】2号


				青禾县住房和城乡建设局　青禾县财政局　青禾县民政局
				关于印发《青禾县城镇住房保障家庭租赁补贴实施细则》的通知

				各乡镇人民政府、街道办事处，县直有关单位：

				　　为进一步完善城镇住房保障体系，经县人民政府同意，现将《青禾县城镇住房保障家庭租赁补贴实施细则》印发给你们，请认真贯彻执行。


				青禾县住房和城乡建设局　　青禾县财政局　　青禾县民政局

				二〇二四年六月十二日
				""";
		assertThat(issuers(text)).containsExactly("青禾县住房和城乡建设局", "青禾县财政局", "青禾县民政局");
	}

	@Test
	void aLongRunOfSpacesInsideALineAboveTheSignatureCostsItsLengthNotItsSquare() {
		// Fuzz reproducer: scripts/benchmark fuzz --seed 35742 --case 2966 (a law with
		// 27,001 carriage returns inside one line above a signature: 4-7 s in this
		// stage, the seal after an organ's name searched for from every one of them).
		String text = "青禾县人民政府关于某事的通知\n\n各乡镇人民政府：\n\n　　现将有关事项通知如下。%s请遵照执行。\n青禾县人民政府\n2021年3月15日\n";
		String spaces = text.formatted("\r".repeat(30_000));
		String letters = text.formatted("的".repeat(30_000));
		List<String> issuers = CpuBudget.withinTimesReference(20, Duration.ofMillis(250), () -> issuers(letters),
				() -> issuers(spaces));
		assertThat(issuers).containsExactly("青禾县人民政府");
	}

	@Test
	void aCitysDepartmentWithoutItsPlaceIsOfTheCityItsTitlesSubjectNames() {
		// Wild tune w754: a listing page cut before the signature, its title led by the
		// short form of a city's department, the city named only in the subject.
		String text = """
				市发展改革委关于做好湖州市物流业提质专项2021年度申报工作的通知

				各相关行业主管部门:
				为推动物流业提质增效,现就组织开展湖州市物流业提质专项2021年度申报工作的有关事项通知如下:
				一、总体要求
				""";
		assertThat(issuers(text)).containsExactly("湖州市发展和改革委员会");
	}

	@Test
	void aStackedBannerWithoutSignature() {
		String text = "青禾县住房和城乡建设局\n青　禾　县　财　政　局　文件\n\n青住建规【2024】2号\n\n关于印发《某细则》的通知\n\n各乡镇人民政府：\n";
		assertThat(issuers(text)).containsExactly("青禾县住房和城乡建设局", "青禾县财政局");
	}

	@Test
	void theDocumentsOwnWordsGoBeforeThePortalsAbbreviation() {
		// Seed 002: the table says 盘锦市政府, the document is signed by the leading group.
		String text = """
				索 引 号: pjsrmzf-2020-003120 主题分类: 市政府信息公开制度
				发文机关: 盘锦市政府 成文日期: 2020-09-08
				标  题: 盘锦市政务公开领导小组关于印发2020年政务公开工作安排的通知
				发文字号: 盘政公领发〔2020〕2号 发布日期: 2020-09-08

				各县、区人民政府、辽东湾新区、高新技术产业开发区管委会,市政府各部门、直属机构:

				  现将《盘锦市2020年政务公开工作安排》印发给你们,请结合实际认真贯彻落实。

				  盘锦市政务公开领导小组

				  2020年9月8日
				""";
		assertThat(issuers(text)).containsExactly("盘锦市政务公开领导小组");
	}

	@Test
	void anOrderIsSignedByAnOfficialSoItsBannerNamesTheIssuer() {
		assertThat(issuers("丰原市人民政府令\n\n第8号\n\n《丰原市行政规范性文件管理规定》已经市人民政府常务会议审议通过，现予公布。\n\n市长　×××\n\n二〇一九年一月十日\n"))
			.containsExactly("丰原市人民政府");
	}

	@Test
	void theIssuersATitleBeginsWith() {
		assertThat(issuers("# 最高人民法院、最高人民检察院关于办理抢夺刑事案件适用法律若干问题的解释\n\n<!-- INFO END -->\n")).containsExactly("最高人民法院",
				"最高人民检察院");
	}

	@Test
	void aLawIsIssuedByTheOrganThatAdoptedIt() {
		assertThat(issuers("# 中华人民共和国会计法\n\n1985年1月21日 第六届全国人民代表大会常务委员会第九次会议通过\n\n<!-- INFO END -->\n"))
			.containsExactly("全国人民代表大会常务委员会");
		assertThat(issuers("# 中华人民共和国军品出口管理条例\n\n1997年10月22日 中华人民共和国国务院、中华人民共和国中央军事委员会令第234号发布\n\n<!-- INFO END -->\n"))
			.containsExactly("国务院", "中央军事委员会");
		assertThat(issuers("# 人民检察院刑事诉讼规则\n\n2019年12月2日 最高人民检察院第十三届检察委员会第二十八次会议通过\n\n<!-- INFO END -->\n"))
			.containsExactly("最高人民检察院");
	}

	@Test
	void aWebArticleNamesItsPublisher() {
		// Sample 16, a 政策解读.
		assertThat(issuers("# 《青禾县人民政府关于修改〈青禾县居家养老服务补贴管理办法〉的决定》政策解读\n\n发布机构：青禾县民政局　　发布日期：2023-06-05　　信息类别：政策解读\n"))
			.containsExactly("青禾县民政局");
	}

	@Test
	void aTownshipSignedWithoutItsCountyGetsTheCountyTheDivisionCodesGive() {
		String text = """
				关于做好秋冬季秸秆禁烧工作的通告

				　　为改善空气质量，现就有关事项通告如下。
				　　一、全镇范围内禁止露天焚烧秸秆。

				腰山镇人民政府
				2021年10月8日
				""";
		assertThat(issuers(text)).containsExactly("顺平县腰山镇人民政府");
	}

	@Test
	void aDistrictNamedInTheTitleGetsItsCityAndASharedNameTheCityTheTextNames() {
		String office = """
				江汉区人民政府办公室关于印发某某工作方案的通知

				各街道办事处，区政府各部门：
				　　现将方案印发给你们，请认真贯彻执行。

				区人民政府办公室
				2022年3月1日
				""";
		assertThat(issuers(office)).containsExactly("武汉市江汉区人民政府办公室");
		String shared = """
				鼓楼区人民政府关于划定禁止燃放烟花爆竹区域的通告

				　　根据《福州市烟花爆竹燃放管理规定》，现通告如下。

				鼓楼区人民政府
				2019年1月20日
				""";
		assertThat(issuers(shared)).containsExactly("福州市鼓楼区人民政府");
	}

}
