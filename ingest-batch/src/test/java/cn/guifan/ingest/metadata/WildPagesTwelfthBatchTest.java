package cn.guifan.ingest.metadata;

import java.time.LocalDate;

import cn.guifan.schemas.document.DocumentMetadata;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Shapes of pages the twelfth batch of the wild set's tune part showed (crawler records
 * kept in public repositories and the search tool's {@code pages} corpus), as made-up
 * examples: a document's text that a crawler ran into one line with each paragraph's
 * indent of two ideographic spaces, a record whose fields stand under ASCII names above
 * the text, a crawler's headline that left out the 书名号 above the document's own title,
 * and a signature date that lost its 日.
 */
class WildPagesTwelfthBatchTest extends WildPageHarness {

	private static final String RUN_ON = "　　 青政发〔2008〕21 号　　 各市、县人民政府，省直各委、办、厅、局：　　 近年来，各地各有关部门按照省委、省政府的部署，"
			+ "积极推进国有林场改革，分流富余人员，建立健全管理制度，国有林场改革取得了初步成效。但是，也有一些地方对改革重视不够，职工安置资金未落实，"
			+ "致使我省国有林场改革明显滞后。为进一步加快改革，现就有关问题通知如下：　　 一、积极筹措资金，妥善安置国有林场职工。国有林场要全面实行劳动合同制，"
			+ "与职工通过平等协商签订劳动合同，所需资金由市、县人民政府依次从以下渠道筹措。　　 二、严格政策规定，把国有林场职工纳入社会保障体系。"
			+ "尚未参加社会保险的国有林场，必须于2008年6月底前依法参加社会保险。　　 三、切实加强领导，确保国有林场改革的顺利进行。"
			+ "各市、县人民政府要切实加强领导，承担起组织本地区国有林场改革的责任。　　 青禾省人民政府　　 二ＯＯ八年三月十四日";

	@Test
	void aTextRunIntoOneLineBreaksAtItsParagraphsIndents() {
		DocumentMetadata m = read("青禾省人民政府关于加快我省国有林场改革有关问题的通知\n" + RUN_ON + "\n");
		assertDocNumber(m, "青政发〔2008〕21号");
		assertThat(m.signedDate()).isEqualTo(LocalDate.of(2008, 3, 14));
		assertThat(m.issuers()).containsExactly("青禾省人民政府");
	}

	@Test
	void aRecordsFieldsUnderAsciiNamesAreNotTheTitle() {
		DocumentMetadata m = read("""
				SITENAME: 青禾省人民政府门户
				fileNum: 其它
				FileName: 青禾省人民政府关于加快我省国有林场改革有关问题的通知
				PUBDATE: 2008-08-20T18:59:36.000Z
				CHNLDESC: 省人民政府文件
				DOCCONTENT: %s
				DOCID: 1508649
				publisher: 青禾省人民政府办公厅
				""".formatted(RUN_ON));
		assertThat(m.title()).isEqualTo("青禾省人民政府关于加快我省国有林场改革有关问题的通知");
		assertDocNumber(m, "青政发〔2008〕21号");
	}

	@Test
	void aHeadlineWithoutTheBookTitleMarksGivesWayToTheDocumentsOwnTitle() {
		DocumentMetadata m = read("""
				青禾市粮食局 青禾市财政局关于印发青禾市政策性粮食购销违法违规行为举报奖励实施细则（试行）的通知
				青禾市粮食局 青禾市财政局
				关于印发《青禾市政策性粮食购销违法违规
				行为举报奖励实施细则（试行）》的通知
				青粮规范〔2023〕2号
				各区县发展改革委、财政局：
				为鼓励举报政策性粮食购销违法违规行为，结合我市实际，制定《青禾市政策性粮食购销违法违规行为举报奖励实施细则（试行）》，现印发给你们，请认真遵照执行。
				青禾市粮食局 青禾市财政局
				2023年12月31日
				""");
		assertThat(m.title()).isEqualTo("青禾市粮食局 青禾市财政局关于印发《青禾市政策性粮食购销违法违规行为举报奖励实施细则（试行）》的通知");
	}

	@Test
	void aSignatureDateThatLostItsDayMarkIsRead() {
		DocumentMetadata m = read("""
				青禾县人民政府办公室关于印发《青禾县突发性地质灾害应急预案》的通知
				各乡(镇)人民政府,县级各部门:
				《青禾县突发性地质灾害应急预案》已经县人民政府同意,现印发你们,请认真贯彻执行。

				                  青禾县人民政府办公室
				                  2018年3月13

				青禾县突发性地质灾害应急预案
				第一章 总则
				""");
		assertThat(m.signedDate()).isEqualTo(LocalDate.of(2018, 3, 13));
	}

}
