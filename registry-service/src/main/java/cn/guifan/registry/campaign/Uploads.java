package cn.guifan.registry.campaign;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import cn.guifan.registry.audit.AuditLog;
import cn.guifan.registry.common.InvalidRequestException;
import cn.guifan.registry.document.DocumentSummary;
import cn.guifan.registry.document.Documents;
import cn.guifan.schemas.docnumber.DocNumbers;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The spreadsheet round trip: download the items the asker is responsible for as XLSX,
 * upload the filled sheet for a preview that says what each row would do (will change,
 * unchanged, or an error with the reason: unknown document, not in your scope, unknown
 * decision, missing grounds, duplicate row…), and apply it only when the uploader
 * confirms, all rows in one transaction.
 */
@Service
class Uploads {

	private final CampaignService campaigns;

	private final CampaignStore store;

	private final Documents documents;

	private final AuditLog audit;

	private final java.time.Clock clock;

	Uploads(CampaignService campaigns, CampaignStore store, Documents documents, AuditLog audit,
			java.time.Clock clock) {
		this.campaigns = campaigns;
		this.store = store;
		this.documents = documents;
		this.audit = audit;
		this.clock = clock;
	}

	/** The asker's items as a spreadsheet to fill in. */
	byte[] download(long campaignId) {
		Campaign campaign = this.campaigns.campaign(campaignId);
		List<Item> items = this.campaigns.items(campaignId)
			.stream()
			.filter((i) -> i.state() != ItemState.REMOVED)
			.toList();
		Map<Long, DocumentSummary> summaries = this.documents.summaries(items.stream().map(Item::documentId).toList());
		List<ItemSheet.Line> lines = new ArrayList<>();
		for (Item item : items) {
			DocumentSummary s = summaries.get(item.documentId());
			if (s == null) {
				continue;
			}
			lines.add(new ItemSheet.Line(item.documentId(), s.title(), s.docNumber(), String.join("、", s.issuers()),
					item.responsibleOrgan(),
					item.flags()
						.stream()
						.map((f) -> "【" + f.label() + "】" + f.text())
						.collect(Collectors.joining("\n")),
					item.state().label(), (item.decision() != null) ? item.decision().proposalLabel() : null,
					item.grounds(), item.articles(), item.newExpiryDate(), item.proposalComment(),
					item.reviewComment()));
		}
		return ItemSheet.write(campaign.name(), lines, Decision.allowedIn(campaign.kind()));
	}

	/** Reads a filled sheet and stores what each row would do; applies nothing. */
	@Transactional
	Upload preview(long campaignId, String fileName, InputStream content) {
		Campaign campaign = this.campaigns.campaign(campaignId);
		if (!campaign.state().isUnderWay()) {
			throw new InvalidRequestException("state", "清理任务" + campaign.state().label() + "，不能上传清理意见");
		}
		List<ItemSheet.Filled> filled = ItemSheet.read(content);
		if (filled.isEmpty()) {
			throw new InvalidRequestException("file", "表格中没有填写任何文件");
		}
		Map<Long, Item> items = this.store.itemsByDocument(campaignId);
		Map<Long, DocumentSummary> known = this.documents.summaries(filled.stream()
			.map((f) -> parseId(f.documentId()))
			.filter(java.util.Objects::nonNull)
			.map(java.util.Objects::requireNonNull)
			.toList());
		Map<Long, List<Integer>> rowsOfDocument = new HashMap<>();
		List<Long> documentOfRow = new ArrayList<>();
		for (ItemSheet.Filled f : filled) {
			Long id = identify(f, known);
			documentOfRow.add(id);
			if (id != null) {
				rowsOfDocument.computeIfAbsent(id, (k) -> new ArrayList<>()).add(f.row());
			}
		}
		List<Upload.Row> rows = new ArrayList<>();
		for (int i = 0; i < filled.size(); i++) {
			rows.add(row(campaign, filled.get(i), documentOfRow.get(i), items, rowsOfDocument));
		}
		long id = this.store.insertUpload(campaignId, Access.actor(), Access.department(), fileName, rows,
				this.clock.instant());
		return this.store.upload(campaignId, id).orElseThrow();
	}

	private Upload.Row row(Campaign campaign, ItemSheet.Filled f, @Nullable Long id, Map<Long, Item> items,
			Map<Long, List<Integer>> rowsOfDocument) {
		String title = f.title().isBlank() ? null : f.title();
		if (id == null) {
			String which = !f.documentId().isBlank() ? "文件编号“" + f.documentId() + "”"
					: !f.docNumber().isBlank() ? "文号“" + f.docNumber() + "”" : "未填写文件编号和文号";
			return error(f, null, title, "登记库中没有这个文件（" + which + "）");
		}
		List<Integer> same = rowsOfDocument.getOrDefault(id, List.of());
		if (same.size() > 1) {
			return error(f, id, title,
					"同一文件在第 " + same.stream().map(String::valueOf).collect(Collectors.joining("、")) + " 行重复出现，请只保留一行");
		}
		Item item = items.get(id);
		if (item == null || !Access.maySee(item) || item.state() == ItemState.REMOVED) {
			return error(f, id, title, "该文件不在您负责的本次清理范围内");
		}
		if (f.decision().isBlank() && f.grounds().isBlank()) {
			return new Upload.Row(f.row(), id, title, Upload.Outcome.UNCHANGED, "未填写清理意见", null, null, null, null,
					null);
		}
		LocalDate expiry;
		try {
			expiry = f.parsedExpiry();
		}
		catch (IllegalArgumentException ex) {
			return error(f, id, title, String.valueOf(ex.getMessage()));
		}
		CampaignService.Proposal proposal;
		try {
			proposal = this.campaigns.checkProposal(campaign, item,
					new Requests.Proposal(f.decision(), f.grounds(), f.articles(), f.comment(), expiry));
		}
		catch (InvalidRequestException ex) {
			String detail = String.valueOf(ex.getMessage());
			String message = switch (ex.field()) {
				case "decision" -> f.decision().isBlank() ? "缺少清理意见" : detail;
				case "grounds" -> "缺少理由：" + detail;
				default -> detail;
			};
			return error(f, id, title, message);
		}
		if (proposal.sameAs(item)) {
			return new Upload.Row(f.row(), id, title, Upload.Outcome.UNCHANGED, "与已提出的意见相同", proposal.decision(),
					proposal.grounds(), proposal.articles(), proposal.comment(), proposal.newExpiryDate());
		}
		String before = (item.decision() != null && item.state() != ItemState.PENDING)
				? "（原为“" + item.decision().proposalLabel() + "”，" + item.state().label() + "）" : "";
		return new Upload.Row(f.row(), id, title, Upload.Outcome.CHANGE,
				"将提出“" + proposal.decision().proposalLabel() + "”" + before, proposal.decision(), proposal.grounds(),
				proposal.articles(), proposal.comment(), proposal.newExpiryDate());
	}

	private static Upload.Row error(ItemSheet.Filled f, @Nullable Long id, @Nullable String title, String message) {
		return new Upload.Row(f.row(), id, title, Upload.Outcome.ERROR, message, null, null, null, null, null);
	}

	/** The document a row names: by 文件编号, else by 文号. */
	private @Nullable Long identify(ItemSheet.Filled f, Map<Long, DocumentSummary> known) {
		Long id = parseId(f.documentId());
		if (id != null) {
			return known.containsKey(id) ? id : null;
		}
		if (!f.documentId().isBlank() || f.docNumber().isBlank()) {
			return null;
		}
		return DocNumbers.parseLenient(f.docNumber())
			.map((n) -> this.documents.idsNumbered(n.normalized()))
			.filter((ids) -> ids.size() == 1)
			.map((ids) -> ids.get(0))
			.orElse(null);
	}

	private static @Nullable Long parseId(String text) {
		String t = text.strip();
		if (t.endsWith(".0")) {
			t = t.substring(0, t.length() - 2);
		}
		try {
			return t.isEmpty() ? null : Long.valueOf(t);
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	/** A preview the asker made, if it is theirs. */
	Upload upload(long campaignId, long uploadId) {
		this.campaigns.campaign(campaignId);
		Upload upload = this.store.upload(campaignId, uploadId)
			.filter((u) -> u.uploadedBy().equals(Access.actor()))
			.orElseThrow(() -> new CampaignNotFoundException("找不到编号为 " + uploadId + " 的上传记录"));
		return upload;
	}

	/**
	 * Applies the rows that will change, in one transaction; each is checked again, so a
	 * proposal approved since the preview is not overwritten.
	 * @return the documents whose proposals were recorded
	 */
	@Transactional
	List<Long> confirm(long campaignId, long uploadId) {
		Upload upload = upload(campaignId, uploadId);
		if (!"PREVIEW".equals(upload.state())) {
			throw new InvalidRequestException("upload",
					"这次上传已经" + ("APPLIED".equals(upload.state()) ? "确认" : "放弃") + "过了");
		}
		Campaign campaign = this.campaigns.campaign(campaignId);
		Map<Long, Item> items = this.store.itemsByDocument(campaignId);
		Instant now = this.clock.instant();
		List<Long> applied = new ArrayList<>();
		for (Upload.Row row : upload.rows()) {
			if (row.outcome() != Upload.Outcome.CHANGE || row.documentId() == null || row.decision() == null) {
				continue;
			}
			Item item = items.get(row.documentId());
			if (item == null || !Access.maySee(item)) {
				throw new InvalidRequestException("upload", "第 " + row.row() + " 行的文件已不在您负责的清理范围内，请重新上传");
			}
			CampaignService.Proposal proposal;
			try {
				proposal = this.campaigns.checkProposal(campaign, item, new Requests.Proposal(row.decision().name(),
						row.grounds(), row.articles(), row.comment(), row.newExpiryDate()));
			}
			catch (InvalidRequestException ex) {
				throw new InvalidRequestException("upload", "第 " + row.row() + " 行：" + ex.getMessage() + "（请重新上传）");
			}
			this.campaigns.record(campaign, item, proposal, Access.actor(), now);
			applied.add(row.documentId());
		}
		if (!this.store.closeUpload(uploadId, "APPLIED", now)) {
			throw new InvalidRequestException("upload", "这次上传已经处理过了");
		}
		Map<String, Object> detail = new LinkedHashMap<>();
		detail.put("campaign", campaignId);
		detail.put("upload", uploadId);
		detail.put("file", upload.fileName());
		detail.put("applied", applied.size());
		detail.put("unchanged", upload.count(Upload.Outcome.UNCHANGED));
		detail.put("errors", upload.count(Upload.Outcome.ERROR));
		this.audit.record(Access.actor(), "CAMPAIGN_UPLOAD", null, detail, "上传清理意见表：" + upload.fileName());
		return applied;
	}

	/** Drops a preview without applying anything. */
	@Transactional
	void discard(long campaignId, long uploadId) {
		upload(campaignId, uploadId);
		this.store.closeUpload(uploadId, "DISCARDED", this.clock.instant());
	}

	static InputStream open(org.springframework.web.multipart.MultipartFile file) {
		try {
			return file.getInputStream();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
