package cn.guifan.ingest.metadata;

import cn.guifan.schemas.document.DocumentMetadata;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Shapes the ninth batch of the wild set's tune part showed (made-up examples): a notice
 * that draws its own scope (一、适用范围) and sets duties without an effect clause, a list
 * whose validity is the list's, and an issuer-less title that speaks of 本市 above a
 * signature of organs named without their place.
 */
class WildPagesNinthBatchTest extends WildPageHarness {

	@Test
	void aNoticeThatDrawsItsOwnScopeAndSetsDutiesIsNormative() {
		assertNormative("""
				青禾市生态环境局关于进一步规范建筑玻璃幕墙光反射影响论证工作的通知

				各区生态环境局，各有关单位：

				为贯彻落实《青禾市建筑玻璃幕墙管理办法》的有关规定，现就进一步规范本市建筑玻璃幕墙光反射影响论证工作通知如下：

				一、适用范围

				本市行政区域内，采用建筑玻璃幕墙的新建、改建、扩建工程和立面改造工程。

				二、工作流程

				建设单位应在施工图设计文件送审前，编制光反射影响分析报告，并向生态环境行政管理部门申请组织论证。
				""", "适用范围");
		// The same when a page runs the heading into its paragraph.
		assertNormative(
				"""
						青禾市生态环境局关于进一步规范建筑玻璃幕墙光反射影响论证工作的通知

						各区生态环境局，各有关单位：现就进一步规范本市建筑玻璃幕墙光反射影响论证工作通知如下：一、适用范围本市行政区域内，采用建筑玻璃幕墙的新建、改建、扩建工程。二、工作流程建设单位应在施工图设计文件送审前，申请组织论证。
						""",
				"适用范围");
	}

	@Test
	void aWorkPlanWithAScopeStaysAWorkDocument() {
		assertOther("""
				青禾市交通委员会关于印发《青禾港岸电使用推进工作方案》的通知

				各区交通主管部门：

				现将《青禾港岸电使用推进工作方案》印发给你们，请贯彻执行。

				青禾港岸电使用推进工作方案

				一、适用范围

				本市港口码头和靠港船舶。

				二、主要任务

				（一）完善码头岸电设施建设。（牵头部门：市交通委）
				""", "方案");
	}

	@Test
	void aListsValidityIsNotTheValidityOfRules() {
		assertOther("""
				青禾市经济信息化委关于发布2024年度重点推进城市更新的产业区域的通知

				相关单位：

				经各区报送，现发布本市2024年度重点推进城市更新的产业区域，详见附表。

				本年度重点推进城市更新的产业区域名单有效期从即日起至2025年6月30日止。

				附件：2024年度重点推进城市更新的产业区域

				青禾市经济和信息化委员会

				2024年6月21日
				""", "名单");
	}

	@Test
	void aTitleThatSpeaksOfThisCityLendsNoPlaceToTheSignersNames() {
		DocumentMetadata m = read("""
				关于加快推广本市再生建材产品应用的通知

				各有关单位：

				为提升本市建筑垃圾资源化利用水平，现就加快推广再生建材产品应用工作通知如下：

				一、再生产品生产企业应建立质量保障体系，产品经检测合格后方可出厂。

				特此通知。

				市住房城乡建设管理委

				市绿化市容局

				2025年9月30日
				""");
		assertThat(m.issuers()).noneMatch((issuer) -> issuer.contains("关于") || issuer.contains("推广"));
	}

}
