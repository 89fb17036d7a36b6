package cn.guifan.registry.lifecycle;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

class CleanupListsTest {

	@Test
	void aDecisionNamedByWhatItDoesToDocumentsIsACleanupDecision() {
		assertThat(CleanupLists.isCleanupDecision("青禾县人民政府关于公布行政规范性文件清理结果的决定")).isTrue();
		assertThat(CleanupLists.isCleanupDecision("青禾县人民政府关于废止和宣布失效部分行政规范性文件的决定")).isTrue();
		assertThat(CleanupLists.isCleanupDecision("青禾县人民政府关于废止《青禾县城区养犬管理办法》的决定")).isFalse();
		assertThat(CleanupLists.isCleanupDecision("青禾县人民政府关于开展违法建设专项整治的通告")).isFalse();
	}

	@Test
	void rowsWithAndWithoutBookTitleMarks() {
		String text = """
				青禾县人民政府关于废止和宣布失效部分行政规范性文件的决定

				宣布失效的行政规范性文件目录

				序号 文件名称 文号 失效理由
				1 青禾县人民政府关于加强城区养犬管理的通告 青政通〔2012〕5号 有效期已届满
				2 《青禾县建筑工地扬尘污染防治管理规定》 青住建〔2020〕15号 调整对象已消失
				""";
		assertThat(CleanupLists.read(text, List.of()))
			.extracting(CleanupLists.Entry::disposition, (e) -> e.citation().title(), (e) -> e.number().normalized())
			.containsExactly(tuple(CleanupLists.Disposition.INVALID, "青禾县人民政府关于加强城区养犬管理的通告", "青政通〔2012〕5号"),
					tuple(CleanupLists.Disposition.INVALID, "青禾县建筑工地扬尘污染防治管理规定", "青住建〔2020〕15号"));
	}

}
