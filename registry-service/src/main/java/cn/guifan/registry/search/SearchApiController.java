package cn.guifan.registry.search;

import java.time.LocalDate;
import java.util.List;

import cn.guifan.registry.security.CurrentUser;
import cn.guifan.search.query.TitleSuggestion;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The search API: full-text search over the registry, and title suggestions. */
@RestController
class SearchApiController {

	private final RegistrySearch search;

	SearchApiController(RegistrySearch search) {
		this.search = search;
	}

	/** Search: the parameters of {@link SearchForm}. */
	@GetMapping("/api/v1/documents")
	SearchResults search(@ModelAttribute SearchForm form) {
		return this.search.search(form.toQuery(CurrentUser.maySeeRestricted()));
	}

	/**
	 * Title suggestions while typing: documents in force on {@code asOf} (default today)
	 * whose title or short name begins with, or contains, {@code q}.
	 */
	@GetMapping("/api/v1/documents/suggestions")
	List<Suggested> suggestions(@RequestParam(name = "q", defaultValue = "") String query,
			@RequestParam(defaultValue = "8") int size, @RequestParam(required = false) @Nullable String asOf) {
		LocalDate date = SearchForm.date("asOf", asOf);
		List<TitleSuggestion> found = this.search.suggest(query, (date != null) ? date : this.search.today(), size,
				CurrentUser.maySeeRestricted());
		return found.stream()
			.map((s) -> new Suggested(s.documentId(), s.title(), s.docNumber(), "/documents/" + s.documentId()))
			.toList();
	}

	/**
	 * A title suggestion.
	 *
	 * @param id the document
	 * @param title its title
	 * @param docNumber its 发文字号
	 * @param url its page
	 */
	record Suggested(String id, String title, @Nullable String docNumber, String url) {
	}

}
