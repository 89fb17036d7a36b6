package cn.guifan.registry.lifecycle;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Applying an amending decision to the text it amends: the samples' decision 青政规〔2023〕4号
 * applied to 青政规〔2020〕2号 must give the revised text the decision publishes with it.
 */
class AmendmentsTest {

	private static final Path SAMPLES = Path.of("src/main/resources/samples/qinghe");

	@Test
	void theSevenItemsOfTheDecisionAreRead() throws IOException {
		Amendments.Decision decision = Amendments.read(sample("15-"));
		assertThat(decision.understood()).isTrue();
		assertThat(decision.items()).hasSize(7);
		assertThat(decision.items().get(4)).isEqualTo(new Amendments.DeleteArticle(12));
		assertThat(decision.newWording()).contains("本办法自2023年7月1日起施行，有效期5年。");
	}

	@Test
	void applyingTheDecisionGivesTheRevisedTextItPublishes() throws IOException {
		String decisionText = sample("15-");
		Optional<String> applied = Amendments.apply(sample("06-"), Amendments.read(decisionText), "青禾县居家养老服务补贴管理办法",
				"（根据2023-06-01《…》修改）");
		assertThat(applied).isPresent();
		String published = decisionText.substring(decisionText.lastIndexOf("第一条"), decisionText.indexOf("抄送"));
		assertThat(compact(applied.get().substring(applied.get().indexOf("第一条")))).isEqualTo(compact(published));
		assertThat(applied.get()).startsWith("青禾县居家养老服务补贴管理办法");
	}

	@Test
	void anItemNamingAnArticleTheTextDoesNotHaveIsNotApplied() {
		Amendments.Decision decision = Amendments.read("一、删除第九条。");
		assertThat(Amendments.apply("第一条　甲。\n第二条　乙。", decision, "办法", "（注）")).isEmpty();
	}

	@Test
	void aDecisionThatDoesNotSayHowIsNotUnderstood() {
		Amendments.Decision decision = Amendments.read("一、对第三条作文字修改。\n二、删除第二条。");
		assertThat(decision.understood()).isFalse();
		assertThat(Amendments.apply("第一条　甲。\n第二条　乙。\n第三条　丙。", decision, "办法", "（注）")).isEmpty();
	}

	@Test
	void articlesAreNumberedInChinese() {
		assertThat(Amendments.numeral(10)).isEqualTo("十");
		assertThat(Amendments.numeral(21)).isEqualTo("二十一");
		assertThat(Amendments.numeral(105)).isEqualTo("一百零五");
		assertThat(Amendments.numeral(110)).isEqualTo("一百一十");
	}

	private static String sample(String prefix) throws IOException {
		try (var files = Files.list(SAMPLES)) {
			Path file = files.filter((f) -> f.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
			return Files.readString(file, StandardCharsets.UTF_8);
		}
	}

	private static String compact(String text) {
		return text.replaceAll("[\\s\\u3000]", "");
	}

}
