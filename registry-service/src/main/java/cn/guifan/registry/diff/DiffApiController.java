package cn.guifan.registry.diff;

import cn.guifan.registry.security.CurrentUser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 新旧对照 as JSON. */
@RestController
class DiffApiController {

	private final DiffService diffs;

	DiffApiController(DiffService diffs) {
		this.diffs = diffs;
	}

	@GetMapping("/api/v1/documents/{id}/diff")
	VersionDiff diff(@PathVariable String id, @RequestParam int from, @RequestParam int to) {
		return this.diffs.diff(id, from, to, CurrentUser.maySeeRestricted());
	}

}
