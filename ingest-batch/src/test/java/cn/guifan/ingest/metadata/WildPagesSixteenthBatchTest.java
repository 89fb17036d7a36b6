package cn.guifan.ingest.metadata;

import java.time.LocalDate;

import cn.guifan.schemas.document.DocumentKind;
import cn.guifan.schemas.document.DocumentMetadata;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Shapes of pages the sixteenth batch of the wild set's tune part showed (the search
 * tool's {@code pages} corpus asked for rules of thin places and their amending
 * decisions, 批复, replies and task lists), as made-up examples: a document-sharing site's
 * blurb above an order, the official and the date of an order's signature on one line, a
 * promulgation sentence that lost its opening 《, a wiki's edit link after a heading, a
 * title whose issuer stands before 贯彻 under a municipality's number, a listing page's
 * column heading above its first item's bullet, and a table's label whose spaces a page
 * turned into question marks.
 */
class WildPagesSixteenthBatchTest extends WildPageHarness {

	private static final String SHARED_ORDER = """
			青禾省河道采砂管理办法(青禾省人民政府令第88号,2009年3月1日起施行)

			时间:2019-05-14 09:10:08下载本文作者:会员上传
			简介:某某文库小编为你整理了多篇相关的《青禾省河道采砂管理办法(青禾省人民政府令第88号,2009年3月1日起施行)》,但愿对你工作学习有帮助,当然你在某某文库还可以找到更多《青禾省河道采砂管理办法(青禾省人民政府令第88号,2009年3月1日起施行)》。

			第一篇:青禾省河道采砂管理办法(青禾省人民政府令第88号,2009年3月1日起施行)

			青禾省河道采砂管理办法

			青禾省人民政府令第88号

			《青禾省河道采砂管理办法》已经2008年12月20日省人民政府第9次常务会议审议通过,现予发布,自2009年3月1日起施行。

			省长 某某 二○○九年一月五日

			青禾省河道采砂管理办法

			第一条 为加强河道采砂管理,维护河势稳定,根据有关法律、法规,结合本省实际,制定本办法。

			第二条 在本省行政区域内河道采砂,适用本办法。
			""";

	@Test
	void aDocumentSharingSitesBlurbIsNoPartOfTheHead() {
		DocumentMetadata m = read(SHARED_ORDER);
		assertDocNumber(m, "青禾省人民政府令第88号");
		assertThat(m.issuers()).containsExactly("青禾省人民政府");
		assertThat(m.kind()).isEqualTo(DocumentKind.RULE);
	}

	@Test
	void theOfficialAndTheDateOfAnOrdersSignatureOnOneLine() {
		DocumentMetadata m = read(SHARED_ORDER);
		assertThat(m.signedDate()).isEqualTo(LocalDate.of(2009, 1, 5));
	}

	@Test
	void aPromulgationSentenceThatLostItsOpeningBracketStillNamesTheRule() {
		DocumentMetadata m = read("""
				青禾市人民政府令第31号

				青禾市人民政府关于修改〈青禾市停车场管理办法〉等三项规章的决定》已经2012年5月8日市人民政府第20次常务会议审议通过,现予公布,自公布之日起施行。

				市 长  某某
				二〇一二年五月二十日

				青禾市人民政府关于修改《青禾市停车场管理办法》等三项规章的决定

				市人民政府决定对《青禾市停车场管理办法》等三项规章作如下修改:
				""");
		assertThat(m.title()).isEqualTo("青禾市人民政府关于修改《青禾市停车场管理办法》等三项规章的决定");
	}

	@Test
	void aWikisEditLinkAfterAHeadingIsNoPartOfTheTitle() {
		DocumentMetadata m = read("""
				青禾县人民政府关于印发青禾县殡葬管理办法的通知[编辑]

				青政发〔2010〕12号

				各乡镇人民政府,县直各单位:

				现将《青禾县殡葬管理办法》印发给你们,请认真贯彻执行。

				二〇一〇年三月二日
				""");
		assertThat(m.title()).isEqualTo("青禾县人民政府关于印发青禾县殡葬管理办法的通知");
	}

	@Test
	void aTitlesIssuerEndsBefore贯彻AndAMunicipalitysNumberNamesTheCity() {
		DocumentMetadata m = read("""
				市政府贯彻国务院关于加快发展养老服务业若干意见的实施意见
				   沪府发〔2014〕28号

				各区、县人民政府,市政府各委、办、局:
				  为贯彻《国务院关于加快发展养老服务业的若干意见》,结合本市实际,现提出如下实施意见:
				  一、总体要求
				""");
		assertThat(m.issuers()).containsExactly("上海市人民政府");
	}

	@Test
	void aListingPagesColumnHeadingAboveTheFirstItemsBulletIsNoPartOfTheTitle() {
		DocumentMetadata m = read("""
				工作动态
				  • 青禾市农业农村局关于做好2021年度春耕备耕工作的通知 2021-03-02

				  各区县农业农村局:
				  为做好今年春耕备耕工作,现将有关事项通知如下:
				  一、抓好农资供应
				""");
		assertThat(m.title()).isEqualTo("青禾市农业农村局关于做好2021年度春耕备耕工作的通知");
	}

	@Test
	void aTablesLabelWhoseSpacesBecameQuestionMarksIsStillItsLabel() {
		DocumentMetadata m = read("""
				索引号: | 00123456-7/201905-00011 | 信息分类: | 县政府文件 |
				---|---|---|---|
				成文日期: | 2019/05/06 | 发布日期: | 2019/05/08 |
				標??題: | 青禾縣人民政府關于同意設立東坡社區的批復 | ||
				發文字號: | 青政秘〔2019〕7號 | 關鍵詞: |
				東坡街道辦事處:
				你辦《關于設立東坡社區的請示》悉。經研究,同意設立東坡社區。
				青禾縣人民政府
				2019年5月6日
				""");
		assertThat(m.title()).isEqualTo("青禾縣人民政府關于同意設立東坡社區的批復");
	}

}
