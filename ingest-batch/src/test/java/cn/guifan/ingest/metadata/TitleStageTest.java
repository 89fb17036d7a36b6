package cn.guifan.ingest.metadata;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TitleStageTest {

	private static String title(String text) {
		return Stages.run(text, new TitleStage()).title();
	}

	@Test
	void aSiteMenuAboveTheDocumentIsNoTitleBrokenOverLines() {
		String page = """
				青禾县人民政府门户网站

				政府信息公开
				政策法规
				办事指南

				青禾县人民政府关于加强森林防火工作的通告
				【发布时间：2008-10-20】【来源：县林业局】
				青政通〔2008〕7号 为切实做好森林防火工作，现通告如下：
				一、每年10月1日至次年4月30日为森林防火期。
				青禾县人民政府
				二○○八年十月十六日
				""";
		assertThat(title(page)).isEqualTo("青禾县人民政府关于加强森林防火工作的通告");
		// Short lines that are no site's sections stay a title broken over lines.
		assertThat(title("青禾县人民政府\n关于加强\n森林防火工作的通告\n各乡镇人民政府：\n现通告如下。\n")).isEqualTo("青禾县人民政府关于加强森林防火工作的通告");
	}

	@Test
	void aMarkdownLawTakesItsHeading() {
		assertThat(title("# 中华人民共和国会计法\n\n1985年1月21日 第六届全国人民代表大会常务委员会第九次会议通过\n\n<!-- INFO END -->\n"))
			.isEqualTo("中华人民共和国会计法");
		assertThat(title("# 最高人民法院  最高人民检察院关于办理强奸、猥亵未成年人刑事案件适用法律若干问题的解释\n"))
			.isEqualTo("最高人民法院 最高人民检察院关于办理强奸、猥亵未成年人刑事案件适用法律若干问题的解释");
	}

	@Test
	void aTitleBrokenOverLinesUnderTheIssuerIsJoined() {
		// Sample 10: the issuer on a line of its own, the title broken inside the 《》.
		String text = """
				青禾县人民政府

				青政字（2022）31号


				青禾县人民政府
				关于同意《青禾县城区临时占道经营疏导点
				设置方案》的批复

				县城市管理局：
				""";
		assertThat(title(text)).isEqualTo("青禾县人民政府关于同意《青禾县城区临时占道经营疏导点设置方案》的批复");
	}

	@Test
	void jointIssuersKeepOneSpaceBetweenThem() {
		// Sample 05: a stacked banner, then the issuers on the first title line.
		String text = """
				丰原市生态环境局青禾分局
				青禾县住房和城乡建设局文件

				丰环青〔2020〕15号


				丰原市生态环境局青禾分局　青禾县住房和城乡建设局
				关于印发《青禾县建筑工地扬尘污染防治管理规定》的通知

				各乡镇人民政府、街道办事处，各建设、施工、监理单位：
				""";
		assertThat(title(text)).isEqualTo("丰原市生态环境局青禾分局 青禾县住房和城乡建设局关于印发《青禾县建筑工地扬尘污染防治管理规定》的通知");
	}

	@Test
	void spacesLeftByAWebExportAreDropped() {
		// Seeds 000 and 004.
		assertThat(title(
				"濮阳市华龙区人民政府办公室文件\n\n华龙政办〔2020〕37号\n\n濮阳市华龙区人民政府办公室 关于贯彻落实国务院办公厅2020年政务公开 工作要点责任分工的通知\n\n各乡（镇）人民政府：\n"))
			.isEqualTo("濮阳市华龙区人民政府办公室关于贯彻落实国务院办公厅2020年政务公开工作要点责任分工的通知");
		assertThat(title("泉州市鲤城区人民政府办公室文件\n\n泉鲤政办〔2020〕38号\n\n泉州市鲤城区人民政府办公室 转发 2020 年政务公开工作要点的通知\n\n高新区管委会，各街道办事处：\n"))
			.isEqualTo("泉州市鲤城区人民政府办公室转发2020年政务公开工作要点的通知");
	}

	@Test
	void theDisclosureTableOfAWebPageGivesTheTitle() {
		// Seed 002.
		String text = """
				当前位置: 首页 > 政务公开 > 政府信息公开制度 > 市政府信息公开制度

				索 引 号: pjsrmzf-2020-003120 主题分类: 市政府信息公开制度
				发文机关: 盘锦市政府 成文日期: 2020-09-08
				标  题: 盘锦市政务公开领导小组关于印发2020年政务公开工作安排的通知
				发文字号: 盘政公领发〔2020〕2号 发布日期: 2020-09-08
				""";
		assertThat(title(text)).isEqualTo("盘锦市政务公开领导小组关于印发2020年政务公开工作安排的通知");
	}

	@Test
	void anOrderGivesTheTitleOfTheRuleItPromulgates() {
		// Sample 04: 令 banner, number, promulgation sentence.
		String text = """
				丰原市人民政府令

				第１２号


				　　《丰原市城市绿化管理办法》已经2021年10月28日市人民政府第57次常务会议审议通过，现予公布，自2022年1月1日起施行。
				""";
		assertThat(title(text)).isEqualTo("丰原市城市绿化管理办法");
	}

	@Test
	void marksAboveTheBannerArePassedOver() {
		String text = """
				000123
				机密★1年
				特急

				青禾县人民政府办公室文件

				青政办〔2021〕12号　　　　签发人：张三

				青禾县人民政府办公室关于印发《青禾县城区占道经营管理办法（试行）》的
				通知

				各乡镇人民政府：
				""";
		assertThat(title(text)).isEqualTo("青禾县人民政府办公室关于印发《青禾县城区占道经营管理办法（试行）》的通知");
	}

	@Test
	void aTableWithoutHeadTakesItsFirstLine() {
		// Seed 003.
		assertThat(title("从化区2019年政务公开工作要点分工方案\n\n\t\n\t工作任务\n\t评价标准\n")).isEqualTo("从化区2019年政务公开工作要点分工方案");
	}

	@Test
	void aLawPrintedWithItsHistoryInBrackets() {
		String text = "中华人民共和国会计法\n（1985年1月21日第六届全国人民代表大会常务委员会第九次会议通过　根据1993年12月29日第八届全国人民代表大会常务委员会第五次会议《关于修改〈中华人民共和国会计法〉的决定》第一次修正）\n\n第一章　总则\n";
		assertThat(title(text)).isEqualTo("中华人民共和国会计法");
	}

}
