package cn.guifan.registry.diff;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PlainTextTest {

	@Test
	void markdownMarksAreNotComparedAsText() {
		String plain = DiffService.plain("# 中华人民共和国会计法\n<!-- INFO END -->\n---\n## 第一章 总则\n第一条　为了规范会计行为。\n");
		assertThat(plain).doesNotContain("#").doesNotContain("<!--").doesNotContain("---");
		assertThat(plain).contains("中华人民共和国会计法").contains("第一章 总则").contains("第一条　为了规范会计行为。");
	}

}
