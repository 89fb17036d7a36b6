package cn.guifan.registry.citation;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import cn.guifan.registry.common.InvalidRequestException;
import cn.guifan.registry.common.ServiceBusyException;
import cn.guifan.registry.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The pages where a department checks a document's validity or every citation of a draft.
 */
@Controller
class CitationPageController {

	private final ValidityService validity;

	private final CitationChecker checker;

	private final DraftReader drafts;

	CitationPageController(ValidityService validity, CitationChecker checker, DraftReader drafts) {
		this.validity = validity;
		this.checker = checker;
		this.drafts = drafts;
	}

	@GetMapping("/validity")
	String validity(@RequestParam(required = false) String ref, @RequestParam(required = false) String date,
			Model model) {
		model.addAttribute("ref", (ref != null) ? ref : "");
		model.addAttribute("date", (date != null) ? date : "");
		if (ref != null && !ref.isBlank()) {
			try {
				model.addAttribute("answer", this.validity.check(ref, parseDate(date), CurrentUser.maySeeRestricted()));
			}
			catch (InvalidRequestException ex) {
				model.addAttribute("error", ex.getMessage());
			}
		}
		return "validity";
	}

	@GetMapping("/check")
	String checkForm(Model model) {
		model.addAttribute("text", "");
		model.addAttribute("date", "");
		return "check";
	}

	@PostMapping("/check")
	String check(@RequestParam(required = false) String text, @RequestParam(required = false) MultipartFile file,
			@RequestParam(required = false) String date, Model model) {
		model.addAttribute("text", (text != null) ? text : "");
		model.addAttribute("date", (date != null) ? date : "");
		try {
			String draft = (file != null && !file.isEmpty()) ? this.drafts.read(file) : text;
			model.addAttribute("result", this.checker.check(draft, parseDate(date), CurrentUser.maySeeRestricted()));
		}
		catch (InvalidRequestException | ServiceBusyException ex) {
			model.addAttribute("error", ex.getMessage());
		}
		return "check";
	}

	private static @Nullable LocalDate parseDate(@Nullable String date) {
		if (date == null || date.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(date.strip());
		}
		catch (DateTimeParseException ex) {
			throw new InvalidRequestException("date", "日期“" + date + "”无效，应为 YYYY-MM-DD 格式");
		}
	}

}
