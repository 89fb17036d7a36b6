package cn.guifan.registry.campaign;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The campaign pages' own errors, on the error page in Chinese. */
@ControllerAdvice(assignableTypes = { CampaignPageController.class, ResultsPageController.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class CampaignPageExceptionHandler {

	@ExceptionHandler(CampaignNotFoundException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound(CampaignNotFoundException ex, Model model) {
		model.addAttribute("status", 404);
		model.addAttribute("message", ex.getMessage());
		return "error";
	}

	@ExceptionHandler(CampaignForbiddenException.class)
	@ResponseStatus(HttpStatus.FORBIDDEN)
	String forbidden(CampaignForbiddenException ex, Model model) {
		model.addAttribute("status", 403);
		model.addAttribute("message", ex.getMessage());
		return "error";
	}

}
