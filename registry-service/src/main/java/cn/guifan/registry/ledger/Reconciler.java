package cn.guifan.registry.ledger;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import cn.guifan.registry.document.Titles;
import cn.guifan.registry.ledger.LedgerSpreadsheet.Column;
import cn.guifan.schemas.docnumber.DocNumbers;
import org.jspecify.annotations.Nullable;

/**
 * Sets a bureau's ledger against the registry's: each row is matched to a document by its
 * 统一登记号, else its 文号, else its title; the fields both have are compared as a person would
 * (doc numbers in any bracket form, titles ignoring spaces and widths, issuers as a set,
 * dates as dates, validity as in force or not); what only one side has is listed. Pure:
 * no database.
 */
final class Reconciler {

	private Reconciler() {
	}

	static ReconciliationReport reconcile(LedgerSpreadsheet.Parsed ledger, Ledger.LedgerView registry, String fileName,
			String createdBy, Instant now) {
		Map<String, LedgerRow> byRegistration = new HashMap<>();
		Map<String, List<LedgerRow>> byNumber = new HashMap<>();
		Map<String, List<LedgerRow>> byTitle = new HashMap<>();
		for (LedgerRow r : registry.rows()) {
			if (r.registrationNumber() != null) {
				byRegistration.putIfAbsent(registration(r.registrationNumber()), r);
			}
			if (r.docNumber() != null) {
				byNumber.computeIfAbsent(number(r.docNumber()), (k) -> new ArrayList<>()).add(r);
			}
			byTitle.computeIfAbsent(Titles.key(r.title()), (k) -> new ArrayList<>()).add(r);
			for (String alias : Titles.aliases(r.title())) {
				byTitle.computeIfAbsent(alias, (k) -> new ArrayList<>()).add(r);
			}
		}
		Set<Long> matched = new HashSet<>();
		List<ReconciliationReport.RowResult> rows = new ArrayList<>();
		Map<String, Integer> counts = new LinkedHashMap<>();
		for (String outcome : List.of(ReconciliationReport.SAME, ReconciliationReport.DIFFERENT,
				ReconciliationReport.LEDGER_ONLY, ReconciliationReport.DUPLICATE)) {
			counts.put(outcome, 0);
		}
		for (LedgerSpreadsheet.Entry e : ledger.entries()) {
			LedgerRow found = null;
			String by = null;
			String reg = e.get(Column.REGISTRATION_NUMBER);
			if (reg != null) {
				found = byRegistration.get(registration(reg));
				by = "统一登记号";
			}
			String num = e.get(Column.DOC_NUMBER);
			if (found == null && num != null) {
				found = first(byNumber.get(number(num)), e.get(Column.TITLE));
				by = "文号";
			}
			String title = e.get(Column.TITLE);
			if (found == null && title != null) {
				found = first(byTitle.get(Titles.key(title)), null);
				by = "文件名称";
			}
			String outcome;
			List<ReconciliationReport.Difference> differences = List.of();
			if (found == null) {
				outcome = ReconciliationReport.LEDGER_ONLY;
				by = null;
			}
			else if (!matched.add(found.id())) {
				outcome = ReconciliationReport.DUPLICATE;
			}
			else {
				differences = compare(e, found, ledger.columns().keySet());
				outcome = differences.isEmpty() ? ReconciliationReport.SAME : ReconciliationReport.DIFFERENT;
			}
			counts.merge(outcome, 1, Integer::sum);
			rows.add(new ReconciliationReport.RowResult(e.row(), outcome, label(outcome), title, num,
					(found != null) ? found.id() : null, (found != null) ? found.title() : null, by, differences));
		}
		List<ReconciliationReport.Missing> missing = new ArrayList<>();
		for (LedgerRow r : registry.rows()) {
			if (!matched.contains(r.id())) {
				missing.add(new ReconciliationReport.Missing(r.id(), r.title(), r.docNumber(), r.issuers()));
			}
		}
		counts.put("REGISTRY_ONLY", missing.size());
		Map<String, String> columns = new LinkedHashMap<>();
		ledger.columns().forEach((c, name) -> columns.put(c.label(), name));
		return new ReconciliationReport(0, fileName, ledger.sheet(), ledger.headerRow(), columns, registry.asOf(),
				registry.filter().describe(), createdBy, now, rows, missing, counts, null, null);
	}

	private static @Nullable LedgerRow first(@Nullable List<LedgerRow> candidates, @Nullable String title) {
		if (candidates == null || candidates.isEmpty()) {
			return null;
		}
		if (title != null) {
			for (LedgerRow r : candidates) {
				if (sameTitle(title, r.title())) {
					return r;
				}
			}
		}
		return candidates.get(0);
	}

	/**
	 * Whether a ledger's title names the registry's document: the same title, or the
	 * document a 关于印发《…》的通知 publishes (bureaus list the 规范性文件 by its own name).
	 */
	static boolean sameTitle(String ledgerTitle, String registryTitle) {
		String key = Titles.key(ledgerTitle);
		return key.equals(Titles.key(registryTitle)) || Titles.aliases(registryTitle).contains(key);
	}

	static List<ReconciliationReport.Difference> compare(LedgerSpreadsheet.Entry e, LedgerRow r, Set<Column> present) {
		List<ReconciliationReport.Difference> differences = new ArrayList<>();
		for (Column c : present) {
			String ledgerValue = e.get(c);
			String registryValue = registryValue(r, c);
			if (ledgerValue == null && registryValue == null) {
				continue;
			}
			if (ledgerValue == null) {
				differences.add(difference(c, "", registryValue, false, "台账未填写"));
				continue;
			}
			boolean same = switch (c) {
				case TITLE -> registryValue != null && sameTitle(ledgerValue, registryValue);
				case DOC_NUMBER -> registryValue != null && number(ledgerValue).equals(number(registryValue));
				case REGISTRATION_NUMBER ->
					registryValue != null && registration(ledgerValue).equals(registration(registryValue));
				case ISSUERS -> registryValue != null && issuers(ledgerValue).equals(issuers(registryValue));
				case SIGNED_DATE, PUBLISHED_DATE, EFFECTIVE_DATE, EXPIRY_DATE ->
					Objects.equals(e.dates().get(c) != null ? e.dates().get(c).toString() : ledgerValue, registryValue);
				case STATUS -> registryValue != null && validity(ledgerValue).equals(validity(registryValue));
				case DISCLOSURE -> registryValue != null && ledgerValue.strip().equals(registryValue);
			};
			if (same) {
				continue;
			}
			if (LedgerSpreadsheet.isDateColumn(c) && e.dates().get(c) == null) {
				differences.add(difference(c, ledgerValue, registryValue, false, "台账中的日期无法识别"));
			}
			else if (c == Column.STATUS) {
				differences.add(difference(c, ledgerValue, registryValue, false, "有效性由登记的立改废记录计算：请在文件的登记页登记废止、失效或修改"));
			}
			else if (c == Column.REGISTRATION_NUMBER) {
				differences.add(difference(c, ledgerValue, registryValue, false, "统一登记号请按原件在文件登记页核对"));
			}
			else if (c == Column.DOC_NUMBER && DocNumbers.parseLenient(ledgerValue).isEmpty()) {
				differences.add(difference(c, ledgerValue, registryValue, false, "台账中的文号无法识别"));
			}
			else if (c == Column.DISCLOSURE && !List.of("主动公开", "依申请公开", "不予公开").contains(ledgerValue.strip())) {
				differences.add(difference(c, ledgerValue, registryValue, false, "公开属性应为主动公开、依申请公开或不予公开"));
			}
			else {
				differences.add(difference(c, ledgerValue, registryValue, true, null));
			}
		}
		return differences;
	}

	private static ReconciliationReport.Difference difference(Column c, String ledgerValue,
			@Nullable String registryValue, boolean correctable, @Nullable String note) {
		return new ReconciliationReport.Difference(field(c), c.label(), ledgerValue, registryValue, correctable, note);
	}

	/**
	 * The registry field a column corrects ({@code DocumentEditor.Correction}'s names).
	 */
	static String field(Column c) {
		return switch (c) {
			case TITLE -> "title";
			case DOC_NUMBER -> "docNumber";
			case REGISTRATION_NUMBER -> "registrationNumber";
			case ISSUERS -> "issuers";
			case SIGNED_DATE -> "signedDate";
			case PUBLISHED_DATE -> "publishedDate";
			case EFFECTIVE_DATE -> "effectiveDate";
			case EXPIRY_DATE -> "expiryDate";
			case STATUS -> "status";
			case DISCLOSURE -> "disclosure";
		};
	}

	private static @Nullable String registryValue(LedgerRow r, Column c) {
		return switch (c) {
			case TITLE -> r.title();
			case DOC_NUMBER -> r.docNumber();
			case REGISTRATION_NUMBER -> r.registrationNumber();
			case ISSUERS -> r.issuers().isEmpty() ? null : r.issuers();
			case SIGNED_DATE -> (r.signedDate() != null) ? r.signedDate().toString() : null;
			case PUBLISHED_DATE -> (r.publishedDate() != null) ? r.publishedDate().toString() : null;
			case EFFECTIVE_DATE -> (r.effectiveDate() != null) ? r.effectiveDate().toString() : null;
			case EXPIRY_DATE -> (r.expiryDate() != null) ? r.expiryDate().toString() : null;
			case STATUS -> r.statusLabel();
			case DISCLOSURE -> r.disclosure();
		};
	}

	static String number(String text) {
		return DocNumbers.parseLenient(text).map((n) -> n.normalized()).orElse(text.replaceAll("\\s+", ""));
	}

	static String registration(String text) {
		return text.replaceAll("[\\s\\u3000]", "").replaceAll("[—–－‐_―]+|-+", "-").toUpperCase(Locale.ROOT);
	}

	static Set<String> issuers(String text) {
		return new TreeSet<>(Arrays.stream(text.split("[、,，;；/\\s]+")).filter((s) -> !s.isBlank()).toList());
	}

	/** 在效 (in force), 失效 (ended) or 未生效, from any wording of validity. */
	static String validity(String text) {
		String t = text.strip();
		if (t.contains("尚未") || t.contains("未生效") || t.contains("未施行")) {
			return "未生效";
		}
		if (t.contains("废止") || t.contains("失效") || t.contains("无效") || t.equals("否")) {
			return t.contains("部分失效") ? "在效" : "失效";
		}
		return "在效";
	}

	static String label(String outcome) {
		return switch (outcome) {
			case ReconciliationReport.SAME -> "一致";
			case ReconciliationReport.DIFFERENT -> "信息不一致";
			case ReconciliationReport.LEDGER_ONLY -> "登记库缺少（需收集文件）";
			case ReconciliationReport.DUPLICATE -> "台账重复";
			default -> outcome;
		};
	}

}
