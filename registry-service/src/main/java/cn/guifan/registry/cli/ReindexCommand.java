package cn.guifan.registry.cli;

import java.io.PrintStream;

import cn.guifan.registry.indexing.IndexRebuilds;
import cn.guifan.registry.indexing.ReindexJob;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;

/**
 * {@code guifan reindex}: rebuilds the search index from the database and swaps it in
 * while searches go on. Works whether or not the service runs.
 */
@Command(name = "reindex", mixinStandardHelpOptions = true,
		description = { "从登记库重建检索索引，完成后原子切换，期间检索照常可用。", "新索引建好之前现有索引保持不变；失败时丢弃新索引。重建期间的文件变更会在切换后写入新索引。服务运行与否均可使用。" })
class ReindexCommand extends RegistryCommand {

	@Override
	public Integer call() {
		System.err.println("正在启动（数据库、检索节点）……");
		try (ConfigurableApplicationContext context = start(withSearch())) {
			ReindexJob job = context.getBean(ReindexJob.class);
			PrintStream err = System.err;
			boolean interactive = System.console() != null;
			long[] lastLine = { 0 };
			IndexRebuilds.Phase[] lastPhase = { null };
			String[] lastPrinted = { "" };
			ReindexJob.Result result;
			try {
				result = job.run((phase, total, done, failed) -> {
					long now = System.currentTimeMillis();
					String line = describe(phase, total, done, failed);
					if (interactive) {
						err.print("\r" + line + "    ");
					}
					// In a log: each phase as it begins, then progress every few seconds
					// and when the last file is in.
					else if (!line.equals(lastPrinted[0])
							&& (phase != lastPhase[0] || now - lastLine[0] > 5_000 || done >= total)) {
						err.println(line);
						lastLine[0] = now;
						lastPrinted[0] = line;
					}
					lastPhase[0] = phase;
				});
			}
			catch (ReindexJob.ReindexException ex) {
				if (interactive) {
					err.println();
				}
				err.println("错误：" + ex.getMessage());
				return ExitCodes.FAILED;
			}
			if (interactive) {
				err.println();
			}
			System.out.printf("索引已重建并切换：%s，%d 个文件，%d 个条目，用时 %.1f 秒%n", result.index(), result.documents(),
					result.entries(), result.took().toMillis() / 1000.0);
			return ExitCodes.OK;
		}
	}

	static String describe(IndexRebuilds.Phase phase, long total, long done, long failed) {
		return switch (phase) {
			case STARTING -> "准备重建索引……";
			case WAITING_FOR_INDEXERS -> "等待正在写入的索引批次完成……";
			case BUILDING -> "重建索引：" + done + "/" + total + " 个文件" + ((failed > 0) ? "，失败 " + failed : "");
			case SWAPPING -> "切换到新索引……";
			case DONE -> "完成";
			case FAILED -> "失败";
		};
	}

}
