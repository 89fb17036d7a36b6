package cn.guifan.registry.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import cn.guifan.registry.opendata.BulkExport;
import cn.guifan.registry.opendata.Snapshots;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code guifan export}: every public document as JSON lines (document.schema.json), to a
 * file or standard output, or as a dated snapshot with its manifest. Reads the database
 * only, so it runs whether or not the service does, and without Elasticsearch.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
		description = { "导出全部主动公开的文件，每行一个 JSON 对象（格式见 document.schema.json）。",
				"默认写到标准输出；--output 写到文件；--snapshot 生成当天的快照（gzip 数据和含统计、SHA-256 的清单）。服务运行与否均可使用。" })
class ExportCommand extends RegistryCommand {

	@Option(names = { "-o", "--output" }, description = "输出文件（默认标准输出）")
	Path output;

	@Option(names = "--no-text", description = "不含全文")
	boolean noText;

	@Option(names = "--snapshot", description = "生成当天的快照（<数据目录>/open-data/日期/）")
	boolean snapshot;

	@Override
	public Integer call() throws IOException {
		try (ConfigurableApplicationContext context = start(databaseOnly())) {
			if (this.snapshot) {
				Snapshots.Snapshot taken = context.getBean(Snapshots.class).take();
				System.out.printf("快照已生成：%s，%d 个文件，%d 字节，SHA-256 %s%n", taken.date(), taken.documents(), taken.bytes(),
						taken.sha256());
				return ExitCodes.OK;
			}
			BulkExport export = context.getBean(BulkExport.class);
			BulkExport.Summary summary;
			if (this.output == null) {
				summary = export.write(System.out, !this.noText);
				System.out.flush();
			}
			else {
				Path parent = this.output.toAbsolutePath().getParent();
				Files.createDirectories(parent);
				Path temp = Files.createTempFile(parent, ".export-", ".jsonl");
				try (OutputStream out = Files.newOutputStream(temp)) {
					summary = export.write(out, !this.noText);
				}
				Files.move(temp, this.output, StandardCopyOption.REPLACE_EXISTING);
			}
			System.err.printf("已导出 %d 个文件，%d 字节，SHA-256 %s%n", summary.documents(), summary.bytes(), summary.sha256());
			return ExitCodes.OK;
		}
	}

}
