package cn.guifan.ingest.metadata;

import java.time.Duration;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import cn.guifan.schemas.document.DocumentMetadata;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cost of {@link CitationStage} (and of {@link DispositionLists}, which it shares
 * with {@link RepealStage}); what they read is tested in ReferenceStagesTest.
 */
class CitationStageTest {

	@Test
	void aListOfTitlesOnOneLongLineCostsItsLengthNotItsSquare() {
		// Fuzz reproducer: scripts/benchmark fuzz --seed 5 --case 240 (24,778 titles on
		// a few long lines: 1.9 s here, each title searching back to the start of its row
		// and on to the end of its sentence). Here a million characters stand before the
		// titles on their line.
		String list = IntStream.rangeClosed(1, 5_000)
			.mapToObj((i) -> "《某县第" + i + "号管理办法》")
			.collect(Collectors.joining("、"));
		String text = "某县文件目录\n\n继续有效的行政规范性文件目录\n" + "说明".repeat(500_000) + list + "\n";
		DocumentMetadata m = CpuBudget.within(Duration.ofSeconds(2),
				() -> Stages.run(text, new TitleStage(), new RepealStage(), new CitationStage()));
		assertThat(m.citations()).hasSize(5_000);
	}

}
