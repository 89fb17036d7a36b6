package cn.guifan.registry.gazette;

import cn.guifan.registry.security.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The gazette page: documents by gazette issue. */
@Controller
class GazettePageController {

	private final Gazettes gazettes;

	GazettePageController(Gazettes gazettes) {
		this.gazettes = gazettes;
	}

	@GetMapping("/gazette")
	String issues(Model model) {
		model.addAttribute("issues", this.gazettes.issues(CurrentUser.maySeeRestricted()));
		return "gazette/issues";
	}

}
