package cn.guifan.registry.ledger;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.guifan.registry.audit.AuditLog;
import cn.guifan.registry.common.InvalidRequestException;
import cn.guifan.registry.document.DocumentEditor;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reconciles a bureau's ledger spreadsheet with the registry and, once a registrar has
 * confirmed which of the disagreeing fields the ledger has right, applies those
 * corrections: each through the document editor (audited with the values before and
 * after), all in one transaction, and the reconciliation marked as applied so it is not
 * applied twice.
 */
@Service
public class Reconciliations {

	private final Ledger ledger;

	private final ReconciliationStore store;

	private final DocumentEditor editor;

	private final AuditLog audit;

	private final Clock clock;

	Reconciliations(Ledger ledger, ReconciliationStore store, DocumentEditor editor, AuditLog audit, Clock clock) {
		this.ledger = ledger;
		this.store = store;
		this.editor = editor;
		this.audit = audit;
		this.clock = clock;
	}

	/** Reads the spreadsheet, compares it with the registry's ledger under the filter. */
	public ReconciliationReport reconcile(InputStream spreadsheet, String fileName, LedgerFilter filter, String actor)
			throws IOException {
		LedgerSpreadsheet.Parsed parsed = LedgerSpreadsheet.read(spreadsheet, fileName);
		ReconciliationReport report = Reconciler.reconcile(parsed, this.ledger.view(filter), fileName, actor,
				this.clock.instant());
		return this.store.save(report);
	}

	public ReconciliationReport find(long id) {
		return this.store.find(id).orElseThrow(() -> new InvalidRequestException("id", "找不到编号为 " + id + " 的台账核对结果"));
	}

	/**
	 * A correction the registrar confirmed: the ledger's value of this field on this row.
	 *
	 * @param row the ledger row
	 * @param field the field (title, docNumber, issuers, signedDate, publishedDate,
	 * effectiveDate, expiryDate, disclosure)
	 */
	public record Confirmed(int row, String field) {
	}

	/**
	 * Applies the confirmed corrections; the values are the report's, not the request's.
	 * @return the documents corrected
	 */
	@Transactional
	public List<Long> apply(long id, List<Confirmed> confirmed, @Nullable String reason, String actor) {
		ReconciliationReport report = find(id);
		if (report.appliedAt() != null) {
			throw new InvalidRequestException("id",
					"该核对结果已于 " + report.appliedAt() + " 由 " + report.appliedBy() + " 应用过");
		}
		if (confirmed.isEmpty()) {
			throw new InvalidRequestException("corrections", "请至少选择一项要更正的内容");
		}
		Map<Long, Map<String, String>> byDocument = new LinkedHashMap<>();
		Map<Long, List<Integer>> rowsOf = new LinkedHashMap<>();
		for (Confirmed c : confirmed) {
			ReconciliationReport.RowResult row = report.rows()
				.stream()
				.filter((r) -> r.row() == c.row())
				.findFirst()
				.orElseThrow(() -> new InvalidRequestException("corrections", "台账第 " + c.row() + " 行不在核对结果中"));
			ReconciliationReport.Difference d = row.differences()
				.stream()
				.filter((x) -> x.field().equals(c.field()))
				.findFirst()
				.orElseThrow(() -> new InvalidRequestException("corrections",
						"台账第 " + c.row() + " 行的“" + c.field() + "”与登记库一致或不在核对结果中"));
			if (!d.correctable() || row.documentId() == null) {
				throw new InvalidRequestException("corrections",
						"台账第 " + c.row() + " 行的“" + d.label() + "”不能直接更正：" + ((d.note() != null) ? d.note() : ""));
			}
			byDocument.computeIfAbsent(row.documentId(), (k) -> new LinkedHashMap<>()).put(d.field(), d.ledgerValue());
			rowsOf.computeIfAbsent(row.documentId(), (k) -> new ArrayList<>()).add(row.row());
		}
		String why = "按台账核对更正（" + report.fileName() + "）"
				+ ((reason != null && !reason.isBlank()) ? "：" + reason.strip() : "");
		for (Map.Entry<Long, Map<String, String>> e : byDocument.entrySet()) {
			Map<String, String> f = e.getValue();
			this.editor.correct(e.getKey(),
					new DocumentEditor.Correction(f.get("title"), f.get("docNumber"),
							f.containsKey("issuers") ? List.copyOf(Reconciler.issuers(f.get("issuers"))) : null,
							date(f.get("signedDate")), date(f.get("publishedDate")), date(f.get("effectiveDate")),
							date(f.get("expiryDate")), null, f.get("disclosure"), null,
							why + "，台账第 " + rowsOf.get(e.getKey()) + " 行"),
					actor);
		}
		ReconciliationReport applied = report.applied(actor, this.clock.instant());
		if (!this.store.markApplied(applied, actor, ReconciliationStore.json(confirmed), this.clock.instant())) {
			throw new InvalidRequestException("id", "该核对结果已被应用过");
		}
		Map<String, Object> detail = new LinkedHashMap<>();
		detail.put("reconciliation", id);
		detail.put("file", report.fileName());
		detail.put("corrections", confirmed.size());
		detail.put("documents", List.copyOf(byDocument.keySet()));
		this.audit.record(actor, "APPLY_LEDGER_RECONCILIATION", null, detail, why);
		return List.copyOf(byDocument.keySet());
	}

	private static @Nullable LocalDate date(@Nullable String value) {
		return (value != null) ? LocalDate.parse(value) : null;
	}

}
