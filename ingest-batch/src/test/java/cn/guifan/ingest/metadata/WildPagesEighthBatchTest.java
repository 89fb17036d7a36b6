package cn.guifan.ingest.metadata;

import cn.guifan.schemas.document.DocumentKind;
import cn.guifan.schemas.document.DocumentMetadata;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Shapes of documents as a repository of Markdown files keeps them (made-up examples of
 * what the eighth batch of the wild set's tune part showed): a record header above “#
 * 标题”, a rule whose 题注 names the order that promulgated it, a district named with its
 * city only by the header, a bureau whose name holds a 市 of its own, and a division's 规
 * that is no mark of the normative series.
 */
class WildPagesEighthBatchTest extends WildPageHarness {

	private static String record(String title, String number, String organ, String body) {
		return "---\n标题: " + title + "\n文号: " + number + "\n发布单位: " + organ
				+ "\n发布日期: 2024-03-01\n层级: 区级\n类型: 办法\n分类: 市政\n状态: 有效\n官方链接: https://example.gov.cn/zhengce/1\n---\n\n"
				+ "> 本文正文由脚本自官方公开页面提取，仅供检索查阅；以[官方链接](https://example.gov.cn/zhengce/1)发布版本为准。\n"
				+ "> 依《中华人民共和国著作权法》第五条第一项，具有立法、行政、司法性质的文件不适用著作权法。\n\n# " + title + "\n\n" + body;
	}

	@Test
	void theOrderInTheHistoryNoteUnderAMarkdownHeadingIsTheRulesNumber() {
		DocumentMetadata m = read(record("青禾市住宅物业消防安全管理办法", "-", "青禾市人民政府", """
				青禾市住宅物业消防安全管理办法

				（2017年7月18日青禾市人民政府令第55号公布　自2017年9月1日起施行）

				第一章   总则

				第一条（目的和依据）

				为了加强本市住宅物业消防安全管理，预防和减少火灾危害，保护人身、财产安全，根据有关法律、法规，制定本办法。

				第二条（适用范围）

				本市行政区域内与住宅物业有关的消防安全责任、消防设施器材和标志的设置维护，适用本办法。
				"""));
		assertDocNumber(m, "青禾市人民政府令第55号");
		assertThat(m.kind()).isEqualTo(DocumentKind.RULE);
		assertThat(m.signedDate()).isNull();
	}

	@Test
	void aDistrictNamedWithoutItsCityTakesTheCityFromTheRecordHeader() {
		DocumentMetadata m = read(record("浦江新区人民政府关于印发《浦江新区人防工程管理若干规定》的通知", "浦府管规〔2023〕6号", "青禾市浦江新区人民政府", """
				区政府各委、办、局，各街道办事处、镇政府：

				现将《浦江新区人防工程管理若干规定》印发给你们，请认真按照执行。

				2023年12月25日

				浦江新区人防工程管理若干规定

				第一条  (目的和依据)

				为了加强本区人防工程建设和使用管理，提高城市整体防护能力，结合本区实际，制定本规定。
				"""));
		assertThat(m.issuers()).containsExactly("青禾市浦江新区人民政府");
	}

	@Test
	void aBureauWhoseNameHoldsACityCharacterKeepsItsCity() {
		DocumentMetadata m = read("""
				关于公布第二批青禾市森林乡村名单的通知

				各涉林区绿化市容局：

				经各区林业主管部门推荐，我局组织评审、公示、审查，现对第二批43个青禾市森林乡村名单予以公布（见附件）。

				特此通知。

				附件：青禾市森林乡村名单（第二批）

				青禾市绿化和市容管理局

				2025年1月14日

				附件

				青禾市森林乡村名单（第二批）

				东江区

				（5个）

				张江镇长元村、新场镇果园村、康桥镇沿北村
				""");
		assertThat(m.issuers()).containsExactly("青禾市绿化和市容管理局");
		assertThat(Organs.withoutHigherPlace("许昌市禹州市梁北镇人民政府")).isEqualTo("禹州市梁北镇人民政府");
	}

	@Test
	void aDivisionsPlanningMarkInTheNumberIsNoNormativeSeries() {
		String letter = """
				关于开展2024年本市海绵城市建设工作的函

				青建综规〔2024〕61号

				各区人民政府，各管委会：

				按照规划要求和市政府工作部署，为进一步做好2024年本市海绵城市建设工作，有关要求通知如下：

				一、工作目标

				本市新增城市建成区50平方公里达到海绵城市建设要求，建设约100个海绵示范工程。

				二、相关要求

				请各区于3月底前报送今年计划达标区域，开展达标评估工作。

				青禾市住房和城乡建设管理委员会

				2024年2月1日
				""";
		DocumentMetadata m = read(letter);
		assertDocNumber(m, "青建综规〔2024〕61号");
		assertThat(m.kind()).isEqualTo(DocumentKind.OTHER);
		assertThat(KindBySubstance.normativeSeries("青规划资源总")).isFalse();
		assertThat(KindBySubstance.normativeSeries("青规划资源规")).isTrue();
		assertThat(KindBySubstance.normativeSeries("青府办规")).isTrue();
	}

}
