package cn.guifan.ingest.metadata;

import cn.guifan.schemas.document.DocumentKind;
import cn.guifan.schemas.document.DocumentMetadata;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Shapes of documents as web pages print them (made-up examples of what the fourth batch
 * of the wild set's tune part and the earlier tune misses showed): townships' and
 * autonomous places' names as signatures shorten them, pages whose only issuer is the
 * body's own words, titles a mirror left only in a note, and kinds decided by substance
 * (drafts, one-off notices, every-year bans, assessment rules, programmes' rules).
 */
class WildPagesFourthBatchTest extends WildPageHarness {

	@Test
	void aTownshipsCountyIsTheOneItsBodyNamesAfterAConjunction() {
		DocumentMetadata m = read("""
				关于取消某某乡物资交流会的通告
				全乡广大居民、商户朋友们：
				为做好疫情防控工作，按照上级部署和青禾县疫情防控领导小组办公室的要求，经乡党委、乡政府研究，决定取消本次物资交流会。
				某某乡人民政府
				2021年9月15日
				""");
		assertThat(m.issuers()).containsExactly("青禾县某某乡人民政府");
	}

	@Test
	void aPageWithoutTitleOrSignatureIsTheGovernmentItsBodySpeaksAs() {
		DocumentMetadata m = read("""
				各乡镇人民政府，县政府各工作部门：
				根据上级要求，县人民政府对2022年1月1日至2024年8月31日以县人民政府和县人民政府办公室名义发布的规范性文件进行了全面清理，现将清理结果公布如下：
				一、《青禾县人民政府办公室关于印发〈青禾县县级储备粮管理办法〉的通知》等7件规范性文件继续有效。
				二、《青禾县人民政府办公室关于印发〈青禾县农村土地流转管理办法〉的通知》等2件规范性文件废止。
				""");
		assertThat(m.issuers()).containsExactly("青禾县人民政府");
	}

	@Test
	void anAutonomousPlacesShortFormIsWrittenOut() {
		DocumentMetadata m = read("""
				关于做好春节期间疫情防控工作的通知
				各乡镇人民政府，县级各部门：
				现将有关事项通知如下：一、做好返乡人员排查。
				彭水自治县新冠肺炎疫情防控工作领导小组办公室
				2021年1月20日
				""");
		assertThat(m.issuers()).containsExactly("彭水苗族土家族自治县新冠肺炎疫情防控工作领导小组办公室");
		DocumentMetadata prefecture = read("""
				关于做好立法征求意见工作的通知
				各县人民政府：
				现将有关事项通知如下：一、认真研究草案。
				迪庆州人民政府法制办公室
				2016年12月1日
				""");
		assertThat(prefecture.issuers()).containsExactly("迪庆藏族自治州人民政府法制办公室");
	}

	@Test
	void aLocalNumbersFirstCharacterAndThePlaceThePageNamesGiveTheGovernment() {
		DocumentMetadata m = read("""
				文 号 | 禾府发〔2016〕20号 | 发文日期 | 2016-11-04 | ||
				关键词 | 禾丰市 人民政府 公共服务 实施意见 | 公开形式 | 主动公开 |
				各县（市、区）人民政府，市级各部门：
				为推广政府和社会资本合作模式，经市政府常务会议审议通过，现提出以下实施意见。
				一、全面把握合作模式的内涵。
				""");
		assertThat(m.issuers()).containsExactly("禾丰市人民政府");
	}

	@Test
	void aSiteTablesCityIsNamedWithoutItsProvince() {
		DocumentMetadata m = read("""
				发文单位:四川省禾丰市人民政府
				发布日期:2016-12-1
				禾丰市公共停车场收费标准
				一、本市公共停车场按小时收费。
				二、收费标准见附表。
				""");
		assertThat(m.issuers()).containsExactly("禾丰市人民政府");
	}

	@Test
	void aMirrorsFragmentTitleYieldsToTheRuleItsNoteNames() {
		DocumentMetadata m = read("""
				修订的办法
				（2016年11月14日禾丰市人民政府令第8号公布，根据2019年7月17日市人民政府第68次常务会议讨论通过的《禾丰市人民政府关于修改〈禾丰市机动车停车场管理办法〉的决定》修改）
				第一章 总则
				第一条 为了加强机动车停车场的管理，制定本办法。
				""");
		assertThat(m.title()).isEqualTo("禾丰市机动车停车场管理办法");
	}

	@Test
	void aDraftPublishedForCommentIsNoNormativeDocument() {
		DocumentMetadata m = read("""
				为了在立法工作中充分发扬民主，现将正在审查的《禾丰州人民政府规章制定程序规定（草案）》予以公布，广泛听取社会各界的意见。请于2016年12月28日以前反馈我办。
				禾丰州人民政府法制办公室
				2016年12月1日
				""");
		assertThat(m.kind()).isEqualTo(DocumentKind.OTHER);
	}

	@Test
	void anOrderSignedByTheHeadOfGovernmentWithoutNameIsARule() {
		DocumentMetadata m = read("""
				发文单位:禾丰市人民政府
				《禾丰市授予荣誉市民称号规定》已经2016年8月24日市政府第83次常务会议讨论通过，现予公布，自2016年12月1日起施行。
				市长:
				二〇一六年十月十六日
				禾丰市授予荣誉市民称号规定
				第一条 为鼓励和表彰对本市发展做出突出贡献的市外人士，制定本规定。
				""");
		assertThat(m.kind()).isEqualTo(DocumentKind.RULE);
	}

	@Test
	void aNoticeForThisYearOnlyIsAOneOffMeasure() {
		DocumentMetadata m = read("""
				关于严禁核桃采青的通告
				为规范我县核桃采收秩序，经县政府同意，在全县范围内严禁核桃采青行为。现就有关事宜通告如下：
				一、我县核桃开始采收时间统一为今年的白露节，之前的采收行为视为采青。
				二、本通告自发布之日起施行。
				青禾县林业局
				2019年8月1日
				""");
		assertThat(m.kind()).isEqualTo(DocumentKind.OTHER);
	}

	@Test
	void aBanSetForEveryYearIsNormative() {
		DocumentMetadata m = read("""
				各乡镇人民政府、街道办事处：
				为加大野生动物的保护力度，根据《中华人民共和国野生动物保护法》的规定，结合我市实际，每年的4月1日至8月31日为禁猎期。禁猎期间禁止狩猎。
				请各乡镇人民政府、街道办事处做好宣传。
				""");
		assertThat(m.kind()).isEqualTo(DocumentKind.NORMATIVE_DOCUMENT);
	}

	@Test
	void rulesWhosePurposeIsAssessingOrgansAreInternal() {
		DocumentMetadata m = read("""
				禾丰市人民政府关于印发禾丰市招商引资认定暂行办法的通知
				各县（市、区）人民政府，市政府各委办局：
				《禾丰市招商引资认定暂行办法》已经市政府常务会议通过，现印发给你们，请认真遵照执行。
				二〇〇六年五月二日
				禾丰市招商引资认定暂行办法
				为加强对引进项目、引进资金的考核认定工作，制定本办法。
				第一条 引进项目的认定，由市招商局负责。
				""");
		assertThat(m.kind()).isEqualTo(DocumentKind.OTHER);
	}

	@Test
	void aProgrammesImplementationRulesAreAWorkDocument() {
		DocumentMetadata m = read("""
				禾丰市人民政府办公厅关于印发“森林城乡”建设工程实施细则的通知
				各县（区）人民政府，市直各有关单位：
				现将《“森林城乡”建设工程实施细则》印发给你们，请认真贯彻执行。
				禾丰市人民政府办公厅
				2009年11月12日
				""");
		assertThat(m.kind()).isEqualTo(DocumentKind.OTHER);
	}

	@Test
	void aRepostsHeadlineWithTheCityBeforeTheTitleYieldsToTheDocumentsOwn() {
		DocumentMetadata m = read("""
				保定某某镇人民政府关于取消某村庙会的通告
				导语 为做好疫情防控，保定某某镇人民政府关于取消某村庙会，详情如下。
				  某某镇人民政府关于取消某村庙会的通告
				  为做好疫情防控，暂时取消某村庙会。
				  某某镇人民政府
				  2020年2月25日
				""");
		assertThat(m.title()).isEqualTo("某某镇人民政府关于取消某村庙会的通告");
	}

	@Test
	void anIntroductionNamesTheIssuersOfAPageWithoutTitleOrSignature() {
		DocumentMetadata m = read("""
				發布信息
				2023年12月，中共某某省委辦公廳、某某省人民政府辦公廳發布《某某省鄉村振興責任制實施細則》，自發布之日起施行。
				內容全文
				第一章 總 則
				第一條 為了全面落實鄉村振興責任制，制定本實施細則。
				""");
		assertThat(m.issuers()).containsExactly("中共某某省委办公厅", "某某省人民政府办公厅");
	}

	@Test
	void aTownsOwnPlanWithoutSignatureIsItsGovernments() {
		DocumentMetadata m = read("""
				青禾市某某区某某镇2023年突发事件总体应急预案（暂行）
				1总则
				1.1制定目的
				规范应对突发事件行为，最大程度地预防和减少突发事件造成的损害。
				1.2制定依据
				根据《中华人民共和国突发事件应对法》等法律、法规，制定本预案。
				""");
		assertThat(m.issuers()).containsExactly("青禾市某某区某某镇人民政府");
	}

	@Test
	void aSignatureAtTheStartOfALineThatGoesOnWithTheAttachment() {
		String draft = "第一条 为了继承和发扬民族医药学，发挥医药资源优势，促进相关事业发展，根据有关法律法规的规定，结合自治州实际，制定本条例。".repeat(3);
		DocumentMetadata m = read("为了在立法工作中充分发扬民主，现将正在审查的条例草案予以公布，广泛听取社会各界的意见。请于2016年12月28日以前通过电子邮件、传真、信函等形式，将意见反馈我办。"
				+ "电子邮箱：someone@example.com 联系电话：0887-0000000 通信地址：某某市某某镇长征大道21号\n附件（点击下载）：\n"
				+ "迪庆州人民政府法制办公室 2016年12月1日 ------------------------------ 迪庆藏族自治州发展民族医药条例（草案） " + draft + "\n");
		assertThat(m.issuers()).containsExactly("迪庆藏族自治州人民政府法制办公室");
		assertThat(m.signedDate()).isEqualTo(java.time.LocalDate.of(2016, 12, 1));
	}

	@Test
	void aDistrictCongresssDecisionIsNoLocalRegulationAndIsDatedByItsMeeting() {
		DocumentMetadata m = read("""
				（2015年2月7日某某市某某区第八届人民代表大会常务委员会第二十七次会议通过）
				根据人大年终工作考核，经主任会议研究，决定对2014年度10个区人大工作先进单位予以表彰。具体如下：
				一、区人大工作先进单位（10个）
				某某镇人大主席团 某某乡人大主席团
				希望以上先进单位珍惜荣誉，再接再厉。
				""");
		assertThat(m.kind()).isEqualTo(DocumentKind.OTHER);
		assertThat(m.signedDate()).isEqualTo(java.time.LocalDate.of(2015, 2, 7));
	}

	@Test
	void anAnnouncementWhoseBanTimeIsEveryYearIsNormative() {
		DocumentMetadata m = read("""
				某某市草原禁牧公告
				为切实做好我市草原禁牧工作，根据《中华人民共和国草原法》等文件精神，特制发本公告。
				一、禁牧区和禁牧期
				全区域内所有草原，禁牧时间为每年4月15日至11月15日。
				二、禁止放牧畜禽种类
				禁止牛、羊、马等草食性动物放牧。
				""");
		assertThat(m.kind()).isEqualTo(DocumentKind.NORMATIVE_DOCUMENT);
	}

}
