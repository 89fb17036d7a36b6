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

	private static String usage(CommandLine commandLine) {
		StringWriter out = new StringWriter();
		commandLine.usage(new PrintWriter(out));
		return out.toString();
	}

}
