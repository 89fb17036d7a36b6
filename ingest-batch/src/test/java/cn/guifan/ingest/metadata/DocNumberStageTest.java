package cn.guifan.ingest.metadata;

import cn.guifan.schemas.docnumber.DocNumber;
import cn.guifan.schemas.document.DocumentMetadata;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DocNumberStageTest {

	private static DocNumber number(String text) {
		DocumentMetadata m = Stages.run(text, "a.md", new HistoryStage(), new DocNumberStage());
		return m.docNumber();
	}

	@Test
	void theNumberLineOfTheHeadInAnyPrintedForm() {
		DocNumber n = number("青禾县自然资源局\n青禾县农业农村局文件\n\n青自然资规〔２０２２〕２号\n\n青禾县自然资源局 青禾县农业农村局关于印发《青禾县农村村民住宅用地审批管理办法》的通知\n");
		assertThat(n.printed()).isEqualTo("青自然资规〔２０２２〕２号");
		assertThat(n.normalized()).isEqualTo("青自然资规〔2022〕2号");
		assertThat(number("青禾县人民政府\n\n青政字（2022）31号\n").normalized()).isEqualTo("青政字〔2022〕31号");
		assertThat(number("青禾县人民政府办公室文件\n\n青政办〔2021〕12号　　　　签发人：张三\n").normalized()).isEqualTo("青政办〔2021〕12号");
	}

	@Test
	void anOrderNumberIsJoinedToItsBanner() {
		DocNumber n = number("丰原市人民政府令\n\n第１２号\n\n　　《丰原市城市绿化管理办法》已经2021年10月28日市人民政府第57次常务会议审议通过，现予公布，自2022年1月1日起施行。\n");
		assertThat(n.printed()).isEqualTo("丰原市人民政府令第１２号");
		assertThat(n.normalized()).isEqualTo("丰原市人民政府令第12号");
		assertThat(n.form()).isEqualTo(DocNumber.Form.ORDER);
	}

	@Test
	void aNumberCitedInTheBodyIsNotTheDocumentsOwn() {
		String text = """
				濮阳市华龙区人民政府办公室 关于贯彻落实国务院办公厅2020年政务公开 工作要点责任分工的通知

				各乡（镇）人民政府，各街道办事处：

				为贯彻落实《国务院办公厅关于印发2020年政务公开工作要点的通知》（国办发〔2020〕17号）精神，细化目标任务，明确责任分工，经区政府同意，现将分工印发给你们。
				""";
		assertThat(number(text)).isNull();
	}

	@Test
	void aDisclosurePageGivesItsField() {
		assertThat(number("索 引 号: pjsrmzf-2020-003120 主题分类: 市政府信息公开制度\n发文字号: 盘政公领发〔2020〕2号 发布日期: 2020-09-08\n")
			.normalized()).isEqualTo("盘政公领发〔2020〕2号");
	}

	@Test
	void aLawTakesTheOrderThatPromulgatedItsText() {
		String text = """
				# 中华人民共和国专利代理条例

				1991年3月4日 中华人民共和国国务院令第76号发布

				2018年9月6日 国务院第23次常务会议修订通过

				2018年11月6日 中华人民共和国国务院令第706号公布

				<!-- INFO END -->
				""";
		assertThat(number(text).normalized()).isEqualTo("国务院令第706号");
	}

	@Test
	void anOrderNamedWithAnAmendingDecisionIsTheDecisionsNumber() {
		String text = """
				# 公安机关办理行政案件程序规定

				２０１２年１２月１９日 中华人民共和国公安部令第１２５号发布，

				２０１８年１１月２５日 公安部令第１４９号《公安部关于修改〈公安机关办理行政案件程序规定〉的决定》第二次修正。

				<!-- INFO END -->
				""";
		assertThat(number(text).normalized()).isEqualTo("公安部令第125号");
	}

	@Test
	void aJudicialInterpretationPrintsItsNumberUnderTheTitle() {
		assertThat(number(
				"# 最高人民法院关于知识产权侵权诉讼中被告以原告滥用权利为由请求赔偿合理开支问题的批复\n\n法释〔2021〕11号\n\n2021年5月31日 最高人民法院审判委员会第1840次会议通过\n\n<!-- INFO END -->\n")
			.normalized()).isEqualTo("法释〔2021〕11号");
	}

	@Test
	void aLawWhoseHistoryNamesNoNumberHasNone() {
		assertThat(number("# 中华人民共和国会计法\n\n1985年1月21日 第六届全国人民代表大会常务委员会第九次会议通过\n\n<!-- INFO END -->\n")).isNull();
	}

	@Test
	void anAnnouncementOfALongNamedCommitteeOnAHistoryLineKeepsItsWholeName() {
		String text = """
				# 某某市制定地方性法规条例

				2016年3月30日 某某市第三届人民代表大会常务委员会第三十次会议通过
				2016年4月15日 某某市第三届人民代表大会常务委员会公告第1号公布

				<!-- INFO END -->
				""";
		// Read by an agency code of 16 characters it would be 某市第三届…公告第1号.
		assertThat(number(text).normalized()).isEqualTo("某某市第三届人民代表大会常务委员会公告第1号");
		// The date run into it ends with 日, which starts no name.
		assertThat(number(text.replace("通过\n2016年4月15日 ", "通过2016年4月15日")).normalized())
			.isEqualTo("某某市第三届人民代表大会常务委员会公告第1号");
	}

}
