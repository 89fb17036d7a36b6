package cn.guifan.registry.campaign;

import java.util.Arrays;
import java.util.List;

import cn.guifan.registry.common.InvalidRequestException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The campaign pages: the list, a new campaign with its scope previewed, a campaign's
 * page (for the bureau: moves, progress board, items with bulk review, scope changes,
 * publication; for a department: its task list), an item's task page, and the preview of
 * an uploaded spreadsheet. Every form posts to the same services as the API.
 */
@Controller
class CampaignPageController {

	private final CampaignService campaigns;

	private final Publication publication;

	private final Uploads uploads;

	private final ExpiryEvaluation evaluation;

	private final Views views;

	CampaignPageController(CampaignService campaigns, Publication publication, Uploads uploads,
			ExpiryEvaluation evaluation, Views views) {
		this.campaigns = campaigns;
		this.publication = publication;
		this.uploads = uploads;
		this.evaluation = evaluation;
		this.views = views;
	}

	@ModelAttribute("bureau")
	boolean bureau() {
		return Access.isBureau();
	}

	@ModelAttribute("department")
	@Nullable String department() {
		return Access.department();
	}

	@GetMapping("/campaigns")
	String list(Model model) {
		model.addAttribute("campaigns", this.campaigns.campaigns().stream().map(this.views::campaign).toList());
		return "campaign/list";
	}

	@PostMapping("/campaigns/evaluations")
	String evaluate(RedirectAttributes redirect) {
		Access.requireBureau("运行有效期届满评估");
		ExpiryEvaluation.Result result = this.evaluation.run(Access.actor());
		if (result.added().isEmpty()) {
			redirect.addFlashAttribute("message", "没有需要新增评估的文件：六个月内有效期届满的文件都已在评估中。");
			return "redirect:/campaigns";
		}
		redirect.addFlashAttribute("message", "已将 " + result.added().size() + " 件六个月内有效期届满的文件交由制定机关评估。");
		return "redirect:/campaigns/" + result.campaignId();
	}

	@GetMapping("/campaigns/new")
	String create(@ModelAttribute("form") CampaignForms.Create form, Model model) {
		Access.requireBureau("创建清理任务");
		model.addAttribute("kinds", kindChoices());
		model.addAttribute("documentKinds", documentKinds());
		return "campaign/new";
	}

	/** The form again, with the documents its scope selects and their flags. */
	@PostMapping("/campaigns/new")
	String preview(@ModelAttribute("form") CampaignForms.Create form, Model model) {
		Access.requireBureau("创建清理任务");
		model.addAttribute("kinds", kindChoices());
		model.addAttribute("documentKinds", documentKinds());
		try {
			List<Views.PreviewLine> lines = Views.preview(this.campaigns.preview(form.scope(), form.keywordList()));
			model.addAttribute("preview", lines);
			model.addAttribute("flagged", lines.stream().filter((l) -> !l.flags().isEmpty()).count());
		}
		catch (InvalidRequestException ex) {
			model.addAttribute("error", ex.getMessage());
		}
		return "campaign/new";
	}

	@PostMapping("/campaigns")
	String created(@ModelAttribute("form") CampaignForms.Create form, Model model, RedirectAttributes redirect) {
		try {
			Campaign campaign = this.campaigns.create(form.request());
			redirect.addFlashAttribute("message", "已创建清理任务（草拟）。请检查清理范围后开始。");
			return "redirect:/campaigns/" + campaign.id();
		}
		catch (InvalidRequestException ex) {
			model.addAttribute("error", ex.getMessage());
			model.addAttribute("kinds", kindChoices());
			model.addAttribute("documentKinds", documentKinds());
			return "campaign/new";
		}
	}

	@GetMapping("/campaigns/{id}")
	String campaign(@PathVariable long id, @RequestParam(required = false) @Nullable String state,
			@RequestParam(required = false) @Nullable String organ, Model model) {
		Campaign campaign = this.campaigns.campaign(id);
		List<Item> items = this.campaigns.items(id);
		if (state != null && !state.isBlank()) {
			items = items.stream().filter((i) -> i.state().name().equals(state)).toList();
		}
		if (organ != null && !organ.isBlank()) {
			items = items.stream().filter((i) -> i.responsibleOrgan().equals(organ)).toList();
		}
		model.addAttribute("campaign", this.views.campaign(campaign));
		model.addAttribute("items", this.views.items(campaign, items));
		model.addAttribute("progress", this.campaigns.progress(id));
		model.addAttribute("states", stateChoices());
		model.addAttribute("filterState", state);
		model.addAttribute("filterOrgan", organ);
		model.addAttribute("today", this.campaigns.today());
		return "campaign/campaign";
	}

	@PostMapping("/campaigns/{id}/state")
	String move(@PathVariable long id, @RequestParam String state,
			@RequestParam(required = false) @Nullable String reason, RedirectAttributes redirect) {
		return attempt(redirect, "/campaigns/" + id, () -> {
			Campaign moved = this.campaigns.move(id, new Requests.StateChange(state, reason));
			return "清理任务已转为“" + moved.state().label() + "”";
		});
	}

	@PostMapping("/campaigns/{id}/items")
	String add(@PathVariable long id, @RequestParam(required = false) @Nullable String documentIds,
			@RequestParam(required = false) @Nullable String reason, RedirectAttributes redirect) {
		return attempt(redirect, "/campaigns/" + id, () -> {
			List<Item> added = this.campaigns.addItems(id,
					new Requests.AddItems(CampaignForms.ids("documentIds", documentIds), reason));
			return "已将 " + added.size() + " 件文件加入清理范围";
		});
	}

	@PostMapping("/campaigns/{id}/reviews")
	String reviewAll(@PathVariable long id, @RequestParam(required = false) @Nullable List<Long> documentIds,
			@RequestParam String decision, @RequestParam(required = false) @Nullable String comment,
			RedirectAttributes redirect) {
		return attempt(redirect, "/campaigns/" + id, () -> {
			CampaignService.BulkResult result = this.campaigns.review(id,
					new Requests.BulkReview(documentIds, CampaignForms.approve(decision), comment));
			return ("approve".equals(decision) ? "已审核通过 " : "已退回 ") + result.reviewed().size() + " 件"
					+ (result.skipped().isEmpty() ? "" : "；" + result.skipped().size() + " 件没有待审核的意见，未处理");
		});
	}

	@PostMapping("/campaigns/{id}/flags")
	String refreshFlags(@PathVariable long id, RedirectAttributes redirect) {
		return attempt(redirect, "/campaigns/" + id, () -> {
			this.campaigns.refreshFlags(id);
			return "已重新计算候选提示";
		});
	}

	@PostMapping("/campaigns/{id}/uploads")
	String upload(@PathVariable long id, @RequestParam("file") MultipartFile file, RedirectAttributes redirect) {
		try {
			if (file.isEmpty()) {
				throw new InvalidRequestException("file", "请选择填写好的清理意见表（.xlsx）");
			}
			Upload upload = this.uploads.preview(id, CampaignApiController.fileName(file), Uploads.open(file));
			return "redirect:/campaigns/" + id + "/uploads/" + upload.id();
		}
		catch (InvalidRequestException ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
			return "redirect:/campaigns/" + id;
		}
	}

	/**
	 * A row of an upload preview, as the page shows it.
	 *
	 * @param row row number
	 * @param documentId the document
	 * @param title its title
	 * @param outcome code
	 * @param outcomeLabel in words
	 * @param message why
	 * @param grounds 理由
	 */
	record UploadLine(int row, @Nullable Long documentId, @Nullable String title, String outcome, String outcomeLabel,
			String message, @Nullable String grounds) {
	}

	@GetMapping("/campaigns/{id}/uploads/{uploadId}")
	String uploadPreview(@PathVariable long id, @PathVariable long uploadId, Model model) {
		Campaign campaign = this.campaigns.campaign(id);
		Upload upload = this.uploads.upload(id, uploadId);
		model.addAttribute("campaign", this.views.campaign(campaign));
		model.addAttribute("upload", upload);
		model.addAttribute("rows",
				upload.rows()
					.stream()
					.map((r) -> new UploadLine(r.row(), r.documentId(), r.title(), r.outcome().name(),
							r.outcome().label(), r.message(), r.grounds()))
					.toList());
		model.addAttribute("changes", upload.count(Upload.Outcome.CHANGE));
		model.addAttribute("unchanged", upload.count(Upload.Outcome.UNCHANGED));
		model.addAttribute("errors", upload.count(Upload.Outcome.ERROR));
		return "campaign/upload";
	}

	@PostMapping("/campaigns/{id}/uploads/{uploadId}/confirmation")
	String confirm(@PathVariable long id, @PathVariable long uploadId, RedirectAttributes redirect) {
		return attempt(redirect, "/campaigns/" + id, () -> {
			List<Long> applied = this.uploads.confirm(id, uploadId);
			return "已按上传的表格提出 " + applied.size() + " 件文件的清理意见";
		});
	}

	@PostMapping("/campaigns/{id}/uploads/{uploadId}/discard")
	String discard(@PathVariable long id, @PathVariable long uploadId, RedirectAttributes redirect) {
		return attempt(redirect, "/campaigns/" + id, () -> {
			this.uploads.discard(id, uploadId);
			return "已放弃这次上传，未作任何更改";
		});
	}

	@GetMapping("/campaigns/{id}/items/{documentId}")
	String item(@PathVariable long id, @PathVariable long documentId, Model model) {
		Campaign campaign = this.campaigns.campaign(id);
		Item item = this.campaigns.item(id, documentId);
		model.addAttribute("campaign", this.views.campaign(campaign));
		model.addAttribute("detail", this.views.detail(campaign, item));
		model.addAttribute("grounds", GROUNDS);
		return "campaign/item";
	}

	/** Grounds in use, offered in the proposal form (free text is fine too). */
	static final List<String> GROUNDS = List.of("符合上位法和现行政策，继续有效", "与上位法不一致", "被新规定涵盖或替代", "调整对象已消失", "任务已完成", "适用期已过",
			"不适应经济社会发展需要", "个别条款与上位法或现行政策不一致");

	@PostMapping("/campaigns/{id}/items/{documentId}/proposal")
	String propose(@PathVariable long id, @PathVariable long documentId,
			@RequestParam(required = false) @Nullable String decision,
			@RequestParam(required = false) @Nullable String grounds,
			@RequestParam(required = false) @Nullable String articles,
			@RequestParam(required = false) @Nullable String comment,
			@RequestParam(required = false) @Nullable String newExpiryDate, RedirectAttributes redirect) {
		return attempt(redirect, "/campaigns/" + id + "/items/" + documentId, () -> {
			Item item = this.campaigns.propose(id, documentId, new Requests.Proposal(decision, grounds, articles,
					comment, CampaignForms.date("newExpiryDate", newExpiryDate)));
			return "已提出清理意见：" + java.util.Objects.requireNonNull(item.decision()).proposalLabel();
		});
	}

	@PostMapping("/campaigns/{id}/items/{documentId}/review")
	String review(@PathVariable long id, @PathVariable long documentId, @RequestParam String decision,
			@RequestParam(required = false) @Nullable String comment, RedirectAttributes redirect) {
		return attempt(redirect, "/campaigns/" + id + "/items/" + documentId, () -> {
			Item item = this.campaigns.review(id, documentId,
					new Requests.Review(CampaignForms.approve(decision), comment));
			return "审核结果：" + item.state().label();
		});
	}

	@PostMapping("/campaigns/{id}/items/{documentId}/removal")
	String remove(@PathVariable long id, @PathVariable long documentId,
			@RequestParam(required = false) @Nullable String reason, RedirectAttributes redirect) {
		return attempt(redirect, "/campaigns/" + id + "/items/" + documentId, () -> {
			this.campaigns.removeItem(id, documentId, new Requests.Removal(reason));
			return "已移出清理范围";
		});
	}

	@PostMapping("/campaigns/{id}/items/{documentId}/assignment")
	String reassign(@PathVariable long id, @PathVariable long documentId,
			@RequestParam(required = false) @Nullable String organ,
			@RequestParam(required = false) @Nullable String reason, RedirectAttributes redirect) {
		return attempt(redirect, "/campaigns/" + id + "/items/" + documentId, () -> {
			Item item = this.campaigns.reassign(id, documentId, new Requests.Assignment(organ, reason));
			return "已改由" + item.responsibleOrgan() + "负责清理";
		});
	}

	@PostMapping("/campaigns/{id}/publish")
	String publish(@PathVariable long id, @RequestParam(required = false) @Nullable String docNumber,
			@RequestParam(required = false) @Nullable String date,
			@RequestParam(required = false) @Nullable String issuer, RedirectAttributes redirect) {
		try {
			Campaign published = this.publication.publish(id,
					new Requests.Publish(docNumber, CampaignForms.date("date", date), issuer));
			redirect.addFlashAttribute("message", "已发布：" + published.decisionTitle());
			return "redirect:/campaigns/" + id + "/results";
		}
		catch (InvalidRequestException ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
			return "redirect:/campaigns/" + id;
		}
	}

	/**
	 * Runs a form's action; its message or its error is shown on the page it returns to.
	 */
	private static String attempt(RedirectAttributes redirect, String back,
			java.util.function.Supplier<String> action) {
		try {
			redirect.addFlashAttribute("message", action.get());
		}
		catch (InvalidRequestException ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
		}
		return "redirect:" + back;
	}

	static List<Views.Choice> kindChoices() {
		return Arrays.stream(CampaignKind.values()).map((k) -> new Views.Choice(k.name(), k.label())).toList();
	}

	static List<Views.Choice> documentKinds() {
		return Arrays.stream(cn.guifan.schemas.document.DocumentKind.values())
			.map((k) -> new Views.Choice(k.name(), k.label()))
			.toList();
	}

	static List<Views.Choice> stateChoices() {
		return Arrays.stream(ItemState.values()).map((s) -> new Views.Choice(s.name(), s.label())).toList();
	}

}
