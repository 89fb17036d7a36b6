package cn.guifan.registry.ledger;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.guifan.registry.campaign.PublishedDecisions;
import org.springframework.stereotype.Component;

/**
 * {@link CampaignDecisions} from the campaign feature's published results: the ledger and
 * collections see only what a campaign has published.
 */
@Component
class CampaignLedgerDecisions implements CampaignDecisions {

	private final PublishedDecisions published;

	CampaignLedgerDecisions(PublishedDecisions published) {
		this.published = published;
	}

	@Override
	public Map<Long, Decision> lastDecisions(Collection<Long> documentIds) {
		Map<Long, Decision> decisions = new HashMap<>();
		this.published.last(documentIds)
			.forEach((id, p) -> decisions.put(id, new Decision(p.campaign(), p.decision(), p.decidedOn())));
		return decisions;
	}

	@Override
	public Optional<List<Long>> continuedInForce(String campaign) {
		return this.published.continuedInForce(campaign);
	}

}
