package cn.guifan.registry.registrar;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;

import cn.guifan.registry.audit.AuditLog;
import cn.guifan.registry.common.InvalidRequestException;
import cn.guifan.registry.document.DocumentEditor;
import cn.guifan.registry.document.Documents;
import cn.guifan.registry.catalog.DocumentDetails;
import cn.guifan.registry.ingest.ExtractionFailures;
import cn.guifan.registry.lifecycle.ExpirySweep;
import cn.guifan.registry.lifecycle.ExpirySweepConfiguration;
import cn.guifan.registry.lifecycle.LifecycleService;
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

	private final Documents records;

	RegistrarPageController(LifecycleService lifecycle, DocumentEditor editor, DocumentDetails documents,
			AuditLog audit, ExpirySweep sweep, ExpirySweepConfiguration.ExpirySweepRunner sweepRunner,
			ExtractionFailures extractionFailures, Documents records) {
		this.records = records;
		this.extractionFailures = extractionFailures;
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
		model.addAttribute("audit", this.audit.entries(null, 30));
		return "registrar/dashboard";
	}

	@PostMapping("/registrar/sweep")
	String runSweep(RedirectAttributes redirect) throws Exception {
		var execution = this.sweepRunner.run();
		redirect.addFlashAttribute("message", "有效期检查已运行（运行编号 " + execution.getId() + "，" + execution.getStatus() + "）");
		return "redirect:/registrar";
	}

	@GetMapping("/registrar/documents/{id}")
	String document(@PathVariable long id, Model model) {
		model.addAttribute("doc", this.documents.find(Long.toString(id), true));
		model.addAttribute("origins", this.records.origins(id));
		model.addAttribute("kinds", DocumentKind.values());
		model.addAttribute("audit", this.audit.entries(id, 50));
		model.addAttribute("eventTypes",
				Arrays.stream(LifecycleEventType.values())
					.filter((t) -> t != LifecycleEventType.ENACTED && t != LifecycleEventType.PUBLISHED)
					.toList());
		return "registrar/document";
	}

	@PostMapping("/registrar/documents/{id}/events")
	String recordEvent(@PathVariable long id, @RequestParam String type, @RequestParam String date,
			@RequestParam(required = false) String effectiveDate, @RequestParam(required = false) String causedBy,
			@RequestParam(required = false) String causedByText, @RequestParam(required = false) String provisions,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		try {
			LifecycleEventType eventType = LifecycleEventType.valueOf(type);
			this.lifecycle.record(id, new LifecycleService.EventCommand(eventType, date("date", date),
					date("effectiveDate", effectiveDate), documentId(causedBy), causedByText, provisions, reason),
					CurrentUser.name());
			redirect.addFlashAttribute("message", "已登记：" + eventType.label());
		}
		catch (InvalidRequestException ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
		}
		catch (IllegalArgumentException ex) {
			redirect.addFlashAttribute("error", "未知的事项：" + type);
		}
		return "redirect:/registrar/documents/" + id;
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
							date("signedDate", signedDate), date("publishedDate", publishedDate),
							date("effectiveDate", effectiveDate), date("expiryDate", expiryDate), blankToNull(kind),
							blankToNull(disclosure), null, reason),
					CurrentUser.name());
			redirect.addFlashAttribute("message", "已更正文件信息");
		}
		catch (InvalidRequestException ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
		}
		return "redirect:/registrar/documents/" + id;
	}

	private static @Nullable LocalDate date(String field, @Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			throw new InvalidRequestException(field, "日期“" + value + "”无效，应为 YYYY-MM-DD 格式");
		}
	}

	private static @Nullable Long documentId(@Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Long.valueOf(value.strip());
		}
		catch (NumberFormatException ex) {
			throw new InvalidRequestException("causedBy", "依据文件编号“" + value + "”应为数字（文件页面地址中的编号）");
		}
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

}
