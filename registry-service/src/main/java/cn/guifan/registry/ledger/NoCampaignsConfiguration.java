package cn.guifan.registry.ledger;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Registers {@link NoCampaigns} unless the campaign feature provides
 * {@link CampaignDecisions}.
 */
@Configuration(proxyBeanMethods = false)
class NoCampaignsConfiguration {

	@Bean
	@ConditionalOnMissingBean(CampaignDecisions.class)
	CampaignDecisions noCampaigns() {
		return new NoCampaigns();
	}

}
