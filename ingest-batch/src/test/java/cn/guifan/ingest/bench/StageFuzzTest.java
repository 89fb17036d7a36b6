package cn.guifan.ingest.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A bounded, seeded run of the stage fuzzer: no metadata stage throws, or takes more than
 * three seconds, on 1,500 mutated texts (the benchmark's limit is one second; a test
 * shares the machine and starts cold). The large run is {@code scripts/benchmark fuzz}.
 */
class StageFuzzTest {

	private static final long SEED = 16;

	private static List<String> texts;

	@BeforeAll
	static void loadTexts() throws Exception {
		Path corpus = ExtractionAccuracy.corpus();
		assumeTrue(Files.isDirectory(corpus.resolve("laws")), "the shared corpus is beside the checkout");
		texts = StageFuzzer.texts(corpus, ExtractionAccuracy.samples(), 10);
	}

	@Test
	void noStageThrowsOrHangsOnMutatedTexts() throws Exception {
		StageFuzzer fuzzer = new StageFuzzer(texts, SEED, 3000);
		StageFuzzer.Result result = fuzzer.runAll(0, 1500, 30);
		assertThat(result.report(SEED)).as("stage failures (reproduce with scripts/benchmark fuzz --seed S --case N)")
			.isEmpty();
		assertThat(result.cases).isEqualTo(1500);
	}

	@Test
	void aCaseIsTheSameTextEveryTime() {
		StageFuzzer fuzzer = new StageFuzzer(texts, SEED, 1000);
		assertThat(fuzzer.generate(7)).isEqualTo(fuzzer.generate(7));
		assertThat(fuzzer.generate(7).text()).isNotEqualTo(fuzzer.generate(8).text());
	}

}
