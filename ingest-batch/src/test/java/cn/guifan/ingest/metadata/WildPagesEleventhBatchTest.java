package cn.guifan.ingest.metadata;

import java.time.LocalDate;

import cn.guifan.schemas.document.DocumentKind;
import cn.guifan.schemas.document.DocumentMetadata;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Shapes of pages the eleventh batch of the wild set's tune part showed (the search
 * tool's {@code pages} corpus asked for thin issuer tiers and kind close calls), as
 * made-up examples: a cut regulation whose last line is an article, a standing
 * committee's announcement whose name carries its term (read by its number or by its
 * banner), a joint signature run into the last paragraph, a 通告 that bans traffic (禁行), a
 * ban period moved to another span of every year, a 版记 printing line that names the
 * district an unsigned page leaves out, a 会议纪要's masthead, a traffic unit whose 公安 the
 * page lost, and a list's month and day before a headline.
 */
class WildPagesEleventhBatchTest extends WildPageHarness {

	@Test
	void anArticleAtTheEndOfACutTextIsNoSignature() {
		DocumentMetadata m = read("""
				青禾省电动自行车管理条例
				第一条 为了加强电动自行车管理,维护道路交通秩序,结合本省实际,制定本条例。
				第二条 本省行政区域内电动自行车的生产、销售、登记、通行及其相关管理活动,适用本条例。
				第三条 电动自行车管理工作遵循科学规划、保障安全、方便群众的原则。
				第四条 县级以上人民政府
				""");
		assertThat(m.issuers()).noneMatch((o) -> o.startsWith("第四条"));
	}

	/** A standing committee's announcement of a regulation, with its first articles. */
	private static final String ANNOUNCEMENT = """
			青禾省第十四届人民代表大会常务委员会公告
			第五十五号
			2025年5月29日,青禾省第十四届人民代表大会常务委员会第十七次会议通过《青禾省电动自行车管理条例》,现予公布,自2025年9月1日起施行。
			2025年5月29日
			青禾省电动自行车管理条例
			(2025年5月29日青禾省第十四届人民代表大会常务委员会第十七次会议通过)
			第一章 总 则
			第一条 为了加强电动自行车管理,维护道路交通秩序,结合本省实际,制定本条例。
			第二条 本省行政区域内电动自行车的生产、销售、登记、通行及其相关管理活动,适用本条例。
			第三条 电动自行车管理工作遵循科学规划、保障安全、方便群众的原则。
			第四条 县级以上人民政府
			""";

	@Test
	void aStandingCommitteesAnnouncementNamesItWithoutItsTerm() {
		DocumentMetadata m = read(ANNOUNCEMENT);
		assertThat(m.kind()).isEqualTo(DocumentKind.LOCAL_REGULATION);
		assertThat(m.issuers()).containsExactly("青禾省人民代表大会常务委员会");
	}

	@Test
	void aStandingCommitteesBannerNamesItWhenItsNumberIsNotRead() {
		// A news site's headline above it: the number is not read then.
		DocumentMetadata m = read("《青禾省电动自行车管理条例》公布:2025年9月1日起施行\n" + ANNOUNCEMENT);
		assertThat(m.issuers()).containsExactly("青禾省人民代表大会常务委员会");
	}

	@Test
	void aJointSignatureRunIntoTheLastParagraphKeepsBothOrgans() {
		DocumentMetadata m = read(
				"""
						根据农业部《关于调整长江流域禁渔期制度的通告》要求,自2016年起,长江禁渔期由原来的每年2月1日0时至4月30日24时调整为每年的3月1日0时至6月30日24时。禁渔范围为青禾县青禾乡青禾村至白石县白石乡三江口的长江四百七十公里干流及其支流,以及干流和支流所属的水库、湖泊和湿地。在规定的禁渔范围和禁渔期内,禁止所有捕捞作业,严禁电鱼、毒鱼、炸鱼等严重破坏渔业资源的行为。 青禾市农牧局 青禾市渔政执法支队 2016年3月11日 |
						""");
		assertThat(m.issuers()).containsExactly("青禾市农牧局", "青禾市渔政执法支队");
		assertThat(m.signedDate()).isEqualTo(LocalDate.of(2016, 3, 11));
		assertThat(m.kind()).as(m.kindReason()).isEqualTo(DocumentKind.NORMATIVE_DOCUMENT);
		assertThat(m.kindReason()).contains("调整为每年");
	}

	@Test
	void aNoticeThatBansTrafficBindsEveryone() {
		assertNormative("""
				关于城区大型货车禁行的通告
				为了进一步规范县城区道路交通秩序,缓解城区道路交通压力,青禾县公安局交通管理大队根据《中华人民共和国道路交通安全法》相关规定,对货车实施禁止通行的交通管制措施。现将有关事宜通告如下:
				一、禁限行车辆类型
				载货汽车、低速货车、专项作业车、牵引车、挂车
				二、禁行时间:早6:00至晚22:00
				三、对违反本通告规定的,将依法予以罚款、记分处罚。
				本通告自2022年6月24日起发布,2022年6月27日起施行。
				青禾县公安局交通管理大队
				2022年6月24日
				""", "禁行");
	}

	@Test
	void aPrintingLineNamesTheDistrictAnUnsignedPageLeavesOut() {
		DocumentMetadata m = read("""
				各镇人民政府、街道办事处,区各有关单位:
				今年以来,我区全面开展移动村通工程建设,各相关镇、街道和部门高度重视,按时保质完成了建设任务。
				为了鼓励先进,树立榜样,区政府决定对区规划分局、区环保局、永兴街道给予通报表彰。
				希望受表彰的单位戒骄戒躁、再接再厉。
				二○○七年十二月十三日
				主题词:村通工程 表彰 通报
				青禾市白湾区人民政府办公室 2007年12月13日印发
				""");
		assertThat(m.issuers()).containsExactly("青禾市白湾区人民政府");
	}

	@Test
	void aMinutesMastheadGivesTitleIssuerAndDate() {
		DocumentMetadata m = read("""
				青禾县人民政府(常 务)会议
				记录摘要
				青 禾 县 人 民 政 府 办 公 室 二O一O年四月六日
				青禾县人民政府第32次常务会议纪要
				3月24日,县长主持召开了县人民政府第32次常务会议。现将会议主要内容纪要如下:
				一、关于2010年县本级财政支出预算
				会议原则同意2010年县本级财政支出预算,请县财政局按会议讨论意见作进一步修改完善。
				""");
		assertThat(m.title()).isEqualTo("青禾县人民政府第32次常务会议纪要");
		assertThat(m.issuers()).containsExactly("青禾县人民政府办公室");
		assertThat(m.signedDate()).isEqualTo(LocalDate.of(2010, 4, 6));
		assertThat(m.kind()).isEqualTo(DocumentKind.OTHER);
	}

	@Test
	void aTrafficUnitUnderACountysBureauIsThePolices() {
		DocumentMetadata m = read("""
				关于城区大型货车禁行的通告
				为了进一步规范县城区道路交通秩序,根据《中华人民共和国道路交通安全法》相关规定,对货车实施禁止通行的交通管制措施。现将有关事宜通告如下:
				一、禁行时间:早6:00至晚22:00
				二、对违反本通告规定的,将依法予以罚款、记分处罚。
				青禾县局交通管理大队
				2022年6月24日
				""");
		assertThat(m.issuers()).containsExactly("青禾县公安局交通管理大队");
	}

	@Test
	void aListsMonthAndDayBeforeTheHeadlineIsNoPartOfTheTitle() {
		DocumentMetadata m = read("""
				06.18 青禾县人民政府关于加强青禾河河道砂场管理的通告

				青禾县人民政府关于加强青禾河河道砂场管理的通告

				为维护青禾河河势稳定和防洪安全,保护水环境,现就全面加强河道采砂管理有关事项通告如下:

				一、自2018年6月15日起,青禾河河道所有砂场立即停止采砂作业。

				青禾县人民政府

				2018年6月14日
				""");
		assertThat(m.title()).isEqualTo("青禾县人民政府关于加强青禾河河道砂场管理的通告");
	}

}
