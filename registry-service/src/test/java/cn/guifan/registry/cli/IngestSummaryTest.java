package cn.guifan.registry.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import cn.guifan.ingest.job.IngestMonitor;
import cn.guifan.ingest.job.IngestRunner;
import cn.guifan.registry.ingest.IngestReport;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What {@code guifan ingest} prints at the end of a run. */
class IngestSummaryTest {

	@Test
	void theSummaryListsSkippedFilesAndFilesStoredWithAFailedStep() {
		IngestReport report = new IngestReport(7, "COMPLETED", new IngestRunner.RunCounts(3, 2, 0, 0, 1, 1),
				List.of(new IngestReport.Issue("bad/empty.txt", "EMPTY_FILE", "文件为空：文件大小为 0 字节")),
				List.of(new IngestMonitor.StageFailure("notice.txt", "RepealStage",
						"读取废止条款时出错，此项未识别，请核对原文：StringIndexOutOfBoundsException: begin 164, end 157, length 192")),
				"", Duration.ofMillis(1500), 0);

		String printed = print(report);

		assertThat(printed).contains("导入完成（运行编号 7，用时 1.5 秒）")
			.contains("读取文件 3 个：新入库 2，并入已有文件 0，重复 0，跳过 1；其中 1 个入库文件部分信息未能识别")
			.contains("跳过的文件：\n    bad/empty.txt  [EMPTY_FILE] 文件为空")
			.contains("已入库、但部分信息未能识别的文件（请在“登记管理”页核对）：\n    notice.txt  [RepealStage] 读取废止条款时出错");
	}

	@Test
	void aFailedRunSaysWhyAndThatItResumes() {
		IngestReport report = new IngestReport(8, "FAILED", new IngestRunner.RunCounts(2, 2, 0, 0, 0, 0), List.of(),
				List.of(), "写入登记库失败（c/page.html）：DataAccessResourceFailureException: database unavailable",
				Duration.ofSeconds(1), 0);

		assertThat(print(report)).contains("导入未完成：FAILED")
			.contains("失败原因：写入登记库失败（c/page.html）")
			.contains("修复后再次运行同一命令，将从中断处继续。")
			.doesNotContain("部分信息未能识别");
	}

	private static String print(IngestReport report) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		IngestCommand.printSummary(report, new PrintStream(out, true, StandardCharsets.UTF_8));
		return out.toString(StandardCharsets.UTF_8).replace("\r\n", "\n");
	}

}
