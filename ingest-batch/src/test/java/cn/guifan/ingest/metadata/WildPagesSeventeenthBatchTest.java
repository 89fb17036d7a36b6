package cn.guifan.ingest.metadata;

import cn.guifan.schemas.document.DocumentMetadata;
import cn.guifan.schemas.document.FieldSource;
import cn.guifan.schemas.document.MetadataField;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Shapes of pages the seventeenth batch of the wild set's tune part showed (the search
 * tool's {@code pages} corpus asked for departments' 批复, replies to deputies, road
 * closures and 区划 批复 of thin places), as made-up examples: a county whose name starts
 * with a level's character (镇原县), a traffic police brigade signed in its short form
 * (交管大队), a province's 批复 whose title lost the province (人民政府关于…, 黔府函), and a compilation
 * page's heading above 第一篇 and a document without its title.
 */
class WildPagesSeventeenthBatchTest extends WildPageHarness {

	@Test
	void aCountyWhoseNameStartsWith镇IsNoOrganWithoutItsPlace() {
		DocumentMetadata m = read("""
				索引号
				zyx_czj/2024-00031
				发布机构
				县财政局
				文  号
				日期
				2024-11-02
				镇原县财政局关于对镇原县第十八届人民代表大会第三次会议代表第0021号建议的答复函

				王某某等2名代表:

				你们在县十八届人大三次会议期间提出的《关于加快农村公路养护资金拨付的建议》,已交由镇原县财政局办理,现将办理情况答复如下:

				一、办理工作开展情况
				""");
		assertThat(m.issuers()).containsExactly("镇原县财政局");
	}

	@Test
	void aTrafficPoliceBrigadeInItsShortFormIsThePlacesPoliceBureausBrigade() {
		DocumentMetadata m = read("""
				道路封闭通告

				因县道施工需要,施工期间将对施工路段进行封闭管理,所有车辆禁止从施工封闭路段通行,现将有关事项通告如下:

				一、封闭施工时间:2025年7月1日至2025年7月30日。

				二、车辆从周边公路绕行。

				特此通告

				青禾县交通运输局

				青禾县交管大队

				2025年6月25日
				""");
		assertThat(m.issuers()).containsExactly("青禾县交通运输局", "青禾县公安局交通管理大队");
	}

	@Test
	void aProvincesReplyWhoseTitleLostTheProvinceIsTheProvincesUnderItsOwnNumber() {
		DocumentMetadata m = read("""
				人民政府关于同意青禾县部分乡镇
				行政区划调整的批复
				黔府函〔2016〕22号
				青禾市人民政府:
				你市《关于青禾县乡级政区划调整的请示》收悉。经研究,现批复如下:
				一、同意撤销东坡乡建制,设置东坡镇,撤乡设镇后行政区域和政府驻地不变。
				""");
		assertThat(m.issuers()).containsExactly("贵州省人民政府");
	}

	@Test
	void aCitysOwnNumberThatLooksLikeAProvincesCompletesNoProvince() {
		// 苏府 numbers 苏州's government, not 江苏省's (which numbers with 苏政).
		DocumentMetadata m = read("""
				人民政府关于同意青禾县部分乡镇
				行政区划调整的批复
				苏府函〔2016〕22号
				青禾市人民政府:
				你市《关于青禾县乡级政区划调整的请示》收悉。经研究,现批复如下:
				一、同意撤销东坡乡建制,设置东坡镇,撤乡设镇后行政区域和政府驻地不变。
				""");
		assertThat(m.issuers()).noneMatch((issuer) -> issuer.startsWith("江苏省"));
	}

	@Test
	void aCompilationPagesHeadingAbove第一篇IsNotTheDocumentsTitle() {
		DocumentMetadata m = read("""
				2016年撤乡设镇批复
				第一篇
				青禾市人民政府:
				你市《关于青禾县东坡乡撤乡设镇的请示》(青政〔2016〕41号)收悉,经研究并报省人民政府批准,现批复如下:
				一、同意撤销东坡乡,设立东坡镇,镇人民政府驻东坡村。
				二、请认真做好行政区划调整相关工作。
				青禾省民政厅
				2016年5月4日
				主动公开
				""");
		assertThat(m.provenanceOf(MetadataField.TITLE).source()).isEqualTo(FieldSource.FILE_NAME);
		assertThat(m.issuers()).containsExactly("青禾省民政厅");
	}

	@Test
	void aForumThreadsHeadlineThatEndsInAnOrganIsNoBannerOrgan() {
		DocumentMetadata m = read("""
				青禾县政府通令嘉奖县公安局
				各乡镇人民政府,县政府各部门和直属单位:
				今年以来,县公安局认真履行职责,全县社会治安形势持续向好。为此,县政府决定对县公安局予以通令嘉奖。希望县公安局认真总结经验,再创佳绩。
				青禾县人民政府
				二○一二年六月二十七日 再接再厉! 县政府应该再发一个嘉奖令
				领导有方 好! 戒骄戒躁,明年再交一份满意答卷。
				""");
		assertThat(m.issuers()).containsExactly("青禾县人民政府");
	}

}
