package cn.guifan.registry.cli;

import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code guifan}: the one command-line entry point. Each subcommand has {@code --help}.
 */
@Command(name = "guifan", mixinStandardHelpOptions = true, version = "Guifan 0.1.0",
		description = "规范（Guifan）：规章和行政规范性文件的登记、检索、立改废与清理。",
		subcommands = { DemoCommand.class, ServeCommand.class, IngestCommand.class, ExtractCommand.class,
				CheckCommand.class, ReindexCommand.class, ExportCommand.class, UserCommand.class,
				CollectionCommand.class, BackupCommand.class, RestoreCommand.class, MigrateToPostgresCommand.class,
				CommandLine.HelpCommand.class },
		footer = { "", "示例：", "  ./guifan demo              启动服务并载入示例文件，打开 http://localhost:8080",
				"  ./guifan ingest ~/文件库     导入一个目录中的文件（txt、md、html、doc、docx、wps、pdf、ofd、图片、zip）",
				"  ./guifan check 草稿.docx     核查文稿中引用的文件是否有效", "  ./guifan reindex            从登记库重建检索索引（检索不中断）",
				"  ./guifan export -o 文件.jsonl  导出全部公开文件（JSON Lines）",
				"  ./guifan user list          列出账户（另有 add、passwd、disable、enable、unlock、org-add）",
				"  ./guifan collection build --title 青禾县规范性文件汇编 --as-of 2025-01-01 --issuer 青禾县   编印汇编（PDF、Word）",
				"  ./guifan backup ~/备份/0601   备份登记库和原始文件（服务运行时也可）",
				"  ./guifan restore ~/备份/0601  从备份恢复并重建检索索引（先停止服务）",
				"  ./guifan migrate-to-postgres --url jdbc:postgresql://db/guifan --user guifan --password-stdin",
				"                              把 H2 登记库迁移到空的 PostgreSQL 数据库" })
public class GuifanCommand implements Runnable {

	/** H2's error code for a setting in the database URL it does not know. */
	private static final int H2_UNSUPPORTED_SETTING = 90113;

	private static final Pattern QUOTED = Pattern.compile("\"([^\"]+)\"");

	@CommandLine.Spec
	CommandLine.Model.CommandSpec spec;

	/**
	 * Runs the command line; returns the exit code, or -1 when the process must stay up
	 * (a server).
	 */
	public static int execute(String[] args) {
		CommandLine commandLine = new CommandLine(new GuifanCommand());
		commandLine.setExecutionExceptionHandler((ex, cmd, parsed) -> {
			cmd.getErr().println("错误：" + message(ex));
			return 1;
		});
		return commandLine.execute(args);
	}

	/**
	 * What the user reads of a failure: its message, but for the database's own English
	 * errors that a setting of the user's causes (a setting in
	 * {@code guifan.h2.url-options} or {@code spring.datasource.url} that H2 does not
	 * know stops the start with {@code Unsupported connection setting "X" [90113-240]},
	 * deep in Spring's chain of causes), said in words.
	 */
	static String message(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLException sql && sql.getErrorCode() == H2_UNSUPPORTED_SETTING) {
				Matcher setting = QUOTED.matcher(String.valueOf(sql.getMessage()));
				return "数据库连接设置有误：H2 不支持设置“" + (setting.find() ? setting.group(1) : sql.getMessage())
						+ "”，请检查 guifan.h2.url-options 和 spring.datasource.url";
			}
		}
		return (ex.getMessage() != null) ? ex.getMessage() : ex.toString();
	}

	@Override
	public void run() {
		this.spec.commandLine().usage(System.out);
	}

}
