package cn.guifan.ingest.metadata;

import java.time.LocalDate;

import cn.guifan.schemas.document.Disagreement;
import cn.guifan.schemas.document.DocumentKind;
import cn.guifan.schemas.document.DocumentMetadata;
import cn.guifan.schemas.document.FieldSource;
import cn.guifan.schemas.document.MetadataField;
import cn.guifan.schemas.document.SiteField;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Documents as web pages and law-database mirrors print them (made-up examples of the
 * shapes the wild set holds): site tables in every layout, titles with what sites append,
 * numbers and dates where the document does not print them, traditional script and
 * injected pinyin, and the kind by substance. Each field carries where it came from.
 */
class WildPagesTest extends WildPageHarness {

	@Test
	void aTableWithBulletsAndValuesOnTheirOwnLinesIsTheSitesWord() {
		DocumentMetadata m = read("""
				某县人民政府工作规则

				  • 索引号:

				    0000000000/2024-001005
				  • 主题分类:

				  • 发文机构:

				    县政府网站
				  • 发文字号:

				    某政发〔2024〕7号
				  • 发文日期:

				    2024年04月06日 16:40
				  • 内容概述:

				某县人民政府工作规则

				第一章总则

				一、根据有关法律，结合本县实际，制定本规则。
				""");
		assertThat(m.siteFields()).contains(new SiteField("索引号", "0000000000/2024-001005"),
				new SiteField("发文字号", "某政发〔2024〕7号"));
		assertThat(m.docNumber().normalized()).isEqualTo("某政发〔2024〕7号");
		assertThat(m.provenanceOf(MetadataField.DOC_NUMBER).source()).isEqualTo(FieldSource.SITE_TABLE);
		assertThat(m.signedDate()).isEqualTo(LocalDate.of(2024, 4, 6));
		assertThat(m.provenanceOf(MetadataField.SIGNED_DATE).source()).isEqualTo(FieldSource.SITE_TABLE);
		// 县政府网站 names the site, not the issuer: the title starts with the organ.
		assertThat(m.issuers()).containsExactly("某县人民政府");
		assertThat(m.title()).isEqualTo("某县人民政府工作规则");
		assertThat(m.kind()).isEqualTo(DocumentKind.OTHER);
		assertThat(m.kindReason()).contains("工作规则");
	}

	@Test
	void aTableDrawnWithBarsAndOneWithoutColons() {
		DocumentMetadata bars = read("""
				索 引 号: | 主题分类: | 市政府文件 | |
				发文机关: | 某市政府 | 成文日期: | |
				标 题: | 某政发〔2010〕22号 某市人民政府关于表彰先进单位的决定 | ||
				发文字号: | 发布日期: | 2010-12-13 | |
				主 题 词: |
				某政发〔2010〕22号 某市人民政府关于表彰先进单位的决定
				各县、区人民政府，市政府各部门：
				为表彰先进，市政府决定，授予某县人民政府等3个单位“先进单位”称号，并给予通报表扬。
				""");
		assertThat(bars.title()).isEqualTo("某市人民政府关于表彰先进单位的决定");
		assertThat(bars.docNumber().normalized()).isEqualTo("某政发〔2010〕22号");
		assertThat(bars.signedDate()).as("a 发布日期 is no 成文日期").isNull();
		assertThat(bars.kind()).isEqualTo(DocumentKind.OTHER);
		assertThat(bars.kindReason()).contains("表彰");

		DocumentMetadata spaced = read("""
				索引号 001008003004034/2011-204477 主题分类 综合类
				文号 某政办〔2011〕129号 发布机构 市市级机关事务管理局信息公开
				成文日期 2011-09-01 有效性
				某政办(2011)129号 转发某市推行说理性行政处罚文书指导意见的通知

				某市人民政府办公室
				转发某市推行说理性行政处罚文书指导意见的通知

				市政府直属各单位：

				为加快法治政府建设，市政府决定在全市推行说理性行政处罚文书，现转发给你们，请认真贯彻执行。

				二○一一年八月九日
				""");
		assertThat(spaced.siteFields()).contains(new SiteField("成文日期", "2011-09-01"));
		assertThat(spaced.title()).isEqualTo("某市人民政府办公室转发某市推行说理性行政处罚文书指导意见的通知");
		assertThat(spaced.signedDate()).as("the body wins").isEqualTo(LocalDate.of(2011, 8, 9));
		assertThat(spaced.disagreements())
			.contains(new Disagreement(MetadataField.SIGNED_DATE, "2011-08-09", "2011-09-01"));
		assertThat(spaced.issuers()).containsExactly("某市人民政府办公室");
	}

	@Test
	void aLawDatabaseRecordHeaderWithTraditionalScriptAndPinyin() {
		DocumentMetadata m = read("""
				- 【發(fā)布單位】福建省福州市
				- 【發(fā)布文號】福州市人民政府令第35號
				- 【發(fā)布日期】2006-12-19
				- 【所屬類別】地方法規(guī)
				福州市煙花爆竹燃放管理規(guī)定
				(福州市人民政府令第35號)
				《福州市煙花爆竹燃放管理規(guī)定》已經(jīng)2006年12月12日市人民政府第47次常務(wù)會議通過,現(xiàn)予發(fā)布,自2007年2月1日起施行。
				市 長:某某某
				二○○六年十二月十九日
				""");
		// The record keeps the script as found; the normalized number is simplified.
		assertThat(m.title()).isEqualTo("福州市煙花爆竹燃放管理規定");
		assertThat(m.docNumber().normalized()).isEqualTo("福州市人民政府令第35号");
		assertThat(m.docNumber().printed()).contains("號");
		assertThat(m.signedDate()).isEqualTo(LocalDate.of(2006, 12, 19));
		assertThat(m.issuers()).containsExactly("福州市人民政府");
		assertThat(m.kind()).isEqualTo(DocumentKind.RULE);
		assertThat(m.siteFields()).contains(new SiteField("所属类别", "地方法规"));
	}

	@Test
	void aTraditionalNumberIsNormalizedInSimplifiedScript() {
		DocumentMetadata m = read(
				"某府辦〔2011〕7號\n\n關于印發某縣道路管理辦法的通知\n\n各鄉鎮人民政府：\n\n現將《某縣道路管理辦法》印發給你們，請認真貫徹執行。\n\n某縣人民政府辦公室\n\n二〇一一年三月三十日\n");
		assertThat(m.docNumber().normalized()).isEqualTo("某府办〔2011〕7号");
		assertThat(m.docNumber().printed()).isEqualTo("某府辦〔2011〕7號");
		assertThat(m.title()).isEqualTo("關于印發某縣道路管理辦法的通知");
		assertThat(m.issuers()).containsExactly("某县人民政府办公室");
		assertThat(m.kind()).isEqualTo(DocumentKind.NORMATIVE_DOCUMENT);
	}

	@Test
	void aTitleWithoutWhatTheSiteAppended() {
		assertThat(read("【已失效】某市人民政府关于印发某市停车管理办法的通知（某府〔2017〕46号）\n\n各县（区）人民政府：\n\n现将《某市停车管理办法》印发给你们。\n").title())
			.isEqualTo("某市人民政府关于印发某市停车管理办法的通知");
		assertThat(read("政务服务丨某市人民政府关于深化改革的实施意见\n- 发布日期:2021-07-19\n\n各县人民政府：\n\n为深化改革，提出如下意见。\n").title())
			.isEqualTo("某市人民政府关于深化改革的实施意见");
		assertThat(read("市发展改革委市财政局关于考务费收费标准的函 2020-11-13\n\n      市教委:\n          你委来函收悉。现将有关事项函复如下。\n").title())
			.isEqualTo("市发展改革委市财政局关于考务费收费标准的函");
		DocumentMetadata cut = read(
				"某县人民政府办公室关于印发某县食品安全工作方案的通...\n\n某政办发〔201699\n\n各乡镇人民政府：\n\n现将《某县食品安全工作方案》印发给你们。\n\n某县人民政府办公室\n\n2016729\n");
		assertThat(cut.title()).isEqualTo("某县人民政府办公室关于印发某县食品安全工作方案的通知");
		assertThat(cut.docNumber().normalized()).isEqualTo("某政办发〔2016〕99号");
		assertThat(cut.provenanceOf(MetadataField.DOC_NUMBER).confidence()).isNotNull();
		assertThat(cut.signedDate()).isEqualTo(LocalDate.of(2016, 7, 29));
		assertThat(cut.provenanceOf(MetadataField.SIGNED_DATE).inferred()).isTrue();
	}

	@Test
	void aListPrintsTheNumberAfterTheTitleAndTheSignatureCarriesItsSealAndNote() {
		DocumentMetadata m = read(
				"某县人民政府办公室关于印发某县农村饮水管理办法的通知　某政办〔2021〕12号\n\n各乡镇人民政府：\n\n现将《某县农村饮水管理办法》印发给你们。\n\n某县人民政府办公室（印）\n\n2021.3.15（此件公开发布）\n");
		assertThat(m.title()).isEqualTo("某县人民政府办公室关于印发某县农村饮水管理办法的通知");
		assertThat(m.docNumber().normalized()).isEqualTo("某政办〔2021〕12号");
		assertThat(m.signedDate()).isEqualTo(LocalDate.of(2021, 3, 15));
		assertThat(m.issuers()).containsExactly("某县人民政府办公室");
	}

	@Test
	void aSiteLabelRunningIntoTheTitleIsCut() {
		DocumentMetadata m = read(
				"标题:某县人民政府关于印发某县行政规范性文件管理办法的通知发文机关:某县人民政府办公室\n\n某政发〔2021〕1号\n\n各乡镇人民政府：\n\n现将《某县行政规范性文件管理办法》印发给你们。\n\n某县人民政府\n\n2021年3月26日\n");
		assertThat(m.title()).isEqualTo("某县人民政府关于印发某县行政规范性文件管理办法的通知");
		assertThat(m.issuers()).containsExactly("某县人民政府");
		assertThat(m.disagreements()).extracting(Disagreement::field).contains(MetadataField.ISSUERS);
	}

	@Test
	void theFileNameIsNoTitleWhenTheTextHasNone() {
		DocumentMetadata m = MetadataExtractor.standard().extract("各科室：\n\n请做好有关工作。\n", "19.txt");
		assertThat(m.title()).isEqualTo("19");
		assertThat(m.provenanceOf(MetadataField.TITLE).source()).isEqualTo(FieldSource.FILE_NAME);
		assertThat(m.provenanceOf(MetadataField.TITLE).confidence()).isLessThan(0.5);
	}

	@Test
	void aSignatureWithOnlyADateTakesTheIssuerFromTheTitle() {
		DocumentMetadata m = read("""
				某市人民政府关于印发某市道路交通安全管理特别规定(试行)的通知

				各县(区)人民政府，市直各单位：

				《某市道路交通安全管理特别规定(试行)》已经市人民政府常务会议讨论通过，现印发给你们，请认真遵照执行。



				二OO六年二月二十日
				""");
		assertThat(m.signedDate()).isEqualTo(LocalDate.of(2006, 2, 20));
		assertThat(m.issuers()).containsExactly("某市人民政府");
		assertThat(m.provenanceOf(MetadataField.ISSUERS).note()).contains("标题");
		assertThat(m.kind()).isEqualTo(DocumentKind.NORMATIVE_DOCUMENT);
	}

	@Test
	void anAbbreviatedSignatureIsCompletedFromTheTitle() {
		DocumentMetadata m = read(
				"某某县自然资源局关于印发某某县采矿权出让管理办法的通知\n\n各乡镇人民政府：\n\n现将《某某县采矿权出让管理办法》印发给你们，请遵照执行。\n\n县自然资源局\n\n2022年5月6日\n");
		assertThat(m.issuers()).containsExactly("某某县自然资源局");
		assertThat(m.provenanceOf(MetadataField.ISSUERS).inferred()).isTrue();
	}

	@Test
	void aPlacelessGovernmentIsCompletedFromTheSiteOrTheNumbersProvince() {
		DocumentMetadata site = read(
				"县人民政府关于分解落实2022年重点工作任务的通知\n\n主题分类: 政务公开 发文单位: 通山县人民政府\n\n各乡镇人民政府：\n\n现将重点任务分解落实有关事项通知如下。\n");
		assertThat(site.issuers()).containsExactly("通山县人民政府");
		DocumentMetadata province = read("省人民政府关于进一步优化营商环境的若干意见\n鄂政发〔2018〕26号\n\n各市人民政府：\n\n为优化营商环境，提出如下意见。\n");
		assertThat(province.issuers()).containsExactly("湖北省人民政府");
		assertThat(province.kind()).isEqualTo(DocumentKind.NORMATIVE_DOCUMENT);
	}

	@Test
	void jointIssuersSeparatedByOneSpace() {
		DocumentMetadata m = read(
				"某省农业农村厅 某省财政厅\n关于印发《某省农机购置补贴实施方案》的通知\n某农规〔2024〕9号\n\n各市农业农村局、财政局：\n\n现将方案印发给你们。\n\n某省农业农村厅 某省财政厅\n\n2024年12月11日\n");
		assertThat(m.issuers()).containsExactly("某省农业农村厅", "某省财政厅");
		assertThat(m.kind()).as("a 规 number outweighs 方案").isEqualTo(DocumentKind.NORMATIVE_DOCUMENT);
	}

	@Test
	void otherDocumentsByTheirSubstance() {
		assertOther("某省人民政府关于某县撤乡设镇的批复\n\n某市人民政府：\n\n你市请示收悉。经研究，同意撤乡设镇。\n\n2017年9月19日\n", "批复");
		assertOther("某县人民政府办公室关于印发2020年政府工作报告重点工作任务分解表的通知\n\n各乡镇人民政府：\n\n现将任务分解表印发给你们。\n", "分解");
		assertOther("关于对《某市停车设施管理办法(草案)》公开征求意见的公告\n\n为提高立法质量，现公开征求意见。\n", "征求意见");
		assertOther("某市人民政府办公室关于召开2008年秋季造林动员大会的通知\n\n各乡镇人民政府：\n\n定于10月9日召开会议。\n", "会议");
		assertOther("某市人民政府办公室关于转发某市城乡建设投资(集团)有限公司管理办法的通知\n\n各县区人民政府：\n\n现转发给你们。\n", "企业");
		assertOther("某市人民政府关于印发2020年政务公开工作要点的通知\n\n各县区人民政府：\n\n现将工作要点印发给你们。\n", "要点");
		assertOther("某市安全生产委员会关于印发《2011年度市级单位安全生产综合目标管理责任制考核办法》的通知\n\n市级各有关单位：\n\n现印发给你们。\n", "考核");
		assertOther("关于向困难群众发放疫情防控期间临时救助金的通知\n\n各街道：\n\n现就发放有关事项通知如下。\n", "期间");
	}

	@Test
	void normativeDocumentsByTheirSubstance() {
		assertNormative("某市发展改革委 某市财政局关于高考考务费收费标准的函\n\n市教委：\n\n现将有关事项函复如下：考务费标准为每人每科次40元。本通知自2021年高考报名开始执行。\n", "标准");
		assertNormative("某市人民政府关于划定高污染燃料禁燃区的通告\n\n为改善空气质量，现通告如下：禁燃区内禁止使用高污染燃料。\n", "禁");
		assertNormative("某镇关于公布规范性文件清理结果的通知\n\n各村：\n\n经清理，3件文件废止，其余继续有效。\n", "清理");
	}

	@Test
	void anOrderIsARuleOnlyWhereTheGovernmentMayMakeRules() {
		assertThat(read("某某市人民政府令\n\n第8号\n\n《某某市河道管理办法》已经2010年市人民政府常务会议通过，现予公布。\n\n市长　某某某\n\n二〇一〇年一月十日\n").kind())
			.as("a city without rule-making power before 2015")
			.isEqualTo(DocumentKind.NORMATIVE_DOCUMENT);
		assertThat(read("宁波市人民政府令\n\n第8号\n\n《宁波市河道管理办法》已经2010年市人民政府常务会议通过，现予公布。\n\n市长　某某某\n\n二〇一〇年一月十日\n").kind())
			.isEqualTo(DocumentKind.RULE);
		assertThat(read("某某市人民政府令\n\n第8号\n\n《某某市河道管理办法》已经2020年市人民政府常务会议通过，现予公布。\n\n市长　某某某\n\n二〇二〇年一月十日\n").kind())
			.isEqualTo(DocumentKind.RULE);
	}

	@Test
	void theKindIsAlwaysAnInference() {
		DocumentMetadata m = read("某市人民政府关于某县撤乡设镇的批复\n\n某市人民政府：\n\n同意。\n");
		assertThat(m.provenanceOf(MetadataField.KIND).source()).isEqualTo(FieldSource.DERIVED);
		assertThat(m.provenanceOf(MetadataField.KIND).confidence()).isBetween(0.0, 1.0);
	}

	@Test
	void everyFieldWithAValueSaysWhereItComesFromAndNothingInferredPassesForPrinted() {
		DocumentMetadata m = read("""
				发布机构: 某县人民政府办公室 发布日期: 2022-03-20 公开方式: 主动公开

				某县人民政府办公室文件

				某政办规〔2022〕2号

				某县人民政府办公室关于印发《某县城区占道经营管理办法》的通知

				各乡镇人民政府，县直各单位：

				现将《某县城区占道经营管理办法》印发给你们，请认真贯彻执行。本办法自印发之日起施行，有效期5年。

				某县人民政府办公室

				2022年3月15日
				""");
		assertThat(m.effectiveDate()).isEqualTo(LocalDate.of(2022, 3, 15));
		assertThat(m.provenanceOf(MetadataField.EFFECTIVE_DATE).inferred()).isTrue();
		assertThat(m.provenanceOf(MetadataField.EXPIRY_DATE).inferred()).isTrue();
		assertThat(m.provenanceOf(MetadataField.PUBLISHED_DATE).source()).isEqualTo(FieldSource.SITE_TABLE);
		assertThat(m.provenanceOf(MetadataField.DISCLOSURE).source()).isEqualTo(FieldSource.SITE_TABLE);
		assertThat(m.provenanceOf(MetadataField.SIGNED_DATE).source()).isEqualTo(FieldSource.BODY);
		assertThat(m.provenanceOf(MetadataField.SIGNED_DATE).inferred()).isFalse();
		for (MetadataField field : new MetadataField[] { MetadataField.TITLE, MetadataField.DOC_NUMBER,
				MetadataField.ISSUERS, MetadataField.ADDRESSEES, MetadataField.VALIDITY, MetadataField.KIND }) {
			assertThat(m.provenanceOf(field)).as(field.label()).isNotNull();
		}
		assertThat(m.provenanceOf(MetadataField.INDEX_NUMBER)).as("no value, no provenance").isNull();
	}

}
