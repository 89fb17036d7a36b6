package cn.guifan.registry.ledger;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

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

	/** Registers {@link NoCampaigns} unless the campaign feature provides decisions. */
	@Configuration(proxyBeanMethods = false)
	static class NoCampaignsConfiguration {

		@Bean
		@ConditionalOnMissingBean(CampaignDecisions.class)
		CampaignDecisions noCampaigns() {
			return new NoCampaigns();
		}

	}

}
