package cn.guifan.registry.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code ./guifan user} against a fresh data folder, as an operator runs it: the first
 * start seeds an administrator and a registrar with generated passwords (in a file only
 * its owner reads), accounts and departments are added, listed and reset in the database,
 * and a mistake is a Chinese error with a failing exit code.
 */
class UserCommandIT {

	@TempDir
	Path data;

	@Test
	void accountsAreManagedFromTheCommandLine() throws Exception {
		Run list = run("user", "list");
		assertThat(list.code).isEqualTo(ExitCodes.OK);
		assertThat(list.out).contains("admin").contains("registrar");
		Path credentials = this.data.resolve("initial-credentials.txt");
		assertThat(Files.readString(credentials)).containsPattern("admin [0-9a-f]{24}");
		assertThat(Files.getPosixFilePermissions(credentials)).isEqualTo(PosixFilePermissions.fromString("rw-------"));

		Run missingOrganization = run("user", "add", "lisi", "--role", "DEPARTMENT", "--org", "青禾县市场监督管理局");
		assertThat(missingOrganization.code).isEqualTo(ExitCodes.FAILED);
		assertThat(missingOrganization.err).contains("没有名为“青禾县市场监督管理局”的部门");

		assertThat(run("user", "org-add", "青禾县市场监督管理局").code).isEqualTo(ExitCodes.OK);
		Run add = run("user", "add", "lisi", "--role", "DEPARTMENT", "--org", "青禾县市场监督管理局", "--display-name",
				"县市场监管局 李四");
		assertThat(add.code).isEqualTo(ExitCodes.OK);
		Matcher initial = Pattern.compile("初始密码：([0-9a-f]{24})").matcher(add.out);
		assertThat(initial.find()).as(add.out).isTrue();

		Run reset = run("user", "passwd", "lisi");
		assertThat(reset.code).isEqualTo(ExitCodes.OK);
		assertThat(reset.out).containsPattern("已重置账户 lisi 的密码：[0-9a-f]{24}").doesNotContain(initial.group(1));

		assertThat(run("user", "disable", "lisi").code).isEqualTo(ExitCodes.OK);
		Run after = run("user", "list");
		assertThat(after.out).containsPattern("lisi\\s+DEPARTMENT\\s+青禾县市场监督管理局\\s+已停用");
		assertThat(after.out).doesNotContain(initial.group(1));

		Run unknownRole = run("user", "add", "wangwu", "--role", "BOSS");
		assertThat(unknownRole.code).isEqualTo(ExitCodes.FAILED);
		assertThat(unknownRole.err).contains("未知的角色“BOSS”");
	}

	private Run run(String... args) {
		PrintStream originalOut = System.out;
		PrintStream originalErr = System.err;
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
		System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
		try {
			String[] all = new String[args.length + 2];
			System.arraycopy(args, 0, all, 0, args.length);
			all[args.length] = "--data-dir";
			all[args.length + 1] = this.data.toString();
			int code = new CommandLine(new GuifanCommand()).execute(all);
			return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
		}
		finally {
			System.setOut(originalOut);
			System.setErr(originalErr);
		}
	}

	private record Run(int code, String out, String err) {
	}

}
