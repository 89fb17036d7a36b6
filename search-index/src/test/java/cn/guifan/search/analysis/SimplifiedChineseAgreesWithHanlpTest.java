package cn.guifan.search.analysis;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import cn.guifan.schemas.text.SimplifiedChinese;
import com.hankcs.hanlp.HanLP;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The table in schemas that ingest and search both use converts as HanLP does, from which
 * it was generated ({@link ScriptTableGenerator}): a stale or hand-edited table fails
 * here.
 */
class SimplifiedChineseAgreesWithHanlpTest {

	@Test
	void theTableIsWhatTheGeneratorWrites() throws IOException {
		Map<String, String> table = ScriptTableGenerator.table();
		for (Map.Entry<String, String> entry : table.entrySet()) {
			assertThat(SimplifiedChinese.of(entry.getKey())).as(entry.getKey()).isEqualTo(entry.getValue());
		}
	}

	@Test
	void lawsInSimplifiedAndInTraditionalScriptConvertAsHanlpConvertsThem() throws IOException {
		Path laws = Path.of("..", "..", "shared", "corpus", "laws");
		assumeTrue(Files.isDirectory(laws), "the shared corpus is beside the checkout");
		List<Path> files;
		try (Stream<Path> walk = Files.walk(laws)) {
			files = walk.filter((p) -> p.toString().endsWith(".md")).sorted().toList();
		}
		for (int i = 0; i < files.size(); i += 60) {
			String simplified = Files.readString(files.get(i));
			assertThat(SimplifiedChinese.of(simplified)).isSameAs(simplified);
			String traditional = HanLP.convertToTraditionalChinese(simplified);
			assertThat(SimplifiedChinese.of(traditional)).as(files.get(i).toString())
				.isEqualTo(HanLP.convertToSimplifiedChinese(traditional));
		}
	}

}
