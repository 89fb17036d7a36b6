package cn.guifan.registry.campaign;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import cn.guifan.registry.common.InvalidRequestException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The campaign API ({@code /api/v1/campaigns}): registrars and department accounts, with
 * HTTP Basic or the pages' login; published results are public. What each account may see
 * and do is checked by the services; see docs/campaigns.md.
 */
@RestController
class CampaignApiController {

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	static final MediaType DOCX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

	private final CampaignService campaigns;

	private final Publication publication;

	private final Uploads uploads;

	private final ExpiryEvaluation evaluation;

	private final PublishedResults results;

	private final Views views;

	CampaignApiController(CampaignService campaigns, Publication publication, Uploads uploads,
			ExpiryEvaluation evaluation, PublishedResults results, Views views) {
		this.campaigns = campaigns;
		this.publication = publication;
		this.uploads = uploads;
		this.evaluation = evaluation;
		this.results = results;
		this.views = views;
	}

	@GetMapping("/api/v1/campaigns")
	List<Views.CampaignView> list() {
		return this.campaigns.campaigns().stream().map(this.views::campaign).toList();
	}

	@PostMapping("/api/v1/campaigns")
	ResponseEntity<Views.CampaignView> create(@RequestBody Requests.Create request) {
		Campaign campaign = this.campaigns.create(request);
		return ResponseEntity.created(URI.create("/api/v1/campaigns/" + campaign.id()))
			.body(this.views.campaign(campaign));
	}

	/**
	 * A scope to preview.
	 *
	 * @param scope the scope
	 * @param keywords words to flag
	 */
	record PreviewRequest(@Nullable Scope scope, @Nullable List<String> keywords) {
	}

	@PostMapping("/api/v1/campaigns/preview")
	List<Views.PreviewLine> preview(@RequestBody PreviewRequest request) {
		return Views.preview(this.campaigns.preview((request.scope() != null) ? request.scope() : Scope.EMPTY,
				CampaignService.keywords(request.keywords())));
	}

	@PostMapping("/api/v1/campaigns/evaluations")
	ExpiryEvaluation.Result evaluate() {
		Access.requireBureau("运行有效期届满评估");
		return this.evaluation.run(Access.actor());
	}

	@GetMapping("/api/v1/campaigns/{id}")
	Views.CampaignView campaign(@PathVariable long id) {
		return this.views.campaign(this.campaigns.campaign(id));
	}

	@PostMapping("/api/v1/campaigns/{id}/state")
	Views.CampaignView move(@PathVariable long id, @RequestBody Requests.StateChange request) {
		return this.views.campaign(this.campaigns.move(id, request));
	}

	@GetMapping("/api/v1/campaigns/{id}/progress")
	CampaignService.Progress progress(@PathVariable long id) {
		return this.campaigns.progress(id);
	}

	@GetMapping("/api/v1/campaigns/{id}/items")
	List<Views.ItemView> items(@PathVariable long id, @RequestParam(required = false) @Nullable String state) {
		Campaign campaign = this.campaigns.campaign(id);
		List<Item> items = this.campaigns.items(id);
		if (state != null && !state.isBlank()) {
			ItemState wanted = java.util.Arrays.stream(ItemState.values())
				.filter((s) -> s.name().equalsIgnoreCase(state.strip()) || s.label().equals(state.strip()))
				.findFirst()
				.orElseThrow(() -> new InvalidRequestException("state",
						"未知的状态“" + state + "”，可用：PENDING、PROPOSED、RETURNED、APPROVED、REMOVED"));
			items = items.stream().filter((i) -> i.state() == wanted).toList();
		}
		return this.views.items(campaign, items);
	}

	@PostMapping("/api/v1/campaigns/{id}/items")
	List<Views.ItemView> add(@PathVariable long id, @RequestBody Requests.AddItems request) {
		List<Item> added = this.campaigns.addItems(id, request);
		return this.views.items(this.campaigns.campaign(id), added);
	}

	@GetMapping("/api/v1/campaigns/{id}/items/{documentId}")
	Views.ItemDetail item(@PathVariable long id, @PathVariable long documentId) {
		Campaign campaign = this.campaigns.campaign(id);
		return this.views.detail(campaign, this.campaigns.item(id, documentId));
	}

	@PostMapping("/api/v1/campaigns/{id}/items/{documentId}/proposal")
	Views.ItemDetail propose(@PathVariable long id, @PathVariable long documentId,
			@RequestBody Requests.Proposal request) {
		Item item = this.campaigns.propose(id, documentId, request);
		return this.views.detail(this.campaigns.campaign(id), item);
	}

	@PostMapping("/api/v1/campaigns/{id}/items/{documentId}/review")
	Views.ItemDetail review(@PathVariable long id, @PathVariable long documentId,
			@RequestBody Requests.Review request) {
		Item item = this.campaigns.review(id, documentId, request);
		return this.views.detail(this.campaigns.campaign(id), item);
	}

	@PostMapping("/api/v1/campaigns/{id}/items/{documentId}/removal")
	Views.ItemDetail remove(@PathVariable long id, @PathVariable long documentId,
			@RequestBody Requests.Removal request) {
		Item item = this.campaigns.removeItem(id, documentId, request);
		return this.views.detail(this.campaigns.campaign(id), item);
	}

	@PostMapping("/api/v1/campaigns/{id}/items/{documentId}/assignment")
	Views.ItemDetail reassign(@PathVariable long id, @PathVariable long documentId,
			@RequestBody Requests.Assignment request) {
		Item item = this.campaigns.reassign(id, documentId, request);
		return this.views.detail(this.campaigns.campaign(id), item);
	}

	@PostMapping("/api/v1/campaigns/{id}/reviews")
	CampaignService.BulkResult reviewAll(@PathVariable long id, @RequestBody Requests.BulkReview request) {
		return this.campaigns.review(id, request);
	}

	@PostMapping("/api/v1/campaigns/{id}/flags")
	List<Views.ItemView> refreshFlags(@PathVariable long id) {
		this.campaigns.refreshFlags(id);
		return this.views.items(this.campaigns.campaign(id), this.campaigns.items(id));
	}

	@GetMapping("/api/v1/campaigns/{id}/items.xlsx")
	ResponseEntity<byte[]> download(@PathVariable long id) {
		Campaign campaign = this.campaigns.campaign(id);
		return file(this.uploads.download(id), XLSX, campaign.name() + "-清理意见表.xlsx");
	}

	@PostMapping("/api/v1/campaigns/{id}/items.xlsx")
	ResponseEntity<Upload> upload(@PathVariable long id, @RequestParam("file") MultipartFile file) {
		Upload upload = this.uploads.preview(id, fileName(file), Uploads.open(file));
		return ResponseEntity.created(URI.create("/api/v1/campaigns/" + id + "/uploads/" + upload.id())).body(upload);
	}

	@GetMapping("/api/v1/campaigns/{id}/uploads/{uploadId}")
	Upload upload(@PathVariable long id, @PathVariable long uploadId) {
		return this.uploads.upload(id, uploadId);
	}

	@PostMapping("/api/v1/campaigns/{id}/uploads/{uploadId}/confirmation")
	Map<String, Object> confirm(@PathVariable long id, @PathVariable long uploadId) {
		List<Long> applied = this.uploads.confirm(id, uploadId);
		return Map.of("applied", applied.size(), "documentIds", applied);
	}

	@PostMapping("/api/v1/campaigns/{id}/publish")
	Views.CampaignView publish(@PathVariable long id, @RequestBody Requests.Publish request) {
		return this.views.campaign(this.publication.publish(id, request));
	}

	@GetMapping("/api/v1/campaigns/{id}/results")
	Views.Results results(@PathVariable long id) {
		Campaign campaign = this.results.published(id);
		DecisionText decision = this.results.decision(campaign);
		return new Views.Results(this.views.campaign(campaign), Views.lists(decision), decision.omitted());
	}

	@GetMapping("/api/v1/campaigns/{id}/results.docx")
	ResponseEntity<byte[]> resultsDocx(@PathVariable long id) {
		Campaign campaign = this.results.published(id);
		DecisionText decision = this.results.decision(campaign);
		return file(ResultFiles.docx(decision), DOCX, decision.title() + ".docx");
	}

	@GetMapping("/api/v1/campaigns/{id}/results.xlsx")
	ResponseEntity<byte[]> resultsXlsx(@PathVariable long id) {
		Campaign campaign = this.results.published(id);
		DecisionText decision = this.results.decision(campaign);
		return file(ResultFiles.xlsx(decision), XLSX, decision.title() + "（目录）.xlsx");
	}

	static ResponseEntity<byte[]> file(byte[] content, MediaType type, String name) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
			.body(content);
	}

	static String fileName(MultipartFile file) {
		String name = file.getOriginalFilename();
		return (name != null && !name.isBlank()) ? name : "清理意见表.xlsx";
	}

}
