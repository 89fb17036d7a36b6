package cn.guifan.ingest.metadata;

import java.time.LocalDate;

import cn.guifan.schemas.document.DocumentMetadata;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same document as other sites and copy-pastes print it (made-up examples of what the
 * perturbation check, {@code scripts/benchmark accuracy --set wild --perturb}, found
 * brittle on the tune pages): a number's and a date's digits full-width, a banner, a
 * closing or a signature spaced out letter by letter, blank lines doubled between the
 * lines of a head. Each reads as the plain page does.
 */
class WildPagesPerturbedTest extends WildPageHarness {

	private static final String ANNOUNCEMENT = """
			关于在全县实行静态管理的通告(2022年第76号通告)
			发布时间: 2022-08-30 作者 来源:
			根据当前我县疫情防控形势，经县疫情防控指挥部研究，决定在全县实行3天静态管理。现将有关事项通告如下：
			一、静态管理时间：8月30日0时至9月1日24时。
			二、静态管理期间，全县暂停各类聚集性活动。
			青禾县新型冠状病毒感染的肺炎疫情防控指挥部
			2022年8月30日
			""";

	@Test
	void fullWidthDigitsReadAsHalfWidthOnes() {
		DocumentMetadata plain = read(ANNOUNCEMENT);
		DocumentMetadata full = read(fullWidth(ANNOUNCEMENT));
		assertThat(plain.title()).isEqualTo("关于在全县实行静态管理的通告");
		assertDocNumber(plain, "青禾县新型冠状病毒感染的肺炎疫情防控指挥部通告〔2022〕76号");
		assertThat(full.title()).isEqualTo(plain.title());
		assertDocNumber(full, "青禾县新型冠状病毒感染的肺炎疫情防控指挥部通告〔2022〕76号");
		assertThat(full.signedDate()).isEqualTo(LocalDate.of(2022, 8, 30));
		assertThat(full.issuers()).containsExactly("青禾县新型冠状病毒感染的肺炎疫情防控指挥部");
	}

	@Test
	void aNumberLineInFullWidthDigitsIsGivenBackAsPrinted() {
		DocumentMetadata m = read("""
				青禾县人民政府
				关于禁止露天焚烧秸秆的通告
				青政通〔２０２０〕２２号
				为保护大气环境，根据有关规定，特通告如下：
				一、本县行政区域内禁止露天焚烧农作物秸秆。
				二、本通告自发布之日起施行。
				青禾县人民政府
				２０２０年３月５日
				""");
		assertDocNumber(m, "青政通〔2020〕22号");
		assertThat(m.docNumber().printed()).isEqualTo("青政通〔２０２０〕２２号");
		assertThat(m.signedDate()).isEqualTo(LocalDate.of(2020, 3, 5));
	}

	@Test
	void aSignatureSpacedOutLetterByLetterNamesItsOrgan() {
		DocumentMetadata m = read("""
				青禾县人民政府办公室关于印发青禾县城市道路窨井设施管理暂行办法的通知
				青 禾 县 人 民 政 府 办 公 室
				青政办〔2011〕19号
				各乡镇人民政府，县政府各部门：
				县住房和城乡建设局制定的《青禾县城市道路窨井设施管理暂行办法》已经县政府同意，现印发给你们，请认真贯彻执行。
				特  此  通  知
				青 禾 县 人 民 政 府 办 公 室
				二〇一一年三月三十日
				""");
		assertThat(m.issuers()).containsExactly("青禾县人民政府办公室");
		assertThat(m.signedDate()).isEqualTo(LocalDate.of(2011, 3, 30));
		assertDocNumber(m, "青政办〔2011〕19号");
	}

	@Test
	void aClosingSpacedOutStillDatesABrokenDateBelowIt() {
		DocumentMetadata m = read("""
				某某省林业局通告

				作者:信息中心        来源:信息中心        发布时间:2019年05月09日        浏览:3741

				为进一步加强鸟类资源保护，决定在全省境内对所有野生鸟类实行禁猎。凡未经林业主管部门批准，非法猎捕鸟类的，依法给予处罚。

				特 此 通 告

				2019424
				""");
		assertThat(m.signedDate()).isEqualTo(LocalDate.of(2019, 4, 24));
	}

	@Test
	void blankLinesDoubledBetweenTheHeadsLinesKeepTheIssuerInTheTitle() {
		String page = """
				青禾县人民政府

				关于禁止露天焚烧农作物秸秆、垃圾的通告

				为保护大气环境，防止露天焚烧农作物秸秆、垃圾造成环境污染，特通告如下：

				一、本县行政区域内禁止露天焚烧农作物秸秆、垃圾。

				二、本通告自发布之日起施行。

				青禾县人民政府

				2020年3月5日
				""";
		DocumentMetadata plain = read(page);
		DocumentMetadata doubled = read(page.replace("\n", "\n\n"));
		assertThat(plain.title()).isEqualTo("青禾县人民政府关于禁止露天焚烧农作物秸秆、垃圾的通告");
		assertThat(doubled.title()).isEqualTo(plain.title());
		assertThat(doubled.issuers()).containsExactly("青禾县人民政府");
	}

	@Test
	void aPageHardWrappedAtAFixedWidthReadsAsTheUnwrappedPage() {
		String page = """
				- 索引号:qh/2021-00016
				- 发文字号:青行发〔2021〕42号
				- 名称:青禾地区行政公署关于印发《青禾地区行政公署工作规则》的通知
				- 发布日期:2021-12-22 17:45
				青禾地区行政公署关于印发《青禾地区行政公署工作规则》的通知
				各县人民政府，行署各局、委、办、处：
				《青禾地区行政公署工作规则》已经地委、行署研究通过，现印发给你们，请认真贯彻执行，执行中遇到的问题请及时报告行署办公室。
				青禾地区行政公署
				2021年11月9日
				青禾地区行政公署工作规则
				一、青禾地区行政公署是自治区人民政府的派出机关，承担着按照党和国家决策部署推动青禾经济社会发展、管理青禾社会事务、服务青禾人民群众的重大职责。
				二、行署工作的指导思想是：以习近平新时代中国特色社会主义思想为指导，全面贯彻党的路线方针政策，严格遵守宪法和法律法规，全面正确履行政府职能。
				三、行署组成人员要坚持依法行政，严格按照法定权限和程序行使权力、履行职责，自觉接受各方面的监督，努力建设人民满意的政府。
				""";
		DocumentMetadata plain = read(page);
		DocumentMetadata wrapped = read(wrap(page, 30));
		assertThat(plain.title()).isEqualTo("青禾地区行政公署关于印发《青禾地区行政公署工作规则》的通知");
		assertThat(wrapped.title()).isEqualTo(plain.title());
		assertDocNumber(wrapped, "青行发〔2021〕42号");
		assertThat(wrapped.signedDate()).isEqualTo(LocalDate.of(2021, 11, 9));
		assertThat(wrapped.issuers()).containsExactly("青禾地区行政公署");
	}

	@Test
	void aHardWrappedMirrorGivesItsTitleBackAsFound() {
		String page = """
				惠州市戶外廣告和招牌設(shè)置管理辦(bàn)法
				（2012年6月1日惠州市人民政府令第78號公布，自2012年7月1日起施行）
				第一條為(wèi)了加強戶外廣告和招牌設(shè)置管理，規範城市容貌，營造整潔、優美的市容環境，根據有關法律、法規，結合本市實際，制定本辦法。
				第二條本市行政區域內戶外廣告和招牌的設(shè)置及其監督管理活動，適用本辦法。法律、法規另有規定的，從其規定。
				第三條市城市管理行政主管部門負責本市戶外廣告和招牌設(shè)置的監督管理工作，其他有關部門按照各自職責做好相關工作。
				""";
		DocumentMetadata plain = read(page);
		DocumentMetadata wrapped = read(wrap(page, 20));
		assertThat(plain.title()).isEqualTo("惠州市戶外廣告和招牌設置管理辦法");
		assertThat(wrapped.title()).isEqualTo(plain.title());
		assertThat(wrapped.docNumber()).isNotNull();
		assertThat(wrapped.docNumber().normalized()).isEqualTo(plain.docNumber().normalized());
	}

	/**
	 * Every line broken after {@code width} characters, as a PDF or a narrow page does.
	 */
	private static String wrap(String text, int width) {
		StringBuilder out = new StringBuilder();
		for (String line : text.split("\n", -1)) {
			String s = line.strip();
			if (s.length() <= width) {
				out.append(line).append('\n');
				continue;
			}
			for (int i = 0; i < s.length(); i += width) {
				out.append(s, i, Math.min(s.length(), i + width)).append('\n');
			}
		}
		return out.toString();
	}

	@Test
	void aTimestampUnderAnOrganLineJoinsNoTitleWithoutBlankLines() {
		String page = """
				青禾市某某镇人民政府 乡级
				2022-11-01 2022-10-26 19:31

				农村危房改造建房面积和补助标准

				【信息来源:【作者:【信息时间:2022-10-26 19:31  阅读次数: 】【

				（一）建房面积

				农村危房改造要坚持既保障居住安全又不盲目吊高胃口的建房原则，严格控制建房面积。

				（二）补助标准

				农村危房改造资金分配和使用标准依据有关文件执行。
				""";
		DocumentMetadata plain = read(page);
		DocumentMetadata noBlank = read(page.replaceAll("(?m)^[ \\t]*\\n", ""));
		assertThat(plain.title()).isEqualTo("农村危房改造建房面积和补助标准");
		assertThat(noBlank.title()).isEqualTo(plain.title());
	}

	/** A site's navigation and tools above a page, and its footer below. */
	private static String withChrome(String page) {
		return """
				首页 > 政务公开 > 政策文件
				字号：大 中 小
				【打印本页】【关闭窗口】
				分享到：
				""" + page + """
				【打印本页】【关闭窗口】
				分享到：
				主办单位：青禾县人民政府办公室　承办单位：青禾县大数据中心
				ICP备案号：某ICP备05001234号-1　联系电话：0000-12345678
				""";
	}

	@Test
	void aSitesFooterNamesNoPlaceOfTheDocument() {
		String page = """
				关于做好春节期间森林防火工作的通知
				各村（社区）：
				根据《中山市森林防火条例》，为做好春节期间森林防火工作，现将有关事项通知如下：
				一、严禁在林区野外用火。
				二、各村要落实值班制度。
				大涌镇党政办公室
				2023年1月10日
				""";
		DocumentMetadata plain = read(page);
		DocumentMetadata chrome = read(withChrome(page));
		assertThat(plain.issuers()).containsExactly("中山市大涌镇党政办公室");
		assertThat(chrome.issuers()).containsExactly("中山市大涌镇党政办公室");
		assertThat(chrome.title()).isEqualTo("关于做好春节期间森林防火工作的通知");
		assertThat(chrome.signedDate()).isEqualTo(LocalDate.of(2023, 1, 10));
	}

	@Test
	void aSitesButtonsAboveABannerAreNoPartOfTheTitle() {
		String page = """
				青禾市人民政府行政规范性文件
				青禾市城镇燃气管理办法
				青禾市人民政府公告第75号
				现公布《青禾市城镇燃气管理办法》，自2015年11月1日起实施。
				青禾市人民政府
				2015年9月8日
				（此件公开发布）
				""";
		DocumentMetadata plain = read(page);
		DocumentMetadata chrome = read(withChrome(page));
		assertThat(plain.title()).isEqualTo("青禾市城镇燃气管理办法");
		assertThat(chrome.title()).isEqualTo("青禾市城镇燃气管理办法");
		assertDocNumber(chrome, "青禾市人民政府公告第75号");
	}

	private static String fullWidth(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			out.append((c >= '0' && c <= '9') ? (char) (c - '0' + '０') : c);
		}
		return out.toString();
	}

	@Test
	void jointIssuersAndTheDateOnOneLineSignTheDocument() {
		DocumentMetadata m = read("""
				青禾县财政局 青禾县农业农村局关于印发青禾县特色农业发展资金管理暂行规定的通知

				各乡镇人民政府，县直有关单位：

				为规范特色农业发展资金管理，现将《青禾县特色农业发展资金管理暂行规定》印发给你们，请遵照执行。

				青禾县财政局 青禾县农业农村局 2019年6月10日

				（此件主动公开）
				""");
		assertThat(m.issuers()).containsExactly("青禾县财政局", "青禾县农业农村局");
		assertThat(m.signedDate()).isEqualTo(LocalDate.of(2019, 6, 10));
	}

	@Test
	void organsFarApartAndTheDateOnOneLineSignTheDocument() {
		DocumentMetadata m = read("""
				市发展改革委 市财政局关于高中学业水平考试考务费收费标准的函

				市教委：

				你委《关于申请调整考务费有关事项的函》收悉。经研究，现将有关事项函复如下：一、考务费标准为每生每科20元。二、本函自2021年1月1日起执行。

				市发展改革委                            市财政局 二〇二〇年十一月十三日
				""");
		assertThat(m.signedDate()).isEqualTo(LocalDate.of(2020, 11, 13));
		assertThat(m.issuers()).hasSize(2);
	}

	@Test
	void aSentenceEndingInADateIsNoSignature() {
		DocumentMetadata m = read("""
				青禾县人民政府关于调整城区禁燃区范围的通告

				为改善空气质量，经县人民政府研究，决定调整城区禁燃区范围。

				本通告自发布之日起施行，有效期至 2028年12月31日

				青禾县人民政府
				2024年1月5日
				""");
		assertThat(m.signedDate()).isEqualTo(LocalDate.of(2024, 1, 5));
		assertThat(m.issuers()).containsExactly("青禾县人民政府");
	}

}
