package cn.guifan.registry.security;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The login page for registrars and department staff. */
@Controller
class LoginPageController {

	@GetMapping("/login")
	String login() {
		return "login";
	}

}
