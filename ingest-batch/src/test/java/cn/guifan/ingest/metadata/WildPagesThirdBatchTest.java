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
class WildPagesThirdBatchTest {

	private static DocumentMetadata read(String text) {
		return MetadataExtractor.standard().extract(text, "page.html");
	}

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
		assertThat(m.docNumber()).isNotNull();
		assertThat(m.docNumber().normalized()).isEqualTo("某某县新型冠状病毒肺炎疫情防控指挥部通告〔2022〕3号");
		assertThat(m.provenanceOf(MetadataField.DOC_NUMBER).source()).isEqualTo(FieldSource.DERIVED);
	}

	@Test
	void aSerialAppendedToAboutTitleTakesTheOrganOfTheSignature() {
		DocumentMetadata m = read("""
				关于在全县实行静态管理的通告(2022年第76号通告)

				根据当前我县疫情防控形势，经县疫情防控指挥部研究，决定在全县实行3天静态管理。现将有关事项通告如下：

				一、静态管理时间：8月30日0时-9月1日24时。

				某某县新型冠状病毒感染的

				肺炎疫情防控指挥部

				2022年8月30日
				""");
		assertThat(m.title()).isEqualTo("关于在全县实行静态管理的通告");
		// The signature's organ, broken over two lines, is one organ.
		assertThat(m.issuers()).containsExactly("某某县新型冠状病毒感染的肺炎疫情防控指挥部");
		assertThat(m.signedDate()).isEqualTo(LocalDate.of(2022, 8, 30));
		assertThat(m.docNumber()).isNotNull();
		assertThat(m.docNumber().normalized()).isEqualTo("某某县新型冠状病毒感染的肺炎疫情防控指挥部通告〔2022〕76号");
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
		assertThat(m.docNumber()).isNotNull();
		assertThat(m.docNumber().normalized()).isEqualTo("某某县新型冠状病毒感染的肺炎防控指挥部令第2号");
		assertThat(m.issuers()).containsExactly("某某县新型冠状病毒感染的肺炎防控指挥部");
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

}
