package cn.guifan.registry.catalog;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import cn.guifan.registry.security.CurrentUser;
import cn.guifan.search.index.IndexSourceBuilder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** A document's page: metadata, status, full text and downloads of the original files. */
@Controller
class DocumentPageController {

	private final DocumentDetails documents;

	DocumentPageController(DocumentDetails documents) {
		this.documents = documents;
	}

	@GetMapping("/documents/{id}")
	String document(@PathVariable String id, @RequestParam(required = false) String asOf, Model model) {
		LocalDate day = null;
		if (asOf != null && !asOf.isBlank()) {
			try {
				day = LocalDate.parse(asOf.strip());
			}
			catch (DateTimeParseException ex) {
				model.addAttribute("dateError", "日期“" + asOf + "”无效，应为 YYYY-MM-DD 格式；以下按今天显示。");
			}
		}
		DocumentDetail doc = this.documents.find(id, CurrentUser.maySeeRestricted(), day);
		model.addAttribute("doc", doc);
		model.addAttribute("blocks", TextBlocks.of(doc.text()));
		if (doc.text().length() > IndexSourceBuilder.MAX_INDEXED_BODY_CHARS) {
			// Words past this are not in the index: say so rather than let a search miss
			// it silently (docs/operations.md, "Long texts").
			model.addAttribute("textChars", String.format("%,d", doc.text().length()));
			model.addAttribute("indexedChars", String.format("%,d", IndexSourceBuilder.MAX_INDEXED_BODY_CHARS));
		}
		return "document";
	}

}
