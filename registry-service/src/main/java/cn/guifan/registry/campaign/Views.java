package cn.guifan.registry.campaign;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import cn.guifan.registry.document.DocumentSummary;
import cn.guifan.registry.document.Documents;
import cn.guifan.registry.lifecycle.Relation;
import cn.guifan.registry.lifecycle.Timelines;
import cn.guifan.schemas.lifecycle.RelationType;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Campaigns and items as the API returns them and the pages show them. */
@Component
class Views {

	private final CampaignStore store;

	private final Documents documents;

	private final Timelines timelines;

	private final CampaignService campaigns;

	Views(CampaignStore store, Documents documents, Timelines timelines, CampaignService campaigns) {
		this.store = store;
		this.documents = documents;
		this.timelines = timelines;
		this.campaigns = campaigns;
	}

	/**
	 * A campaign.
	 *
	 * @param id its number
	 * @param name 名称
	 * @param kind kind code
	 * @param kindLabel 全面清理, 专项清理, 日常清理
	 * @param state state code
	 * @param stateLabel 草拟, 进行中, 审核中, 已发布, 已撤销
	 * @param basisDocumentId the registry document it is based on
	 * @param basisText what it is based on, as printed
	 * @param government who decides the result
	 * @param deadline proposals due
	 * @param overdue whether the deadline has passed while it is under way
	 * @param keywords flagged words
	 * @param scope the scope
	 * @param scopeDescription the scope in words
	 * @param trigger the upper-level change that proposed it
	 * @param createdBy who created it
	 * @param createdAt when
	 * @param stateReason the reason given for its last move (cancellation)
	 * @param counts the asker's items per state
	 * @param decision the published decision
	 * @param url its page
	 */
	record CampaignView(long id, String name, String kind, String kindLabel, String state, String stateLabel,
			@Nullable Long basisDocumentId, @Nullable String basisText, @Nullable String government, LocalDate deadline,
			boolean overdue, List<String> keywords, Scope scope, String scopeDescription, @Nullable Trigger trigger,
			String createdBy, Instant createdAt, @Nullable String stateReason, Map<String, Long> counts,
			@Nullable DecisionView decision, String url) {
	}

	/**
	 * The change of an upper-level document that proposed a campaign.
	 *
	 * @param documentId the changed document
	 * @param event the change
	 * @param eventLabel the change in words
	 * @param date when it was decided
	 */
	record Trigger(long documentId, String event, String eventLabel, @Nullable LocalDate date) {
	}

	/**
	 * The published decision.
	 *
	 * @param title 标题
	 * @param docNumber 发文字号
	 * @param issuer 发文机关
	 * @param date 成文日期 (effective that day)
	 * @param documentId the decision as a registry document
	 * @param publishedBy who published it
	 * @param publishedAt when
	 * @param resultsUrl the public page of the lists
	 * @param docx the decision with its annexes
	 * @param xlsx the lists
	 */
	record DecisionView(@Nullable String title, @Nullable String docNumber, @Nullable String issuer,
			@Nullable LocalDate date, @Nullable Long documentId, @Nullable String publishedBy,
			@Nullable Instant publishedAt, String resultsUrl, String docx, String xlsx) {
	}

	CampaignView campaign(Campaign c) {
		Map<String, Long> counts = new java.util.LinkedHashMap<>();
		Map<ItemState, Long> byState = new EnumMap<>(ItemState.class);
		this.store.items(c.id(), Access.organFilter()).forEach((i) -> byState.merge(i.state(), 1L, Long::sum));
		for (ItemState s : ItemState.values()) {
			counts.put(s.name(), byState.getOrDefault(s, 0L));
		}
		Trigger trigger = null;
		if (c.triggerDocumentId() != null && c.triggerEvent() != null) {
			trigger = new Trigger(c.triggerDocumentId(), c.triggerEvent(),
					cn.guifan.schemas.lifecycle.LifecycleEventType.valueOf(c.triggerEvent()).label(), c.triggerDate());
		}
		DecisionView decision = null;
		if (c.state() == CampaignState.PUBLISHED) {
			String base = "/api/v1/campaigns/" + c.id() + "/results";
			decision = new DecisionView(c.decisionTitle(), c.decisionDocNumber(), c.decisionIssuer(), c.decisionDate(),
					c.decisionDocumentId(), c.publishedBy(), c.publishedAt(), "/campaigns/" + c.id() + "/results",
					base + ".docx", base + ".xlsx");
		}
		return new CampaignView(c.id(), c.name(), c.kind().name(), c.kind().label(), c.state().name(),
				c.state().label(), c.basisDocumentId(), c.basisText(), c.government(), c.deadline(),
				c.isOverdueOn(this.campaigns.today()), c.keywords(), c.scope(), c.scope().describe(), trigger,
				c.createdBy(), c.createdAt(), c.stateReason(), counts, decision, "/campaigns/" + c.id());
	}

	/**
	 * An item with its document.
	 *
	 * @param documentId the document
	 * @param title 标题
	 * @param docNumber 发文字号
	 * @param issuers 制定机关
	 * @param signedDate 成文日期
	 * @param expiryDate 有效期至
	 * @param responsibleOrgan who proposes
	 * @param consulted the other issuers
	 * @param state state code
	 * @param stateLabel state in words
	 * @param decision proposed decision code
	 * @param decisionLabel as proposed (拟保留…)
	 * @param grounds 理由
	 * @param articles articles to amend
	 * @param comment 说明
	 * @param newExpiryDate new end of the period (延长)
	 * @param proposedBy who proposed
	 * @param proposedAt when
	 * @param reviewComment the bureau's comment
	 * @param reviewedBy who reviewed
	 * @param reviewedAt when
	 * @param flags candidate flags
	 * @param overdue whether a proposal is owed after the deadline
	 * @param removedReason why it was taken out of scope
	 * @param outcome what publication did
	 * @param documentUrl the document's page
	 * @param taskUrl the item's page
	 */
	record ItemView(long documentId, String title, @Nullable String docNumber, List<String> issuers,
			@Nullable LocalDate signedDate, @Nullable LocalDate expiryDate, String responsibleOrgan,
			List<String> consulted, String state, String stateLabel, @Nullable String decision,
			@Nullable String decisionLabel, @Nullable String grounds, @Nullable String articles,
			@Nullable String comment, @Nullable LocalDate newExpiryDate, @Nullable String proposedBy,
			@Nullable Instant proposedAt, @Nullable String reviewComment, @Nullable String reviewedBy,
			@Nullable Instant reviewedAt, List<Flag> flags, boolean overdue, @Nullable String removedReason,
			@Nullable String outcome, String documentUrl, String taskUrl) {
	}

	List<ItemView> items(Campaign campaign, List<Item> items) {
		Map<Long, DocumentSummary> summaries = this.documents.summaries(items.stream().map(Item::documentId).toList());
		LocalDate today = this.campaigns.today();
		List<ItemView> views = new ArrayList<>();
		for (Item i : items) {
			DocumentSummary s = summaries.get(i.documentId());
			if (s != null) {
				views.add(item(campaign, i, s, today));
			}
		}
		return views;
	}

	ItemView item(Campaign campaign, Item i, DocumentSummary s, LocalDate today) {
		Decision d = i.decision();
		return new ItemView(i.documentId(), s.title(), s.docNumber(), s.issuers(), s.decided(), s.expiryDate(),
				i.responsibleOrgan(), i.consulted(), i.state().name(), i.state().label(), (d != null) ? d.name() : null,
				(d != null) ? ((i.state() == ItemState.APPROVED) ? d.label() : d.proposalLabel()) : null, i.grounds(),
				i.articles(), i.proposalComment(), i.newExpiryDate(), i.proposedBy(), i.proposedAt(), i.reviewComment(),
				i.reviewedBy(), i.reviewedAt(), i.flags(), i.isOverdue(campaign, today), i.removedReason(), i.outcome(),
				"/documents/" + i.documentId(), "/campaigns/" + campaign.id() + "/items/" + i.documentId());
	}

	/**
	 * An item with what its page shows besides: who relies on the document and the item's
	 * history.
	 *
	 * @param item the item
	 * @param impact documents based on or citing it
	 * @param history its steps
	 * @param decisions the decisions that may be proposed
	 */
	record ItemDetail(ItemView item, List<Impact> impact, List<Step> history, List<Choice> decisions) {
	}

	/**
	 * A document that relies on the item's document.
	 *
	 * @param documentId it
	 * @param title its title
	 * @param docNumber its number
	 * @param relation 依据 or 引用
	 */
	record Impact(long documentId, String title, @Nullable String docNumber, String relation) {
	}

	/**
	 * A history step.
	 *
	 * @param action code
	 * @param actionLabel in words
	 * @param decision the decision concerned, as proposed
	 * @param grounds 理由
	 * @param articles articles
	 * @param comment comment or reason
	 * @param organ responsible organ
	 * @param actor who
	 * @param at when
	 * @param when when, as the page shows it (local time, to the minute)
	 */
	record Step(String action, String actionLabel, @Nullable String decision, @Nullable String grounds,
			@Nullable String articles, @Nullable String comment, @Nullable String organ, String actor, Instant at,
			String when) {
	}

	private static final java.time.format.DateTimeFormatter MINUTE = java.time.format.DateTimeFormatter
		.ofPattern("yyyy-MM-dd HH:mm")
		.withZone(java.time.ZoneId.systemDefault());

	/**
	 * A decision the form offers.
	 *
	 * @param code its code
	 * @param label as proposed
	 */
	record Choice(String code, String label) {
	}

	ItemDetail detail(Campaign campaign, Item item) {
		DocumentSummary s = this.documents.require(item.documentId());
		List<Relation> relations = this.timelines.relationsTo(item.documentId())
			.stream()
			.filter((r) -> r.type() == RelationType.BASED_ON || r.type() == RelationType.CITES)
			.toList();
		Map<Long, DocumentSummary> relying = this.documents
			.summaries(relations.stream().map(Relation::fromDocumentId).distinct().toList());
		List<Impact> impact = new ArrayList<>();
		java.util.Set<Long> seen = new java.util.HashSet<>();
		for (Relation r : relations) {
			DocumentSummary from = relying.get(r.fromDocumentId());
			if (from != null && seen.add(from.id()) && (from.isPublic() || Access.isBureau())) {
				impact.add(new Impact(from.id(), from.title(), from.docNumber(),
						(r.type() == RelationType.BASED_ON) ? "依据" : "引用"));
			}
		}
		List<Step> history = this.store.steps(campaign.id(), item.documentId())
			.stream()
			.map((st) -> new Step(st.action(), st.actionLabel(),
					(st.decision() != null) ? st.decision().proposalLabel() : null, st.grounds(), st.articles(),
					st.comment(), st.organ(), st.actor(), st.at(), MINUTE.format(st.at())))
			.toList();
		List<Choice> choices = Decision.allowedIn(campaign.kind())
			.stream()
			.map((d) -> new Choice(d.name(), d.proposalLabel()))
			.toList();
		return new ItemDetail(item(campaign, item, s, this.campaigns.today()), impact, history, choices);
	}

	/**
	 * A preview line.
	 *
	 * @param documentId the document
	 * @param title 标题
	 * @param docNumber 发文字号
	 * @param issuers 制定机关
	 * @param signedDate 成文日期
	 * @param responsibleOrgan who would propose
	 * @param flags its flags
	 */
	record PreviewLine(long documentId, String title, @Nullable String docNumber, List<String> issuers,
			@Nullable LocalDate signedDate, String responsibleOrgan, List<Flag> flags) {
	}

	static List<PreviewLine> preview(List<CampaignService.Candidate> candidates) {
		return candidates.stream()
			.map((c) -> new PreviewLine(c.document().id(), c.document().title(), c.document().docNumber(),
					c.document().issuers(), c.document().decided(), c.responsibleOrgan(), c.flags()))
			.toList();
	}

	/**
	 * A published list.
	 *
	 * @param decision its decision code
	 * @param title its title
	 * @param rows its lines
	 */
	record ResultList(String decision, String title, List<ResultLine> rows) {
	}

	/**
	 * A published line.
	 *
	 * @param ordinal 序号
	 * @param documentId the document
	 * @param title 文件名称
	 * @param docNumber 文号
	 * @param issuers 制定机关
	 * @param signedDate 成文日期
	 * @param opinion 清理意见
	 * @param grounds 理由
	 * @param url the document's page
	 */
	record ResultLine(int ordinal, long documentId, String title, @Nullable String docNumber, String issuers,
			@Nullable LocalDate signedDate, String opinion, @Nullable String grounds, String url) {
	}

	/**
	 * A campaign's published result.
	 *
	 * @param campaign the campaign
	 * @param lists the annex lists as the asker may see them
	 * @param omitted documents left out because they are not public
	 */
	record Results(CampaignView campaign, List<ResultList> lists, int omitted) {
	}

	static List<ResultList> lists(DecisionText decision) {
		return decision.annexes()
			.stream()
			.map((a) -> new ResultList(a.decision().name(), a.title(),
					a.rows()
						.stream()
						.map((r) -> new ResultLine(r.ordinal(), r.documentId(), r.title(), r.docNumber(), r.issuers(),
								r.signedDate(), r.opinion(), r.grounds(), "/documents/" + r.documentId()))
						.toList()))
			.toList();
	}

}
