package cn.guifan.registry.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import cn.guifan.ingest.job.IngestMonitor;
import cn.guifan.registry.ingest.IngestReport;
import cn.guifan.registry.ingest.IngestService;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code guifan ingest DIR}: loads a directory of files into the registry, with a
 * progress bar and a summary. Works whether or not the service is running: the database
 * and the Elasticsearch node are shared.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
		description = {
				"把一个目录（含子目录）中的文件导入登记库：txt、md、html、doc、docx、wps、pdf（含扫描件，需 Tesseract）、ofd、图片和 zip 压缩包（逐个导入其中的文件）。",
				"同一文件重复导入不会产生重复记录；无法读取的文件被跳过并列出原因；某一项信息识别出错的文件照常入库，并列出出错的步骤；中断后再次运行同一目录会从中断处继续。" })
class IngestCommand extends RegistryCommand {

	@Parameters(index = "0", paramLabel = "DIR", description = "要导入的目录或单个文件")
	Path directory;

	@Option(names = "--threads", description = "同时解析的文件数（默认 2）")
	Integer threads;

	@Option(names = "--chunk-size", description = "每个事务提交的文件数（默认 50）")
	Integer chunkSize;

	@Option(names = "--wait-index", defaultValue = "600", description = "导入后最多等待多少秒，直到新文件可以检索（默认 600；0 表示不等待）")
	long waitIndexSeconds;

	@Override
	@SuppressWarnings("try") // the bar draws itself until it is closed
	public Integer call() throws Exception {
		if (!Files.exists(this.directory)) {
			System.err.println("错误：找不到要导入的目录或文件：" + this.directory);
			return ExitCodes.FAILED;
		}
		Map<String, Object> properties = withSearch();
		if (this.threads != null) {
			properties.put("guifan.ingest.threads", this.threads);
		}
		if (this.chunkSize != null) {
			properties.put("guifan.ingest.chunk-size", this.chunkSize);
		}
		System.err.println("正在启动（数据库、检索节点）……");
		try (ConfigurableApplicationContext context = start(properties)) {
			IngestMonitor monitor = context.getBean(IngestMonitor.class);
			IngestService ingest = context.getBean(IngestService.class);
			IngestReport report;
			try (ProgressBar bar = ProgressBar.start(monitor, System.err)) {
				report = ingest.ingest(this.directory, Duration.ofSeconds(this.waitIndexSeconds));
			}
			printSummary(report, System.out);
			return report.completed() ? ExitCodes.OK : ExitCodes.FAILED;
		}
	}

	static void printSummary(IngestReport report, PrintStream out) {
		var c = report.counts();
		out.printf("导入%s（运行编号 %d，用时 %.1f 秒）%n", report.completed() ? "完成" : "未完成：" + report.status(), report.runId(),
				report.elapsed().toMillis() / 1000.0);
		out.printf("  读取文件 %d 个：新入库 %d，并入已有文件 %d，重复 %d，跳过 %d%s%n", c.read(), c.stored(), c.merged(), c.duplicates(),
				c.skipped(), (c.withStageFailures() > 0) ? "；其中 " + c.withStageFailures() + " 个入库文件部分信息未能识别" : "");
		if (!report.issues().isEmpty()) {
			out.println("  跳过的文件：");
			for (IngestReport.Issue issue : report.issues()) {
				out.printf("    %s  [%s] %s%n", issue.file(), issue.code(), issue.message());
			}
		}
		if (!report.stageFailures().isEmpty()) {
			out.println("  已入库、但部分信息未能识别的文件（请在“登记管理”页核对）：");
			for (IngestMonitor.StageFailure f : report.stageFailures()) {
				out.printf("    %s  [%s] %s%n", f.file(), f.stage(), f.message());
			}
		}
		if (report.indexPending() > 0) {
			out.printf("  另有 %d 个文件尚未写入检索索引，服务运行时将自动重试。%n", report.indexPending());
		}
		if (!report.failure().isEmpty()) {
			out.println("  失败原因：" + report.failure());
			out.println("  修复后再次运行同一命令，将从中断处继续。");
		}
	}

}
