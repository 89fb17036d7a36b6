package cn.guifan.ingest.metadata;

import java.time.LocalDate;

import cn.guifan.schemas.document.DocumentKind;
import cn.guifan.schemas.document.DocumentMetadata;
import cn.guifan.schemas.document.FieldSource;
import cn.guifan.schemas.document.MetadataField;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Shapes of documents as web pages print them (made-up examples of what the fifth batch
 * of the wild set's tune part showed): a document below a report's lead, a post's poem or
 * a summary; breadcrumbs, forum jammer and saved HTML around it; numbers and signatures
 * as pages break them; issuers a page gives only by its words or by a fuller name
 * elsewhere; and kinds decided by substance (campaigns, measures until further notice,
 * bans across years, 通告 whose provisions prohibit, the river-chief office).
 */
class WildPagesFifthBatchTest extends WildPageHarness {

	@Test
	void aTitleBelowAReportsHeadlineLeadAndPoemIsTheDocuments() {
		DocumentMetadata m = read("""
				禁渔期 青禾境内天然水域的鱼钓不得了
				2023年03月03日 14:43:36来源:生态青禾 作者:
				劝君莫食三月鲫,万千鱼仔在腹中。
				劝君莫打三春鸟,子在巢中待母归。
				三月,不仅是春回大地,万物复苏,也是大部分动物繁衍下一代的时间。水中的各种鱼类,都会在这段时间产卵,延续生命。
				青禾县人民政府
				关于实施2023年境内天然水域禁渔期的
				通告
				为加强我县渔业资源保护,根据《中华人民共和国渔业法》等相关规定,现将有关事宜通告如下:
				一、禁渔范围:全县行政区内所有天然水域。
				""");
		assertThat(m.title()).isEqualTo("青禾县人民政府关于实施2023年境内天然水域禁渔期的通告");
		assertThat(m.issuers()).containsExactly("青禾县人民政府");
		assertThat(m.kind()).isEqualTo(DocumentKind.NORMATIVE_DOCUMENT);
	}

	@Test
	void aTitleAfterASummaryMayStartWithItsPlace() {
		DocumentMetadata m = read("""
				青禾区元宵节哪里能放烟花
				来源: 最后更新:23-02-02 07:05:43
				导读:除2023年2月5日(元宵节)20:00-21:00文化广场指定区域内燃放烟花外,城区范围其他时段、其他区域一律禁止燃放烟花爆竹。
				青禾区关于元宵节期间城区非指定区域烟花爆竹禁燃禁放的通告
				春节期间,我区城区各地燃放烟花爆竹导致空气质量下滑,给市民群众生产生活带来不良影响,现将有关事项通告如下:
				特此通告。
				禾丰市青禾区人民政府
				2023年2月2日
				""");
		assertThat(m.title()).isEqualTo("青禾区关于元宵节期间城区非指定区域烟花爆竹禁燃禁放的通告");
	}

	@Test
	void aBreadcrumbsSectionIsNeitherTitleNorOrganAndABrokenDateUnderAClosingIsTheSignature() {
		DocumentMetadata m = read("""
				您所在的位置:网站首页 > 新闻中心 > 通知公告
				新闻中心
				青禾省林业局通告
				作者:信息中心        来源:信息中心        发布时间:2019年05月09日
				为进一步加强鸟类资源保护,决定在青禾省境内对所有野生鸟类实行禁猎,禁猎期为201951日至2024131日。禁猎期间,非法猎捕鸟类的,依法给予处罚。
				特此通告
				2019424
				""");
		assertThat(m.title()).isEqualTo("青禾省林业局通告");
		assertThat(m.issuers()).containsExactly("青禾省林业局");
		assertThat(m.signedDate()).isEqualTo(LocalDate.of(2019, 4, 24));
		assertThat(m.kind()).isEqualTo(DocumentKind.NORMATIVE_DOCUMENT);
		assertThat(m.kindReason()).contains("跨年度");
	}

	@Test
	void aRegistrationCodePrintedBeforeTheNumberIsRead() {
		DocumentMetadata m = read("""
				青禾县人民政府关于切实加强非洲猪瘟疫情防控工作的通告
				 QHDR-2018-00014                     禾政函〔201879
				为切实做好全县非洲猪瘟防控工作,现就有关事项通告如下:
				一、关闭县内所有生猪交易场所。
				""");
		assertThat(m.registrationNumber()).isEqualTo("QHDR-2018-00014");
		assertDocNumber(m, "禾政函〔2018〕79号");
		assertThat(m.kind()).isEqualTo(DocumentKind.NORMATIVE_DOCUMENT);
	}

	@Test
	void aForumsJammerIsReadAsSpaces() {
		DocumentMetadata m = read("""
				|
				关于停办2013年元宵节焰火晚会的公告1 H3 [$ p/ H, K
				经研究决定,停办2013年元宵节焰火晚会。同时,倡议广大市民减少燃放烟花爆竹。# C- ?$ I! p4 k D: B. \\# G J; x
				$ D, U. d9 v0 p/ l 特此公告' U1 b. \\. W# E& j
				青禾市春节文化活动领导小组6 f: \\9 Q( H, h5 c1 u
				2013年2月20日9 n; ^, I+ S. e, l
				""");
		assertThat(m.title()).isEqualTo("关于停办2013年元宵节焰火晚会的公告");
		assertThat(m.issuers()).containsExactly("青禾市春节文化活动领导小组");
		assertThat(m.signedDate()).isEqualTo(LocalDate.of(2013, 2, 20));
	}

	@Test
	void aPageSavedWithItsHtmlTagsIsReadByItsParagraphs() {
		DocumentMetadata m = read(
				"""
						发文机关:青禾省人民政府
						文号 :青政发〔2018〕13号
						<p>各市、县人民政府,省人民政府各委、办、厅、局:</p><p> 现将《青禾省激发重点群体活力带动城乡居民增收的实施方案》印发给你们,请结合实际认真组织实施。</p><p style="text-align: right;"> 青禾省人民政府</p><p style="text-align: right;"> 2018年3月27日</p><p style="text-align: center;"><strong>青禾省带动城乡居民增收的实施方案</strong></p>
						""");
		assertThat(m.signedDate()).isEqualTo(LocalDate.of(2018, 3, 27));
		assertThat(m.issuers()).containsExactly("青禾省人民政府");
		assertThat(m.provenanceOf(MetadataField.ISSUERS).source()).isEqualTo(FieldSource.BODY);
	}

	@Test
	void aNumberGluedToAPeriodicalsMarkIsRead() {
		DocumentMetadata m = read("""
				摘要
				<正>禾城管发[2020]5号各区县城管局、城管执法总队:为严格空气重污染应急响应期间建筑垃圾处置扬尘管控,现就有关事项通知如下:
				""");
		assertDocNumber(m, "禾城管发〔2020〕5号");
	}

	@Test
	void aRunTogetherTextThatEndsWithTheDateThenTheOrganIsSigned() {
		DocumentMetadata m = read(
				"""
						详情

						各县(市、区)文化广电和旅游局: 鉴于当前疫情防控形势严峻复杂,根据市疫情防控工作部署,经研究决定,从即日起,全市所有A级旅游景区暂停运营,恢复时间另行通知。各县(市、区)文化广电和旅游局要加强与当地疫情防控指挥部的沟通,严格要求,严格监管,加大对A级旅游景区的监督管理,确保全面停止运营,按照属地管理原则落实各项防控措施,严防聚集性疫情发生。2022年5月6日         青禾市文化广电和旅游局

						暂无评论
						""");
		assertThat(m.signedDate()).isEqualTo(LocalDate.of(2022, 5, 6));
		assertThat(m.issuers()).containsExactly("青禾市文化广电和旅游局");
		assertThat(m.kind()).isEqualTo(DocumentKind.OTHER);
	}

	@Test
	void aSignatureOfTheOrganAloneNamesTheIssuer() {
		DocumentMetadata m = read("""
				关于加强河道管理的通告
				为全面推进“河长制”工作,根据有关法律法规,现就加强河道管理有关事项通告如下:
				一、禁止在河道管理范围内从事下列活动:
				(一)弃置生活垃圾、建筑垃圾和渣土等。
				四、禁止在堤防和护堤地建房、放牧、开渠、打井。
				                                青禾市水利局
				关闭 打印
				上一篇: 青禾市水利局2017年行政执法检查计划
				下一篇: 关于加强水资源管理的通告
				""");
		assertThat(m.issuers()).containsExactly("青禾市水利局");
		assertThat(m.signedDate()).isNull();
		assertThat(m.kind()).isEqualTo(DocumentKind.NORMATIVE_DOCUMENT);
	}

	@Test
	void anOrganBrokenOverTwoLinesAboveAMonthIsTheIssuer() {
		DocumentMetadata m = read("""
				亲爱的市民朋友:
				市区禁放区域内全年禁止任何单位和个人燃放烟花爆竹。春节将至,希望您远离烟花爆竹,发现违规燃放行为及时举报。
				祝您和您的家人新春快乐、身体健康,生活幸福!
				青禾经济技术开发区
				管理委员会
				2023年1月
				""");
		assertThat(m.issuers()).containsExactly("青禾经济技术开发区管理委员会");
		assertThat(m.signedDate()).isNull();
	}

	@Test
	void consentToAllDepartmentsIsTheOfficesWordsAndADepartmentsIsNot() {
		DocumentMetadata office = read("""
				各乡镇人民政府、街道办事处,县府各部门:
				《青禾县森林火灾事故应急预案》已经县政府同意,现予印发,希认真贯彻执行。
				二○一○年十一月一日
				青禾县森林火灾事故应急预案
				1 总则
				""");
		assertThat(office.issuers()).containsExactly("青禾县人民政府办公室");
		assertThat(office.provenanceOf(MetadataField.ISSUERS).confidence()).isEqualTo(0.5);
		DocumentMetadata department = read("""
				按照市政府的工作安排,市水务局组织开展了河道管理范围划界工作。经市政府同意,现将青禾市河道划界成果予以公告,公告期为7日。
				单位:青禾市水务局 咨询电话:0358-7341929
				""");
		assertThat(department.issuers()).doesNotContain("青禾市人民政府办公室");
	}

	@Test
	void anOrganThatLostItsFirstCharacterIsCompletedFromItsFullNameInTheText() {
		DocumentMetadata m = read("""
				关于征集主城区4条新建道路名称的公告
				禾市满城区民政局
				关于征集主城区4条新建道路名称的公告
				现有4条新建道路尚未正式批准命名,经区政府同意,特向社会各界人士征集道路名称。
				联系地址:青禾市满城区民政局社政股
				2020年10月23日
				""");
		assertThat(m.issuers()).containsExactly("青禾市满城区民政局");
		DocumentMetadata whole = read("""
				关于表彰先进集体的决定
				各乡镇人民政府:
				禾县第十七届人民代表大会第二次会议审议通过了禾县人民代表大会常务委员会工作报告,现决定表彰。
				禾县人民代表大会
				2021年3月1日
				""");
		assertThat(whole.issuers()).containsExactly("禾县人民代表大会");
	}

	@Test
	void aPrepositionBeforeTheWordCountyNamesNoCounty() {
		DocumentMetadata m = read("""
				禾墩镇人民政府
				关于暂停开放各类集市的公告
				广大村民朋友:
				近期疫情防控形势依然严峻,根据县新冠病毒感染的肺炎疫情联防联控工作领导小组办公室第七号电话通知,现决定暂时停止农村集市活动。
				禾墩镇人民政府
				2021年12月27日
				""");
		assertThat(m.issuers()).containsExactly("禾墩镇人民政府");
	}

	@Test
	void aCampaignAMeasureUntilFurtherNoticeAndABanUntilADayAreNoRules() {
		assertThat(read("""
				青禾县人民政府关于开展违法建设专项清理整治的通告
				为有效遏制我县违法建设行为,县人民政府决定对我县违法建设开展专项清理整治行动。现将有关事项通告如下:
				一、违法建设必须在本通告发布之日起20日内自行拆除。
				青禾县人民政府
				2013年3月18日
				""").kind()).isEqualTo(DocumentKind.OTHER);
		assertThat(read("""
				青禾县人民政府关于暂时关闭全县活禽交易市场的通告
				为做好禽流感疫情防控工作,县政府决定,暂时关闭全县范围内农贸市场的活禽交易区。现将有关事项通告如下:
				一、暂停市场内活禽交易。
				本通告自发布之日起施行。具体恢复日期另行通知。
				青禾县人民政府
				2013年4月24日
				""").kind()).isEqualTo(DocumentKind.OTHER);
		assertThat(read("""
				关于全域全时段禁售、禁燃、禁放烟花爆竹的公告
				青禾区广大居民朋友:
				为保障人民群众生命财产安全,自即日起至2022年3月31日止,青禾区全域全时段禁售、禁燃、禁放烟花爆竹。
				青禾区安全生产委员会办公室
				2022年1月24日
				""").kind()).isEqualTo(DocumentKind.OTHER);
	}

	@Test
	void theRiverChiefOfficeAloneIsACoordinationBody() {
		DocumentMetadata m = read("""
				青禾县河长制办公室关于禁止在河道管理范围内种植高杆作物的通告
				为加强我县河道管理保护,现将河道管理范围内相关禁止事项通告如下:
				1、严禁在河道管理范围内种植林木和高杆作物。
				青禾县河长制办公室
				2022年4月11日
				""");
		assertThat(m.kind()).isEqualTo(DocumentKind.OTHER);
	}

	@Test
	void aLineOfPageButtonsIsNoTitle() {
		DocumentMetadata m = read("""
				青禾市青禾区人民政府行政规范性文件

				下载文字版 下载图片版 政策解读

				青禾市青禾区人民政府

				关于机动车辆在城区部分路段禁鸣的通告

				禾区府发〔2017〕22号

				为切实控制交通噪声污染,改善城市环境质量,根据有关规定,现就在城区部分路段禁止机动车辆鸣笛事项通告如下:
				一、禁鸣区域:城区道路。
				""");
		assertThat(m.title()).isEqualTo("青禾市青禾区人民政府关于机动车辆在城区部分路段禁鸣的通告");
		assertThat(m.kind()).isEqualTo(DocumentKind.NORMATIVE_DOCUMENT);
	}

	@Test
	void aSignaturesFirstOrganRunIntoTheLastParagraphIsOneOfTheIssuers() {
		DocumentMetadata m = read("""
				关于高考期间建筑施工限时作业的通知
				各建筑施工单位:
				一、考试期间考点周围100米范围内的建筑工地禁止施工。
				市环保局、建工局将加大监督检查力度,对不遵守作业时间的施工单位将依法进行严肃查处。青禾市环境保护局
				青禾市建筑工程管理局
				二O一二年五月二十四日
				""");
		assertThat(m.issuers()).containsExactly("青禾市环境保护局", "青禾市建筑工程管理局");
	}

	@Test
	void aPagesTimestampUnderTheTitleIsNoSignatureAndMachineIsNoOrgan() {
		DocumentMetadata m = read("""
				通 知
				2022-09-09 16:49
				浏览次数:
				信息来源:机关
				各驻村分中心、行政村(社区):
				近期,我镇秸秆露天焚烧现象较多,有重复抬头趋势。现要求各村加大禁止露天焚烧的宣传、教育力度,指派专人开展巡查。
				青禾市安华镇人民政府
				2022年9月8日
				""");
		assertThat(m.issuers()).containsExactly("青禾市安华镇人民政府");
		assertThat(m.signedDate()).isEqualTo(LocalDate.of(2022, 9, 8));
	}

	@Test
	void aMirrorThatInjectsTonelessPinyinIsReadWithoutIt() {
		DocumentMetadata m = read("""
				青禾市人(ren)民(min)政府發(fa)布《關于禁止(zhi)燃放(fang)、銷售(shou)煙花爆(bao)竹(zhu)的通告》,具體內容如下:
				一、主城區一律(lv)禁止燃放、銷售煙花爆竹。
				二、下列場所(suo),禁止燃放煙花爆竹:(一)機(ji)關辦公場所。
				""");
		assertThat(m.issuers()).containsExactly("青禾市人民政府");
		DocumentMetadata units = read("""
				关于公布道路养护标准的通知
				各乡镇人民政府:
				一、路面宽度(m)不小于6,路基宽度(m)不小于8,厚度(cm)不小于20。
				""");
		assertThat(units.title()).isEqualTo("关于公布道路养护标准的通知");
	}

}
