package cn.guifan.registry.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import cn.guifan.registry.common.InvalidRequestException;
import cn.guifan.registry.security.Accounts;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code guifan user}: accounts and departments from the command line, for the operator
 * of the machine (who can read the database anyway): list, add, reset a password, enable,
 * disable, unlock. Works whether or not the service runs; every change is audited.
 */
@Command(name = "user", mixinStandardHelpOptions = true,
		description = { "管理账户和部门：列出、新建、重置密码、停用、启用、解锁。", "服务运行与否均可使用；每项变更记入审计日志。" },
		subcommands = { UserCommand.ListUsers.class, UserCommand.AddUser.class, UserCommand.ResetPassword.class,
				UserCommand.Disable.class, UserCommand.Enable.class, UserCommand.Unlock.class,
				UserCommand.ListOrganizations.class, UserCommand.AddOrganization.class },
		footer = { "", "示例：", "  ./guifan user add zhangsan --role REGISTRAR --display-name \"县司法局 张三\"",
				"  ./guifan user org-add 青禾县市场监督管理局", "  ./guifan user add lisi --role DEPARTMENT --org 青禾县市场监督管理局",
				"  ./guifan user passwd zhangsan", "  ./guifan user list" })
class UserCommand implements Runnable {

	@picocli.CommandLine.Spec
	picocli.CommandLine.Model.CommandSpec spec;

	@Override
	public void run() {
		this.spec.commandLine().usage(System.out);
	}

	/** The actor named in the audit log. */
	static String actor() {
		return "命令行（" + System.getProperty("user.name", "?") + "）";
	}

	/** What every subcommand shares: the data folder and Spring settings. */
	abstract static class Base extends RegistryCommand {

		final PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);

		@Override
		public Integer call() {
			try (ConfigurableApplicationContext context = start(databaseOnly())) {
				return run(context.getBean(Accounts.class));
			}
			catch (InvalidRequestException ex) {
				System.err.println("错误：" + ex.getMessage());
				return ExitCodes.FAILED;
			}
		}

		abstract int run(Accounts accounts);

		String passwordFromStdin() {
			try {
				BufferedReader reader = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
				String line = reader.readLine();
				if (line == null || line.isEmpty()) {
					throw new InvalidRequestException("password", "标准输入中没有密码");
				}
				return line;
			}
			catch (IOException ex) {
				throw new InvalidRequestException("password", "无法读取标准输入：" + ex.getMessage());
			}
		}

	}

	@Command(name = "list", mixinStandardHelpOptions = true, description = "列出账户")
	static class ListUsers extends Base {

		@Override
		int run(Accounts accounts) {
			for (Accounts.AccountSummary a : accounts.list()) {
				this.out.printf("%-16s %-24s %-20s %s%s%n", a.name(), String.join(",", a.roles()),
						(a.organization() != null) ? a.organization() : "-", a.enabled() ? "启用" : "已停用",
						(a.lockedUntil() != null) ? "，锁定至 " + a.lockedUntil() : "");
			}
			return ExitCodes.OK;
		}

	}

	@Command(name = "add", mixinStandardHelpOptions = true, description = "新建账户，打印初始密码（只显示这一次）")
	static class AddUser extends Base {

		@Parameters(index = "0", paramLabel = "NAME", description = "用户名")
		String name;

		@Option(names = "--role", required = true, split = ",",
				description = "角色：DEPARTMENT（部门人员）、REGISTRAR（登记人员）、ADMIN（管理员），可重复或用逗号分隔")
		List<String> roles = new ArrayList<>();

		@Option(names = "--org", description = "所属部门（部门人员必填；须先用 org-add 添加）")
		String organization;

		@Option(names = "--display-name", description = "审计日志中显示的名称，例如 \"县司法局 张三\"")
		String displayName;

		@Option(names = "--password-stdin", description = "从标准输入读取密码，而不是生成")
		boolean passwordStdin;

		@Override
		int run(Accounts accounts) {
			String given = this.passwordStdin ? passwordFromStdin() : null;
			String password = accounts.create(
					new Accounts.NewAccount(this.name, this.roles, this.displayName, this.organization, given),
					actor());
			this.out.println("已创建账户 " + this.name.strip() + ((given == null) ? "，初始密码：" + password : ""));
			return ExitCodes.OK;
		}

	}

	@Command(name = "passwd", mixinStandardHelpOptions = true, description = "重置密码（生成新密码并打印，或从标准输入读取），同时解锁")
	static class ResetPassword extends Base {

		@Parameters(index = "0", paramLabel = "NAME", description = "用户名")
		String name;

		@Option(names = "--password-stdin", description = "从标准输入读取新密码，而不是生成")
		boolean passwordStdin;

		@Override
		int run(Accounts accounts) {
			String given = this.passwordStdin ? passwordFromStdin() : null;
			String password = accounts.resetPassword(this.name, given, actor());
			this.out.println("已重置账户 " + this.name + " 的密码" + ((given == null) ? "：" + password : ""));
			return ExitCodes.OK;
		}

	}

	@Command(name = "disable", mixinStandardHelpOptions = true, description = "停用账户（不能再登录）")
	static class Disable extends Base {

		@Parameters(index = "0", paramLabel = "NAME", description = "用户名")
		String name;

		@Override
		int run(Accounts accounts) {
			return change(accounts, (a) -> {
				a.setEnabled(this.name, false, actor());
				return "已停用账户 " + this.name;
			});
		}

	}

	@Command(name = "enable", mixinStandardHelpOptions = true, description = "启用账户")
	static class Enable extends Base {

		@Parameters(index = "0", paramLabel = "NAME", description = "用户名")
		String name;

		@Override
		int run(Accounts accounts) {
			return change(accounts, (a) -> {
				a.setEnabled(this.name, true, actor());
				return "已启用账户 " + this.name;
			});
		}

	}

	@Command(name = "unlock", mixinStandardHelpOptions = true, description = "解除因多次登录失败造成的锁定")
	static class Unlock extends Base {

		@Parameters(index = "0", paramLabel = "NAME", description = "用户名")
		String name;

		@Override
		int run(Accounts accounts) {
			return change(accounts, (a) -> {
				a.unlock(this.name, actor());
				return "已解锁账户 " + this.name;
			});
		}

	}

	@Command(name = "orgs", mixinStandardHelpOptions = true, description = "列出部门")
	static class ListOrganizations extends Base {

		@Override
		int run(Accounts accounts) {
			accounts.organizations().forEach(this.out::println);
			return ExitCodes.OK;
		}

	}

	@Command(name = "org-add", mixinStandardHelpOptions = true, description = "添加部门")
	static class AddOrganization extends Base {

		@Parameters(index = "0", paramLabel = "NAME", description = "部门名称，例如 青禾县市场监督管理局")
		String name;

		@Override
		int run(Accounts accounts) {
			return change(accounts, (a) -> {
				a.createOrganization(this.name, actor());
				return "已添加部门 " + this.name.strip();
			});
		}

	}

	static int change(Accounts accounts, Function<Accounts, String> action) {
		System.out.println(action.apply(accounts));
		return ExitCodes.OK;
	}

}
