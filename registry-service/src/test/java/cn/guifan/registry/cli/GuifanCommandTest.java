package cn.guifan.registry.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class GuifanCommandTest {

	@Test
	void helpListsTheSubcommandsInChinese() {
		String help = usage(new CommandLine(new GuifanCommand()));
		assertThat(help).contains("demo")
			.contains("serve")
			.contains("ingest")
			.contains("reindex")
			.contains("backup")
			.contains("restore")
			.contains("migrate-to-postgres")
			.contains("规章和行政规范性文件");
	}

	@Test
	void everySubcommandHasHelp() {
		CommandLine commandLine = new CommandLine(new GuifanCommand());
		for (String name : List.of("demo", "serve", "ingest", "reindex")) {
			String help = usage(commandLine.getSubcommands().get(name));
			assertThat(help).as(name).contains("Usage: guifan " + name).contains("--help");
		}
		assertThat(usage(commandLine.getSubcommands().get("ingest"))).contains("DIR").contains("--threads");
		assertThat(usage(commandLine.getSubcommands().get("reindex"))).contains("重建检索索引").contains("--data-dir");
	}

	@Test
	void ingestOfAMissingDirectorySaysSoAndFails() {
		StringWriter err = new StringWriter();
		CommandLine commandLine = new CommandLine(new GuifanCommand());
		commandLine.setErr(new PrintWriter(err));
		java.io.PrintStream originalErr = System.err;
		java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
		System.setErr(new java.io.PrintStream(captured, true, java.nio.charset.StandardCharsets.UTF_8));
		try {
			int code = commandLine.execute("ingest", "/no/such/folder");
			assertThat(code).isEqualTo(ExitCodes.FAILED);
		}
		finally {
			System.setErr(originalErr);
		}
		assertThat(captured.toString(java.nio.charset.StandardCharsets.UTF_8)).contains("找不到要导入的目录或文件")
			.contains("/no/such/folder");
	}

	@Test
	void optionsBecomeSpringArgumentsUnlessTheUserSetsThemToo() {
		assertThat(Applications.arguments(Map.of("guifan.data-dir", "/d"), List.of("--server.port=9000")))
			.containsExactly("--guifan.data-dir=/d", "--server.port=9000");
		assertThat(Applications.arguments(Map.of("server.port", 8080), List.of("--server.port=9000")))
			.containsExactly("--server.port=9000");
	}

	@Test
	void aRelativeDataFolderBecomesAbsoluteForTheDatabaseUrl() {
		String here = java.nio.file.Path.of("").toAbsolutePath().toString();
		assertThat(Applications.arguments(Map.of("guifan.data-dir", "target/bench/registry"), List.of()))
			.containsExactly("--guifan.data-dir=" + here + "/target/bench/registry");
		assertThat(Applications.arguments(Map.of(), List.of("--guifan.data-dir=./data")))
			.containsExactly("--guifan.data-dir=" + here + "/data");
	}

	@Test
	void aMistypedOptionIsRefusedNotPassedOnSilently() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Applications.checkSpringArguments(List.of("--prot", "8080")))
			.withMessageContaining("--prot");
		Applications.checkSpringArguments(List.of("--spring.profiles.active=postgres"));
	}

	@Test
	void everyCommandThatOpensTheRegistryTakesItsDataFolderAndSpringSettingsTheSameWay() {
		List<CommandLine> opening = new java.util.ArrayList<>();
		collect(new CommandLine(new GuifanCommand()), opening);
		assertThat(opening).extracting(CommandLine::getCommandName)
			.contains("demo", "serve", "ingest", "reindex", "check", "export", "backup", "restore",
					"migrate-to-postgres", "build", "rebuild", "list", "add");
		for (CommandLine command : opening) {
			assertThat(command.getCommandSpec().findOption("--data-dir").description())
				.as(command.getCommandSpec().qualifiedName())
				.containsExactly("数据目录：数据库、原文件和检索节点（默认 ./data）");
		}
		BackupCommand backup = new BackupCommand();
		new CommandLine(backup).parseArgs("/backups/1", "--data-dir", "/d", "--spring.profiles.active=postgres");
		assertThat(backup.dataDir).isEqualTo("/d");
		assertThat(backup.springArgs).containsExactly("--spring.profiles.active=postgres");
		// A subcommand of a subcommand too (a mixin's @Unmatched was ignored: refused).
		CommandLine.ParseResult build = new CommandLine(new GuifanCommand()).parseArgs("collection", "build", "--title",
				"汇编", "--as-of", "2025-01-01", "--spring.profiles.active=postgres");
		assertThat(build.subcommand().subcommand().unmatched()).containsExactly("--spring.profiles.active=postgres");
		DemoCommand demo = new DemoCommand();
		new CommandLine(demo).parseArgs("--port", "9000", "--guifan.samples.load=false");
		assertThat(demo.springArgs).containsExactly("--guifan.samples.load=false");
	}

	@Test
	void aCommandOnTheDatabaseAloneStartsNoSearchNode() {
		RegistryCommand options = new ListUsersForTest();
		assertThat(options.withSearch()).isEmpty();
		assertThat(options.databaseOnly()).containsExactly(Map.entry("guifan.elasticsearch.enabled", false));
		options.dataDir = "/d";
		assertThat(options.withSearch()).containsExactly(Map.entry("guifan.data-dir", "/d"));
		assertThat(options.databaseOnly()).containsEntry("guifan.data-dir", "/d")
			.containsEntry("guifan.elasticsearch.enabled", false);
	}

	/** Any command that opens the registry. */
	private static final class ListUsersForTest extends RegistryCommand {

		@Override
		public Integer call() {
			return ExitCodes.OK;
		}

	}

	private static void collect(CommandLine command, List<CommandLine> opening) {
		if (command.getCommandSpec().findOption("--data-dir") != null) {
			opening.add(command);
		}
		command.getSubcommands().values().forEach((sub) -> collect(sub, opening));
	}

	private static String usage(CommandLine commandLine) {
		StringWriter out = new StringWriter();
		commandLine.usage(new PrintWriter(out));
		return out.toString();
	}

	@Test
	void aDatabaseSettingH2DoesNotKnowIsNamedInChinese() throws Exception {
		// The exception H2 itself throws, wrapped as Spring wraps it when the data source
		// of the registry cannot open.
		Throwable h2 = org.assertj.core.api.Assertions.catchThrowable(
				() -> java.sql.DriverManager.getConnection("jdbc:h2:mem:guifan-command-test;NO_SUCH_SETTING=1")
					.close());
		assertThat(h2).isInstanceOf(java.sql.SQLException.class).hasMessageContaining("NO_SUCH_SETTING");
		RuntimeException startFailed = new IllegalStateException("Error creating bean with name 'flyway'",
				new RuntimeException("Unable to obtain connection from database", h2));
		assertThat(GuifanCommand.message(startFailed)).startsWith("数据库连接设置有误")
			.contains("“NO_SUCH_SETTING”")
			.contains("guifan.h2.url-options");
		assertThat(GuifanCommand.message(new IllegalArgumentException("找不到要导入的目录或文件：/x"))).isEqualTo("找不到要导入的目录或文件：/x");
	}

}
