package cn.guifan.schemas.document;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ListRowTest {

	@Test
	void aRowPrintedFromATableGivesItsTitleAndTheNumberAfterIt() {
		String row = "1 关于城市规划建设管理规定的通知 达市府发〔2000〕65号 制定依据发生了重大变化（新的《城乡规划法》实施后）";
		ListRow read = ListRow.bare(row).orElseThrow();
		assertThat(read.title()).isEqualTo("关于城市规划建设管理规定的通知");
		assertThat(row.substring(read.start(), read.end())).isEqualTo(read.title());
		assertThat(read.number().normalized()).isEqualTo("达市府发〔2000〕65号");
		ListRow inParentheses = ListRow.bare("2.某县人民政府关于加强城区养犬管理的通告（某政通〔2012〕5号）").orElseThrow();
		assertThat(inParentheses.title()).isEqualTo("某县人民政府关于加强城区养犬管理的通告");
		assertThat(inParentheses.number().normalized()).isEqualTo("某政通〔2012〕5号");
		ListRow issuing = ListRow.bare("（3）某县人民政府关于印发《某县殡葬管理办法》的通知　调整对象已消失").orElseThrow();
		assertThat(issuing.title()).isEqualTo("某县人民政府关于印发《某县殡葬管理办法》的通知");
		assertThat(issuing.number()).isNull();
	}

	@Test
	void aNumberFarAfterTheTitleIsTheReasonsAndOtherLinesAreNoRows() {
		assertThat(ListRow.bare("4 关于加强城区管理的通知 调整对象已经消失，相关事项已由新的规定代替，见某政发〔2015〕2号").orElseThrow().number()).isNull();
		assertThat(ListRow.bare("序号 文件名称 文号 说明")).isEmpty();
		assertThat(ListRow.bare("2、根据现行城市规划的需要，已制定了新的城市规划政策。")).isEmpty();
		assertThat(ListRow.bare("1 《某县招商引资优惠政策若干规定》 某政发〔2015〕18号")).isEmpty();
	}

}
