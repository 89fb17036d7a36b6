package cn.guifan.ingest.metadata;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AddresseeStageTest {

	@Test
	void theLineEndingWithAColonAfterTheTitle() {
		String text = "青禾县人民政府文件\n\n青政规〔2020〕2号\n\n青禾县人民政府\n关于印发《某办法》的通知\n\n各乡镇人民政府、街道办事处，县政府各部门，各直属机构：\n\n　　现将《某办法》印发给你们。\n";
		assertThat(Stages.run(text, new AddresseeStage()).addressees()).containsExactly("各乡镇人民政府", "街道办事处", "县政府各部门",
				"各直属机构");
	}

	@Test
	void splitsOnlyBetweenWholeUnits() {
		assertThat(AddresseeStage.split("各乡镇人民政府、街道办事处，各建设、施工、监理单位：")).containsExactly("各乡镇人民政府", "街道办事处",
				"各建设、施工、监理单位");
		assertThat(AddresseeStage.split("各县（市、区）人民政府，市政府各部门，各直属机构：")).containsExactly("各县（市、区）人民政府", "市政府各部门", "各直属机构");
		assertThat(AddresseeStage.split("各县、区人民政府、辽东湾新区、高新技术产业开发区管委会,市政府各部门、直属机构:")).containsExactly("各县、区人民政府",
				"辽东湾新区、高新技术产业开发区管委会", "市政府各部门", "直属机构");
	}

	@Test
	void anOrderHasNone() {
		String text = "丰原市人民政府令\n\n第１２号\n\n　　《丰原市城市绿化管理办法》已经市人民政府常务会议审议通过，现予公布，自2022年1月1日起施行。\n\n第一条　为了促进城市绿化，根据有关规定：\n";
		assertThat(Stages.run(text, new AddresseeStage()).addressees()).isEmpty();
	}

}
