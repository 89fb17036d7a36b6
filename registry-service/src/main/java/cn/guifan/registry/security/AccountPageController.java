package cn.guifan.registry.security;

import cn.guifan.registry.common.InvalidRequestException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Where a signed-in user changes their own password. */
@Controller
class AccountPageController {

	private final Accounts accounts;

	AccountPageController(Accounts accounts) {
		this.accounts = accounts;
	}

	@GetMapping("/account/password")
	String form(Model model) {
		model.addAttribute("minLength", Accounts.MIN_PASSWORD_LENGTH);
		return "account/password";
	}

	@PostMapping("/account/password")
	String change(@RequestParam(required = false) @Nullable String currentPassword,
			@RequestParam(required = false) @Nullable String newPassword,
			@RequestParam(required = false) @Nullable String confirmPassword, Model model,
			RedirectAttributes redirect) {
		try {
			if (newPassword == null || !newPassword.equals(confirmPassword)) {
				throw new InvalidRequestException("confirmPassword", "两次输入的新密码不一致");
			}
			this.accounts.changePassword(CurrentUser.name(), currentPassword, newPassword);
			redirect.addFlashAttribute("message", "密码已修改。");
			return "redirect:/account/password";
		}
		catch (InvalidRequestException ex) {
			model.addAttribute("minLength", Accounts.MIN_PASSWORD_LENGTH);
			model.addAttribute("error", ex.getMessage());
			return "account/password";
		}
	}

}
