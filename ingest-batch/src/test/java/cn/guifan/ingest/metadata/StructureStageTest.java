package cn.guifan.ingest.metadata;

import java.util.List;

import cn.guifan.schemas.document.Provision;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class StructureStageTest {

	private static List<Provision> structure(String text) {
		return Stages.run(text, "a.md", new StructureStage()).structure();
	}

	private static final String LAW = """
			# 中华人民共和国会计法

			<!-- INFO END -->

			## 第一章 总 则

			第一条 为了规范会计行为，制定本法。

			第二条 会计工作应当贯彻落实党和国家路线方针政策。

			国家机关、社会团体、公司、企业必须依照本法办理会计事务。

			### 第一节　一般规定

			第三条 各单位应当建立下列制度：

			（一）会计人员岗位责任制度；

			（二）账务处理程序制度。

			前款规定的制度，由单位负责人组织实施。

			## 第二章 会计核算

			第四条之一 依照第三条规定的制度办理。
			""";

	@Test
	void chaptersSectionsArticlesParagraphsAndItems() {
		List<Provision> roots = structure(LAW);
		assertThat(roots).extracting(Provision::level, Provision::label, Provision::number, Provision::heading)
			.containsExactly(tuple(Provision.Level.CHAPTER, "第一章", 1, "总则"),
					tuple(Provision.Level.CHAPTER, "第二章", 2, "会计核算"));
		Provision first = roots.get(0);
		assertThat(first.children()).extracting(Provision::level, Provision::label)
			.containsExactly(tuple(Provision.Level.ARTICLE, "第一条"), tuple(Provision.Level.ARTICLE, "第二条"),
					tuple(Provision.Level.SECTION, "第一节"));
		Provision second = first.children().get(1);
		assertThat(second.children()).extracting(Provision::level, Provision::number)
			.containsExactly(tuple(Provision.Level.PARAGRAPH, 1), tuple(Provision.Level.PARAGRAPH, 2));
		Provision third = first.children().get(2).children().get(0);
		assertThat(third.label()).isEqualTo("第三条");
		assertThat(third.children()).extracting(Provision::level, Provision::number)
			.containsExactly(tuple(Provision.Level.PARAGRAPH, 1), tuple(Provision.Level.PARAGRAPH, 2));
		assertThat(third.children().get(0).children()).extracting(Provision::label, Provision::number)
			.containsExactly(tuple("（一）", 1), tuple("（二）", 2));
		assertThat(roots.get(1).children().get(0).label()).isEqualTo("第四条之一");
		assertThat(roots.get(1).children().get(0).number()).isEqualTo(4);
	}

	@Test
	void spansCoverTheTextOfEachUnit() {
		List<Provision> roots = structure(LAW);
		Provision article = roots.get(0).children().get(1);
		String covered = LAW.substring(article.span().start(), article.span().end());
		assertThat(covered).startsWith("第二条").endsWith("必须依照本法办理会计事务。");
		Provision paragraph = article.children().get(0);
		assertThat(LAW.substring(paragraph.span().start(), paragraph.span().end())).isEqualTo("会计工作应当贯彻落实党和国家路线方针政策。");
		Provision chapter = roots.get(0);
		assertThat(LAW.substring(chapter.span().start(), chapter.span().end())).startsWith("第一章")
			.endsWith("由单位负责人组织实施。");
	}

	@Test
	void theBodyEndsAtTheCopyToLineAndATableOfContentsIsDropped() {
		String text = """
				某某办法

				目　录

				第一章　总则
				第二章　附则

				第一章　总则

				　　第一条　为了规范管理，制定本办法。

				第二章　附则

				　　第二条　本办法自2022年3月1日起施行。


				抄送：县委办公室。

				青禾县人民政府办公室　　　　2022年2月11日印发
				""";
		List<Provision> roots = structure(text);
		assertThat(roots).extracting(Provision::label).containsExactly("第一章", "第二章");
		Provision last = roots.get(1).children().get(0);
		assertThat(last.children()).hasSize(1);
		assertThat(text.substring(last.span().start(), last.span().end())).endsWith("起施行。");
	}

	@Test
	void theLastArticleEndsWhereTheSavedPageGoesOnWithItsOwnLines() {
		String body = """
				青禾县农村集体资产管理办法

				　　第一条　为加强农村集体资产管理，制定本办法。

				　　第二条　本办法自2023年6月1日起施行。
				""";
		for (String trailer : List.of("相关文件\n\t青禾县人民政府关于废止部分规范性文件的决定\n", "上一篇：青禾县财政局关于开展资产清查的通知\n下一篇：无\n",
				"打印本页\n关闭窗口\n", "主办单位：青禾县人民政府办公室　承办：青禾县大数据中心\n联系电话：0571-12345678\n")) {
			String text = body + "\n" + trailer;
			List<Provision> roots = structure(text);
			assertThat(roots).as(trailer).extracting(Provision::label).containsExactly("第一条", "第二条");
			Provision last = roots.get(1);
			assertThat(last.children()).as(trailer).hasSize(1);
			assertThat(text.substring(last.span().start(), last.span().end())).as(trailer).endsWith("起施行。");
		}
		// An event's 主办单位 alone is the document's own paragraph.
		String text = body.replace("起施行。\n", "起施行。\n\n主办单位：青禾县文化广电体育局\n");
		assertThat(structure(text).get(1).children()).hasSize(2);
	}

	@Test
	void aTextWithoutArticlesHasNoStructure() {
		assertThat(structure("一、强化机构设置。\n\n第一阶段工作安排如下。\n")).isEmpty();
	}

}
