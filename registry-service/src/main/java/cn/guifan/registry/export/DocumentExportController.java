package cn.guifan.registry.export;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import cn.guifan.registry.common.InvalidRequestException;
import cn.guifan.registry.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/documents/{id}/export.pdf|.docx|.txt?asOf=}: a document as it stood
 * on a date, generated with a header stating its status then.
 */
@RestController
class DocumentExportController {

	private final DocumentExports exports;

	DocumentExportController(DocumentExports exports) {
		this.exports = exports;
	}

	@GetMapping("/api/v1/documents/{id}/export.{format}")
	ResponseEntity<byte[]> export(@PathVariable String id, @PathVariable String format,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf) {
		ExportFormat f = ExportFormat.ofExtension(format)
			.orElseThrow(() -> new InvalidRequestException("format", "不支持的格式“" + format + "”，可选 pdf、docx、txt"));
		long documentId;
		try {
			documentId = Long.parseLong(id.strip());
		}
		catch (NumberFormatException ex) {
			throw new cn.guifan.registry.common.DocumentNotFoundException(id);
		}
		DocumentExports.Exported exported = this.exports.export(documentId, asOf, f, CurrentUser.maySeeRestricted());
		return download(exported.fileName(), f.mediaType(), exported.content());
	}

	static ResponseEntity<byte[]> download(String fileName, String mediaType, byte[] content) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(mediaType))
			.header(HttpHeaders.CONTENT_DISPOSITION, attachment(fileName))
			.body(content);
	}

	/** A Content-Disposition that keeps a Chinese file name (RFC 6266, RFC 5987). */
	static String attachment(String fileName) {
		return ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString();
	}

	/** No CJK font to embed: the server cannot make PDFs until one is installed. */
	@ExceptionHandler(ExportUnavailableException.class)
	ProblemDetail unavailable(ExportUnavailableException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, ex.getMessage());
		problem.setTitle("无法生成文件");
		return problem;
	}

}
