package cn.guifan.registry.web;

import java.util.List;

import cn.guifan.registry.search.RegistrySearch;
import cn.guifan.registry.search.SearchParams;
import cn.guifan.registry.search.SearchResponse;
import cn.guifan.search.index.IndexUnavailableException;
import cn.guifan.search.query.InvalidSearchException;
import cn.guifan.search.query.SortOrder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The search page: a form, facets with counts, the results of a query and paging. Every
 * control is a link or a form field, so the page works without JavaScript; a small script
 * only adds title suggestions while typing.
 */
@Controller
class SearchPageController {

	private final RegistrySearch search;

	SearchPageController(RegistrySearch search) {
		this.search = search;
	}

	@GetMapping("/")
	String search(@RequestParam(name = "q", required = false) String query, @RequestParam(required = false) String page,
			@RequestParam(required = false) String size, @RequestParam(required = false) List<String> status,
			@RequestParam(required = false) List<String> kind, @RequestParam(required = false) List<String> issuer,
			@RequestParam(required = false) List<String> year, @RequestParam(required = false) List<String> region,
			@RequestParam(required = false) String asOf, @RequestParam(required = false) String sort, Model model) {
		model.addAttribute("q", (query != null) ? query : "");
		model.addAttribute("today", this.search.today());
		model.addAttribute("sorts", SortOrder.values());
		SearchParams params = SearchParams.of((query != null) ? query : "");
		try {
			params = SearchParams.parse(query, page, size, status, kind, issuer, year, region, asOf, sort);
			model.addAttribute("params", params);
			model.addAttribute("links", new SearchLinks(params));
			if (query == null || query.isBlank()) {
				return "search";
			}
			SearchResponse result = this.search.search(params);
			model.addAttribute("result", result);
		}
		catch (InvalidSearchException ex) {
			model.addAttribute("params", params);
			model.addAttribute("links", new SearchLinks(params));
			model.addAttribute("error", ex.getMessage());
		}
		catch (IndexUnavailableException ex) {
			model.addAttribute("error", "检索服务暂时不可用，请稍后再试。");
		}
		return "search";
	}

}
