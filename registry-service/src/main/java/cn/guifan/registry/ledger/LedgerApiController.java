package cn.guifan.registry.ledger;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import cn.guifan.registry.common.InvalidRequestException;
import cn.guifan.registry.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The ledger API (registrars): {@code GET /api/v1/ledger} and {@code /api/v1/ledger.xlsx}
 * with the page's filters; {@code POST /api/v1/ledger/reconciliation} takes a bureau's
 * ledger spreadsheet and answers the reconciliation report; corrections from it are
 * applied by {@code POST /api/v1/ledger/reconciliation/{id}/apply}.
 */
@RestController
class LedgerApiController {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final Ledger ledger;

	private final Reconciliations reconciliations;

	LedgerApiController(Ledger ledger, Reconciliations reconciliations) {
		this.ledger = ledger;
		this.reconciliations = reconciliations;
	}

	@GetMapping("/api/v1/ledger")
	Ledger.LedgerView ledger(@ModelAttribute LedgerFilter filter) {
		return this.ledger.view(filter);
	}

	@GetMapping("/api/v1/ledger.xlsx")
	ResponseEntity<byte[]> xlsx(@ModelAttribute LedgerFilter filter) throws IOException {
		return xlsxResponse(this.ledger.view(filter));
	}

	static ResponseEntity<byte[]> xlsxResponse(Ledger.LedgerView view) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		LedgerXlsx.write(view, out);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(XLSX))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename("规范性文件台账（" + view.asOf() + "）.xlsx", StandardCharsets.UTF_8)
						.build()
						.toString())
			.body(out.toByteArray());
	}

	@PostMapping("/api/v1/ledger/reconciliation")
	ReconciliationReport reconcile(@RequestParam(name = "file", required = false) @Nullable MultipartFile file,
			@ModelAttribute LedgerFilter filter) throws IOException {
		if (file == null || file.isEmpty()) {
			throw new InvalidRequestException("file", "请上传台账表格（.xlsx 或 .xls），表单字段名为 file");
		}
		String name = (file.getOriginalFilename() != null) ? file.getOriginalFilename() : "台账.xlsx";
		try (InputStream in = file.getInputStream()) {
			return this.reconciliations.reconcile(in, name, filter, CurrentUser.name());
		}
	}

	@GetMapping("/api/v1/ledger/reconciliation/{id}")
	ReconciliationReport reconciliation(@PathVariable long id) {
		return this.reconciliations.find(id);
	}

	/**
	 * The corrections confirmed.
	 *
	 * @param corrections which row's which field to take from the ledger
	 * @param reason why (added to the audit log)
	 */
	record ApplyRequest(@Nullable List<Reconciliations.Confirmed> corrections, @Nullable String reason) {
	}

	/**
	 * What was applied.
	 *
	 * @param reconciliation the report
	 * @param documents the documents corrected
	 */
	record Applied(long reconciliation, List<Long> documents) {
	}

	@PostMapping("/api/v1/ledger/reconciliation/{id}/apply")
	Applied apply(@PathVariable long id, @RequestBody ApplyRequest request) {
		List<Long> documents = this.reconciliations.apply(id,
				(request.corrections() != null) ? request.corrections() : List.of(), request.reason(),
				CurrentUser.name());
		return new Applied(id, documents);
	}

}
