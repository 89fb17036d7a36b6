package cn.guifan.registry.campaign;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Campaign settings ({@code guifan.campaigns.*}).
 *
 * @param government the organ that decides and publishes cleanup results (e.g. 青禾县人民政府);
 * when not set, a campaign takes the government most of its documents come from
 * @param evaluationCron when the daily evaluation of documents whose validity ends within
 * six months runs
 */
@ConfigurationProperties("guifan.campaigns")
record CampaignProperties(@Nullable String government, @DefaultValue("0 40 2 * * *") String evaluationCron) {
}
