package cn.guifan.ingest.metadata;

import java.time.LocalDate;

import cn.guifan.schemas.document.DocumentKind;
import cn.guifan.schemas.document.DocumentMetadata;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Shapes of documents as repositories keep them (made-up examples of what the seventh
 * batch of the wild set's tune part showed): a database row whose content runs the
 * signature into the last sentence and the 附注, a traffic police detachment signing with
 * its short name, and a notice that keeps a rule in force past its term.
 */
class WildPagesSeventhBatchTest extends WildPageHarness {

	@Test
	void aSignatureGluedToTheLastSentenceAndItsNoteIsTheSignature() {
		DocumentMetadata m = read(
				"[0c1d2e3f-0000-4a7b-b77b-000000000001,null,关于青禾县经信局领导工作分工的通知,局属各股室、直属单位：经研究，现将局领导工作分工通知如下：一、张某某党组书记、局长：主持局全面工作。二、李某某副局长：协助分管经济运行、中小企业工作。分管运行股、企业股。三、王某某副局长：协助分管信息化、节能工作。分管信息股、节能监察大队。青禾县经济和信息化局2019年3月12日（此件主动公开）,政务,2019-03-20 10:05:47,0,MENHU,null]\n");
		assertThat(m.signedDate()).isEqualTo(LocalDate.of(2019, 3, 12));
		assertThat(m.issuers()).containsExactly("青禾县经济和信息化局");
	}

	@Test
	void aSentenceEndingInADateWithoutANoteIsNoSignature() {
		DocumentMetadata m = read(
				"[0c1d2e3f-0000-4a7b-b77b-000000000002,null,关于做好春节期间安全生产工作的通知,各乡镇人民政府，县直各单位：春节将至，为切实做好节日期间安全生产工作，现就有关事项通知如下：一、各单位要立即开展一次安全隐患排查。二、严格落实值班制度，值班表于节前报县安委办。三、排查情况请于2019年1月28日前报送。县安委办将对各单位落实情况进行抽查。各单位要高度重视，确保节日期间全县安全生产形势稳定。抽查工作于县安委会全体会议2019年2月1日,政务,2019-01-20 10:05:47,0,MENHU,null]\n");
		assertThat(m.signedDate()).isNull();
	}

	@Test
	void aNumberGluedToTheAddresseesInARecordIsTheNumber() {
		DocumentMetadata m = read(
				"[main] INFO demo.SearchService - ResourceModel(unit_id=8, resource_id=ad981f67-1a22, title=关于表彰青禾县劳动模范的决定, contact=青禾县人民政府, year=2014, description=禾政[2014]67号各乡镇人民政府,县政府各部门:自2009年全县劳动模范表彰大会以来,全县各族人民在县委、县政府的正确领导下,紧紧围绕“绿色崛起”的发展战略,焕发劳动热情、释放创造潜能、勇于拼搏奉献,各行各业、各条战线涌现出一大批先进模范人物,他们是坚守信念、追求梦想的)\n");
		assertDocNumber(m, "禾政〔2014〕67号");
	}

	@Test
	void aCitedNumberBeforeAddresseesIsNotTheNumber() {
		DocumentMetadata m = read(
				"根据《青禾县人民政府关于表彰劳动模范的决定》（禾政〔2014〕67号）各乡镇人民政府：现将有关事项通知如下。一、做好劳动模范的管理服务工作。二、落实劳动模范待遇。为加强劳动模范管理服务工作，县总工会将会同有关部门开展走访慰问，请各乡镇、各部门积极配合，认真做好各项工作，并将工作情况及时报县总工会。各乡镇、各部门要高度重视，确保各项待遇落实到位。\n");
		assertThat(m.docNumber()).isNull();
	}

	@Test
	void aTrafficPoliceDetachmentSigningWithItsShortNameIsNamedInFull() {
		DocumentMetadata m = read("""
				青禾市公安局交警支队关于青禾大道
				占道施工交通管制的通告
				因青禾大道雨污分流改造工程施工需要，为保证施工期间道路交通安全、畅通，决定对青禾大道（东环路至西环路路段）实行临时交通管制。具体通告如下：
				一、管制时间：2023年6月1日～2023年6月3日。
				二、管制要求：实行半幅封闭，半幅双向通行。请广大市民提前安排好出行方式和线路。
				特此通告。
				""");
		assertThat(m.issuers()).containsExactly("青禾市公安局交通警察支队");
	}

	@Test
	void aNoticeThatExtendsARulesTermIsNormative() {
		String page = """
				青禾县文物局关于延长《青禾县不可移动文物保护暂行规定》有效期的通知

				各乡镇人民政府，县政府各部门：

				经评估，《青禾县不可移动文物保护暂行规定》需要继续实施，有效期延长至2026年11月1日。

				特此通知。

				青禾县文物局

				2024年10月31日
				""";
		DocumentMetadata m = read(page);
		assertThat(m.kind()).isEqualTo(DocumentKind.NORMATIVE_DOCUMENT);
		assertThat(m.kindReason()).contains("有效期");
	}

	@Test
	void aNoticeThatExtendsAPlansTermIsNotThereforeNormative() {
		DocumentMetadata m = read("""
				青禾县人民政府办公室关于延长《青禾县城区道路改造三年行动方案》实施期限的通知

				各乡镇人民政府，县政府各部门：

				经县政府同意，《青禾县城区道路改造三年行动方案》实施期限延长至2025年底，请各单位按原方案分工继续推进。

				青禾县人民政府办公室

				2024年3月5日
				""");
		assertThat(m.kindReason()).doesNotContain("有效期");
	}

}
