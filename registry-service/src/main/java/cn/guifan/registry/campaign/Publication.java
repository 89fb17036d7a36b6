package cn.guifan.registry.campaign;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.guifan.ingest.sink.IngestedDocument;
import cn.guifan.ingest.sink.StoreOutcome;
import cn.guifan.registry.audit.AuditLog;
import cn.guifan.registry.common.InvalidRequestException;
import cn.guifan.registry.document.DocumentEditor;
import cn.guifan.registry.document.DocumentIntake;
import cn.guifan.registry.document.DocumentSummary;
import cn.guifan.registry.document.Documents;
import cn.guifan.registry.lifecycle.LifecycleService;
import cn.guifan.schemas.docnumber.DocNumber;
import cn.guifan.schemas.docnumber.DocNumbers;
import cn.guifan.schemas.document.Disclosure;
import cn.guifan.schemas.document.DocumentKind;
import cn.guifan.schemas.document.DocumentMetadata;
import cn.guifan.schemas.document.DocumentRecord;
import cn.guifan.schemas.document.SourceFile;
import cn.guifan.schemas.lifecycle.LifecycleEventType;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishes a campaign's result in one transaction, all or nothing: the decision (决定)
 * becomes a registry document (its DOCX the original file); each repealed or invalidated
 * document gets its lifecycle event, effective on the decision's date and caused by the
 * decision (which is thereby linked to it); amendments are recorded as pending and
 * continuations as confirmed in this campaign; extended periods are re-registered; the
 * result lists are stored as published; every step is audited. The campaign's own move to
 * 已发布 is the last write, so it commits only with everything else.
 */
@Service
class Publication {

	private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

	private final CampaignService campaigns;

	private final CampaignStore store;

	private final Documents documents;

	private final DocumentIntake intake;

	private final DocumentEditor editor;

	private final LifecycleService lifecycle;

	private final AuditLog audit;

	private final Clock clock;

	Publication(CampaignService campaigns, CampaignStore store, Documents documents, DocumentIntake intake,
			DocumentEditor editor, LifecycleService lifecycle, AuditLog audit, Clock clock) {
		this.campaigns = campaigns;
		this.store = store;
		this.documents = documents;
		this.intake = intake;
		this.editor = editor;
		this.lifecycle = lifecycle;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	Campaign publish(long campaignId, Requests.Publish request) {
		Access.requireBureau("发布清理结果");
		Campaign campaign = this.campaigns.campaign(campaignId);
		if (campaign.state() != CampaignState.IN_REVIEW) {
			throw new InvalidRequestException("state", "清理任务当前为“" + campaign.state().label() + "”，"
					+ (campaign.state().isUnderWay() ? "请先转入审核中，全部审核通过后再发布" : "不能发布"));
		}
		String written = CampaignService.required("docNumber", request.docNumber(), "请填写清理决定的发文字号，例如 青政发〔2026〕12号");
		DocNumber number = DocNumbers.parseLenient(written)
			.orElseThrow(() -> new InvalidRequestException("docNumber", "发文字号“" + written + "”无法识别，应形如 青政发〔2026〕12号"));
		LocalDate date = request.date();
		if (date == null) {
			throw new InvalidRequestException("date", "请填写清理决定的公布日期（YYYY-MM-DD），清理结果自该日起生效");
		}
		List<Long> taken = this.documents.idsNumbered(number.normalized());
		if (!taken.isEmpty()) {
			throw new InvalidRequestException("docNumber",
					"发文字号 " + number.normalized() + " 已被登记库中的文件 " + taken.get(0) + " 使用");
		}
		List<Item> items = this.store.items(campaignId, null)
			.stream()
			.filter((i) -> i.state() != ItemState.REMOVED)
			.toList();
		List<Item> undecided = items.stream().filter((i) -> i.state() != ItemState.APPROVED).toList();
		if (items.isEmpty()) {
			throw new InvalidRequestException("state", "清理范围内没有文件，无需发布");
		}
		if (!undecided.isEmpty()) {
			Map<ItemState, Long> counts = new EnumMap<>(ItemState.class);
			undecided.forEach((i) -> counts.merge(i.state(), 1L, Long::sum));
			StringBuilder which = new StringBuilder();
			counts.forEach((s, n) -> which.append((which.length() > 0) ? "、" : "")
				.append(s.label())
				.append(' ')
				.append(n)
				.append(" 件"));
			throw new InvalidRequestException("state",
					"还有 " + undecided.size() + " 件文件未审核通过（" + which + "），须全部审核通过或移出清理范围后才能发布");
		}
		String issuer = this.campaigns.government(campaign, request.issuer());
		String title = DecisionText.titleFor(issuer, campaign.name());
		Map<Long, DocumentSummary> summaries = this.documents.summaries(items.stream().map(Item::documentId).toList());
		List<ResultRow> rows = rows(items, summaries);
		String basis = (campaign.basisText() != null) ? campaign.basisText() : (campaign.basisDocumentId() != null)
				? this.documents.summary(campaign.basisDocumentId()).map(DocumentSummary::cause).orElse(null) : null;
		DecisionText decision = DecisionText.of(title, number.normalized(), issuer, date, campaign.name(), basis, rows,
				true);
		String actor = Access.actor();
		Instant now = this.clock.instant();

		long decisionId = storeDecision(decision, number);
		this.store.recordDecisionDocument(campaignId, decisionId);
		DocumentSummary decisionDocument = this.documents.require(decisionId);
		Map<Long, String> outcomes = new LinkedHashMap<>();
		for (ResultRow row : rows) {
			try {
				outcomes.put(row.documentId(), apply(row, decisionDocument, date, actor));
			}
			catch (InvalidRequestException ex) {
				// The registry refused what the decision does to one of many documents
				// (it was repealed meanwhile, say): the registrar must learn which one.
				throw new InvalidRequestException(ex.field(), "清理结果未发布：" + named(row) + "不能按清理决定处理：" + ex.getMessage());
			}
		}
		this.store.setOutcomes(campaignId, outcomes);
		this.store.insertResults(campaignId, rows);
		this.store.addSteps(campaignId, items, "PUBLISHED", actor, now);
		Map<String, Object> detail = new LinkedHashMap<>();
		detail.put("campaign", campaignId);
		detail.put("docNumber", number.normalized());
		detail.put("date", date.toString());
		for (Decision d : Decision.values()) {
			long n = rows.stream().filter((r) -> r.list() == d).count();
			if (n > 0) {
				detail.put(d.name(), n);
			}
		}
		this.audit.record(actor, "CAMPAIGN_PUBLISH", decisionId, detail, title);
		if (!this.store.markPublished(campaignId, title, number.normalized(), issuer, date, decisionId, actor, now)) {
			throw new InvalidRequestException("state", "清理任务的状态刚被他人改变，请刷新后重试");
		}
		return this.store.campaign(campaignId).orElseThrow();
	}

	/** The annex lists: per decision, in order of the documents' dates. */
	static List<ResultRow> rows(List<Item> items, Map<Long, DocumentSummary> summaries) {
		List<ResultRow> rows = new ArrayList<>();
		for (Decision d : Decision.values()) {
			List<Item> listed = items.stream()
				.filter((i) -> i.decision() == d && summaries.containsKey(i.documentId()))
				.sorted(Comparator
					.comparing((Item i) -> decided(summaries.get(i.documentId())),
							Comparator.nullsLast(Comparator.naturalOrder()))
					.thenComparing(Item::documentId))
				.toList();
			int ordinal = 1;
			for (Item i : listed) {
				DocumentSummary s = java.util.Objects.requireNonNull(summaries.get(i.documentId()));
				rows.add(new ResultRow(d, ordinal++, s.id(), titleOf(s), s.docNumber(), String.join("、", s.issuers()),
						s.decided(), i.grounds(), i.articles(), i.newExpiryDate(), s.isPublic()));
			}
		}
		return rows;
	}

	private static @Nullable LocalDate decided(@Nullable DocumentSummary s) {
		return (s != null) ? s.decided() : null;
	}

	/** A listed document as a registrar finds it: 《title》（doc number，登记号 id）. */
	private static String named(ResultRow row) {
		return "《" + row.title() + "》（" + ((row.docNumber() != null) ? row.docNumber() + "，" : "") + "登记号 "
				+ row.documentId() + "）";
	}

	/** The name a list gives a document: what a 印发 notice publishes, else its title. */
	private static String titleOf(DocumentSummary s) {
		var published = java.util.regex.Pattern.compile("关于(?:印发|发布)《([^》]+)》的通知").matcher(s.title());
		return published.find() ? published.group(1) : s.title();
	}

	/**
	 * What publication does to one document; returns the outcome recorded on its item.
	 */
	private String apply(ResultRow row, DocumentSummary decision, LocalDate date, String actor) {
		String grounds = (row.grounds() != null) ? row.grounds() : row.list().label();
		Map<String, Object> detail = new LinkedHashMap<>();
		detail.put("decision", decision.id());
		detail.put("docNumber", decision.docNumber());
		switch (row.list()) {
			case REPEAL, INVALIDATE -> {
				LifecycleEventType type = (row.list() == Decision.REPEAL) ? LifecycleEventType.REPEALED
						: LifecycleEventType.DECLARED_INVALID;
				this.lifecycle.record(row.documentId(), new LifecycleService.EventCommand(type, date, date,
						decision.id(), decision.cause(), null, grounds), actor);
				return (row.list() == Decision.REPEAL) ? "REPEALED" : "INVALIDATED";
			}
			case AMEND -> {
				detail.put("articles", row.articles());
				this.audit.record(actor, "CAMPAIGN_AMEND_PENDING", row.documentId(), detail, "待修改：" + grounds);
				return "AMEND_PENDING";
			}
			case CONTINUE -> {
				this.audit.record(actor, "CAMPAIGN_CONFIRMED", row.documentId(), detail, "继续有效：" + grounds);
				return "CONFIRMED";
			}
			case EXTEND -> {
				LocalDate until = java.util.Objects.requireNonNull(row.newExpiryDate(), "new expiry date");
				this.editor.correct(row.documentId(), new DocumentEditor.Correction(null, null, null, null, null, null,
						until, null, null, null, decision.cause() + "延长有效期至" + until + "：" + grounds), actor);
				return "EXTENDED";
			}
			case LAPSE -> {
				this.audit.record(actor, "CAMPAIGN_LAPSE", row.documentId(), detail, "有效期届满后不再执行：" + grounds);
				return "LAPSES";
			}
		}
		throw new IllegalStateException("unknown decision " + row.list());
	}

	/** Stores the decision as a registry document, its DOCX as the original file. */
	private long storeDecision(DecisionText decision, DocNumber number) {
		byte[] docx = ResultFiles.docx(decision);
		Path file = null;
		try {
			file = Files.createTempFile("guifan-decision-", ".docx");
			Files.write(file, docx);
			String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(docx));
			DocumentMetadata metadata = DocumentMetadata.builder(decision.title())
				.docNumber(number)
				.issuers(List.of(decision.issuer()))
				.signedDate(decision.date())
				.publishedDate(decision.date())
				.effectiveDate(decision.date())
				.disclosure(Disclosure.PUBLIC)
				.kind(DocumentKind.NORMATIVE_DOCUMENT, "清理结果决定，由清理任务发布时生成")
				.build();
			SourceFile source = new SourceFile(sha256, number.normalized() + " " + decision.title() + ".docx", DOCX,
					docx.length);
			// Its lists are applied below, row by row, with the registrar's grounds.
			StoreOutcome outcome = this.intake.storeDecisionAppliedByCaller(
					new IngestedDocument(new DocumentRecord(metadata, decision.plainText(), source), file));
			if (outcome.kind() != StoreOutcome.Kind.STORED) {
				throw new InvalidRequestException("docNumber", "清理决定与登记库中的文件 " + outcome.documentId() + " 内容相同，未能登记");
			}
			return Long.parseLong(outcome.documentId());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write the decision file", ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
		finally {
			if (file != null) {
				try {
					Files.deleteIfExists(file);
				}
				catch (IOException ex) {
					// A temporary file left behind; the system's temp cleaner takes it.
				}
			}
		}
	}

}
