package cn.guifan.registry.ledger;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * What a bureau's ledger and the registry say differently, row by row: rows that match a
 * registry document (with the fields that disagree), rows the registry lacks (files to
 * collect), rows that repeat a document, and registry documents the ledger lacks.
 *
 * @param id its number, for confirming corrections
 * @param fileName the spreadsheet's name
 * @param sheet the sheet read
 * @param headerRow the row of its header
 * @param columns the ledger's columns recognised, with the names it gives them
 * @param asOf the date of the registry's statuses
 * @param scope the registry side, in words (the ledger's filters)
 * @param createdBy who uploaded it
 * @param createdAt when
 * @param rows every ledger row, in sheet order
 * @param registryOnly registry documents in scope that no row matches
 * @param counts how many rows of each outcome, and registry documents missing
 * @param appliedBy who applied corrections from it
 * @param appliedAt when
 */
public record ReconciliationReport(long id, String fileName, String sheet, int headerRow, Map<String, String> columns,
		LocalDate asOf, String scope, String createdBy, Instant createdAt, List<RowResult> rows,
		List<Missing> registryOnly, Map<String, Integer> counts, @Nullable String appliedBy,
		@Nullable Instant appliedAt) {

	public static final String SAME = "SAME";

	public static final String DIFFERENT = "DIFFERENT";

	public static final String LEDGER_ONLY = "LEDGER_ONLY";

	public static final String DUPLICATE = "DUPLICATE";

	ReconciliationReport withId(long newId) {
		return new ReconciliationReport(newId, this.fileName, this.sheet, this.headerRow, this.columns, this.asOf,
				this.scope, this.createdBy, this.createdAt, this.rows, this.registryOnly, this.counts, this.appliedBy,
				this.appliedAt);
	}

	ReconciliationReport applied(String by, Instant at) {
		return new ReconciliationReport(this.id, this.fileName, this.sheet, this.headerRow, this.columns, this.asOf,
				this.scope, this.createdBy, this.createdAt, this.rows, this.registryOnly, this.counts, by, at);
	}

	/**
	 * A ledger row and what became of it.
	 *
	 * @param row its row number in the sheet
	 * @param outcome SAME, DIFFERENT, LEDGER_ONLY or DUPLICATE
	 * @param outcomeLabel the outcome in Chinese
	 * @param title the title the ledger gives
	 * @param docNumber the doc number the ledger gives
	 * @param documentId the registry document it matches
	 * @param registryTitle that document's title
	 * @param matchedBy how it was matched: 统一登记号, 文号 or 文件名称
	 * @param differences the fields that disagree
	 */
	public record RowResult(int row, String outcome, String outcomeLabel, @Nullable String title,
			@Nullable String docNumber, @Nullable Long documentId, @Nullable String registryTitle,
			@Nullable String matchedBy, List<Difference> differences) {
	}

	/**
	 * A field that disagrees.
	 *
	 * @param field the registry field (title, docNumber, issuers, signedDate…)
	 * @param label its name in the ledger's terms
	 * @param ledgerValue what the ledger says
	 * @param registryValue what the registry says
	 * @param correctable whether the registry can take the ledger's value as a correction
	 * @param note why not, or what to do instead
	 */
	public record Difference(String field, String label, String ledgerValue, @Nullable String registryValue,
			boolean correctable, @Nullable String note) {
	}

	/**
	 * A registry document the ledger lacks.
	 *
	 * @param documentId its id
	 * @param title its title
	 * @param docNumber its doc number
	 * @param issuers its issuers
	 */
	public record Missing(long documentId, String title, @Nullable String docNumber, String issuers) {
	}

}
