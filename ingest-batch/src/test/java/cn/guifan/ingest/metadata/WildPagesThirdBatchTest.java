package cn.guifan.ingest.metadata;

import java.time.LocalDate;

import cn.guifan.schemas.document.DocumentMetadata;
import cn.guifan.schemas.document.FieldSource;
import cn.guifan.schemas.document.MetadataField;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Shapes of documents as web pages print them (made-up examples of what the third batch
 * of the wild set's tune part showed): serials of announcements and command posts' orders
 * printed apart from their organs, long organ names a signature breaks over two lines.
 */
class WildPagesThirdBatchTest extends WildPageHarness {

	@Test
	void anAnnouncementsSerialBelowItsTitleIsItsNumber() {
		DocumentMetadata m = read("""
				某某县新型冠状病毒肺炎
				疫情防控指挥部通告
				（2022年第3号）
				根据当前疫情处置进展，经研究决定，对全县疫情防控管理措施进行调整。现通告如下：
				一、某某镇继续按封控区管理。
				某某县新型冠状病毒肺炎
				疫情防控指挥部
				2022年1月22日
				""");
		assertThat(m.title()).isEqualTo("某某县新型冠状病毒肺炎疫情防控指挥部通告");
		assertDocNumber(m, "某某县新型冠状病毒肺炎疫情防控指挥部通告〔2022〕3号");
		assertThat(m.provenanceOf(MetadataField.DOC_NUMBER).source()).isEqualTo(FieldSource.DERIVED);
	}

	@Test
	void aSerialAppendedToAboutTitleTakesTheOrganOfTheSignature() {
		DocumentMetadata m = read("""
				关于在全县实行静态管理的通告(2022年第76号通告)

				根据当前我县疫情防控形势，经县疫情防控指挥部研究，决定在全县实行3天静态管理。现将有关事项通告如下：

				一、静态管理时间：8月30日0时-9月1日24时。

				某县新型冠状病毒感染的

				肺炎疫情防控指挥部

				2022年8月30日
				""");
		assertThat(m.title()).isEqualTo("关于在全县实行静态管理的通告");
		// The signature's organ, broken over two lines, is one organ (of a county whose
		// name has one character).
		assertThat(m.issuers()).containsExactly("某县新型冠状病毒感染的肺炎疫情防控指挥部");
		assertThat(m.signedDate()).isEqualTo(LocalDate.of(2022, 8, 30));
		assertDocNumber(m, "某县新型冠状病毒感染的肺炎疫情防控指挥部通告〔2022〕76号");
	}

	@Test
	void aCommandPostsOrderSerialBelowItsBanner() {
		DocumentMetadata m = read("""
				某某县新型冠状病毒感染的肺炎防控指挥部
				2号令
				各乡镇人民政府，县政府各相关部门：
				当前我县疫情防控形势严峻复杂，现下达如下命令：
				一、即日起，全县范围内所有大型社会活动一律取消。
				某某县新型冠状病毒感染的肺炎防控指挥部
				2020年1月24日
				""");
		assertDocNumber(m, "某某县新型冠状病毒感染的肺炎防控指挥部令第2号");
		assertThat(m.issuers()).containsExactly("某某县新型冠状病毒感染的肺炎防控指挥部");
		// A coordination body's 令 is no rule.
		assertThat(m.kind()).isEqualTo(cn.guifan.schemas.document.DocumentKind.OTHER);
	}

	@Test
	void aSerialCitedInTheBodyIsNoNumberOfTheDocument() {
		DocumentMetadata m = read("""
				关于做好春季森林防火工作的通知
				各乡镇人民政府：
				根据某某市森林防火指挥部通告第1号的要求，现将有关事项通知如下：
				一、加强巡查。
				某某县人民政府
				2023年3月1日
				""");
		assertThat(m.docNumber()).isNull();
	}

	@Test
	void theIssuerARepostNamesOnlyInItsLeadWithItsCounty() {
		DocumentMetadata m = read("""
				某某自然保护区管控时间延长至本周日24时

				发布时间:2022-08-24 20:36:54 稿件来源: 某某网

				今(24)日,某某镇森林防灭火指挥部发布公告,将某某自然保护区全域管控时间延长至2022年8月28日24时。

				全文如下:

				关于延长某某自然保护区全域管控措施实施时间的公告

				当前正处于森林火灾极高风险期。根据《某某县人民政府2022年森林防火命令》，经研究决定延长管控措施的实施时间。现将有关事项公告如下。

				一、管控区域不变
				""");
		assertThat(m.issuers()).containsExactly("某某县某某镇森林防灭火指挥部");
		assertThat(m.provenanceOf(MetadataField.ISSUERS).source()).isEqualTo(FieldSource.DERIVED);
	}

	@Test
	void aHeadlineThatPutsAReportingVerbBeforeTheTitleIsNoTitle() {
		DocumentMetadata m = read("""
				某某区公布关于划定养犬重点管理区和一般管理区的通告
				关于划定养犬重点管理区和一般管理区的通告
				为了规范养犬行为，结合本区实际，现将有关事项通告如下：
				一、重点管理区内不得饲养烈性犬只。
				特此通告。
				某某区人民政府
				2022年6月17日
				""");
		assertThat(m.title()).isEqualTo("关于划定养犬重点管理区和一般管理区的通告");
	}

	@Test
	void aForumsButtonsAreNoPartOfTheTitle() {
		DocumentMetadata m = read("""
				图文精华

				分享

				某某市关于限制大型货运车辆入城的通告

				根据《中华人民共和国道路交通安全法》规定，现决定在我市以下路段早晚高峰期对大型货运车辆实施限制通行。具体通告如下：

				某某市公安局
				2018年1月22日
				""");
		assertThat(m.title()).isEqualTo("某某市关于限制大型货运车辆入城的通告");
	}

	@Test
	void organsWrittenWithTheirOfficialNames() {
		// An autonomous region before its prefecture on a mirror's organ line.
		assertThat(Organs.withoutHigherPlace("某某维吾尔自治区某某地区行政公署办公室")).isEqualTo("某某地区行政公署办公室");
		// The standing committee's short form before one of its offices.
		assertThat(Organs.withoutShortForm("某某市人大常委会办公厅")).isEqualTo("某某市人民代表大会常务委员会办公厅");
	}

	@Test
	void aGovernmentOfOneTermIsTheGovernment() {
		DocumentMetadata m = read("""
				各县市人民政府，州人民政府各部门：

				《某某蒙古自治州第十四届人民政府工作规则》已经自治州第十四届人民政府第五次常务会议研究通过，现予印发，请认真遵照执行。

				 2017年8月28日

				某某蒙古自治州第十四届人民政府工作规则
				""");
		assertThat(m.issuers()).containsExactly("某某蒙古自治州人民政府");
	}

	@Test
	void aNoticeThatSetsTrafficRulesBindsThePublic() {
		DocumentMetadata m = read("""
				某某县公安局交通管理大队

				关于县城区域货车通行规定的通告

				为缓解城区道路交通压力，依据《中华人民共和国道路交通安全法》的规定，对货车实施交通管制措施。

				一、兴闻街以南范围内所有城区道路为管制区域。

				某某县公安局交通管理大队

				2022年5月31日
				""");
		assertThat(m.kind()).isEqualTo(cn.guifan.schemas.document.DocumentKind.NORMATIVE_DOCUMENT);
	}

	@Test
	void aDistrictIsNamedWithTheCityTheTextNames() {
		DocumentMetadata m = read("""
				关于划定养犬重点管理区和一般管理区的通告
				根据《某某市养犬管理条例》的有关规定，结合某某区实际，现将有关事项通告如下：
				一、重点管理区内不得饲养烈性犬只。
				特此通告。
				某某区人民政府
				2022年6月17日
				""");
		assertThat(m.issuers()).containsExactly("某某市某某区人民政府");
	}

	@Test
	void aSharingSitesFileNameIsNoTitle() {
		DocumentMetadata m = read("""
				某某盟行政公署办公室公文处理实施细则.docx
				- 文档编号:5043956
				- 格式:DOCX
				某某盟行政公署办公室公文处理实施细则.docx
				某某盟行政公署办公室关于印发某某盟行政公署办公室公文处理实施细则的通知
				(某署办发〔2007〕22号)
				各旗人民政府，行署各委、办、局：
				现将修改完善后的《某某盟行政公署办公室公文处理实施细则》印发给你们，望认真贯彻执行。
				二○○七年六月五日
				""");
		assertThat(m.title()).isEqualTo("某某盟行政公署办公室关于印发某某盟行政公署办公室公文处理实施细则的通知");
		assertDocNumber(m, "某署办发〔2007〕22号");
	}

}
