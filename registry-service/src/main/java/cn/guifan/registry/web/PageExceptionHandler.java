package cn.guifan.registry.web;

import cn.guifan.registry.common.DocumentNotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Errors on pages: a page in Chinese that says what happened and where to go. */
@ControllerAdvice
class PageExceptionHandler {

	@ExceptionHandler(DocumentNotFoundException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound(DocumentNotFoundException ex, Model model) {
		model.addAttribute("status", 404);
		model.addAttribute("message", ex.getMessage());
		return "error";
	}

}
