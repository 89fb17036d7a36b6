package cn.guifan.registry.cli;

import java.nio.file.Path;
import java.util.Map;

import cn.guifan.registry.indexing.ReindexJob;
import cn.guifan.registry.operations.BackupException;
import cn.guifan.registry.operations.Restores;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code guifan restore DIR}: checks a backup, puts its database and files in the data
 * folder (which must be unused, and empty unless {@code --force}), then rebuilds the
 * search index from the restored registry.
 */
@Command(name = "restore", mixinStandardHelpOptions = true,
		description = { "从 guifan backup 写的目录恢复登记库和原始文件，然后从登记库重建检索索引。",
				"先按清单校验备份；服务须已停止。数据目录已有数据时须加 --force：" + "原有的 db/ 和 files/ 移到数据目录下的 before-restore-<时间>/，不会删除。" })
class RestoreCommand extends RegistryCommand {

	@Parameters(index = "0", paramLabel = "DIR", description = "备份目录")
	Path directory;

	@Option(names = "--force", description = "数据目录已有数据时也恢复（原有数据移到一旁保留）")
	boolean force;

	@Override
	public Integer call() {
		Applications.checkSpringArguments(this.springArgs);
		Path data = Path.of(dataDir());
		Restores.Result result;
		try {
			result = Restores.restore(this.directory, data, this.force);
		}
		catch (BackupException ex) {
			System.err.println("错误：" + ex.getMessage());
			return ExitCodes.FAILED;
		}
		long rows = result.tables().values().stream().mapToLong(Long::longValue).sum();
		System.out.printf("已恢复 %s 的备份到 %s：数据库 %d 张表 %d 行（与清单一致），原始文件 %d 个。%n", result.created(),
				data.toAbsolutePath().normalize(), result.tables().size(), rows, result.files());
		if (result.movedAside() != null) {
			System.out.println("原有的数据库和文件已移到 " + result.movedAside());
		}
		System.err.println("正在重建检索索引……");
		Map<String, Object> properties = withSearch();
		properties.put("guifan.data-dir", data.toString());
		try (ConfigurableApplicationContext context = start(properties)) {
			ReindexJob.Result reindex = context.getBean(ReindexJob.class).run(ReindexJob.Listener.none());
			System.out.printf("检索索引已重建：%s，%d 个文件，%d 个条目。%n", reindex.index(), reindex.documents(), reindex.entries());
			return ExitCodes.OK;
		}
		catch (ReindexJob.ReindexException ex) {
			System.err.println("错误：登记库已恢复，但重建检索索引失败：" + ex.getMessage() + "（可稍后运行 ./guifan reindex）");
			return ExitCodes.FAILED;
		}
	}

	/** The data folder, as the application would resolve it. */
	private String dataDir() {
		String dataDir = this.dataDir;
		if (dataDir != null) {
			return dataDir;
		}
		for (String argument : this.springArgs) {
			if (argument.startsWith("--guifan.data-dir=")) {
				return argument.substring("--guifan.data-dir=".length());
			}
		}
		String environment = System.getenv("GUIFAN_DATA_DIR");
		return (environment != null && !environment.isBlank()) ? environment : "./data";
	}

}
