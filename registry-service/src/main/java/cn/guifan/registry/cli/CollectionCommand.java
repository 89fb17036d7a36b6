package cn.guifan.registry.cli;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import cn.guifan.registry.collection.CollectionRequest;
import cn.guifan.registry.collection.Collections;
import cn.guifan.registry.collection.CompiledCollection;
import cn.guifan.registry.export.ExportFormat;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code guifan collection}: defines and builds a compiled collection (汇编) from the
 * command line, with its progress on the terminal; rebuilds one; lists them. Works
 * whether or not the service runs (the database is shared).
 */
@Command(name = "collection", mixinStandardHelpOptions = true,
		description = { "编印规范性文件汇编（PDF 和 Word），或重新生成、列出已有的汇编。",
				"汇编收录截止日期当天现行有效的文件，按效力级别、制定机关、主题或年份分编，含编辑说明、目录和每件文件的全文。" },
		subcommands = { CollectionCommand.Build.class, CollectionCommand.Rebuild.class,
				CollectionCommand.ListAll.class })
class CollectionCommand implements Runnable {

	@picocli.CommandLine.Spec
	picocli.CommandLine.Model.CommandSpec spec;

	@Override
	public void run() {
		this.spec.commandLine().usage(System.out);
	}

	/** Options every subcommand that writes files shares. */
	static class Common {

		@Option(names = "--out", description = "把生成的 PDF 和 DOCX 复制到此目录")
		Path out;

		@Option(names = "--stats", description = "完成后报告用时和堆内存峰值")
		boolean stats;

	}

	@Command(name = "build", mixinStandardHelpOptions = true, description = "定义并生成一部汇编")
	static class Build extends RegistryCommand {

		@Option(names = "--title", required = true, description = "汇编名称")
		String title;

		@Option(names = "--as-of", required = true, description = "截止日期 YYYY-MM-DD：文本和效力状态以该日为准")
		String asOf;

		@Option(names = "--group-by", defaultValue = "KIND", description = "分编：KIND（效力级别，默认）、ISSUER、SUBJECT、YEAR、NONE")
		String groupBy;

		@Option(names = "--order", defaultValue = "DATE", description = "编内排列：DATE（默认）、DATE_DESC、TITLE")
		String order;

		@Option(names = "--issuer", split = ",", description = "制定机关或其前缀（青禾县 含其所属部门），可多个")
		List<String> issuers = new ArrayList<>();

		@Option(names = "--kind", split = ",", description = "效力级别，可多个（默认除工作文件外全部）")
		List<String> kinds = new ArrayList<>();

		@Option(names = "--subject", split = ",", description = "主题分类，可多个")
		List<String> subjects = new ArrayList<>();

		@Option(names = "--query", description = "检索词（需要检索服务）")
		String query;

		@Option(names = "--campaign", description = "清理活动：收录其继续有效目录")
		String campaign;

		@Option(names = "--ids", split = ",", description = "指定文件编号")
		List<Long> ids = new ArrayList<>();

		@Option(names = "--include-not-in-force", description = "一并收录截止日已废止、失效的文件并注明")
		boolean includeNotInForce;

		@Option(names = "--include-restricted", description = "收录不公开的文件（汇编仅登记人员可见）")
		boolean includeRestricted;

		@Mixin
		Common common = new Common();

		@Override
		public Integer call() throws Exception {
			CollectionRequest request = new CollectionRequest(this.title,
					new CollectionRequest.ScopeRequest(this.issuers, this.kinds, this.subjects, this.query,
							this.campaign, this.ids, this.includeNotInForce, this.includeRestricted),
					this.asOf, this.groupBy, this.order);
			var definition = request.toDefinition();
			System.err.println("正在启动（数据库）……");
			try (ConfigurableApplicationContext context = start(this.query != null ? withSearch() : databaseOnly())) {
				Collections collections = context.getBean(Collections.class);
				CompiledCollection defined = collections.defineOnly(definition, actor());
				return build(collections, defined.id(), this.common);
			}
		}

	}

	@Command(name = "rebuild", mixinStandardHelpOptions = true, description = "按原定义重新生成一部汇编")
	static class Rebuild extends RegistryCommand {

		@Parameters(index = "0", paramLabel = "ID", description = "汇编编号")
		long id;

		@Mixin
		Common common = new Common();

		@Override
		public Integer call() throws Exception {
			System.err.println("正在启动（数据库）……");
			try (ConfigurableApplicationContext context = start(withSearch())) {
				return build(context.getBean(Collections.class), this.id, this.common);
			}
		}

	}

	@Command(name = "list", mixinStandardHelpOptions = true, description = "列出汇编")
	static class ListAll extends RegistryCommand {

		@Override
		public Integer call() {
			try (ConfigurableApplicationContext context = start(databaseOnly())) {
				for (CompiledCollection c : context.getBean(Collections.class).list(true)) {
					System.out.printf("%d\t%s\t截至 %s\t%d 件\t%s%n", c.id(), c.definition().title(), c.asOf(), c.total(),
							c.state().label());
				}
				return ExitCodes.OK;
			}
		}

	}

	static String actor() {
		return "命令行（" + System.getProperty("user.name", "?") + "）";
	}

	/** Builds in a worker thread while this one draws the progress. */
	static int build(Collections collections, long id, Common common) throws Exception {
		PrintStream err = System.err;
		boolean interactive = System.console() != null;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			pool.resetPeakUsage();
		}
		long start = System.nanoTime();
		ExecutorService worker = Executors.newSingleThreadExecutor();
		CompiledCollection built;
		try {
			Future<CompiledCollection> result = worker.submit(() -> collections.buildNow(id, actor()));
			long lastLine = 0;
			String lastPrinted = "";
			while (true) {
				try {
					built = result.get(500, TimeUnit.MILLISECONDS);
					break;
				}
				catch (java.util.concurrent.TimeoutException ex) {
					CompiledCollection c = collections.require(id, true);
					String line = progress(c);
					long now = System.currentTimeMillis();
					if (interactive) {
						err.print("\r" + line + "    ");
					}
					else if (!line.equals(lastPrinted) && now - lastLine > 5_000) {
						err.println(line);
						lastLine = now;
						lastPrinted = line;
					}
				}
			}
		}
		catch (java.util.concurrent.ExecutionException ex) {
			throw (ex.getCause() instanceof Exception cause) ? cause : ex;
		}
		finally {
			worker.shutdownNow();
		}
		if (interactive) {
			err.println();
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		if (built.state() != CompiledCollection.State.DONE) {
			System.out.println("汇编 " + id + " 生成失败：" + built.error());
			return ExitCodes.FAILED;
		}
		System.out.printf("汇编 %d“%s”已生成：截至 %s，%d 件，用时 %.1f 秒%n", id, built.definition().title(), built.asOf(),
				built.total(), seconds);
		for (ExportFormat f : List.of(ExportFormat.PDF, ExportFormat.DOCX)) {
			Path file = collections.file(id, f, true);
			Path shown = file;
			if (common.out != null) {
				Files.createDirectories(common.out);
				shown = common.out.resolve(Collections.fileName(built, f));
				Files.copy(file, shown, StandardCopyOption.REPLACE_EXISTING);
			}
			System.out.printf("  %s  %s（%.1f MB）%n", f.extension().toUpperCase(java.util.Locale.ROOT), shown,
					Files.size(file) / 1e6);
		}
		System.out.println("  内容摘要 " + built.contentDigest());
		if (common.stats) {
			long peak = 0;
			for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
				if (pool.getType() == MemoryType.HEAP) {
					peak += pool.getPeakUsage().getUsed();
				}
			}
			System.out.printf("  用时 %.1f 秒；堆上限 %d MB，堆峰值（各区峰值之和）%d MB%n", seconds,
					Runtime.getRuntime().maxMemory() >> 20, peak >> 20);
		}
		return ExitCodes.OK;
	}

	static String progress(CompiledCollection c) {
		int width = 30;
		int filled = width * c.percent() / 100;
		return "[" + "#".repeat(filled) + "-".repeat(width - filled) + "] " + c.written() + "/" + c.total() + " 件  "
				+ c.state().label();
	}

}
