package cn.guifan.ingest.metadata;

import cn.guifan.schemas.document.DocumentKind;
import cn.guifan.schemas.document.DocumentMetadata;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Shapes of documents as web pages print them (made-up examples of the tune misses the
 * sixth batch left): a rule's or a regulation's 题注 that a page breaks after its date or
 * prints under the title repeated below a site table; a notice below a sharing site's or
 * an encyclopedia's lead, with its number in brackets; an office named whole; issuers a
 * body names as deciding or planning, or a title names by its place alone; the 安委会 short
 * form; a 公告 of a resource ban and a reproduced 通告 for the kind.
 */
class WildPagesTuneMissesTest extends WildPageHarness {

	@Test
	void aRulesNoteBrokenAfterItsDateStillNamesTheOrderThatPromulgatedIt() {
		// A wiki's section of a government rule: no banner, no signature, the 题注 broken
		// after its first date. The order that promulgated the rule gives its number, its
		// issuer and its kind.
		DocumentMetadata m = read("""
				修订的办法
				（2016年11月14日
				青禾市人民政府令〔2016〕第8号公布，根据2019年7月17日市人民政府第68次常务会议讨论通过的《青禾市人民政府关于修改〈青禾市机动车停车场管理办法〉的决定》修改）
				第一章 总则
				第一条 为了加强机动车停车场的管理，规范停车秩序，根据有关法律、法规的规定，结合本市实际，制定本办法。
				第二条 本市城市规划区范围内机动车停车场的规划、建设、使用及其相关管理活动，适用本办法。
				""");
		assertDocNumber(m, "青禾市人民政府令〔2016〕8号");
		assertThat(m.issuers()).containsExactly("青禾市人民政府");
		assertThat(m.kind()).isEqualTo(DocumentKind.RULE);
	}

	@Test
	void aRegulationATownRepostsUnderItsSiteTableIsTheCongresssThatAdoptedIt() {
		// The town's site table names the town as publisher; the regulation's 题注, under
		// the title repeated below the table, names the congress that adopted it.
		DocumentMetadata m = read("""
				青禾市立法条例
				索引号 | 6207250033/2025-00049 | 发文字号 | |
				关键词 | 发布机构 | 石桥镇 | |
				公开形式 | 主动公开 | 公开目录 | |
				生成日期 | 2025-04-18 16:26:24 | 是否有效 | 是 |
				青禾市立法条例
				（2016年11月13日青禾市第四届人民代表大会第一次会议通过　2017年3月30日某某省第十二届人民代表大会常务委员会第三十次会议批准）
				第一章　总　则
				第一条　为了规范市人民代表大会及其常务委员会的立法活动，完善立法程序，根据《中华人民共和国立法法》，结合本市实际，制定本条例。
				""");
		assertThat(m.issuers()).containsExactly("青禾市人民代表大会");
		assertThat(m.kind()).isEqualTo(DocumentKind.LOCAL_REGULATION);
	}

	@Test
	void aNoticeBelowASharingSitesFileNameIsReadWithItsBracketedNumber() {
		// A document-sharing page: the file's name, the site's lines and a sentence of
		// the site above the notice; the notice's title, its number in brackets under it,
		// the addressee.
		DocumentMetadata m = read("""
				青禾盟行政公署办公室公文处理实施细则.docx
				- 文档编号:5043956
				- 上传时间:2022-12-12
				- 格式:DOCX
				青禾盟行政公署办公室公文处理实施细则.docx
				《青禾盟行政公署办公室公文处理实施细则.docx》由会员分享，可在线阅读，更多相关文档请在本站上搜索。
				青禾盟行政公署办公室公文处理实施细则
				青禾盟行政公署办公室关于印发青禾盟行政公署办公室公文处理实施细则的通知
				（青署办发〔2007〕22号）
				各旗人民政府，行署各委、办、局：
				根据工作需要，现将修改完善后的《青禾盟行政公署办公室公文处理实施细则》印发给你们，望认真贯彻执行。
				二○○七年六月五日
				""");
		assertThat(m.title()).isEqualTo("青禾盟行政公署办公室关于印发青禾盟行政公署办公室公文处理实施细则的通知");
		assertDocNumber(m, "青署办发〔2007〕22号");
		assertThat(m.issuers()).containsExactly("青禾盟行政公署办公室");
	}

	@Test
	void theRulesAnUnsignedNoticeIssuesNameTheOfficeWhole() {
		// No title, no signature's organ: the issuer is the one the issued rules start
		// with, the 行政公署's office rather than the 行政公署.
		DocumentMetadata m = read("""
				各旗人民政府，行署各委、办、局：
				根据工作需要，现将《青禾盟行政公署办公室公文处理细则》印发给你们，望认真贯彻执行。
				二○○七年六月五日
				""");
		assertThat(m.issuers()).containsExactly("青禾盟行政公署办公室");
	}

	@Test
	void anUnsignedNoticeWhoseBodyNamesTheOfficeThatPlansItIsThatOffices() {
		// A call for proposals on a service site: a title without its issuer, no
		// signature; the body names in full the office that plans what the notice asks
		// for.
		DocumentMetadata m = read(
				"""
						关于征集2023年青禾县政府重大行政决策事项建议项目的通知

						为推进县政府科学决策、民主决策、依法决策，根据国务院《重大行政决策程序暂行条例》有关规定，青禾县人民政府办公室拟编制2023年度县政府重大行政决策目录。现向社会公开征集2023年县政府重大行政决策事项建议项目。

						一、征集范围

						属于县政府职责权限范围内的重大行政决策事项。

						二、征集时间

						2023年2月14日至2023年2月27日
						""");
		assertThat(m.issuers()).containsExactly("青禾县人民政府办公室");
	}

	@Test
	void anUnsignedAnnouncementTitledWithItsPlaceAloneIsThatPlacesGovernments() {
		// A repost without signature: the title names the place and the subject, no
		// organ; the body speaks as the place (我市).
		DocumentMetadata m = read("""
				青禾市草原禁牧公告

				来源:青禾市人民政府网    阅读:2185 次    时间:2024/4/24 16:20:31

				为切实做好我市草原禁牧工作，加强草原保护修复，根据《中华人民共和国草原法》等规定，结合我市实际，特制发青禾市草原禁牧公告。

				一、禁牧区和禁牧期

				全区域内所有草原，禁牧时间为每年4月15日至11月15日。
				""");
		assertThat(m.issuers()).containsExactly("青禾市人民政府");
	}

	@Test
	void aGrazingBanAnnouncementBindsLikeTheNoticeOfTheSameBan() {
		// A 公告 that names a resource ban in its title binds like a 通告 that does; the
		// period (every year) is one a mirror's pinyin may have garbled.
		assertNormative("""
				青禾市草原禁牧公告

				为切实做好我市草原禁牧工作，根据《中华人民共和国草原法》，特制发青禾市草原禁牧公告。

				一、禁牧区和禁牧期

				为全区域内所有草原，禁牧?xí)r间为每年4月15日至11月15日。

				二、禁止牛、羊、马、驴、骡、鹅等草食性动物放牧。
				""", "禁牧");
	}

	@Test
	void anUntitledPageWhoseLeadNamesTheNoticeItReproducesIsThatNotice() {
		// A mirror that lost the notice's title line: its lead quotes the title, then the
		// notice's provisions follow.
		assertNormative("""
				青禾市人民政府发布《关于禁止燃放、销售烟花爆竹的通告》，具体内容如下：
				一、青禾市主城区及周边禁燃区范围内，一律禁止燃放、销售烟花爆竹。
				二、各县（市、区）城市建成区禁止燃放、销售烟花爆竹。
				三、下列场所，禁止燃放烟花爆竹：
				（一）机关办公场所；
				（二）文物保护单位。
				""", "禁止");
	}

	@Test
	void anEncyclopediasHeadlineYieldsToTheNoticeBelowThatIssuesWhatItNames() {
		// An encyclopedia's entry: the headline names the 办法, an introduction and an
		// infobox follow, then the notice that issues the 办法, with its number.
		DocumentMetadata m = read("""
				某某省交通发展专项资金管理办法

				《某某省交通发展专项资金管理办法》由某某省财政厅、某某省交通运输厅于2018年4月20日印发，自2018年5月1日起施行。

				基本介绍

				  • 中文名:某某省交通发展专项资金管理办法
				  • 发布机构:某某省财政厅、某某省交通厅
				办法发布,办法全文,办法解读,

				办法发布

				某某省财政厅某某省交通运输厅关于印发某某省交通发展专项资金管理办法的通知
				某财建〔2018〕30号
				各市财政局、交通运输局：
				为加强和规范交通发展专项资金管理，我们研究制定了《某某省交通发展专项资金管理办法》，现印发给你们，请认真遵照执行。
				某某省财政厅
				某某省交通运输厅
				2018年4月20日
				""");
		assertThat(m.title()).isEqualTo("某某省财政厅某某省交通运输厅关于印发某某省交通发展专项资金管理办法的通知");
		assertDocNumber(m, "某财建〔2018〕30号");
	}

	@Test
	void aPlaceTitledAnnouncementWhoseBodyDoesNotSpeakAsThePlaceNamesNoIssuer() {
		// A department may title its notice with its city too; without the body speaking
		// as the place, nothing is inferred.
		DocumentMetadata m = read("""
				青禾市草原禁牧公告

				根据《中华人民共和国草原法》等规定，现就2024年草原禁牧工作公告如下：

				一、禁牧时间为每年4月15日至11月15日。
				""");
		assertThat(m.issuers()).isEmpty();
	}

	@Test
	void aSafetyCommitteesShortFormInASignatureIsWrittenOut() {
		// 安委会 is the standard short form of 安全生产委员会; the district gets the city the
		// text names.
		DocumentMetadata m = read("""
				关于全域全时段禁售、禁燃、禁放烟花爆竹的公告

				青禾区广大居民朋友：

				根据《青禾市烟花爆竹安全管理办法》，自即日起至2022年3月31日止，青禾区全域全时段禁售、禁燃、禁放烟花爆竹。

				青禾区安委会办公室

				2022年1月24日
				""");
		assertThat(m.issuers()).containsExactly("青禾市青禾区安全生产委员会办公室");
	}

	@Test
	void aNumberBelowAMarkdownLawsInfoEndIsStillNotTheHeads() {
		// The bracketed-number reading under a title found below a lead is for web pages;
		// a corpus law's head ends at its marker, and what follows is its text.
		DocumentMetadata m = read("""
				# 最高人民法院、最高人民检察院关于办理某类刑事案件适用法律若干问题的解释

				2024年3月29日 最高人民法院审判委员会第1880次会议通过

				<!-- INFO END -->

				最高人民法院 最高人民检察院 关于办理某类刑事案件适用法律 若干问题的解释

				法释〔2024〕10号

				为依法惩治犯罪活动，根据《中华人民共和国刑法》的规定，现就办理此类刑事案件适用法律的若干问题解释如下：

				第一条 本解释自2024年8月20日起施行。
				""");
		assertThat(m.docNumber()).isNull();
	}

}
