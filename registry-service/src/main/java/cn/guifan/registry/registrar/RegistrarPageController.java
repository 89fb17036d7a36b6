package cn.guifan.registry.registrar;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import cn.guifan.registry.audit.AuditLog;
import cn.guifan.registry.common.InvalidRequestException;
import cn.guifan.registry.document.DocumentEditor;
import cn.guifan.registry.document.Documents;
import cn.guifan.registry.catalog.DocumentDetails;
import cn.guifan.registry.ingest.ExtractionFailures;
import cn.guifan.registry.lifecycle.ExpirySweep;
import cn.guifan.registry.lifecycle.ExpirySweepConfiguration;
import cn.guifan.registry.document.Documents;
import cn.guifan.registry.indexing.OutboxIndexer;
import cn.guifan.registry.lifecycle.LifecycleEvent;
import cn.guifan.registry.lifecycle.LifecycleService;
import cn.guifan.registry.lifecycle.ReferenceResolver;
import cn.guifan.schemas.docnumber.DocNumbers;
import cn.guifan.registry.security.CurrentUser;
import cn.guifan.schemas.document.DocumentKind;
import cn.guifan.schemas.lifecycle.LifecycleEventType;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The registrar's pages: documents expiring soon, documents whose metadata was read only
 * in part, recent changes, and the forms for one document.
 */
@Controller
class RegistrarPageController {

	private final LifecycleService lifecycle;

	private final DocumentEditor editor;

	private final DocumentDetails documents;

	private final AuditLog audit;

	private final ExpirySweep sweep;

	private final ExpirySweepConfiguration.ExpirySweepRunner sweepRunner;

	private final ExtractionFailures extractionFailures;

	private final OutboxIndexer indexer;

	private final ReferenceResolver resolver;

	private final Documents registry;

	RegistrarPageController(LifecycleService lifecycle, DocumentEditor editor, DocumentDetails documents,
			AuditLog audit, ExpirySweep sweep, ExpirySweepConfiguration.ExpirySweepRunner sweepRunner,
			ExtractionFailures extractionFailures, OutboxIndexer indexer, ReferenceResolver resolver,
			Documents registry) {
		this.extractionFailures = extractionFailures;
		this.indexer = indexer;
		this.resolver = resolver;
		this.registry = registry;
		this.lifecycle = lifecycle;
		this.editor = editor;
		this.documents = documents;
		this.audit = audit;
		this.sweep = sweep;
		this.sweepRunner = sweepRunner;
	}

	@GetMapping("/registrar")
	String dashboard(Model model) {
		model.addAttribute("expiring", this.sweep.expiringWithin(6));
		model.addAttribute("extractionFailures", this.extractionFailures.latest(100));
		model.addAttribute("audit", AuditRows.of(this.audit.entries(null, 30), this.registry));
		model.addAttribute("indexFailures",
				this.indexer.rejected()
					.stream()
					.map((f) -> new IndexFailureRow(f.documentId(),
							this.registry.summary(f.documentId()).map((d) -> d.title()).orElse("（已删除的文件）"),
							f.attempts(), f.lastError()))
					.toList());
		return "registrar/dashboard";
	}

	@PostMapping("/registrar/sweep")
	String runSweep(RedirectAttributes redirect) throws Exception {
		var execution = this.sweepRunner.run();
		redirect.addFlashAttribute("message", "有效期检查已运行（运行编号 " + execution.getId() + "，"
				+ ("COMPLETED".equals(execution.getStatus().name()) ? "已完成" : execution.getStatus().name()) + "）");
		return "redirect:/registrar";
	}

	@GetMapping("/registrar/documents/{id}")
	String document(@PathVariable long id, Model model) {
		model.addAttribute("doc", this.documents.find(Long.toString(id), true));
		model.addAttribute("origins", this.registry.origins(id));
		model.addAttribute("kinds", DocumentKind.values());
		model.addAttribute("audit", AuditRows.of(this.audit.entries(id, 50), this.registry));
		model.addAttribute("eventTypes",
				Arrays.stream(LifecycleEventType.values()).filter(LifecycleService.RECORDABLE::contains).toList());
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", Map.of());
		}
		return "registrar/document";
	}

	@PostMapping("/registrar/documents/{id}/events")
	String recordEvent(@PathVariable long id, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
		String type = form.getOrDefault("type", "");
		try {
			LifecycleEventType eventType;
			try {
				eventType = LifecycleEventType.valueOf(type);
			}
			catch (IllegalArgumentException ex) {
				throw new InvalidRequestException("type", "未知的事项：" + type);
			}
			Cause cause = cause(form.get("causedBy"), id);
			this.lifecycle.record(id,
					new LifecycleService.EventCommand(eventType, date("date", "决定日期", form.get("date")),
							date("effectiveDate", "生效日期", form.get("effectiveDate")), cause.id(),
							(cause.text() != null) ? cause.text() : form.get("causedByText"), form.get("provisions"),
							form.get("reason"), date("validUntil", "新的有效期截止日期", form.get("validUntil"))),
					CurrentUser.name());
			redirect.addFlashAttribute("message", "已登记：" + eventType.label());
		}
		catch (InvalidRequestException ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
			redirect.addFlashAttribute("errorField", ex.field());
			redirect.addFlashAttribute("form", form);
		}
		return "redirect:/registrar/documents/" + id;
	}

	@PostMapping("/registrar/documents/{id}/events/{eventId}/withdrawal")
	String withdrawEvent(@PathVariable long id, @PathVariable long eventId,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		try {
			LifecycleEvent withdrawn = this.lifecycle.withdraw(id, eventId, reason, CurrentUser.name());
			redirect.addFlashAttribute("message",
					"已撤销 " + withdrawn.date() + " 的“" + withdrawn.type().label() + "”记录；时间线、检索和有效期检查已按撤销后的记录更新");
		}
		catch (InvalidRequestException ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
		}
		return "redirect:/registrar/documents/" + id;
	}

	/**
	 * The cause a registrar typed: a registry document named by its doc number or title
	 * (a picker, not an internal id), else the name as printed for a document outside the
	 * registry.
	 */
	private Cause cause(@Nullable String typed, long documentId) {
		if (typed == null || typed.isBlank()) {
			return new Cause(null, null);
		}
		String t = typed.strip();
		if (t.matches("#?\\d+")) {
			return new Cause(Long.valueOf(t.replace("#", "")), null);
		}
		String cleaned = t.replaceAll("^[《〈]|[》〉]$", "");
		var number = DocNumbers.parseLenient(cleaned);
		List<Long> found = number.isPresent() ? this.resolver.candidates(number.get().normalized(), null)
				: this.resolver.candidates(null, cleaned);
		found = found.stream().filter((d) -> d != documentId).toList();
		if (found.size() == 1) {
			return new Cause(found.get(0), null);
		}
		if (found.size() > 1) {
			throw new InvalidRequestException("causedBy", "有 " + found.size() + " 个文件符合“" + t + "”，请填写发文字号以确定依据文件");
		}
		return new Cause(null, t);
	}

	private record Cause(@Nullable Long id, @Nullable String text) {
	}

	@PostMapping("/registrar/documents/{id}/corrections")
	String correct(@PathVariable long id, @RequestParam(required = false) String title,
			@RequestParam(required = false) String docNumber, @RequestParam(required = false) String issuers,
			@RequestParam(required = false) String signedDate, @RequestParam(required = false) String publishedDate,
			@RequestParam(required = false) String effectiveDate, @RequestParam(required = false) String expiryDate,
			@RequestParam(required = false) String disclosure, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		try {
			List<String> issuerList = (issuers == null || issuers.isBlank()) ? null
					: Arrays.stream(issuers.split("[、,，\\n]")).map(String::strip).filter((s) -> !s.isEmpty()).toList();
			this.editor.correct(id,
					new DocumentEditor.Correction(blankToNull(title), blankToNull(docNumber), issuerList,
							date("signedDate", "成文日期", signedDate), date("publishedDate", "发布日期", publishedDate),
							date("effectiveDate", "施行日期", effectiveDate), date("expiryDate", "有效期截止日期", expiryDate),
							blankToNull(kind), blankToNull(disclosure), null, reason),
					CurrentUser.name());
			List<Long> withdrawn = this.sweep.withdrawStale();
			redirect.addFlashAttribute("message",
					"已更正文件信息" + (withdrawn.contains(id) ? "；与更正后有效期不符的“有效期届满”记录已撤销" : ""));
		}
		catch (InvalidRequestException ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
			redirect.addFlashAttribute("errorField", ex.field());
			Map<String, String> form = new java.util.HashMap<>();
			putIfPresent(form, "title", title);
			putIfPresent(form, "docNumber", docNumber);
			putIfPresent(form, "issuers", issuers);
			putIfPresent(form, "signedDate", signedDate);
			putIfPresent(form, "publishedDate", publishedDate);
			putIfPresent(form, "effectiveDate2", effectiveDate);
			putIfPresent(form, "expiryDate", expiryDate);
			putIfPresent(form, "reason2", reason);
			redirect.addFlashAttribute("correction", form);
		}
		return "redirect:/registrar/documents/" + id;
	}

	private static void putIfPresent(Map<String, String> form, String key, @Nullable String value) {
		if (value != null) {
			form.put(key, value);
		}
	}

	private static @Nullable LocalDate date(String field, String name, @Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			throw new InvalidRequestException(field, name + "“" + value + "”不是有效的日期，应为 YYYY-MM-DD 格式，例如 2024-09-30");
		}
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

	/**
	 * A document the index rejected on every attempt.
	 *
	 * @param documentId the document
	 * @param title its title
	 * @param attempts how often it was tried
	 * @param error what Elasticsearch said last
	 */
	record IndexFailureRow(long documentId, String title, int attempts, String error) {
	}

}
