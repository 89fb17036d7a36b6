package cn.guifan.registry.web;

import cn.guifan.registry.search.RegistrySearch;
import cn.guifan.registry.search.SearchResponse;
import cn.guifan.search.index.IndexUnavailableException;
import cn.guifan.search.query.InvalidSearchException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The search page: a form, and the results of a query. Works without JavaScript. */
@Controller
class SearchPageController {

	private static final int PAGE_SIZE = 10;

	private final RegistrySearch search;

	SearchPageController(RegistrySearch search) {
		this.search = search;
	}

	@GetMapping("/")
	String search(@RequestParam(name = "q", required = false) String query,
			@RequestParam(name = "page", defaultValue = "1") String pageText, Model model) {
		model.addAttribute("q", (query != null) ? query : "");
		if (query == null || query.isBlank()) {
			return "search";
		}
		try {
			int page = parsePage(pageText);
			SearchResponse result = this.search.search(query, page, PAGE_SIZE);
			model.addAttribute("result", result);
		}
		catch (InvalidSearchException ex) {
			model.addAttribute("error", ex.getMessage());
		}
		catch (IndexUnavailableException ex) {
			model.addAttribute("error", "检索服务暂时不可用，请稍后再试。");
		}
		return "search";
	}

	private static int parsePage(String text) {
		try {
			return Integer.parseInt(text.strip());
		}
		catch (NumberFormatException ex) {
			throw new InvalidSearchException("page", "页码“" + text + "”不是数字");
		}
	}

}
