package cn.guifan.registry.ledger;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@link CampaignDecisions} before any campaign feature exists: no document has been in a
 * campaign. Replaced by any other {@link CampaignDecisions} bean.
 */
public final class NoCampaigns implements CampaignDecisions {

	@Override
	public Map<Long, Decision> lastDecisions(Collection<Long> documentIds) {
		return Map.of();
	}

	@Override
	public Optional<List<Long>> continuedInForce(String campaign) {
		return Optional.empty();
	}

}
