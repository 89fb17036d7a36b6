package cn.guifan.ingest.metadata;

import java.time.LocalDate;

import cn.guifan.schemas.document.DocumentMetadata;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Shapes of pages the tenth batch of the wild set's tune part showed (the search tool's
 * {@code pages} corpus asked anew), as made-up examples: a site's 导读 between its headline
 * and the document's number, the number and date in parentheses under a party and
 * government decision that prints no signature, a headline that names the issuer in short
 * above the document's own title with its full name, and a cited title in the first
 * sentence of a page that prints none.
 */
class WildPagesTenthBatchTest extends WildPageHarness {

	@Test
	void aSitesLeadBetweenHeadlineAndNumberDoesNotEndTheHead() {
		DocumentMetadata m = read("""
				青禾市人民政府办公厅印发关于促进我市园区改革和创新发展实施方案的通知
				导读:加强新形势下园区的改革和创新发展,对于我市紧紧抓住重要历史性窗口期、全面建成高质量小康社会、建设社会主义现代化大都市具有重要意义。
				青政办函〔2017〕103号
				青禾市人民政府办公厅印发关于促进我市
				园区改革和创新发展实施方案的通知
				各区人民政府,各委、局,各直属单位:
				经市人民政府同意,现将《关于促进我市园区改革和创新发展的实施方案》印发给你们,请照此执行。
				青禾市人民政府办公厅
				2017年10月9日
				关于促进我市园区改革和
				创新发展的实施方案
				为贯彻落实国家有关部署,进一步发挥园区作为深化改革试验田的作用,制定本实施方案。
				""");
		assertDocNumber(m, "青政办函〔2017〕103号");
		assertThat(m.title()).isEqualTo("青禾市人民政府办公厅印发关于促进我市园区改革和创新发展实施方案的通知");
	}

	@Test
	void theNumberAndDateInParenthesesUnderAJointDecisionDateIt() {
		DocumentMetadata m = read("""
				中共青禾市委、青禾市人民政府关于进一步推动青禾高新技术产业开发区发展的决定
				【发文字号】青市委发[2010]5号
				【发布部门】青禾市政府
				【发布日期】2010.02.11
				【时效性】现行有效
				中共青禾市委、青禾市人民政府关于进一步推动青禾高新技术产业开发区发展的决
				定
				(青市委发〔2010〕5号2010年2月11日)
				为进一步加快青禾高新技术产业开发区(以下简称高新区)的发展,经研究决定,赋予高新区行使市一级经济管理权限,建立高新区一级财政管理体制。
				一、高新区管委会下辖三个园区办事处。
				""");
		assertThat(m.signedDate()).isEqualTo(LocalDate.of(2010, 2, 11));
		assertThat(m.issuers()).containsExactly("中共青禾市委", "青禾市人民政府");
	}

	@Test
	void theSameNoteUnderAGovernmentOfficesTitleIsAMirrorsAndDatesNothing() {
		DocumentMetadata m = read("""
				青禾省人民政府办公厅关于青禾市等市县获得2010年度粮食生产丰收杯的通报

				青禾省人民政府办公厅关于青禾市等市县获得2010年度粮食生产丰收杯的通报

				  (青办函[2011]36号 2011年03月03日)

				  各市(州)、县(市、区)人民政府,省政府有关部门、有关直属机构:

				  2010年,我省粮食生产经受住了自然灾害和市场波动的严峻考验,粮食总产比上年增产10亿斤。
				""");
		assertThat(m.signedDate()).isNull();
	}

	@Test
	void aHeadlineThatNamesTheIssuerInShortGivesWayToTheFullName() {
		DocumentMetadata m = read("""
				青禾园区关于禁止违规摆摊设点占道经营的通告
				来源: 青禾新区青禾园区管理委员会
				时间: 2023/10/20/ 10:43
				字号:[大][中][小]
				青禾新区青禾园区管理委员会
				关于禁止违规摆摊设点占道经营的通告
				根据《城市道路管理条例》,为进一步提升城市形象,规范摆摊设点经营秩序,现将有关事项通告如下:
				一、禁止在各住宅小区出入口及周边随意摆摊设点。
				二、禁止在城市道路及其两侧人行道违规摆摊、占道经营、堆放物品。
				""");
		assertThat(m.title()).isEqualTo("青禾新区青禾园区管理委员会关于禁止违规摆摊设点占道经营的通告");
	}

	@Test
	void aTitleCitedInTheFirstSentenceIsNotThePagesTitle() {
		DocumentMetadata m = read(
				"各市、县人民政府,自治区农垦局,自治区人民政府各组成部门、各直属机构: 根据《青禾自治区人民政府关于加快农业优势产业发展的意见》(青政发〔2005〕14号)精神,经自治区人民政府同意,决定命名“青禾罗汉果之乡”等12个一乡一业乡镇(县)和“青禾铁锅村”等15个一村一品村屯,有效期5年。 希望受到命名的单位继续开拓创新,充分发挥示范引领作用。各级人民政府和各有关部门要按照自治区人民政府关于加快发展一乡一业、一村一品的精神,充分挖掘地方特色产业,加大规划引导和政策推动力度,为促进农业稳定发展、农民持续增收提供有力保障。\n"
						+ "青禾自治区人民政府办公厅\n二○一○年一月七日\n");
		assertThat(m.title()).doesNotContain("关于加快农业优势产业发展的意见");
		assertThat(m.issuers()).containsExactly("青禾自治区人民政府办公厅");
	}

}
