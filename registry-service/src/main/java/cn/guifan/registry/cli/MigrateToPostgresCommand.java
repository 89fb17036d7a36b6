package cn.guifan.registry.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

import cn.guifan.registry.operations.BackupException;
import cn.guifan.registry.operations.PostgresMigration;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code guifan migrate-to-postgres}: copies the H2 registry into an empty PostgreSQL
 * database, then says how to start on it.
 */
@Command(name = "migrate-to-postgres", mixinStandardHelpOptions = true,
		description = { "把内置 H2 登记库的全部数据复制到一个空的 PostgreSQL 数据库：先用 Guifan 的迁移脚本建表，再按依赖顺序分批复制每张表，核对各表行数。",
				"请先停止 Guifan 服务。原 H2 数据库不变；原始文件（files/）和检索索引照旧使用。" })
class MigrateToPostgresCommand extends RegistryCommand {

	@Option(names = "--url", required = true, description = "PostgreSQL 的 JDBC 地址，如 jdbc:postgresql://db:5432/guifan")
	String url;

	@Option(names = "--user", required = true, description = "PostgreSQL 用户名")
	String user;

	@Option(names = "--password", description = "PostgreSQL 密码（也可用 --password-stdin 或环境变量 DATABASE_PASSWORD）")
	String password;

	@Option(names = "--password-stdin", description = "从标准输入读取密码（一行）")
	boolean passwordStdin;

	@Override
	public Integer call() throws IOException {
		String secret = password();
		if (secret == null) {
			System.err.println("错误：请给出 PostgreSQL 密码：--password、--password-stdin 或环境变量 DATABASE_PASSWORD");
			return ExitCodes.FAILED;
		}
		try (ConfigurableApplicationContext context = start(databaseOnly())) {
			PostgresMigration.Result result = context.getBean(PostgresMigration.class)
				.migrate(this.url, this.user, secret,
						(table, rows) -> System.err.println("  " + table + "：" + rows + " 行"));
			System.out.printf("已迁移到 %s：%d 张表，%d 行，各表行数与 H2 一致。%n", this.url, result.tables().size(), result.rows());
			System.out.println("今后这样启动（原始文件仍在数据目录的 files/ 下，检索索引照旧可用）：");
			System.out.println("  DATABASE_URL=" + this.url + " DATABASE_USERNAME=" + this.user
					+ " DATABASE_PASSWORD=… ./guifan serve --spring.profiles.active=postgres");
			return ExitCodes.OK;
		}
		catch (BackupException ex) {
			System.err.println("错误：" + ex.getMessage());
			return ExitCodes.FAILED;
		}
	}

	private @Nullable String password() throws IOException {
		if (this.passwordStdin) {
			String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
			return (line == null) ? null : line.strip();
		}
		if (this.password != null) {
			return this.password;
		}
		return System.getenv("DATABASE_PASSWORD");
	}

}
