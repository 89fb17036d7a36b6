package cn.guifan.registry.ledger;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import cn.guifan.registry.common.InvalidRequestException;
import cn.guifan.registry.security.CurrentUser;
import cn.guifan.schemas.document.DocumentKind;
import cn.guifan.schemas.lifecycle.DocumentStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The registrar's ledger page (filters, sorting, counts and charts, export, import) and
 * the reconciliation pages (the report row by row, and the form that applies the
 * confirmed corrections).
 */
@Controller
class LedgerPageController {

	private final Ledger ledger;

	private final Reconciliations reconciliations;

	LedgerPageController(Ledger ledger, Reconciliations reconciliations) {
		this.ledger = ledger;
		this.reconciliations = reconciliations;
	}

	@GetMapping("/registrar/ledger")
	String ledger(@ModelAttribute("filter") LedgerFilter filter, Model model) {
		try {
			model.addAttribute("view", this.ledger.view(filter));
		}
		catch (InvalidRequestException ex) {
			model.addAttribute("error", ex.getMessage());
			model.addAttribute("view", this.ledger.view(LedgerFilter.none()));
		}
		String query = ServletUriComponentsBuilder.fromCurrentRequest().build().getQuery();
		model.addAttribute("query", (query != null) ? query : "");
		model.addAttribute("columns", LedgerFilter.COLUMNS);
		model.addAttribute("kinds",
				java.util.Arrays.stream(DocumentKind.values()).filter((k) -> k != DocumentKind.OTHER).toList());
		model.addAttribute("statuses", List.of(DocumentStatus.IN_FORCE, DocumentStatus.PARTIALLY_INVALID,
				DocumentStatus.NOT_YET_EFFECTIVE, DocumentStatus.REPEALED, DocumentStatus.EXPIRED));
		return "ledger/ledger";
	}

	@PostMapping("/registrar/ledger/reconciliation")
	String reconcile(@RequestParam(name = "file", required = false) @Nullable MultipartFile file,
			@ModelAttribute("filter") LedgerFilter filter, Model model) throws IOException {
		if (file == null || file.isEmpty()) {
			model.addAttribute("error", "请选择要核对的台账表格（.xlsx 或 .xls）");
			return ledger(filter, model);
		}
		String name = (file.getOriginalFilename() != null) ? file.getOriginalFilename() : "台账.xlsx";
		try (InputStream in = file.getInputStream()) {
			ReconciliationReport report = this.reconciliations.reconcile(in, name, filter, CurrentUser.name());
			return "redirect:/registrar/ledger/reconciliation/" + report.id();
		}
		catch (InvalidRequestException ex) {
			model.addAttribute("error", ex.getMessage());
			return ledger(filter, model);
		}
	}

	@GetMapping("/registrar/ledger/reconciliation/{id}")
	String reconciliation(@PathVariable long id, Model model) {
		model.addAttribute("report", this.reconciliations.find(id));
		return "ledger/reconciliation";
	}

	@PostMapping("/registrar/ledger/reconciliation/{id}/apply")
	String apply(@PathVariable long id, @RequestParam(name = "c", required = false) @Nullable List<String> chosen,
			@RequestParam(required = false) @Nullable String reason, Model model) {
		List<Reconciliations.Confirmed> confirmed = new ArrayList<>();
		if (chosen != null) {
			for (String c : chosen) {
				String[] parts = c.split(":", 2);
				if (parts.length == 2 && parts[0].matches("\\d+")) {
					confirmed.add(new Reconciliations.Confirmed(Integer.parseInt(parts[0]), parts[1]));
				}
			}
		}
		try {
			List<Long> corrected = this.reconciliations.apply(id, confirmed, reason, CurrentUser.name());
			model.addAttribute("message",
					"已按台账更正 " + corrected.size() + " 件文件的 " + confirmed.size() + " 项信息，均已记入变更记录。");
		}
		catch (InvalidRequestException ex) {
			model.addAttribute("error", ex.getMessage());
		}
		return reconciliation(id, model);
	}

}
