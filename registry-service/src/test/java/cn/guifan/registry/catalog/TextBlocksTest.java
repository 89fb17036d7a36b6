package cn.guifan.registry.catalog;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextBlocksTest {

	@Test
	void markdownMarksCommentsAndRulesAreNotShownAsText() {
		List<TextBlocks.Block> blocks = TextBlocks.of("""
				# 中华人民共和国会计法

				<!-- INFO END -->

				---

				## 第一章 总则

				第一条　为了规范会计行为，制定本法。
				""");
		assertThat(blocks).extracting(TextBlocks.Block::kind)
			.containsExactly("heading", "rule", "heading", "paragraph");
		assertThat(blocks.get(0).text()).isEqualTo("中华人民共和国会计法");
		assertThat(blocks.get(2)).isEqualTo(new TextBlocks.Block("heading", 2, "第一章 总则"));
		assertThat(blocks).noneMatch((b) -> b.text().contains("#") || b.text().contains("<!--"));
	}

	@Test
	void chapterLinesOfAPlainTextAreHeadings() {
		assertThat(TextBlocks.of("第一章　总　则\n　　第一条　为规范…")).extracting(TextBlocks.Block::kind)
			.containsExactly("heading", "paragraph");
	}

}
