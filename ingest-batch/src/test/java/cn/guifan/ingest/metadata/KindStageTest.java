package cn.guifan.ingest.metadata;

import java.time.Duration;

import cn.guifan.schemas.document.DocumentKind;
import cn.guifan.schemas.document.DocumentMetadata;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class KindStageTest {

	private static DocumentMetadata kind(String text, String name) {
		return MetadataExtractor.standard().extract(text, name);
	}

	private static void assertKind(String text, DocumentKind kind, String reasonPart) {
		DocumentMetadata m = kind(text, "a.md");
		assertThat(m.kind()).as(text).isEqualTo(kind);
		assertThat(m.kindReason()).contains(reasonPart);
	}

	@Test
	void theConstitutionIsFiledAsALaw() {
		assertKind("# 中华人民共和国宪法修正案（2018年）\n\n2018年3月11日 第十三届全国人民代表大会第一次会议通过\n\n<!-- INFO END -->\n", DocumentKind.LAW,
				"宪法");
	}

	@Test
	void theMakerInTheHistoryBlock() {
		assertKind("# 中华人民共和国会计法\n\n1985年1月21日 第六届全国人民代表大会常务委员会第九次会议通过\n\n<!-- INFO END -->\n", DocumentKind.LAW,
				"全国人民代表大会常务委员会通过的法律");
		assertKind("# 人工影响天气管理条例\n\n2002年3月19日 中华人民共和国国务院令第348号公布\n\n<!-- INFO END -->\n",
				DocumentKind.ADMINISTRATIVE_REGULATION, "国务院令");
		assertKind(
				"# 济南市水土保持条例\n\n2016年9月14日 济南市第十五届人民代表大会常务委员会第三十一次会议通过\n\n2016年11月26日 山东省第十二届人民代表大会常务委员会第二十四次会议批准\n\n<!-- INFO END -->\n",
				DocumentKind.LOCAL_REGULATION, "济南市人民代表大会常务委员会");
		assertKind("# 人民检察院刑事诉讼规则\n\n2019年12月2日 最高人民检察院第十三届检察委员会第二十八次会议通过\n\n<!-- INFO END -->\n",
				DocumentKind.JUDICIAL_INTERPRETATION, "最高人民检察院");
		assertKind("# 市场监督管理行政处罚信息公示规定\n\n2021年7月30日 国家市场监督管理总局令第45号公布\n\n<!-- INFO END -->\n", DocumentKind.RULE,
				"部门规章");
		assertKind(
				"# 有线电视管理暂行办法\n\n1990年11月16日 广播电影电视部令第2号发布\n\n2011年1月8日 《国务院关于废止和修改部分行政法规的决定》第一次修订\n\n<!-- INFO END -->\n",
				DocumentKind.ADMINISTRATIVE_REGULATION, "国务院");
	}

	@Test
	void theTitleWhenThereIsNoHistory() {
		assertKind("# 最高人民法院关于内地与澳门特别行政区就仲裁程序相互协助保全的安排\n\n<!-- INFO END -->\n", DocumentKind.JUDICIAL_INTERPRETATION,
				"最高人民");
		assertKind("# 上海港口条例\n\n<!-- INFO END -->\n", DocumentKind.LOCAL_REGULATION, "规章不得称条例");
		assertKind("# 两用物项出口管制条例\n\n<!-- INFO END -->\n", DocumentKind.ADMINISTRATIVE_REGULATION, "未冠地方名称");
		assertKind("# 上海市人民代表大会常务委员会议事规则\n\n<!-- INFO END -->\n", DocumentKind.LOCAL_REGULATION, "人民代表大会");
	}

	@Test
	void anOrderIsARule() {
		assertKind("丰原市人民政府令\n\n第8号\n\n《丰原市行政规范性文件管理规定》已经市人民政府常务会议审议通过，现予公布，自2019年3月1日起施行。\n", DocumentKind.RULE,
				"丰原市人民政府令第8号");
	}

	@Test
	void normativeDocuments() {
		assertKind("青禾县人民政府文件\n\n青政规〔2020〕2号\n\n青禾县人民政府\n关于印发《青禾县居家养老服务补贴管理办法》的通知\n", DocumentKind.NORMATIVE_DOCUMENT,
				"青政规〔2020〕2号");
		assertKind("青禾县人民政府办公室文件\n\n青政办发〔2022〕21号\n\n青禾县人民政府办公室关于印发《青禾县涉企行政检查备案管理办法》的通知\n",
				DocumentKind.NORMATIVE_DOCUMENT, "印发《青禾县涉企行政检查备案管理办法》的通知");
		assertKind("青禾县人民政府文件\n\n青政发〔2024〕11号\n\n青禾县人民政府\n关于公布行政规范性文件清理结果的决定\n\n各乡镇人民政府：\n\n　　本决定自公布之日起施行。\n",
				DocumentKind.NORMATIVE_DOCUMENT, "清理");
		// A decision that repeals documents, named by what it does rather than by 清理.
		assertKind("青禾县人民政府\n关于废止和宣布失效部分行政规范性文件的决定\n\n青政发〔2022〕11号\n\n各乡镇人民政府，县政府各部门：\n\n经研究，决定废止5件、宣布失效3件行政规范性文件。\n",
				DocumentKind.NORMATIVE_DOCUMENT, "清理");
	}

	@Test
	void workDocuments() {
		assertKind("青禾县人民政府办公室文件\n\n青政办〔2022〕9号\n\n青禾县人民政府办公室\n关于印发青禾县2022年政务公开工作要点的通知\n", DocumentKind.OTHER, "工作要点");
		assertKind("青禾县人民政府\n\n青政字（2022）31号\n\n青禾县人民政府\n关于同意《青禾县城区临时占道经营疏导点设置方案》的批复\n\n县城市管理局：\n", DocumentKind.OTHER,
				"批复");
		assertKind("青禾县人民政府办公室\n\n青政办明电〔2024〕6号\n\n青禾县人民政府办公室\n关于召开全县行政规范性文件清理工作推进会议的通知\n", DocumentKind.OTHER, "会议");
		assertKind("# 《青禾县人民政府关于修改〈青禾县居家养老服务补贴管理办法〉的决定》政策解读\n", DocumentKind.OTHER, "解读");
	}

	@Test
	void aTextAllOnItsHeadingLineIsJudgedWithoutItsTitleAndQuickly() {
		// Fuzz reproducer: scripts/benchmark fuzz --seed 3 --case 51919 (a law with its
		// line breaks turned into spaces: 1.2 s in this stage on a 106,052-character
		// "title").
		String text = "# 最高人民法院关于审理案件的规定（试行） " + "第一条 人民法院审理案件，依照本规定（试行）的规定办理。 ".repeat(4000);
		DocumentMetadata m = CpuBudget.within(Duration.ofSeconds(2),
				() -> Stages.run(text, "a.md", new TitleStage(), new KindStage()));
		assertThat(m.kind()).isEqualTo(DocumentKind.OTHER);
	}

}
