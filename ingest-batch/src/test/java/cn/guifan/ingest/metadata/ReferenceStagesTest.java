package cn.guifan.ingest.metadata;

import java.util.List;

import cn.guifan.schemas.document.Citation;
import cn.guifan.schemas.document.DocumentMetadata;
import cn.guifan.schemas.document.RepealClause;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** {@link RepealStage} and {@link CitationStage}. */
class ReferenceStagesTest {

	private static DocumentMetadata references(String text) {
		return Stages.run(text, new TitleStage(), new AttachmentStage(), new RepealStage(), new CitationStage());
	}

	@Test
	void aRepealClauseWithTheRepealedTitleNumberAndPlace() {
		String text = "青禾县城区占道经营管理办法\n\n　　第三十条　本办法自2022年3月1日起施行，有效期5年。原《青禾县城区占道经营管理暂行办法》（青政办〔2019〕8号）同时废止。\n";
		List<RepealClause> repeals = references(text).repeals();
		assertThat(repeals).extracting(RepealClause::title, (r) -> r.docNumber().normalized())
			.containsExactly(tuple("青禾县城区占道经营管理暂行办法", "青政办〔2019〕8号"));
		RepealClause r = repeals.get(0);
		assertThat(r.text()).isEqualTo("原《青禾县城区占道经营管理暂行办法》（青政办〔2019〕8号）同时废止。");
		assertThat(text.substring(r.span().start(), r.span().end())).isEqualTo("《青禾县城区占道经营管理暂行办法》（青政办〔2019〕8号）");
	}

	@Test
	void severalRepealedTitlesAndOtherWordings() {
		String two = "第九十三条 本规定自2022年5月1日起施行。2008年5月27日发布的《机动车登记规定》（公安部令第102号）和2012年9月12日发布的《公安部关于修改<机动车登记规定>的决定》（公安部令第124号）同时废止。\n";
		assertThat(references(two).repeals()).extracting(RepealClause::title, (r) -> r.docNumber().normalized())
			.containsExactly(tuple("机动车登记规定", "公安部令第102号"), tuple("公安部关于修改<机动车登记规定>的决定", "公安部令第124号"));
		String after = "本办法施行后，同时废止《青禾县农业产业化发展扶持资金管理暂行办法》（青财农〔2016〕21号）。\n";
		assertThat(references(after).repeals()).extracting(RepealClause::title).containsExactly("青禾县农业产业化发展扶持资金管理暂行办法");
		String later = "《青禾县涉企行政检查备案管理办法》（青政办发〔2022〕21号）自本办法施行之日起废止。\n";
		assertThat(references(later).repeals()).extracting(RepealClause::title).containsExactly("青禾县涉企行政检查备案管理办法");
	}

	@Test
	void theLawThatAllowsRepealingIsNotRepealed() {
		assertThat(references("违反上位法的，依照《中华人民共和国立法法》的规定予以废止。\n").repeals()).isEmpty();
	}

	@Test
	void theRowsOfACleanupDecisionsRepealList() {
		// Sample 21: the first 《》 of a row is repealed, one in the reason is cited.
		String text = """
				附件3

				废止的行政规范性文件目录（2件）

				序号　文件名称　文号　制定机关　废止理由
				1　《青禾县招商引资优惠政策若干规定》　青政发〔2015〕18号　县人民政府　与公平竞争审查制度不一致
				2　《青禾县城区建筑垃圾运输管理暂行办法》　青政办〔2017〕23号　县人民政府办公室　与《中华人民共和国固体废物污染环境防治法》不一致

				附件4

				宣布失效的行政规范性文件目录（1件）

				1　《青禾县建筑工地扬尘污染防治管理规定》　丰环青〔2020〕15号　县住房和城乡建设局　有效期已届满
				""";
		DocumentMetadata m = references(text);
		assertThat(m.repeals()).extracting(RepealClause::title, (r) -> r.docNumber().normalized())
			.containsExactly(tuple("青禾县招商引资优惠政策若干规定", "青政发〔2015〕18号"), tuple("青禾县城区建筑垃圾运输管理暂行办法", "青政办〔2017〕23号"));
		assertThat(m.citations()).extracting(Citation::title).containsExactly("中华人民共和国固体废物污染环境防治法");
	}

	@Test
	void rowsThatNameTheirDocumentsWithoutBookTitleMarks() {
		// As a table printed as text (a city's decision of 2008): the row's title is
		// bare,
		// the first 《》 of the row is its reason's.
		String text = """
				附件1：某市人民政府决定废止的政策性文件目录（3件）
				序号 文件名称 发布机关及文号 说明
				1 关于城市规划建设管理规定的通知 某市府发〔2000〕65号 制定依据发生了重大变化（新的《城乡规划法》实施后，原《城市规划法》已废止）
				2、根据现行城市规划的需要，已制定了新的城市规划政策。
				2.某市人民政府关于加强城区养犬管理的通告（某政通〔2012〕5号）
				3 某市人民政府关于印发《某市殡葬管理办法》的通知 调整对象已消失
				""";
		assertThat(references(text).repeals())
			.extracting(RepealClause::title, (r) -> (r.docNumber() != null) ? r.docNumber().normalized() : null)
			.containsExactly(tuple("关于城市规划建设管理规定的通知", "某市府发〔2000〕65号"), tuple("某市人民政府关于加强城区养犬管理的通告", "某政通〔2012〕5号"),
					tuple("某市人民政府关于印发《某市殡葬管理办法》的通知", null));
	}

	@Test
	void citationsWithTheNumberPrintedRightAfterThem() {
		String text = "为贯彻落实《国务院办公厅关于印发2020年政务公开工作要点的通知》（国办发〔2020〕17号）精神，根据《公共租赁住房管理办法》（住房和城乡建设部令第11号）、《城市绿化条例》等，结合实际。\n";
		List<Citation> citations = references(text).citations();
		assertThat(citations)
			.extracting(Citation::title, (c) -> (c.docNumber() != null) ? c.docNumber().normalized() : null)
			.containsExactly(tuple("国务院办公厅关于印发2020年政务公开工作要点的通知", "国办发〔2020〕17号"), tuple("公共租赁住房管理办法", "住房和城乡建设部令第11号"),
					tuple("城市绿化条例", null));
		Citation first = citations.get(0);
		assertThat(text.substring(first.span().start(), first.span().end()))
			.isEqualTo("《国务院办公厅关于印发2020年政务公开工作要点的通知》（国办发〔2020〕17号）");
	}

	@Test
	void aTitleBrokenOverLinesIsJoinedButAnOpenBracketIsNoTitle() {
		// seed 001: the web page wrapped the title, the export left a blank line in it
		String text = "按照《国务院办公厅政府信息与政务公开办公室关于规范政府信息公开平\n\n台有关事项的通知》(国办公开办函〔2019〕61号)要求，完成整改。\n";
		assertThat(references(text).citations()).extracting(Citation::title, (c) -> c.docNumber().normalized())
			.containsExactly(tuple("国务院办公厅政府信息与政务公开办公室关于规范政府信息公开平台有关事项的通知", "国办公开办函〔2019〕61号"));
		String open = "一是学习《条例\n\n全文。二是对照《青禾县政务公开工作要点》落实。\n";
		assertThat(references(open).citations()).extracting(Citation::title).containsExactly("青禾县政务公开工作要点");
	}

	@Test
	void nestedTitlesAreInnerTitles() {
		List<Citation> citations = references("你局《关于审批〈青禾县城区临时占道经营疏导点设置方案〉的请示》（青城管〔2022〕14号）收悉。\n").citations();
		assertThat(citations).hasSize(1);
		assertThat(citations.get(0).title()).isEqualTo("关于审批〈青禾县城区临时占道经营疏导点设置方案〉的请示");
		assertThat(citations.get(0).innerTitles()).containsExactly("青禾县城区临时占道经营疏导点设置方案");
		assertThat(citations.get(0).docNumber().normalized()).isEqualTo("青城管〔2022〕14号");
	}

	@Test
	void theDocumentsOwnPartsAreNoCitations() {
		String text = """
				青禾县人民政府办公室
				关于印发《青禾县城区占道经营管理办法》的通知

				各乡镇人民政府：

				　　现将《青禾县城区占道经营管理办法》印发给你们。《2020年冠县政务公开工作要点》已经县政府同意,现印发给你们。《青禾县居家养老服务补贴管理办法》（青政规〔2020〕2号，以下简称《办法》）自施行以来，《办法》运行良好。县司法局于年底前编印《青禾县现行有效行政规范性文件汇编》。

				附件：街道工作职能清单

				请填写《街道工作职能清单》（详见附件）。
				""";
		assertThat(references(text).citations()).extracting(Citation::title).containsExactly("青禾县居家养老服务补贴管理办法");
	}

}
