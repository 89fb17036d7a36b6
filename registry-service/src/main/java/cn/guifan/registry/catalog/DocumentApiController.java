package cn.guifan.registry.catalog;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import cn.guifan.registry.document.Documents;
import cn.guifan.registry.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The JSON API of a document: the document on a date, and its original files. */
@RestController
@RequestMapping("/api/v1/documents")
class DocumentApiController {

	private final DocumentDetails documents;

	DocumentApiController(DocumentDetails documents) {
		this.documents = documents;
	}

	/**
	 * The document on a date ({@code asOf}, default today): the version then in force and
	 * the status then.
	 */
	@GetMapping("/{id}")
	DocumentDetail document(@PathVariable String id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf) {
		return this.documents.find(id, CurrentUser.maySeeRestricted(), asOf);
	}

	@GetMapping("/{id}/files/{sha256}")
	ResponseEntity<Resource> download(@PathVariable String id, @PathVariable String sha256) {
		Documents.StoredFile file = this.documents.sourceFile(id, sha256, CurrentUser.maySeeRestricted());
		String name = file.fileName().substring(file.fileName().lastIndexOf('/') + 1);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.mediaType()))
			.contentLength(file.size())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					"attachment; filename*=UTF-8''"
							+ URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"))
			.body(new FileSystemResource(file.path()));
	}

}
