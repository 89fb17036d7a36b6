package cn.guifan.registry.campaign;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.guifan.registry.document.DocumentSummary;
import cn.guifan.registry.document.Documents;
import cn.guifan.registry.lifecycle.LifecycleEventRecorded;
import cn.guifan.registry.lifecycle.Timeline;
import cn.guifan.registry.lifecycle.Timelines;
import cn.guifan.schemas.lifecycle.LifecycleEventType;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When a registrar records an amendment or repeal of a document that documents in force
 * are based on or cite, proposes a 专项 campaign over those documents (its impact list)
 * with a deadline 30 days after the change: some cities ask for a 清理意见 within 30 days of
 * an upper-level change. The proposal is a draft for the bureau to check and start. Runs
 * in the transaction that records the event. Changes whose 30 days have passed, and the
 * repeals a campaign's own decision causes, propose nothing.
 */
@Component
class UpperLevelTrigger {

	static final String ACTOR = "系统（上位文件变化）";

	static final int DAYS = 30;

	private static final Set<LifecycleEventType> CHANGES = Set.of(LifecycleEventType.AMENDED,
			LifecycleEventType.REVISED, LifecycleEventType.REPEALED, LifecycleEventType.DECLARED_INVALID,
			LifecycleEventType.PARTIALLY_INVALID);

	private final CampaignService campaigns;

	private final CampaignStore store;

	private final ScopeResolver scopes;

	private final Documents documents;

	private final Timelines timelines;

	private final Clock clock;

	UpperLevelTrigger(CampaignService campaigns, CampaignStore store, ScopeResolver scopes, Documents documents,
			Timelines timelines, Clock clock) {
		this.campaigns = campaigns;
		this.store = store;
		this.scopes = scopes;
		this.documents = documents;
		this.timelines = timelines;
		this.clock = clock;
	}

	@EventListener
	void on(LifecycleEventRecorded recorded) {
		LocalDate today = LocalDate.now(this.clock);
		LocalDate deadline = recorded.date().plusDays(DAYS);
		Long cause = recorded.causedByDocumentId();
		if (!CHANGES.contains(recorded.type()) || deadline.isBefore(today)
				|| (cause != null && this.store.isDecisionDocument(cause))
				|| this.store.triggeredBy(recorded.documentId(), recorded.type().name(), recorded.date())) {
			return;
		}
		List<Long> impact = this.scopes.impactOf(recorded.documentId());
		Map<Long, Timeline> timelines = this.timelines.timelines(impact);
		List<Long> inForce = impact.stream().filter((id) -> {
			Timeline t = timelines.get(id);
			return t != null && t.on(today).status().isCitable();
		}).toList();
		DocumentSummary changed = this.documents.summary(recorded.documentId()).orElse(null);
		if (inForce.isEmpty() || changed == null) {
			return;
		}
		String name = changed.cause() + recorded.type().label() + "后的专项清理";
		this.campaigns.create(
				new CampaignStore.NewCampaign(
						(name.length() > CampaignService.MAX_NAME) ? name.substring(0, CampaignService.MAX_NAME) : name,
						CampaignKind.SPECIAL, changed.id(), null, null, deadline, List.of(),
						Scope.EMPTY.withDocuments(inForce), changed.id(), recorded.type().name(), recorded.date()),
				"依据或引用的" + changed.cause() + "于" + Dates.chinese(recorded.date()) + recorded.type().label(), ACTOR);
	}

}
