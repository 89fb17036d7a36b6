package cn.guifan.ingest.metadata;

import java.time.LocalDate;

import cn.guifan.schemas.document.DocumentKind;
import cn.guifan.schemas.document.DocumentMetadata;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Shapes of documents as web pages print them (made-up examples of what the sixth batch
 * of the wild set's tune part showed): joint issuers stacked one per line above 关于,
 * mirrors' organ lines that prefix the province, orders whose signature puts a colon
 * after the title of office, and kinds decided by what a notice issues or how long a
 * measure lasts.
 */
class WildPagesSixthBatchTest extends WildPageHarness {

	@Test
	void jointIssuersStackedAboveAboutAreAllOfTheTitleAndTheIssuers() {
		DocumentMetadata m = read("""
				禾文〔2018〕6号
				中共青禾县委
				青禾县人民政府
				关于表彰2017年度文明单位的通报
				（2018年2月26日）
				2017年，全县各级各部门扎实开展文明创建活动。为发挥先进典型的示范作用，县委、县政府决定，授予县教育局等20个单位“县级文明单位”称号。
				希望受表彰的单位再接再厉。
				""");
		assertThat(m.title().replaceAll("\\s", "")).isEqualTo("中共青禾县委青禾县人民政府关于表彰2017年度文明单位的通报");
		assertThat(m.issuers()).containsExactly("中共青禾县委", "青禾县人民政府");
		assertThat(m.signedDate()).isEqualTo(LocalDate.of(2018, 2, 26));
	}

	@Test
	void aMirrorsOrganLineWithTheProvinceIsNoPartOfTheTitleOrTheIssuer() {
		DocumentMetadata m = read("""
				印发青禾市政府信息公开工作考核办法的通知

				作者:法律资料网 时间:2024-07-12 05:09:11  浏览:9906   来源:法律资料网

				印发青禾市政府信息公开工作考核办法的通知

				某某省青禾市人民政府办公室

				印发青禾市政府信息公开工作考核办法的通知

				各县（市、区）人民政府，市政府各部门：

				《青禾市政府信息公开工作考核办法》业经市人民政府同意，现印发给你们，请认真按照执行。

				二○一一年四月二十七日
				""");
		assertThat(m.title()).isEqualTo("印发青禾市政府信息公开工作考核办法的通知");
		assertThat(m.issuers()).containsExactly("青禾市人民政府办公室");
	}

	@Test
	void anOrderSignedWithAColonAfterTheOfficeIsDatedByTheDateBelow() {
		DocumentMetadata m = read("""
				青禾市人民政府关于废止部分政策性文件的决定

				青禾市人民政府令
				                     第48号
				  《青禾市人民政府关于废止部分政策性文件的决定》已经2008年9月24日市政府第90次常务会议通过，现予公布，自公布之日起施行。

				                         市长: 何 健

				                         二○○八年十月十三日

				               青禾市人民政府关于废止部分政策性文件的决定

				  市政府对2000年以来以市政府名义制定发布的文件进行了全面清理。经过清理，市政府决定：
				  一、对28件文件予以废止。
				""");
		assertThat(m.signedDate()).isEqualTo(LocalDate.of(2008, 10, 13));
		assertThat(m.kind()).isEqualTo(DocumentKind.NORMATIVE_DOCUMENT);
	}

	@Test
	void aPlanThatCarriesOutANamedDocumentIsAPlanNotTheDocumentItNames() {
		assertOther("""
				各区人民政府，市政府各委、办、局：
				现将青禾市贯彻落实《扎实稳住经济的一揽子政策措施》实施方案印发给你们，望遵照执行。
				青禾市人民政府
				2022年5月30日
				青禾市贯彻落实《扎实稳住经济的一揽子政策措施》实施方案
				一、全面落实国家财政政策
				""", "方案");
	}

	@Test
	void aNoticeIssuingMeasuresWithAPlanIsFiledByTheMeasures() {
		assertNormative("""
				两镇人民政府、各涉农街道办事处、各相关部门：
				《青禾区用水权收储交易及收益分配办法》《青禾区农业用水超定额累进加价办法（试行）》《青禾区农业用水管理实施方案》已经区政府研究同意，现印发给你们，请认真遵照执行。
				青禾市青禾区人民政府
				2023年4月26日
				青禾区用水权收储交易及收益分配办法
				第一条 为了建立完善的用水权制度，制定本办法。
				""", "办法");
	}

	@Test
	void anUntitledNoticeThatLaunchesACampaignIsOneOff() {
		assertOther(
				"""
						禾政通〔2013〕7号 各施工单位、各建筑工地、广大市民：为进一步加强我县建筑垃圾处置的管理工作，青禾县人民政府决定近期在全城开展建筑垃圾专项整治活动，现就有关事项通告如下： 一、从即日起凡产生建筑垃圾的建设单位，必须将建筑垃圾清运至中转站。 二、运输车辆严禁带泥上路。
						""",
				"专项");
	}

	@Test
	void aNoticeOfAMarketClosedForAMonthIsTemporary() {
		assertOther("""
				青禾县人民政府关于暂停全县活禽交易的通告
				为切实做好我县H7N9流感疫情防控工作，县政府决定对全县活禽市场交易休市一个月。现将有关事项通告如下：
				一、全县范围内所有活禽交易市场全部休市。
				三、禁止从疫情地区调运活禽。
				青禾县人民政府
				2016年2月18日
				""", "休市一个月");
	}

	@Test
	void aNumberRunIntoTheAddresseeIsTheNumberAndTheBodyNamesTheGovernment() {
		DocumentMetadata m = read(
				"""
						禾政通〔2013〕7号 各施工单位、各建筑工地、广大市民：为进一步加强我县建筑垃圾处置的管理工作，根据有关法律法规，青禾县人民政府决定近期在全城开展建筑垃圾专项整治活动，现就有关事项通告如下： 一、从即日起凡产生建筑垃圾的建设单位，必须将建筑垃圾清运至中转站。 二、运输车辆严禁带泥上路。
						""");
		assertDocNumber(m, "禾政通〔2013〕7号");
		assertThat(m.issuers()).containsExactly("青禾县人民政府");
	}

	@Test
	void aBrokenNumberAfterAnUndashedRegistrationNumberIsRead() {
		DocumentMetadata m = read("""
				关于禁止露天焚烧农作物秸秆、垃圾的通告

				abcd202000007                  禾政函〔202022

				青禾县人民政府

				关于禁止露天焚烧农作物秸秆、垃圾的通告

				为防治大气污染，改善生态环境，现就禁止露天焚烧农作物秸秆、垃圾有关事项通告如下：

				一、全县行政区域内禁止任何单位和个人露天焚烧农作物秸秆、垃圾。
				""");
		assertDocNumber(m, "禾政函〔2020〕22号");
	}

	@Test
	void aTitleRunIntoTheOpeningSentenceIsTheTitle() {
		DocumentMetadata m = read("""
				关于加强青禾路商业街管理的通告 为打造高品质商业街，提高街区精细化管理，特通告如下： 6 U/ b1 m9 f: S+ f
				一、本通告所称青禾路商业街是指青禾路东至舜井大道、西至沿河大道的范围。
				二、任何单位、组织、个人均应遵守本通告规定。
				""");
		assertThat(m.title()).isEqualTo("关于加强青禾路商业街管理的通告");
	}

	@Test
	void theIssuerLineUnderTheNumberBelongsToTheTitleAHeadlinePrintedWithoutIt() {
		DocumentMetadata m = read("""
				关于禁止露天焚烧农作物秸秆的通告-某某娱乐

				分享到:
				关于禁止露天焚烧农作物秸秆的通告

				禾政函〔2020〕22号

				青禾县人民政府

				关于禁止露天焚烧农作物秸秆的通告

				为防治大气污染，改善生态环境，现就禁止露天焚烧农作物秸秆有关事项通告如下：

				一、全县行政区域内禁止任何单位和个人露天焚烧农作物秸秆。
				""");
		assertThat(m.title()).isEqualTo("青禾县人民政府关于禁止露天焚烧农作物秸秆的通告");
	}

	@Test
	void aHeadlineThatStartsWithTheDayIsNoTitleAndTheSerialBelowTheTitleNumbersItsOrgan() {
		DocumentMetadata m = read("""
				12月7日青禾县关于解除部分高风险区的通告

				更新时间:2022-12-07 18:09:35作者:智慧百科

				12月7日青禾县关于解除部分高风险区的通告

				青禾县疫情防控工作指挥部

				关于解除部分高风险区的通告

				(2022年第91号)

				  经县疫情防控指挥部研究，决定从即日起解除部分高风险区，现通告如下：

				  一、解除高风险区（4个）

				青禾县疫情防控工作指挥部

				2022年12月6日
				""");
		assertThat(m.title()).isEqualTo("青禾县疫情防控工作指挥部关于解除部分高风险区的通告");
		assertDocNumber(m, "青禾县疫情防控工作指挥部通告〔2022〕91号");
	}

	@Test
	void aSerialWithItsYearButNoDiAfterTheTitleIsNoPartOfIt() {
		DocumentMetadata m = read("""
				青禾县疫情防控指挥部关于解除某村高风险区管控措施的通告(2022年108号)

				  经县疫情防控指挥部研究，决定对某村高风险区解除管控，按低风险区实施管理。

				  特此通告。

				  青禾县疫情防控指挥部

				  2022年11月20日
				""");
		assertThat(m.title()).isEqualTo("青禾县疫情防控指挥部关于解除某村高风险区管控措施的通告");
		assertDocNumber(m, "青禾县疫情防控指挥部通告〔2022〕108号");
	}

	@Test
	void aDayASiteAppendsToATitleIsNoPartOfIt() {
		DocumentMetadata m = read("""
				青禾县关于新增高风险区的通告(29日)
				发布时间:2022-11-29来源:青禾县疫情防控指挥部
				经专家组研判，决定自2022年11月29日0时起，在青禾县新增高风险区2个，具体如下：
				1.青禾县秀山街道大树社区3组
				青禾县疫情防控指挥部
				2022年11月29日
				""");
		assertThat(m.title()).isEqualTo("青禾县关于新增高风险区的通告");
	}

}
