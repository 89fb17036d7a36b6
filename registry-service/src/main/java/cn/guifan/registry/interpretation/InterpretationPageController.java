package cn.guifan.registry.interpretation;

import cn.guifan.registry.common.DocumentNotFoundException;
import cn.guifan.registry.common.InvalidRequestException;
import cn.guifan.registry.lifecycle.LifecycleService;
import cn.guifan.registry.security.CurrentUser;
import cn.guifan.schemas.lifecycle.RelationType;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The registrar's 解读 page: the report and a form to link a 解读 to its document. */
@Controller
class InterpretationPageController {

	private final InterpretationReport report;

	private final LifecycleService lifecycle;

	InterpretationPageController(InterpretationReport report, LifecycleService lifecycle) {
		this.report = report;
		this.lifecycle = lifecycle;
	}

	@GetMapping("/registrar/interpretations")
	String page(Model model) {
		model.addAttribute("report", this.report.report());
		return "interpretation/report";
	}

	@PostMapping("/registrar/interpretations")
	String link(@RequestParam(required = false) @Nullable Long documentId,
			@RequestParam(required = false) @Nullable Long interpretationId,
			@RequestParam(required = false) @Nullable String reason, RedirectAttributes redirect) {
		try {
			if (documentId == null || interpretationId == null) {
				throw new InvalidRequestException("documentId", "请填写文件和解读的登记编号");
			}
			boolean added = this.lifecycle.relate(interpretationId, RelationType.INTERPRETS, documentId,
					CurrentUser.name(), reason);
			redirect.addFlashAttribute("message", added ? "已关联解读" : "这篇解读已经关联过了");
		}
		catch (InvalidRequestException | DocumentNotFoundException ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
		}
		return "redirect:/registrar/interpretations";
	}

}
