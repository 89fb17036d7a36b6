package cn.guifan.registry.campaign;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.guifan.registry.audit.AuditLog;
import cn.guifan.registry.document.Documents;
import cn.guifan.registry.lifecycle.Timeline;
import cn.guifan.registry.lifecycle.Timelines;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The evaluation local rules ask for six months before a document's validity period ends:
 * every document in force whose period ends within six months, and that is not being
 * evaluated already, becomes an item of the month's 日常 campaign (有效期届满评估), for its
 * responsible organ to propose 延长 (with the new period), 修改, 废止 or 到期失效. The campaign is
 * under way at once, so the organs see their items. Runs every night and on demand.
 */
@Service
class ExpiryEvaluation {

	static final String ACTOR = "系统（有效期评估）";

	/** Days the responsible organs have to propose. */
	static final int DAYS_TO_PROPOSE = 30;

	private static final Logger logger = LoggerFactory.getLogger(ExpiryEvaluation.class);

	private final CampaignService campaigns;

	private final CampaignStore store;

	private final CandidateFlags flags;

	private final Documents documents;

	private final Timelines timelines;

	private final AuditLog audit;

	private final Clock clock;

	ExpiryEvaluation(CampaignService campaigns, CampaignStore store, CandidateFlags flags, Documents documents,
			Timelines timelines, AuditLog audit, Clock clock) {
		this.campaigns = campaigns;
		this.store = store;
		this.flags = flags;
		this.documents = documents;
		this.timelines = timelines;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * What an evaluation run did.
	 *
	 * @param campaignId the campaign the items went to (0 when none was needed)
	 * @param added the documents added
	 */
	record Result(long campaignId, List<Long> added) {
	}

	@Scheduled(cron = "${guifan.campaigns.evaluation-cron:0 40 2 * * *}")
	void nightly() {
		Result result = run(ACTOR);
		if (!result.added().isEmpty()) {
			logger.info("Expiry evaluation: {} documents added to campaign {}", result.added().size(),
					result.campaignId());
		}
	}

	/**
	 * Adds every document whose validity ends within six months to this month's
	 * evaluation.
	 */
	@Transactional
	Result run(String actor) {
		LocalDate today = LocalDate.now(this.clock);
		List<Long> ending = this.documents.idsExpiringBetween(today,
				today.plusMonths(CandidateFlags.EVALUATION_MONTHS));
		Set<Long> evaluated = this.store.documentsInOpenCampaigns(CampaignKind.ROUTINE);
		Map<Long, Timeline> timelines = this.timelines.timelines(ending);
		List<Long> due = ending.stream().filter((id) -> !evaluated.contains(id)).filter((id) -> {
			Timeline t = timelines.get(id);
			return t != null && t.on(today).status().isCitable();
		}).toList();
		if (due.isEmpty()) {
			return new Result(0, List.of());
		}
		String name = today.getYear() + "年" + today.getMonthValue() + "月有效期届满评估";
		String reason = "有效期将于" + CandidateFlags.EVALUATION_MONTHS + "个月内届满，应当评估";
		Instant now = this.clock.instant();
		Campaign campaign = this.store.openCampaignNamed(CampaignKind.ROUTINE, name).orElse(null);
		if (campaign == null) {
			campaign = this.campaigns
				.create(new CampaignStore.NewCampaign(name, CampaignKind.ROUTINE, null, "有效期届满前6个月评估的规定", null,
						today.plusDays(DAYS_TO_PROPOSE), List.of(), Scope.EMPTY.withDocuments(due), null, null, null),
						reason, actor);
			this.store.moveState(campaign.id(), CampaignState.DRAFT, CampaignState.ACTIVE, null, now);
			Map<String, Object> detail = new LinkedHashMap<>();
			detail.put("campaign", campaign.id());
			detail.put("from", CampaignState.DRAFT.name());
			detail.put("to", CampaignState.ACTIVE.name());
			this.audit.record(actor, "CAMPAIGN_STATE", null, detail, name + "：交各制定机关评估");
		}
		else {
			var summaries = this.documents.summaries(due);
			var computed = this.flags.compute(due, List.of());
			this.store.insertItems(campaign.id(), due.stream().filter(summaries::containsKey).map((id) -> {
				var s = java.util.Objects.requireNonNull(summaries.get(id));
				return new CampaignStore.NewItem(id, CampaignService.responsibleOrgan(s),
						(s.issuers().size() > 1) ? s.issuers().subList(1, s.issuers().size()) : List.of(),
						computed.getOrDefault(id, List.of()), reason);
			}).toList(), actor, now);
			this.store.updateScope(campaign.id(), campaign.scope().withDocuments(due), now);
			for (long id : due) {
				this.audit.record(actor, "CAMPAIGN_ADD_ITEM", id, Map.of("campaign", campaign.id()), reason);
			}
		}
		return new Result(campaign.id(), due);
	}

}
