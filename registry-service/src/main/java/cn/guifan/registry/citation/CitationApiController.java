package cn.guifan.registry.citation;

import java.time.LocalDate;

import cn.guifan.registry.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * "Can I cite this?" as JSON: the validity of one document, and the check of a draft's
 * citations.
 */
@RestController
class CitationApiController {

	private final ValidityService validity;

	private final CitationChecker checker;

	private final DraftReader drafts;

	CitationApiController(ValidityService validity, CitationChecker checker, DraftReader drafts) {
		this.validity = validity;
		this.checker = checker;
		this.drafts = drafts;
	}

	@GetMapping("/api/v1/validity")
	ValidityAnswer validity(@RequestParam(required = false) String ref,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
		return this.validity.check(ref, date, CurrentUser.maySeeRestricted());
	}

	/** A draft's text as JSON: {"text": "…", "date": "2026-12-01"}. */
	@PostMapping(path = "/api/v1/citation-check", consumes = MediaType.APPLICATION_JSON_VALUE)
	CitationCheckResult checkText(@RequestBody Draft draft) {
		return this.checker.check(draft.text(), draft.date(), CurrentUser.maySeeRestricted());
	}

	/**
	 * A draft as a file (docx, pdf, txt…): multipart field "file", optional field "date".
	 */
	@PostMapping(path = "/api/v1/citation-check", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	CitationCheckResult checkFile(@RequestPart("file") MultipartFile file,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
		return this.checker.check(this.drafts.read(file), date, CurrentUser.maySeeRestricted());
	}

	/**
	 * A draft to check.
	 *
	 * @param text its text
	 * @param date the day it will be issued (default today)
	 */
	record Draft(@Nullable String text, @Nullable LocalDate date) {
	}

}
