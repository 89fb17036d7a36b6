package cn.guifan.registry.campaign;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Which documents a campaign reviews. The filters (issuers, kinds, dates, status on a
 * date, a search query) select the documents that pass all of them; the explicit list and
 * the impact list of a changed document are added to what the filters select.
 *
 * @param issuers 制定机关: a document is in when one of its issuers is, or begins with, one
 * of these (青禾县 takes every organ of the county)
 * @param kinds 效力级别 (codes or Chinese names)
 * @param from earliest 成文日期
 * @param to latest 成文日期
 * @param inForceOn only documents in force on this day
 * @param query a search, as typed in the search box
 * @param documentIds documents added by id
 * @param impactOf the documents based on, or citing, this one
 */
record Scope(List<String> issuers, List<String> kinds, @Nullable LocalDate from, @Nullable LocalDate to,
		@Nullable LocalDate inForceOn, @Nullable String query, List<Long> documentIds, @Nullable Long impactOf) {

	static final Scope EMPTY = new Scope(List.of(), List.of(), null, null, null, null, List.of(), null);

	Scope {
		issuers = (issuers == null) ? List.of()
				: issuers.stream().map(String::strip).filter((s) -> !s.isEmpty()).distinct().toList();
		kinds = (kinds == null) ? List.of()
				: kinds.stream().map(String::strip).filter((s) -> !s.isEmpty()).distinct().toList();
		documentIds = (documentIds == null) ? List.of() : documentIds.stream().distinct().toList();
		query = (query == null || query.isBlank()) ? null : query.strip();
	}

	/** Whether any filter is set (otherwise only the lists make the scope). */
	boolean hasFilters() {
		return !this.issuers.isEmpty() || !this.kinds.isEmpty() || this.from != null || this.to != null
				|| this.inForceOn != null || this.query != null;
	}

	boolean isEmpty() {
		return !hasFilters() && this.documentIds.isEmpty() && this.impactOf == null;
	}

	/** The scope with more documents listed. */
	Scope withDocuments(List<Long> more) {
		List<Long> ids = new java.util.ArrayList<>(this.documentIds);
		ids.addAll(more);
		return new Scope(this.issuers, this.kinds, this.from, this.to, this.inForceOn, this.query, ids, this.impactOf);
	}

	/** The scope in words, for the campaign's page. */
	String describe() {
		List<String> parts = new java.util.ArrayList<>();
		if (!this.issuers.isEmpty()) {
			parts.add("制定机关：" + String.join("、", this.issuers));
		}
		if (!this.kinds.isEmpty()) {
			parts.add("效力级别：" + String.join("、", this.kinds.stream().map(Scope::kindLabel).toList()));
		}
		if (this.from != null || this.to != null) {
			parts.add("成文日期：" + ((this.from != null) ? this.from : "") + " 至 " + ((this.to != null) ? this.to : ""));
		}
		if (this.inForceOn != null) {
			parts.add(this.inForceOn + " 现行有效");
		}
		if (this.query != null) {
			parts.add("检索：" + this.query);
		}
		if (!this.documentIds.isEmpty()) {
			parts.add("另列 " + this.documentIds.size() + " 件");
		}
		if (this.impactOf != null) {
			parts.add("依据或引用文件 " + this.impactOf + " 的文件");
		}
		return parts.isEmpty() ? "（未设定）" : String.join("；", parts);
	}

	private static String kindLabel(String kind) {
		return cn.guifan.schemas.document.DocumentKind.fromText(kind)
			.map(cn.guifan.schemas.document.DocumentKind::label)
			.orElse(kind);
	}

}
