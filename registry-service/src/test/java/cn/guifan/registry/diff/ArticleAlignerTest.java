package cn.guifan.registry.diff;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;

import cn.guifan.registry.support.Corpus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleAlignerTest {

	private static final String OLD = """
			青禾县居家养老服务补贴管理办法
			第一章 总则
			第一条 为了规范居家养老服务补贴管理，制定本办法。
			第二条 本办法适用于本县户籍的老年人。
			第三条 补贴标准为每人每月一百元。
			第二章 附则
			第四条 本办法由县民政局负责解释。
			""";

	private static final String NEW = """
			青禾县居家养老服务补贴管理办法
			第一章 总则
			第一条 为了规范居家养老服务补贴管理，制定本办法。
			第二条 本办法所称老年人，是指年满六十周岁的人。
			第三条 本办法适用于本县户籍的老年人。
			第四条 补贴标准为每人每月一百五十元。
			第二章 附则
			""";

	@Test
	void splitsArticlesAndLeavesChapterHeadingsOut() {
		List<Article> articles = Article.split(OLD);
		assertThat(articles).extracting(Article::label).containsExactly("序言", "第一条", "第二条", "第三条", "第四条");
		assertThat(articles.get(3).text()).isEqualTo("第三条 补贴标准为每人每月一百元。");
		assertThat(articles.get(4).number()).isEqualTo(4);
	}

	@Test
	void aRenumberedArticleIsMatchedToItselfNotToItsOldNumber() {
		List<VersionDiff.Row> rows = ArticleAligner.align(Article.split(OLD), Article.split(NEW));
		Map<VersionDiff.Change, Long> summary = ArticleAligner.summary(rows);

		VersionDiff.Row added = rows.stream()
			.filter((r) -> r.change() == VersionDiff.Change.ADDED)
			.findFirst()
			.orElseThrow();
		assertThat(added.newArticle().label()).isEqualTo("第二条");
		VersionDiff.Row moved = rows.stream()
			.filter((r) -> r.change() == VersionDiff.Change.RENUMBERED)
			.findFirst()
			.orElseThrow();
		assertThat(moved.oldArticle().label()).isEqualTo("第二条");
		assertThat(moved.newArticle().label()).isEqualTo("第三条");
		VersionDiff.Row changed = rows.stream()
			.filter((r) -> r.change() == VersionDiff.Change.CHANGED)
			.findFirst()
			.orElseThrow();
		assertThat(changed.oldArticle().label()).isEqualTo("第三条");
		assertThat(changed.newArticle().label()).isEqualTo("第四条");
		assertThat(changed.segments()).contains(new VersionDiff.Segment("INSERT", "五十"));
		assertThat(summary).containsEntry(VersionDiff.Change.REMOVED, 1L)
			.containsEntry(VersionDiff.Change.UNCHANGED, 2L);
		VersionDiff.Row removed = rows.stream()
			.filter((r) -> r.change() == VersionDiff.Change.REMOVED)
			.findFirst()
			.orElseThrow();
		assertThat(removed.oldArticle().label()).isEqualTo("第四条");
	}

	@Test
	void theTwoAccountingLawsAlignArticleByArticle() throws Exception {
		String v2017 = Files.readString(Corpus.laws().resolve("经济法/会计法(2017-11-04).md"));
		String v2024 = Files.readString(Corpus.laws().resolve("经济法/会计法(2024-06-28).md"));
		List<VersionDiff.Row> rows = ArticleAligner.align(Article.split(v2017), Article.split(v2024));
		Map<VersionDiff.Change, Long> summary = ArticleAligner.summary(rows);
		// 2024 rewrote several articles (帐 became 账 throughout) and added two: nearly
		// every article is matched to its counterpart, few are left over as added or
		// removed.
		long matched = summary.getOrDefault(VersionDiff.Change.UNCHANGED, 0L)
				+ summary.getOrDefault(VersionDiff.Change.RENUMBERED, 0L)
				+ summary.getOrDefault(VersionDiff.Change.CHANGED, 0L);
		assertThat(matched).as("%s", summary).isGreaterThan(45);
		assertThat(summary.getOrDefault(VersionDiff.Change.ADDED, 0L)
				+ summary.getOrDefault(VersionDiff.Change.REMOVED, 0L))
			.as("%s", summary)
			.isLessThanOrEqualTo(6);
		VersionDiff.Row third = rows.stream()
			.filter((r) -> r.newArticle() != null && r.newArticle().label().equals("第三条"))
			.findFirst()
			.orElseThrow();
		assertThat(third.segments()).contains(new VersionDiff.Segment("DELETE", "帐"),
				new VersionDiff.Segment("INSERT", "账"));
		assertThat(rows.stream().filter((r) -> r.change() == VersionDiff.Change.CHANGED))
			.allSatisfy((r) -> assertThat(r.similarity()).isGreaterThanOrEqualTo(ArticleAligner.MIN_SIMILARITY));
	}

}
