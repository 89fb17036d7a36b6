package cn.guifan.registry.security;

import java.util.List;

import cn.guifan.registry.common.InvalidRequestException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's page of accounts and departments: create them, change an account's
 * roles and department, reset a password (shown once), disable, enable, unlock.
 */
@Controller
class AdminAccountsController {

	private final Accounts accounts;

	AdminAccountsController(Accounts accounts) {
		this.accounts = accounts;
	}

	@GetMapping("/admin/accounts")
	String page(Model model) {
		model.addAttribute("accounts", this.accounts.list());
		model.addAttribute("organizations", this.accounts.organizations());
		model.addAttribute("roles", List.of(Roles.DEPARTMENT, Roles.REGISTRAR, Roles.ADMIN));
		model.addAttribute("minLength", Accounts.MIN_PASSWORD_LENGTH);
		return "admin/accounts";
	}

	@PostMapping("/admin/accounts")
	String create(@RequestParam(required = false) @Nullable String name,
			@RequestParam(required = false) @Nullable List<String> roles,
			@RequestParam(required = false) @Nullable String displayName,
			@RequestParam(required = false) @Nullable String organization, RedirectAttributes redirect) {
		return act(redirect, () -> {
			String password = this.accounts.create(new Accounts.NewAccount((name != null) ? name : "",
					(roles != null) ? roles : List.of(), displayName, organization, null), CurrentUser.name());
			return "已创建账户 " + String.valueOf(name).strip() + "，初始密码：" + password + "（只显示这一次，请转交本人并提醒其修改）";
		});
	}

	@PostMapping("/admin/accounts/{name}")
	String update(@PathVariable String name, @RequestParam(required = false) @Nullable List<String> roles,
			@RequestParam(required = false) @Nullable String displayName,
			@RequestParam(required = false) @Nullable String organization, RedirectAttributes redirect) {
		return act(redirect, () -> {
			this.accounts.update(name, (roles != null) ? roles : List.of(), displayName, organization,
					CurrentUser.name());
			return "已更新账户 " + name;
		});
	}

	@PostMapping("/admin/accounts/{name}/password")
	String resetPassword(@PathVariable String name, RedirectAttributes redirect) {
		return act(redirect, () -> {
			String password = this.accounts.resetPassword(name, null, CurrentUser.name());
			return "账户 " + name + " 的新密码：" + password + "（只显示这一次，请转交本人并提醒其修改）";
		});
	}

	@PostMapping("/admin/accounts/{name}/enabled")
	String setEnabled(@PathVariable String name, @RequestParam boolean enabled, RedirectAttributes redirect) {
		return act(redirect, () -> {
			this.accounts.setEnabled(name, enabled, CurrentUser.name());
			return (enabled ? "已启用账户 " : "已停用账户 ") + name;
		});
	}

	@PostMapping("/admin/accounts/{name}/unlock")
	String unlock(@PathVariable String name, RedirectAttributes redirect) {
		return act(redirect, () -> {
			this.accounts.unlock(name, CurrentUser.name());
			return "已解锁账户 " + name;
		});
	}

	@PostMapping("/admin/organizations")
	String createOrganization(@RequestParam(required = false) @Nullable String name, RedirectAttributes redirect) {
		return act(redirect, () -> {
			this.accounts.createOrganization(name, CurrentUser.name());
			return "已添加部门 " + String.valueOf(name).strip();
		});
	}

	private static String act(RedirectAttributes redirect, Action action) {
		try {
			redirect.addFlashAttribute("message", action.run());
		}
		catch (InvalidRequestException ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
		}
		return "redirect:/admin/accounts";
	}

	@FunctionalInterface
	private interface Action {

		String run();

	}

}
