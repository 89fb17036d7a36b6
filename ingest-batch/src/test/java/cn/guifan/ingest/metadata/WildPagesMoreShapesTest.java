package cn.guifan.ingest.metadata;

import java.time.LocalDate;

import cn.guifan.schemas.document.DocumentKind;
import cn.guifan.schemas.document.DocumentMetadata;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * More shapes of documents as web pages print them (made-up examples of what the second
 * batch of the wild set's tune part showed): news reports around a document, a page's
 * navigation and glued years around a title, an announcement's serial, spaces lost as
 * question marks, coordination bodies with long names, short forms of organs, and kinds
 * decided by what recurs, what is forwarded and what an announcement binds.
 */
class WildPagesMoreShapesTest extends WildPageHarness {

	@Test
	void pinyinWithASpaceInsideItsBracketsIsNoPartOfTheTitle() {
		DocumentMetadata m = read("""
				某樂(lè )縣政府信息公開(kāi)目錄編制規范

				一、編制原則
				""");
		assertThat(m.title()).isEqualTo("某樂縣政府信息公開目錄編制規范");
	}

	@Test
	void aNewsReportsLinesAboveTheDocumentAreNoTitle() {
		DocumentMetadata m = read("""
				近日
				某某县水利局
				发出最新公告
				全县河段列入禁采区
				禁止采砂活动
				关于划定2026年度某某县河道河砂禁采区的公告
				为加强我县河道采砂管理，根据有关规定，现将2026年度禁采区公告如下：
				一、全县河段全部列入禁采区，禁止一切采砂活动。
				特此公告
				某某县水利局
				2025年10月24日
				""");
		assertThat(m.title()).isEqualTo("关于划定2026年度某某县河道河砂禁采区的公告");
		assertThat(m.issuers()).containsExactly("某某县水利局");
		// A 公告 that draws a zone closed to everyone binds the public.
		assertThat(m.kind()).isEqualTo(DocumentKind.NORMATIVE_DOCUMENT);
	}

	@Test
	void theDocumentAfterFullTextFollowsIsReadNotTheReport() {
		DocumentMetadata m = read("""
				某某自然保护区管控时间延长至本周日

				发布时间:2022-08-24 20:36:54 稿件来源: 某某网

				今(24)日，某某镇森林防灭火指挥部发布公告，将某某自然保护区全域管控时间延长至2022年8月28日24时，请大家遵照执行。

				全文如下：

				关于延长某某自然保护区全域管控措施实施时间的公告

				当前正处于森林火灾极高风险期。经研究决定延长管控措施的实施时间。现将有关事项公告如下。
				""");
		assertThat(m.title()).isEqualTo("关于延长某某自然保护区全域管控措施实施时间的公告");
		// Extending a 管控 for days binds no one for good: not by the 公告 rule.
		assertThat(m.kind()).isEqualTo(DocumentKind.OTHER);
	}

	@Test
	void aPagesNavigationLineIsNoPartOfTheTitle() {
		DocumentMetadata m = read("""
				«上一版     本期共4版, 当前第4版 PDF
				某某县第十五届人民代表大会第五次会议关于某某县人民
				代表大会常务委员会工作报告的决议
				(2015年4月10日某某县第十五届人民代表大会第五次会议通过)

				某某县第十五届人民代表大会第五次会议听取并审议了县人民代表大会常务委员会工作报告。会议同意这个报告，决定予以批准。
				""");
		assertThat(m.title()).isEqualTo("某某县第十五届人民代表大会第五次会议关于某某县人民代表大会常务委员会工作报告的决议");
		// A congress that approves a report makes no regulation.
		assertThat(m.kind()).isEqualTo(DocumentKind.OTHER);
		assertThat(m.kindReason()).contains("批准报告");
	}

	@Test
	void aYearGluedBeforeATitleAndAnOrderToCloseTheMountains() {
		DocumentMetadata m = read("""
				来源: 最后更新:22-08-18 12:45:37
				2022某某县人民政府森林防火封山令
				近日连晴高温，我县正处于森林火险极高风险期，特发布封山令：
				一、封山时间：2022年8月18日至2022年8月31日。
				某某县人民政府
				2022年8月17日
				""");
		assertThat(m.title()).isEqualTo("某某县人民政府森林防火封山令");
		assertThat(m.signedDate()).isEqualTo(LocalDate.of(2022, 8, 17));
	}

	@Test
	void theSerialASiteAppendsToAnAnnouncementIsNoPartOfItsTitleAndALongBodySigns() {
		DocumentMetadata m = read("""
				某某市新型冠状病毒感染的肺炎防控工作指挥部通告 (第1号)

				为全力做好疫情防控工作，现将有关事项通告如下：

				一、自2020年1月23日24时起，市区公交暂停运营。恢复时间另行通告。

				某某市新型冠状病毒感染的肺炎防控工作指挥部
				2020年1月23日
				""");
		assertThat(m.title()).isEqualTo("某某市新型冠状病毒感染的肺炎防控工作指挥部通告");
		// The body's name holds 的: still an organ, the signature's.
		assertThat(m.issuers()).containsExactly("某某市新型冠状病毒感染的肺炎防控工作指挥部");
		assertThat(m.signedDate()).isEqualTo(LocalDate.of(2020, 1, 23));
		assertThat(m.kind()).isEqualTo(DocumentKind.OTHER);
	}

	@Test
	void questionMarksWhereAPageLostSpacesDoNotHideTheSignature() {
		DocumentMetadata m = read("""
				某某市公安局交通警察支队关于市区部分道路禁止摩托车通行的通告

				为了规范城市道路车辆通行秩序，现将有关事项通告如下：

				一、禁止摩托车在以下区域内的道路上通行。

				二、本通告自公布之日起施行。

				????

				??????????????某某市公安局交通警察支队

				2025年2月11日
				""");
		assertThat(m.signedDate()).isEqualTo(LocalDate.of(2025, 2, 11));
		assertThat(m.issuers()).containsExactly("某某市公安局交通警察支队");
	}

	@Test
	void aNumberInBracketsWithItsDateUnderAnIssuedTitleNamesTheProvincesOffice() {
		DocumentMetadata m = read("""
				第一篇:北京市某某工作考核办法(试行)
				北京市某某工作考核办法(试行)
				(京政办发[2008]34号 二〇〇八年六月十七日)
				第一章 总则
				第一条 为规范本市某某工作，制定本办法。
				""");
		assertThat(m.docNumber().normalized()).isEqualTo("京政办发〔2008〕34号");
		assertThat(m.issuers()).containsExactly("北京市人民政府办公厅");
		// The date in the note is no signature.
		assertThat(m.signedDate()).isNull();
	}

	@Test
	void shortFormsOfAnOfficeAndACongressAreWrittenOut() {
		assertThat(Organs.withoutShortForm("泰州市政府办")).isEqualTo("泰州市人民政府办公室");
		assertThat(Organs.withoutShortForm("某某县人民政府办")).isEqualTo("某某县人民政府办");
		assertThat(Organs.withoutShortForm("宁夏回族自治区人大常委会")).isEqualTo("宁夏回族自治区人民代表大会常务委员会");
	}

	@Test
	void aPeriodThatRecursEveryYearIsNoOneOffMeasure() {
		DocumentMetadata m = read("""
				各乡镇人民政府、街道办事处：
				为保护野生动物资源，每年的4月1日至8月31日为禁猎期。禁猎期间禁止狩猎。本通告自发布之日起施行。
				某某县林业局
				二○○五年三月二十三日
				""");
		assertThat(m.kind()).isEqualTo(DocumentKind.NORMATIVE_DOCUMENT);
		assertThat(m.kindReason()).doesNotContain("期间");
	}

	@Test
	void aCountyOfficeThatOnlyForwardsAProvincesNoticeMakesNoRules() {
		DocumentMetadata m = read("""
				某某县人民政府办公室转发《某某省人民政府办公厅关于印发某某省政务大厅管理暂行办法》的通知
				各镇人民政府，县政府有关工作部门：
				现将《某某省人民政府办公厅关于印发某某省政务大厅管理暂行办法的通知》转发你们，请认真贯彻执行。
				某某县人民政府办公室
				2019年2月22日
				""");
		assertThat(m.kind()).isEqualTo(DocumentKind.OTHER);
		assertThat(m.kindReason()).contains("转发上级机关");
	}

	@Test
	void aNoticeThatIssuesMeasuresAndOtherDocumentsIssuesMeasures() {
		DocumentMetadata m = read("""
				关于印发某某市政府信息申请公开办理办法等文件的通知
				各市(区)人民政府，市各委、办、局：
				现将《某某市政府信息申请公开办理办法》印发给你们，请认真贯彻执行。
				某某市人民政府办公室
				2012年4月9日
				""");
		assertThat(m.kind()).isEqualTo(DocumentKind.NORMATIVE_DOCUMENT);
	}

}
