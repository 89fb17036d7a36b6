package cn.guifan.registry.campaign;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The published results of cleanup campaigns, for everyone: the list of decisions and
 * each decision's annex lists, with the DOCX and XLSX to download.
 */
@Controller
class ResultsPageController {

	private final CampaignService campaigns;

	private final PublishedResults results;

	private final Views views;

	ResultsPageController(CampaignService campaigns, PublishedResults results, Views views) {
		this.campaigns = campaigns;
		this.results = results;
		this.views = views;
	}

	@GetMapping("/campaigns/results")
	String list(Model model) {
		model.addAttribute("campaigns", this.campaigns.published().stream().map(this.views::campaign).toList());
		return "campaign/published";
	}

	@GetMapping("/campaigns/{id}/results")
	String results(@PathVariable long id, Model model) {
		Campaign campaign = this.results.published(id);
		DecisionText decision = this.results.decision(campaign);
		model.addAttribute("campaign", this.views.campaign(campaign));
		model.addAttribute("lists", Views.lists(decision));
		model.addAttribute("omitted", decision.omitted());
		model.addAttribute("body", decision.body());
		return "campaign/results";
	}

}
