package cn.guifan.registry.ledger;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.guifan.registry.common.InvalidRequestException;
import cn.guifan.schemas.document.DocumentKind;
import cn.guifan.schemas.lifecycle.DocumentStatus;
import org.jspecify.annotations.Nullable;

/**
 * The ledger's filters and sort, the same for the page, the JSON, the XLSX export and the
 * registry side of a reconciliation. Request parameters bind to it as they are named.
 *
 * @param q words in the title or the doc number
 * @param kind 效力级别 codes; none means 规章 and 行政规范性文件 (OTHER is never in the ledger)
 * @param status 有效性 codes on the date
 * @param issuer a prefix of an issuing organ (青禾县 takes its departments)
 * @param year the year it was made
 * @param disclosure 主动公开, 依申请公开, 不予公开
 * @param asOf the date of the statuses (today when empty)
 * @param sort the column to sort by
 * @param dir asc or desc
 */
public record LedgerFilter(@Nullable String q, @Nullable List<String> kind, @Nullable List<String> status,
		@Nullable String issuer, @Nullable String year, @Nullable String disclosure, @Nullable String asOf,
		@Nullable String sort, @Nullable String dir) {

	/** The sortable columns and their labels. */
	public static final Map<String, String> COLUMNS;

	static {
		Map<String, String> columns = new LinkedHashMap<>();
		columns.put("title", "文件名称");
		columns.put("docNumber", "文号");
		columns.put("registrationNumber", "统一登记号");
		columns.put("issuer", "制定机关");
		columns.put("signedDate", "成文日期");
		columns.put("publishedDate", "发布日期");
		columns.put("effectiveDate", "施行日期");
		columns.put("expiryDate", "有效期至");
		columns.put("status", "有效性");
		columns.put("disclosure", "公开属性");
		COLUMNS = java.util.Collections.unmodifiableMap(columns);
	}

	public static LedgerFilter none() {
		return new LedgerFilter(null, null, null, null, null, null, null, null, null);
	}

	/** The kinds asked for (default 规章 and 行政规范性文件), never OTHER. */
	public Set<DocumentKind> kinds() {
		List<DocumentKind> kinds = new ArrayList<>();
		for (String k : values(this.kind)) {
			DocumentKind parsed = DocumentKind.fromText(k)
				.orElseThrow(() -> new InvalidRequestException("kind", "效力级别“" + k + "”无法识别"));
			if (parsed == DocumentKind.OTHER) {
				throw new InvalidRequestException("kind", "工作文件（其他文件）不列入规范性文件台账");
			}
			kinds.add(parsed);
		}
		return kinds.isEmpty() ? Set.of(DocumentKind.RULE, DocumentKind.NORMATIVE_DOCUMENT) : Set.copyOf(kinds);
	}

	/** The statuses asked for; empty means all. */
	public Set<DocumentStatus> statuses() {
		List<DocumentStatus> statuses = new ArrayList<>();
		for (String s : values(this.status)) {
			DocumentStatus found = null;
			for (DocumentStatus candidate : DocumentStatus.values()) {
				if (candidate.name().equalsIgnoreCase(s) || candidate.label().equals(s)) {
					found = candidate;
				}
			}
			if (found == null) {
				throw new InvalidRequestException("status", "有效性“" + s + "”无法识别");
			}
			statuses.add(found);
		}
		return Set.copyOf(statuses);
	}

	public @Nullable Integer yearValue() {
		if (this.year == null || this.year.isBlank()) {
			return null;
		}
		try {
			return Integer.parseInt(this.year.strip());
		}
		catch (NumberFormatException ex) {
			throw new InvalidRequestException("year", "年份“" + this.year + "”无效");
		}
	}

	public @Nullable LocalDate asOfValue() {
		if (this.asOf == null || this.asOf.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(this.asOf.strip());
		}
		catch (DateTimeParseException ex) {
			throw new InvalidRequestException("asOf", "日期“" + this.asOf + "”无效，应为 YYYY-MM-DD 格式");
		}
	}

	public String sortColumn() {
		return (this.sort != null && COLUMNS.containsKey(this.sort)) ? this.sort : "publishedDate";
	}

	public boolean descending() {
		return (this.dir == null) ? this.sort == null : "desc".equalsIgnoreCase(this.dir);
	}

	/** The filters in words, for the export's heading. */
	public String describe() {
		List<String> parts = new ArrayList<>();
		parts.add("效力级别：" + String.join("、", kinds().stream().sorted().map(DocumentKind::label).toList()));
		if (!statuses().isEmpty()) {
			parts.add("有效性：" + String.join("、", statuses().stream().sorted().map(DocumentStatus::label).toList()));
		}
		if (this.issuer != null && !this.issuer.isBlank()) {
			parts.add("制定机关：" + this.issuer.strip());
		}
		if (yearValue() != null) {
			parts.add("年份：" + yearValue());
		}
		if (this.disclosure != null && !this.disclosure.isBlank()) {
			parts.add("公开属性：" + this.disclosure.strip());
		}
		if (this.q != null && !this.q.isBlank()) {
			parts.add("关键词：" + this.q.strip());
		}
		return String.join("；", parts);
	}

	private static List<String> values(@Nullable List<String> values) {
		List<String> out = new ArrayList<>();
		if (values != null) {
			for (String v : values) {
				for (String part : v.split(",")) {
					if (!part.isBlank()) {
						out.add(part.strip());
					}
				}
			}
		}
		return out;
	}

}
