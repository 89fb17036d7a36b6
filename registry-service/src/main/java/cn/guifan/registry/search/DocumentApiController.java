package cn.guifan.registry.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import cn.guifan.registry.document.DocumentDetail;
import cn.guifan.registry.document.DocumentQueries;
import cn.guifan.registry.security.CurrentUser;
import cn.guifan.search.query.Suggestion;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.FileSystemResource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The JSON API of the public registry: search, a document, its original files. */
@RestController
@RequestMapping("/api/v1/documents")
class DocumentApiController {

	private final RegistrySearch search;

	private final DocumentQueries documents;

	DocumentApiController(RegistrySearch search, DocumentQueries documents) {
		this.search = search;
		this.documents = documents;
	}

	/**
	 * Search: {@code q}, {@code page}, {@code size}, {@code status}, {@code kind},
	 * {@code issuer}, {@code year}, {@code region}, {@code asOf}, {@code sort} (see
	 * {@link SearchParams}).
	 */
	@GetMapping
	SearchResponse search(@RequestParam(name = "q", required = false) String query,
			@RequestParam(required = false) String page, @RequestParam(required = false) String size,
			@RequestParam(required = false) List<String> status, @RequestParam(required = false) List<String> kind,
			@RequestParam(required = false) List<String> issuer, @RequestParam(required = false) List<String> year,
			@RequestParam(required = false) List<String> region, @RequestParam(required = false) String asOf,
			@RequestParam(required = false) String sort) {
		return this.search
			.search(SearchParams.parse(query, page, size, status, kind, issuer, year, region, asOf, sort));
	}

	/**
	 * Title suggestions while typing: public documents in force on {@code asOf} (default
	 * today) whose title or short name begins with, or contains, {@code q}.
	 */
	@GetMapping("/suggestions")
	List<TitleSuggestion> suggestions(@RequestParam(name = "q", defaultValue = "") String query,
			@RequestParam(defaultValue = "8") int size, @RequestParam(required = false) String asOf) {
		SearchParams params = SearchParams.parse(query, null, null, null, null, null, null, null, asOf, null);
		List<Suggestion> found = this.search.suggest(query,
				(params.asOf() != null) ? params.asOf() : this.search.today(), size);
		return found.stream()
			.map((s) -> new TitleSuggestion(s.documentId(), s.title(), s.docNumber(), "/documents/" + s.documentId()))
			.toList();
	}

	/**
	 * The document on a date ({@code asOf}, default today): the version then in force and
	 * the status then.
	 */
	@GetMapping("/{id}")
	DocumentDetail document(@PathVariable String id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
		return this.documents.find(id, CurrentUser.maySeeRestricted(), asOf);
	}

	@GetMapping("/{id}/files/{sha256}")
	ResponseEntity<Resource> download(@PathVariable String id, @PathVariable String sha256) {
		DocumentQueries.StoredFile file = this.documents.sourceFile(id, sha256, CurrentUser.maySeeRestricted());
		String name = file.fileName().substring(file.fileName().lastIndexOf('/') + 1);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.mediaType()))
			.contentLength(file.size())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					"attachment; filename*=UTF-8''"
							+ URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"))
			.body(new FileSystemResource(file.path()));
	}

	/**
	 * A title suggestion.
	 *
	 * @param id the document
	 * @param title its title
	 * @param docNumber its 发文字号
	 * @param url its page
	 */
	record TitleSuggestion(String id, String title, @Nullable String docNumber, String url) {
	}

}
