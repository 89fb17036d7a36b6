package cn.guifan.registry.web;

import cn.guifan.registry.document.DocumentQueries;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A document's page: metadata, status, full text and downloads of the original files. */
@Controller
class DocumentPageController {

	private final DocumentQueries documents;

	DocumentPageController(DocumentQueries documents) {
		this.documents = documents;
	}

	@GetMapping("/documents/{id}")
	String document(@PathVariable String id, Model model) {
		model.addAttribute("doc", this.documents.find(id, false));
		return "document";
	}

}
