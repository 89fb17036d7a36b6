package cn.guifan.registry.campaign;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.guifan.registry.audit.AuditLog;
import cn.guifan.registry.common.InvalidRequestException;
import cn.guifan.registry.document.DocumentSummary;
import cn.guifan.registry.document.Documents;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A campaign from its creation to its final review: scope and preview, adding and
 * removing documents with a reason, moving it along (草拟 → 进行中 → 审核中, or 已撤销), reassigning
 * an item to another organ, the departments' proposals and the bureau's reviews, singly
 * or in bulk. Every change is checked against who is asking ({@link Access}), recorded in
 * the item's history and in the audit log. Publication is {@link Publication}'s job.
 */
@Service
class CampaignService {

	static final int MAX_NAME = 300;

	private final CampaignStore store;

	private final ScopeResolver scopes;

	private final CandidateFlags flags;

	private final Documents documents;

	private final AuditLog audit;

	private final CampaignProperties properties;

	private final Clock clock;

	CampaignService(CampaignStore store, ScopeResolver scopes, CandidateFlags flags, Documents documents,
			AuditLog audit, CampaignProperties properties, Clock clock) {
		this.store = store;
		this.scopes = scopes;
		this.flags = flags;
		this.documents = documents;
		this.audit = audit;
		this.properties = properties;
		this.clock = clock;
	}

	LocalDate today() {
		return LocalDate.now(this.clock);
	}

	// Reading

	/** The campaign, if the asker may see it. */
	Campaign campaign(long id) {
		Campaign campaign = this.store.campaign(id).orElseThrow(() -> CampaignNotFoundException.campaign(id));
		String organ = Access.organFilter();
		return Access.visible(campaign, organ == null || !this.store.items(id, organ).isEmpty());
	}

	/** The campaigns the asker may see: all for the bureau, its own for a department. */
	List<Campaign> campaigns() {
		if (Access.isBureau()) {
			return this.store.campaigns();
		}
		String department = Access.department();
		return (department != null) ? this.store.campaignsOf(department) : List.of();
	}

	List<Campaign> published() {
		return this.store.published();
	}

	/** The items the asker may see. */
	List<Item> items(long campaignId) {
		Campaign campaign = campaign(campaignId);
		return this.store.items(campaign.id(), Access.organFilter());
	}

	/** One item, if the asker may see it. */
	Item item(long campaignId, long documentId) {
		Campaign campaign = campaign(campaignId);
		return Access.visible(this.store.item(campaign.id(), documentId)
			.orElseThrow(() -> CampaignNotFoundException.item(campaignId, documentId)));
	}

	List<ItemStep> steps(long campaignId, long documentId) {
		Item item = item(campaignId, documentId);
		return this.store.steps(item.campaignId(), item.documentId());
	}

	/**
	 * A document found by a scope, with its candidate flags.
	 *
	 * @param document the document
	 * @param responsibleOrgan who would review it
	 * @param flags its flags
	 */
	record Candidate(DocumentSummary document, String responsibleOrgan, List<Flag> flags) {
	}

	/** The documents a scope selects, with their flags, most flagged first. */
	List<Candidate> preview(Scope scope, List<String> keywords) {
		Access.requireBureau("预览清理范围");
		if (scope.isEmpty()) {
			throw new InvalidRequestException("scope", "请设定清理范围：制定机关、效力级别、成文日期、某日现行有效、检索词、文件编号或受影响文件");
		}
		Set<Long> ids = this.scopes.resolve(scope);
		Map<Long, List<Flag>> computed = this.flags.compute(ids, keywords);
		Map<Long, DocumentSummary> summaries = this.documents.summaries(ids);
		List<Candidate> candidates = new ArrayList<>();
		for (long id : ids) {
			DocumentSummary s = summaries.get(id);
			if (s != null) {
				candidates.add(new Candidate(s, responsibleOrgan(s), computed.getOrDefault(id, List.of())));
			}
		}
		candidates.sort(java.util.Comparator.comparing((Candidate c) -> -c.flags().size()));
		return candidates;
	}

	// Creating and moving

	@Transactional
	Campaign create(Requests.Create request) {
		Access.requireBureau("创建清理任务");
		String name = required("name", request.name(), "请填写清理任务名称");
		if (name.length() > MAX_NAME) {
			throw new InvalidRequestException("name", "名称过长（" + name.length() + " 字），请控制在 " + MAX_NAME + " 字以内");
		}
		CampaignKind kind = CampaignKind.parse(required("kind", request.kind(), "请选择清理类型：全面清理、专项清理或日常清理"))
			.orElseThrow(() -> new InvalidRequestException("kind",
					"未知的清理类型“" + request.kind() + "”，可用：COMPREHENSIVE（全面清理）、SPECIAL（专项清理）、ROUTINE（日常清理）"));
		if (request.deadline() == null) {
			throw new InvalidRequestException("deadline", "请填写部门提出清理意见的截止日期（YYYY-MM-DD）");
		}
		Long basis = request.basisDocumentId();
		if (basis != null && !this.documents.exists(basis)) {
			throw new InvalidRequestException("basisDocumentId", "找不到编号为 " + basis + " 的依据文件");
		}
		Scope scope = (request.scope() != null) ? request.scope() : Scope.EMPTY;
		List<String> keywords = keywords(request.keywords());
		return create(
				new CampaignStore.NewCampaign(name, kind, basis, blankToNull(request.basisText()),
						blankToNull(request.government()), request.deadline(), keywords, scope, null, null, null),
				null, Access.actor());
	}

	/**
	 * Stores a campaign with the documents its scope selects, each with its flags and its
	 * responsible organ. Also used by the system (evaluations, upper-level changes).
	 */
	Campaign create(CampaignStore.NewCampaign campaign, @Nullable String addedReason, String actor) {
		Instant now = this.clock.instant();
		Set<Long> ids = campaign.scope().isEmpty() ? Set.of() : this.scopes.resolve(campaign.scope());
		long id = this.store.insertCampaign(campaign, actor, now);
		this.store.insertItems(id, newItems(ids, campaign.keywords(), addedReason), actor, now);
		Map<String, Object> detail = new LinkedHashMap<>();
		detail.put("campaign", id);
		detail.put("name", campaign.name());
		detail.put("kind", campaign.kind().name());
		detail.put("deadline", campaign.deadline().toString());
		detail.put("scope", campaign.scope().describe());
		detail.put("documents", ids.size());
		this.audit.record(actor, "CAMPAIGN_CREATE", null, detail, campaign.name());
		return this.store.campaign(id).orElseThrow();
	}

	private List<CampaignStore.NewItem> newItems(Collection<Long> ids, List<String> keywords, @Nullable String reason) {
		Map<Long, List<Flag>> computed = this.flags.compute(ids, keywords);
		Map<Long, DocumentSummary> summaries = this.documents.summaries(ids);
		List<CampaignStore.NewItem> items = new ArrayList<>();
		for (long id : ids) {
			DocumentSummary s = summaries.get(id);
			if (s != null) {
				items.add(new CampaignStore.NewItem(id, responsibleOrgan(s), consulted(s),
						computed.getOrDefault(id, List.of()), reason));
			}
		}
		return items;
	}

	/** 谁制定谁清理: the lead issuer; for a joint document, the others are consulted. */
	static String responsibleOrgan(DocumentSummary s) {
		String lead = s.leadIssuer();
		return (lead != null && !lead.isBlank()) ? lead : "（制定机关不明）";
	}

	private static List<String> consulted(DocumentSummary s) {
		return (s.issuers().size() > 1) ? s.issuers().subList(1, s.issuers().size()) : List.of();
	}

	/** Moves the campaign: start it, begin the final review, go back, or cancel it. */
	@Transactional
	Campaign move(long campaignId, Requests.StateChange request) {
		Access.requireBureau("推进或撤销清理任务");
		Campaign campaign = campaign(campaignId);
		String wanted = required("state", request.state(), "请说明要转入的状态：ACTIVE（进行中）、IN_REVIEW（审核中）或 CANCELLED（已撤销）");
		CampaignState target = java.util.Arrays.stream(CampaignState.values())
			.filter((s) -> s.name().equalsIgnoreCase(wanted.strip()) || s.label().equals(wanted.strip()))
			.findFirst()
			.orElseThrow(() -> new InvalidRequestException("state",
					"未知的状态“" + wanted + "”，可用：ACTIVE（进行中）、IN_REVIEW（审核中）、CANCELLED（已撤销）"));
		CampaignState from = campaign.state();
		String reason = blankToNull(request.reason());
		boolean allowed = switch (target) {
			case ACTIVE -> from == CampaignState.DRAFT || from == CampaignState.IN_REVIEW;
			case IN_REVIEW -> from == CampaignState.ACTIVE;
			case CANCELLED -> from.isOpen();
			default -> false;
		};
		if (!allowed) {
			throw new InvalidRequestException("state", "清理任务当前为“" + from.label() + "”，不能转为“" + target.label() + "”"
					+ ((target == CampaignState.PUBLISHED) ? "；发布请使用发布功能" : ""));
		}
		if (target == CampaignState.CANCELLED && reason == null) {
			throw new InvalidRequestException("reason", "撤销清理任务须说明理由");
		}
		if (target == CampaignState.ACTIVE && from == CampaignState.DRAFT
				&& this.store.items(campaignId, null).stream().allMatch((i) -> i.state() == ItemState.REMOVED)) {
			throw new InvalidRequestException("state", "清理范围内没有文件，不能开始");
		}
		if (!this.store.moveState(campaignId, from, target, reason, this.clock.instant())) {
			throw new InvalidRequestException("state", "清理任务的状态刚被他人改变，请刷新后重试");
		}
		Map<String, Object> detail = new LinkedHashMap<>();
		detail.put("campaign", campaignId);
		detail.put("from", from.name());
		detail.put("to", target.name());
		this.audit.record(Access.actor(), "CAMPAIGN_STATE", null, detail,
				(reason != null) ? reason : campaign.name() + "：" + target.label());
		return this.store.campaign(campaignId).orElseThrow();
	}

	// Scope changes

	/** Adds documents to an open campaign, with the reason. */
	@Transactional
	List<Item> addItems(long campaignId, Requests.AddItems request) {
		Access.requireBureau("调整清理范围");
		Campaign campaign = open(campaign(campaignId));
		List<Long> ids = (request.documentIds() != null) ? request.documentIds().stream().distinct().toList()
				: List.of();
		if (ids.isEmpty()) {
			throw new InvalidRequestException("documentIds", "请列出要加入清理范围的文件编号");
		}
		String reason = required("reason", request.reason(), "请说明加入清理范围的理由");
		Map<Long, DocumentSummary> summaries = this.documents.summaries(ids);
		Map<Long, Item> existing = this.store.itemsByDocument(campaignId);
		List<Long> fresh = new ArrayList<>();
		Instant now = this.clock.instant();
		for (long id : ids) {
			if (!summaries.containsKey(id)) {
				throw new InvalidRequestException("documentIds", "找不到编号为 " + id + " 的文件");
			}
			Item item = existing.get(id);
			if (item == null) {
				fresh.add(id);
			}
			else if (item.state() == ItemState.REMOVED) {
				this.store.restore(campaignId, id, reason, Access.actor(), now);
				this.store.addStep(campaignId, id, "ADDED", null, null, null, reason, item.responsibleOrgan(),
						Access.actor(), now);
			}
			else {
				throw new InvalidRequestException("documentIds", "文件 " + id + " 已在清理范围内");
			}
		}
		this.store.insertItems(campaignId, newItems(fresh, campaign.keywords(), reason), Access.actor(), now);
		this.store.updateScope(campaignId, campaign.scope().withDocuments(ids), now);
		for (long id : ids) {
			this.audit.record(Access.actor(), "CAMPAIGN_ADD_ITEM", id, Map.of("campaign", campaignId), reason);
		}
		return ids.stream().map((id) -> this.store.item(campaignId, id).orElseThrow()).toList();
	}

	/** Takes a document out of an open campaign's scope, with the reason. */
	@Transactional
	Item removeItem(long campaignId, long documentId, Requests.Removal request) {
		Access.requireBureau("调整清理范围");
		open(campaign(campaignId));
		Item item = item(campaignId, documentId);
		if (item.state() == ItemState.REMOVED) {
			throw new InvalidRequestException("documentId", "文件 " + documentId + " 已移出清理范围");
		}
		String reason = required("reason", request.reason(), "请说明移出清理范围的理由");
		Instant now = this.clock.instant();
		this.store.remove(campaignId, documentId, reason);
		this.store.addStep(campaignId, documentId, "REMOVED", null, null, null, reason, item.responsibleOrgan(),
				Access.actor(), now);
		this.audit.record(Access.actor(), "CAMPAIGN_REMOVE_ITEM", documentId, Map.of("campaign", campaignId), reason);
		return this.store.item(campaignId, documentId).orElseThrow();
	}

	/** Hands an item to another organ (谁实施谁清理). */
	@Transactional
	Item reassign(long campaignId, long documentId, Requests.Assignment request) {
		Access.requireBureau("改变负责清理的机关");
		open(campaign(campaignId));
		Item item = item(campaignId, documentId);
		String organ = required("organ", request.organ(), "请填写改由哪个机关负责清理");
		String reason = required("reason", request.reason(), "请说明改由其他机关清理的理由");
		if (item.state() == ItemState.APPROVED || item.state() == ItemState.REMOVED) {
			throw new InvalidRequestException("organ", "该文件" + item.state().label() + "，不能再改由其他机关清理");
		}
		Instant now = this.clock.instant();
		this.store.reassign(campaignId, documentId, organ);
		this.store.addStep(campaignId, documentId, "REASSIGNED", null, null, null, reason, organ, Access.actor(), now);
		Map<String, Object> detail = new LinkedHashMap<>();
		detail.put("campaign", campaignId);
		detail.put("before", item.responsibleOrgan());
		detail.put("after", organ);
		this.audit.record(Access.actor(), "CAMPAIGN_REASSIGN", documentId, detail, reason);
		return this.store.item(campaignId, documentId).orElseThrow();
	}

	/** Computes the flags of every item again (after new documents or events arrived). */
	@Transactional
	void refreshFlags(long campaignId) {
		Access.requireBureau("刷新候选提示");
		Campaign campaign = open(campaign(campaignId));
		List<Long> ids = this.store.items(campaignId, null).stream().map(Item::documentId).toList();
		this.store.updateFlags(campaignId, this.flags.compute(ids, campaign.keywords()));
	}

	// Proposals and reviews

	/** A department (or the bureau) proposes a decision on one document. */
	@Transactional
	Item propose(long campaignId, long documentId, Requests.Proposal request) {
		Campaign campaign = campaign(campaignId);
		Item item = item(campaignId, documentId);
		Proposal proposal = checkProposal(campaign, item, request);
		record(campaign, item, proposal, Access.actor(), this.clock.instant());
		return this.store.item(campaignId, documentId).orElseThrow();
	}

	/**
	 * A proposal checked against the campaign and the item.
	 *
	 * @param decision the decision
	 * @param grounds 理由
	 * @param articles articles to amend
	 * @param comment 说明
	 * @param newExpiryDate new end of the period
	 */
	record Proposal(Decision decision, String grounds, @Nullable String articles, @Nullable String comment,
			@Nullable LocalDate newExpiryDate) {

		boolean sameAs(Item item) {
			return this.decision == item.decision() && this.grounds.equals(item.grounds())
					&& java.util.Objects.equals(this.articles, item.articles())
					&& java.util.Objects.equals(this.newExpiryDate, item.newExpiryDate())
					&& (item.state() == ItemState.PROPOSED);
		}

	}

	/** Checks a proposal; throws with the field and a message saying what is wrong. */
	Proposal checkProposal(Campaign campaign, Item item, Requests.Proposal request) {
		if (!campaign.state().isUnderWay()) {
			throw new InvalidRequestException("state", (campaign.state() == CampaignState.DRAFT) ? "清理任务尚未开始，暂不能提出意见"
					: "清理任务" + campaign.state().label() + "，不能再提出意见");
		}
		if (item.state() == ItemState.APPROVED) {
			throw new InvalidRequestException("decision", "该文件的清理意见已审核通过，不能再修改");
		}
		if (item.state() == ItemState.REMOVED) {
			throw new InvalidRequestException("decision", "该文件已移出清理范围");
		}
		List<Decision> allowed = Decision.allowedIn(campaign.kind());
		String written = required("decision", request.decision(),
				"请选择清理意见：" + allowed.stream()
					.map((d) -> d.name() + "（" + d.proposalLabel() + "）")
					.collect(Collectors.joining("、")));
		Decision decision = Decision.parse(written)
			.filter(allowed::contains)
			.orElseThrow(() -> new InvalidRequestException("decision",
					"未知的清理意见“" + written + "”，可用："
							+ allowed.stream()
								.map((d) -> d.name() + "（" + d.proposalLabel() + "）")
								.collect(Collectors.joining("、"))));
		String grounds = required("grounds", request.grounds(), "请写明提出“" + decision.proposalLabel() + "”的理由");
		String articles = blankToNull(request.articles());
		if (decision == Decision.AMEND && articles == null) {
			throw new InvalidRequestException("articles", "拟修改的，请写明需要修改的条款，例如“第九条”");
		}
		LocalDate newExpiry = request.newExpiryDate();
		if (decision == Decision.EXTEND) {
			if (newExpiry == null) {
				throw new InvalidRequestException("newExpiryDate", "拟延长有效期的，请填写新的有效期截止日期（YYYY-MM-DD）");
			}
			if (!newExpiry.isAfter(today())) {
				throw new InvalidRequestException("newExpiryDate", "新的有效期截止日期 " + newExpiry + " 应晚于今天");
			}
			if (newExpiry.isAfter(today().plusYears(5))) {
				throw new InvalidRequestException("newExpiryDate", "规范性文件有效期一般不超过5年，新的截止日期 " + newExpiry + " 过远");
			}
		}
		else {
			newExpiry = null;
		}
		return new Proposal(decision, grounds, articles, blankToNull(request.comment()), newExpiry);
	}

	/** Records a checked proposal, its history step and its audit entry. */
	void record(Campaign campaign, Item item, Proposal p, String actor, Instant now) {
		if (!this.store.propose(campaign.id(), item.documentId(), p.decision(), p.grounds(), p.articles(), p.comment(),
				p.newExpiryDate(), actor, now)) {
			throw new InvalidRequestException("decision", "该文件的状态刚被他人改变，请刷新后重试");
		}
		this.store.addStep(campaign.id(), item.documentId(), "PROPOSED", p.decision(), p.grounds(), p.articles(),
				p.comment(), item.responsibleOrgan(), actor, now);
		Map<String, Object> detail = new LinkedHashMap<>();
		detail.put("campaign", campaign.id());
		detail.put("decision", p.decision().name());
		detail.put("grounds", p.grounds());
		detail.put("articles", p.articles());
		detail.put("newExpiryDate", (p.newExpiryDate() != null) ? p.newExpiryDate().toString() : null);
		detail.put("organ", item.responsibleOrgan());
		this.audit.record(actor, "CAMPAIGN_PROPOSE", item.documentId(), detail, p.decision().proposalLabel());
	}

	/** The bureau approves or returns one proposal. */
	@Transactional
	Item review(long campaignId, long documentId, Requests.Review request) {
		Access.requireBureau("审核清理意见");
		Campaign campaign = campaign(campaignId);
		Item item = item(campaignId, documentId);
		review(campaign, item, request.approve(), request.comment());
		return this.store.item(campaignId, documentId).orElseThrow();
	}

	/**
	 * What a bulk review did.
	 *
	 * @param reviewed documents approved or returned
	 * @param skipped documents left alone, with why
	 */
	record BulkResult(List<Long> reviewed, Map<Long, String> skipped) {
	}

	/**
	 * The bureau approves or returns many proposals at once; those not waiting are
	 * skipped.
	 */
	@Transactional
	BulkResult review(long campaignId, Requests.BulkReview request) {
		Access.requireBureau("审核清理意见");
		Campaign campaign = campaign(campaignId);
		List<Long> ids = (request.documentIds() != null) ? request.documentIds() : List.of();
		if (ids.isEmpty()) {
			throw new InvalidRequestException("documentIds", "请选择要审核的文件");
		}
		Map<Long, Item> items = this.store.itemsByDocument(campaignId);
		List<Long> reviewed = new ArrayList<>();
		Map<Long, String> skipped = new LinkedHashMap<>();
		for (long id : ids) {
			Item item = items.get(id);
			if (item == null) {
				skipped.put(id, "不在本次清理范围内");
			}
			else if (item.state() != ItemState.PROPOSED) {
				skipped.put(id, "当前状态为“" + item.state().label() + "”，没有待审核的意见");
			}
			else {
				review(campaign, item, request.approve(), request.comment());
				reviewed.add(id);
			}
		}
		return new BulkResult(reviewed, skipped);
	}

	private void review(Campaign campaign, Item item, @Nullable Boolean approve, @Nullable String comment) {
		if (!campaign.state().isUnderWay()) {
			throw new InvalidRequestException("state", "清理任务" + campaign.state().label() + "，不能审核");
		}
		if (approve == null) {
			throw new InvalidRequestException("approve", "请说明审核结果：approve 为 true（通过）或 false（退回）");
		}
		if (item.state() != ItemState.PROPOSED) {
			throw new InvalidRequestException("approve",
					"文件 " + item.documentId() + " 当前为“" + item.state().label() + "”，没有待审核的清理意见");
		}
		String note = blankToNull(comment);
		if (!approve && note == null) {
			throw new InvalidRequestException("comment", "退回时请写明审核意见，说明需要如何修改");
		}
		Instant now = this.clock.instant();
		if (!this.store.review(campaign.id(), item.documentId(), approve, note, Access.actor(), now)) {
			throw new InvalidRequestException("approve", "该文件的状态刚被他人改变，请刷新后重试");
		}
		this.store.addStep(campaign.id(), item.documentId(), approve ? "APPROVED" : "RETURNED", item.decision(),
				item.grounds(), item.articles(), note, item.responsibleOrgan(), Access.actor(), now);
		Map<String, Object> detail = new LinkedHashMap<>();
		detail.put("campaign", campaign.id());
		detail.put("approve", approve);
		detail.put("decision", (item.decision() != null) ? item.decision().name() : null);
		this.audit.record(Access.actor(), "CAMPAIGN_REVIEW", item.documentId(), detail,
				(note != null) ? note : (approve ? "审核通过" : "退回"));
	}

	// Progress

	/**
	 * One organ's line on the progress board.
	 *
	 * @param organ the responsible organ
	 * @param counts items per state (by state code)
	 * @param total items in scope (removed ones left out)
	 * @param overdue items still owing a proposal after the deadline
	 */
	record OrganProgress(String organ, Map<String, Long> counts, long total, long overdue) {
	}

	/**
	 * The progress board: per organ and state, and what is overdue.
	 *
	 * @param organs one line per organ
	 * @param totals all organs together (by state code)
	 * @param overdue all overdue items
	 * @param deadline the deadline
	 * @param readyToPublish whether every item in scope is approved
	 */
	record Progress(List<OrganProgress> organs, Map<String, Long> totals, long overdue, LocalDate deadline,
			boolean readyToPublish) {
	}

	Progress progress(long campaignId) {
		Campaign campaign = campaign(campaignId);
		List<Item> items = this.store.items(campaignId, Access.organFilter());
		LocalDate today = today();
		Map<String, List<Item>> byOrgan = items.stream()
			.collect(Collectors.groupingBy(Item::responsibleOrgan, java.util.TreeMap::new, Collectors.toList()));
		List<OrganProgress> organs = new ArrayList<>();
		Map<String, Long> totals = zeroCounts();
		long overdue = 0;
		for (var e : byOrgan.entrySet()) {
			Map<String, Long> counts = zeroCounts();
			e.getValue().forEach((i) -> counts.merge(i.state().name(), 1L, Long::sum));
			long late = e.getValue().stream().filter((i) -> i.isOverdue(campaign, today)).count();
			long total = e.getValue().stream().filter((i) -> i.state() != ItemState.REMOVED).count();
			organs.add(new OrganProgress(e.getKey(), counts, total, late));
			counts.forEach((s, n) -> totals.merge(s, n, Long::sum));
			overdue += late;
		}
		boolean ready = items.stream().anyMatch((i) -> i.state() == ItemState.APPROVED)
				&& items.stream().allMatch((i) -> i.state() == ItemState.APPROVED || i.state() == ItemState.REMOVED);
		return new Progress(organs, totals, overdue, campaign.deadline(), ready);
	}

	private static Map<String, Long> zeroCounts() {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (ItemState s : ItemState.values()) {
			counts.put(s.name(), 0L);
		}
		return counts;
	}

	// Helpers

	/** The campaign, if it can still change. */
	static Campaign open(Campaign campaign) {
		if (!campaign.state().isOpen()) {
			throw new InvalidRequestException("state", "清理任务" + campaign.state().label() + "，不能再调整");
		}
		return campaign;
	}

	/**
	 * The government that decides a campaign's result: given, configured, else inferred.
	 */
	String government(Campaign campaign, @Nullable String given) {
		if (given != null && !given.isBlank()) {
			return given.strip();
		}
		if (campaign.government() != null) {
			return campaign.government();
		}
		if (this.properties.government() != null && !this.properties.government().isBlank()) {
			return this.properties.government().strip();
		}
		// The 人民政府 most of the documents in scope come from, or whose office issued them.
		Map<String, Long> governments = this.store.items(campaign.id(), null)
			.stream()
			.map(Item::responsibleOrgan)
			.map((organ) -> {
				int at = organ.indexOf("人民政府");
				return (at > 0) ? organ.substring(0, at + 4) : null;
			})
			.filter(java.util.Objects::nonNull)
			.collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
		return governments.entrySet()
			.stream()
			.max(Map.Entry.comparingByValue())
			.map(Map.Entry::getKey)
			.orElseThrow(() -> new InvalidRequestException("issuer", "请填写作出清理决定的机关（例如 某某县人民政府）"));
	}

	static List<String> keywords(@Nullable List<String> keywords) {
		if (keywords == null) {
			return List.of();
		}
		List<String> words = new ArrayList<>();
		for (String k : keywords) {
			for (String part : k.split("[,，、;；\\s]+")) {
				if (!part.isBlank() && !words.contains(part.strip())) {
					words.add(part.strip());
				}
			}
		}
		return words;
	}

	static String required(String field, @Nullable String value, String message) {
		if (value == null || value.isBlank()) {
			throw new InvalidRequestException(field, message);
		}
		return value.strip();
	}

	static @Nullable String blankToNull(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
