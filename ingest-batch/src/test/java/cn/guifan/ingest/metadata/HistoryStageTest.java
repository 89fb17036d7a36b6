package cn.guifan.ingest.metadata;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Pattern;

import cn.guifan.schemas.document.HistoryEvent;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class HistoryStageTest {

	private static List<HistoryEvent> history(String text) {
		return Stages.run(text, "a.md", new HistoryStage()).history();
	}

	@Test
	void readsEachLineOfAMarkdownLawsBlock() {
		// corpus: 经济法/会计法(2024-06-28).md
		String text = """
				# 中华人民共和国会计法

				1985年1月21日 第六届全国人民代表大会常务委员会第九次会议通过

				1993年12月29日 第八届全国人民代表大会常务委员会第五次会议《关于修改〈中华人民共和国会计法〉的决定》第一次修正

				1999年10月31日 第九届全国人民代表大会常务委员会第十二次会议修订

				2024年6月28日 第十四届全国人民代表大会常务委员会第十次会议《关于修改〈中华人民共和国会计法〉的决定》第三次修正）

				<!-- INFO END -->

				## 第一章 总 则
				""";
		List<HistoryEvent> events = history(text);
		assertThat(events).extracting(HistoryEvent::type, HistoryEvent::date, HistoryEvent::ordinal)
			.containsExactly(tuple(HistoryEvent.Type.ADOPTED, LocalDate.of(1985, 1, 21), null),
					tuple(HistoryEvent.Type.AMENDED, LocalDate.of(1993, 12, 29), 1),
					tuple(HistoryEvent.Type.REVISED, LocalDate.of(1999, 10, 31), null),
					tuple(HistoryEvent.Type.AMENDED, LocalDate.of(2024, 6, 28), 3));
		assertThat(events.get(0).organ()).isEqualTo("第六届全国人民代表大会常务委员会第九次会议");
		assertThat(events.get(1).decision()).isEqualTo("关于修改〈中华人民共和国会计法〉的决定");
		assertThat(events.get(1).text()).startsWith("1993年12月29日").endsWith("第一次修正");
	}

	@Test
	void joinsLinesBrokenInTheMiddleAndSplitsEventsSharingALine() {
		String text = """
				# 泰安市城市绿化条例

				2018年8月29日 泰安市第十七届人民代表大会常务委员会第十一次会议通过

				2020年2月28日 泰安市第十七届人民代表大会常务委员会第二十五次会议通过并经2020年3月26日山东省第十三届人民代
				表大会常务委员会第十七次会议批准的《关于修改〈泰安市城市绿化条例〉的决定》修正

				<!-- INFO END -->
				""";
		assertThat(history(text)).extracting(HistoryEvent::type, HistoryEvent::date)
			.containsExactly(tuple(HistoryEvent.Type.ADOPTED, LocalDate.of(2018, 8, 29)),
					tuple(HistoryEvent.Type.ADOPTED, LocalDate.of(2020, 2, 28)),
					tuple(HistoryEvent.Type.AMENDED, LocalDate.of(2020, 3, 26)));
	}

	@Test
	void readsABracketedLineAboveTheMarker() {
		// corpus: 行政法/反间谍法(2014-11-01).md
		String text = "# 中华人民共和国反间谍法\n\n(2014年11月1日第十二届全国人民代表大会常务委员会第十一次会议通过)\n\n<!-- INFO END -->\n\n## 第一章 总则\n";
		assertThat(history(text)).extracting(HistoryEvent::type, HistoryEvent::date, HistoryEvent::organ)
			.containsExactly(tuple(HistoryEvent.Type.ADOPTED, LocalDate.of(2014, 11, 1), "第十二届全国人民代表大会常务委员会第十一次会议"));
	}

	@Test
	void aJointAdoptionGivesBothCourtsTheAct() {
		String text = "# 最高人民法院、最高人民检察院关于办理抢夺刑事案件适用法律若干问题的解释\n\n2013年9月30日 最高人民法院审判委员会第1592次会议、2013年10月22日最高人民检察院第十二届检察委员会第12次会议通过\n\n2013年11月11日 最高人民法院、最高人民检察院公告公布\n\n2013年11月18日 施行\n\n<!-- INFO END -->\n";
		assertThat(history(text)).extracting(HistoryEvent::type, HistoryEvent::date, HistoryEvent::organ)
			.containsExactly(tuple(HistoryEvent.Type.ADOPTED, LocalDate.of(2013, 9, 30), "最高人民法院审判委员会第1592次会议"),
					tuple(HistoryEvent.Type.ADOPTED, LocalDate.of(2013, 10, 22), "最高人民检察院第十二届检察委员会第12次会议"),
					tuple(HistoryEvent.Type.PROMULGATED, LocalDate.of(2013, 11, 11), "最高人民法院、最高人民检察院"),
					tuple(HistoryEvent.Type.EFFECTIVE, LocalDate.of(2013, 11, 18), null));
	}

	@Test
	void readsTheBracketedParagraphOfAnOfficialText() {
		String text = "中华人民共和国会计法\n（1985年1月21日第六届全国人民代表大会常务委员会第九次会议通过　根据1993年12月29日第八届全国人民代表大会常务委员会第五次会议《关于修改〈中华人民共和国会计法〉的决定》第一次修正）\n\n第一章　总则\n";
		assertThat(history(text)).extracting(HistoryEvent::type, HistoryEvent::date)
			.containsExactly(tuple(HistoryEvent.Type.ADOPTED, LocalDate.of(1985, 1, 21)),
					tuple(HistoryEvent.Type.AMENDED, LocalDate.of(1993, 12, 29)));
	}

	@Test
	void aNoticeInTheHeaderIsNoHistoryButItsEffectLineIs() {
		// corpus: 行政法规/工资支付暂行规定(1994-12-06).md
		String text = "# 工资支付暂行规定\n\n关于印发《工资支付暂行规定》的通知\n\n劳部发〔1994〕489号\n\n劳动部\n\n一九九四年十二月六日\n\n1995年1月1日 执行\n\n<!-- INFO END -->\n";
		assertThat(history(text)).extracting(HistoryEvent::type, HistoryEvent::date)
			.containsExactly(tuple(HistoryEvent.Type.EFFECTIVE, LocalDate.of(1995, 1, 1)));
	}

	@Test
	void aDocumentWithoutHistoryHasNone() {
		assertThat(history("青禾县人民政府文件\n\n青政规〔2020〕2号\n\n青禾县人民政府\n关于印发《某办法》的通知\n")).isEmpty();
	}

	@Test
	void aLongRunOfLineBreaksInsideAnEventTakesNoLongerThanItsLength() {
		// Fuzz reproducer: scripts/benchmark fuzz --seed 1 --case 9801 (4,845 line
		// breaks:
		// 2.2 s in this stage, as the trimming expression retried the run at each
		// character).
		String text = "# 浙江省广告管理条例\n\n2007年9月28日 浙江省第十届人民代表大会常务委员会第三十四次会议通过根据2011年11月25日浙江省第十一届人民代表大会常务委员会第二十"
				+ "\n".repeat(20_000)
				+ "九次会议《关于修改〈浙江省专利保护条例〉等十四件地方性法规的决定》修正2020年7月31日浙江省第十三届人民代表大会常务委员会第二十二次会议修订\n\n<!-- INFO END -->\n\n第一条 为了规范广告活动，制定本条例。\n";
		List<HistoryEvent> events = CpuBudget.within(Duration.ofSeconds(2), () -> history(text));
		assertThat(events).extracting(HistoryEvent::type, HistoryEvent::date)
			.startsWith(tuple(HistoryEvent.Type.ADOPTED, LocalDate.of(2007, 9, 28)));
	}

	@Test
	void trimmingDoesWhatTheExpressionItReplacesDid() {
		Pattern expression = Pattern
			.compile("^[\\s\\u3000（(，,、。；;根据]+|[\\s\\u3000（(）)，,、。；;]+$|[\\s\\u3000（(，,、。；;]*根据$");
		// No line breaks: the expression's $ also matched before a final one, and a
		// segment is cut from lines joined with spaces.
		String alphabet = " \u3000\t（(）)，,、。；;根据会议通过";
		SplittableRandom random = new SplittableRandom(9801);
		for (int i = 0; i < 20_000; i++) {
			StringBuilder s = new StringBuilder();
			for (int n = random.nextInt(12); n > 0; n--) {
				s.append(alphabet.charAt(random.nextInt(alphabet.length())));
			}
			String in = s.toString();
			assertThat(HistoryStage.trim(in)).as("[%s]", in).isEqualTo(expression.matcher(in).replaceAll(""));
		}
	}

}
