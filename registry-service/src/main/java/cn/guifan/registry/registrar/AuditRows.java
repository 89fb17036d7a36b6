package cn.guifan.registry.registrar;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import cn.guifan.registry.audit.AuditLog;
import cn.guifan.registry.document.DocumentSummary;
import cn.guifan.registry.document.Documents;
import org.jspecify.annotations.Nullable;

/**
 * Audit entries as a registrar reads them: local time to the minute, the action in
 * Chinese, the document by its title.
 *
 * @param at when, 2026-12-06 10:15
 * @param actor who
 * @param action what, in Chinese
 * @param documentId the document, if any
 * @param title its title, if it still exists
 * @param reason why
 */
record AuditRows(String at, String actor, String action, @Nullable Long documentId, @Nullable String title,
		@Nullable String reason) {

	private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private static final Map<String, String> ACTIONS = Map.of("RECORD_EVENT", "登记立改废", "WITHDRAW_EVENT", "撤销记录",
			"CORRECT_METADATA", "更正文件信息", "REMOVE_DOCUMENT", "删除文件", "EXPIRY_SWEEP", "有效期届满", "REGISTER_DOCUMENT",
			"登记新文件");

	static List<AuditRows> of(List<AuditLog.Entry> entries, Documents documents) {
		Set<Long> ids = entries.stream()
			.map(AuditLog.Entry::documentId)
			.filter(java.util.Objects::nonNull)
			.collect(Collectors.toSet());
		Map<Long, DocumentSummary> summaries = documents.summaries(ids);
		ZoneId zone = ZoneId.systemDefault();
		return entries.stream().map((e) -> {
			DocumentSummary d = (e.documentId() != null) ? summaries.get(e.documentId()) : null;
			return new AuditRows(MINUTE.format(e.at().atZone(zone)), e.actor(),
					ACTIONS.getOrDefault(e.action(), e.action()), e.documentId(), (d != null) ? d.title() : null,
					e.reason());
		}).toList();
	}

}
