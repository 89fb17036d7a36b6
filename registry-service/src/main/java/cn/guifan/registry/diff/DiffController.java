package cn.guifan.registry.diff;

import cn.guifan.registry.security.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** 新旧对照 as a side-by-side page. */
@Controller
class DiffController {

	private final DiffService diffs;

	DiffController(DiffService diffs) {
		this.diffs = diffs;
	}

	@GetMapping("/documents/{id}/diff")
	String page(@PathVariable String id, @RequestParam int from, @RequestParam int to, Model model) {
		model.addAttribute("diff", this.diffs.diff(id, from, to, CurrentUser.maySeeRestricted()));
		return "diff";
	}

}
