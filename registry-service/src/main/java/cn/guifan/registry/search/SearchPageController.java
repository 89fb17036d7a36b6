package cn.guifan.registry.search;

import cn.guifan.registry.security.CurrentUser;
import cn.guifan.search.index.IndexUnavailableException;
import cn.guifan.search.query.DocumentQuery;
import cn.guifan.search.query.HitOrder;
import cn.guifan.search.query.InvalidSearchException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

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
	String search(@ModelAttribute SearchForm form, Model model) {
		String text = (form.q() != null) ? form.q() : "";
		model.addAttribute("q", text);
		model.addAttribute("today", this.search.today());
		model.addAttribute("sorts", HitOrder.values());
		DocumentQuery query = DocumentQuery.of("");
		try {
			query = form.toQuery(CurrentUser.maySeeRestricted());
			model.addAttribute("params", query);
			model.addAttribute("links", new SearchLinks(query));
			if (form.hasQuery()) {
				model.addAttribute("result", this.search.search(query));
			}
			else if (query.hasFilters()) {
				// Browsing by issuer, kind or year (the home page's ways in): newest
				// first.
				DocumentQuery browse = (query.order() == HitOrder.RELEVANCE)
						? query.toBuilder().order(HitOrder.DATE_DESC).build() : query;
				model.addAttribute("result", this.search.browse(browse));
			}
			else {
				// The home page: what is new, and the ways in with their counts.
				model.addAttribute("home",
						this.search.browse(DocumentQuery.of("")
							.toBuilder()
							.order(HitOrder.DATE_DESC)
							.size(8)
							.includeRestricted(CurrentUser.maySeeRestricted())
							.build()));
			}
		}
		catch (InvalidSearchException ex) {
			model.addAttribute("params", query);
			model.addAttribute("links", new SearchLinks(query));
			model.addAttribute("error", ex.getMessage());
		}
		catch (IndexUnavailableException ex) {
			model.addAttribute("error", "检索服务暂时不可用，请稍后再试。");
		}
		return "search";
	}

}
