package cn.guifan.registry.opendata;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The open data page: what can be reused and where. */
@Controller
class OpenDataPageController {

	private final Snapshots snapshots;

	OpenDataPageController(Snapshots snapshots) {
		this.snapshots = snapshots;
	}

	@GetMapping("/open-data")
	String openData(Model model) {
		model.addAttribute("snapshots", this.snapshots.list());
		return "opendata/index";
	}

}
