package cn.guifan.registry.cli;

import java.nio.file.Path;

import cn.guifan.registry.operations.BackupException;
import cn.guifan.registry.operations.Backups;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code guifan backup DIR}: a consistent copy of the database and the original files,
 * with a manifest of row counts and checksums, checked after writing. Works while the
 * service runs.
 */
@Command(name = "backup", mixinStandardHelpOptions = true, description = {
		"备份登记库（数据库的一致快照）和原始文件到一个新的或空的目录，附清单（各表行数、每个文件的大小和 SHA-256），写完后逐一校验。", "服务运行时也可备份。检索索引不备份：恢复后从登记库重建。" })
class BackupCommand extends RegistryCommand {

	@Parameters(index = "0", paramLabel = "DIR", description = "备份目录（新的或空的）")
	Path directory;

	@Override
	public Integer call() {
		try (ConfigurableApplicationContext context = start(databaseOnly())) {
			Backups.Summary summary = context.getBean(Backups.class).backup(this.directory);
			System.out.printf("已备份到 %s：数据库 %d 张表 %d 行，原始文件 %d 个，共 %.1f MB；已逐一校验。%n", summary.folder(),
					summary.tables().size(), summary.rows(), summary.files(), summary.bytes() / 1_000_000.0);
			System.out.println("恢复：./guifan restore " + summary.folder());
			return ExitCodes.OK;
		}
		catch (BackupException ex) {
			System.err.println("错误：" + ex.getMessage());
			return ExitCodes.FAILED;
		}
	}

}
