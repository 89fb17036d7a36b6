package cn.guifan.registry.document;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import cn.guifan.registry.document.DocumentJson;
import cn.guifan.registry.audit.AuditLog;
import cn.guifan.registry.common.DocumentNotFoundException;
import cn.guifan.registry.common.InvalidRequestException;
import cn.guifan.schemas.docnumber.DocNumber;
import cn.guifan.schemas.docnumber.DocNumbers;
import cn.guifan.schemas.document.Disclosure;
import cn.guifan.schemas.document.DocumentKind;
import cn.guifan.schemas.document.DocumentMetadata;
import cn.guifan.schemas.document.FieldProvenance;
import cn.guifan.schemas.document.FieldSource;
import cn.guifan.schemas.document.MetadataField;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A registrar's corrections of a document's metadata, where what was read from the file
 * is wrong or missing, and the removal of a document that should not be in the registry.
 * Each change is audited with the values before and after; the store sees to the index.
 */
@Service
public class DocumentEditor {

	private final DocumentStore store;

	private final AuditLog audit;

	private final Clock clock;

	DocumentEditor(DocumentStore store, AuditLog audit, Clock clock) {
		this.store = store;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Fields to correct; those left null stay as they are.
	 *
	 * @param title 标题
	 * @param docNumber 发文字号, in any printed form
	 * @param issuers 发文机关
	 * @param signedDate 成文日期
	 * @param publishedDate 发布日期
	 * @param effectiveDate 施行日期
	 * @param expiryDate 有效期届满日
	 * @param kind 效力级别 (code or Chinese name)
	 * @param disclosure 公开属性 (主动公开, 依申请公开, 不予公开)
	 * @param topic 主题分类
	 * @param reason why (required)
	 */
	public record Correction(@Nullable String title, @Nullable String docNumber, @Nullable List<String> issuers,
			@Nullable LocalDate signedDate, @Nullable LocalDate publishedDate, @Nullable LocalDate effectiveDate,
			@Nullable LocalDate expiryDate, @Nullable String kind, @Nullable String disclosure, @Nullable String topic,
			@Nullable String reason) {
	}

	@Transactional
	public void correct(long id, Correction c, String actor) {
		String reason = c.reason();
		if (reason == null || reason.isBlank()) {
			throw new InvalidRequestException("reason", "请说明更正理由");
		}
		// The columns' lengths, checked here so that a long value is a clear 400, not a
		// refusal of the database.
		checkLength("title", "标题", c.title(), 1000);
		checkLength("docNumber", "发文字号", c.docNumber(), 200);
		checkLength("topic", "主题分类", c.topic(), 200);
		checkLength("reason", "理由", c.reason(), 2000);
		if (c.issuers() != null) {
			for (String issuer : c.issuers()) {
				checkLength("issuers", "发文机关", issuer, 300);
			}
		}
		String why = reason.strip();
		String json = this.store.metadataJson(id).orElseThrow(() -> new DocumentNotFoundException(Long.toString(id)));
		DocumentMetadata before = DocumentJson.fromJson(DocumentJson.mapper().readTree(json));
		DocumentMetadata.Builder b = before.toBuilder();
		Map<String, Object> changes = new LinkedHashMap<>();
		if (c.title() != null) {
			if (c.title().isBlank()) {
				throw new InvalidRequestException("title", "标题不能为空");
			}
			change(changes, "title", before.title(), c.title().strip());
			b.title(c.title().strip());
		}
		if (c.docNumber() != null) {
			DocNumber number = c.docNumber().isBlank() ? null
					: DocNumbers.parseLenient(c.docNumber())
						.orElseThrow(() -> new InvalidRequestException("docNumber",
								"发文字号“" + c.docNumber() + "”无法识别，应形如 青政办〔2021〕12号"));
			change(changes, "docNumber", (before.docNumber() != null) ? before.docNumber().normalized() : null,
					(number != null) ? number.normalized() : null);
			b.docNumber(number);
		}
		if (c.issuers() != null) {
			change(changes, "issuers", before.issuers(), c.issuers());
			b.issuers(c.issuers().stream().map(String::strip).filter((s) -> !s.isEmpty()).toList());
		}
		if (c.signedDate() != null) {
			change(changes, "signedDate", before.signedDate(), c.signedDate());
			b.signedDate(c.signedDate());
		}
		if (c.publishedDate() != null) {
			change(changes, "publishedDate", before.publishedDate(), c.publishedDate());
			b.publishedDate(c.publishedDate());
		}
		if (c.effectiveDate() != null) {
			change(changes, "effectiveDate", before.effectiveDate(), c.effectiveDate());
			b.effectiveDate(c.effectiveDate());
		}
		if (c.expiryDate() != null) {
			change(changes, "expiryDate", before.expiryDate(), c.expiryDate());
			b.expiryDate(c.expiryDate());
		}
		if (c.kind() != null) {
			DocumentKind kind = DocumentKind.fromText(c.kind())
				.orElseThrow(() -> new InvalidRequestException("kind", "效力级别“" + c.kind() + "”无法识别"));
			change(changes, "kind", before.kind().name(), kind.name());
			b.kind(kind, "登记人员更正：" + why);
		}
		if (c.disclosure() != null) {
			Disclosure disclosure = parseDisclosure(c.disclosure());
			change(changes, "disclosure", (before.disclosure() != null) ? before.disclosure().label() : null,
					(disclosure != null) ? disclosure.label() : null);
			b.disclosure(disclosure);
		}
		if (c.topic() != null) {
			change(changes, "topic", before.topic(), c.topic());
			b.topic(c.topic().isBlank() ? null : c.topic().strip());
		}
		if (changes.isEmpty()) {
			throw new InvalidRequestException("fields", "没有需要更正的内容");
		}
		// What a registrar set is the registrar's word; the site's disagreement on it is
		// settled.
		for (String field : changes.keySet()) {
			MetadataField.fromJsonName(field).ifPresent((f) -> {
				b.provenance(f, new FieldProvenance(FieldSource.REGISTRAR, null, why));
				b.disagreements(b.disagreements().stream().filter((d) -> d.field() != f).toList());
			});
		}
		DocumentMetadata after = b.build();
		checkDates(c, after);
		this.store.updateMetadata(id, after, DocumentJson.toJsonString(after, null), this.clock.instant());
		this.audit.record(actor, "CORRECT_METADATA", id, changes, why);
	}

	/**
	 * The dates a correction sets must agree with the others. Only the pairs it touches
	 * are checked: a document read with contradicting dates (a misprinted year) must
	 * still take a correction of its topic or title — before, any correction of it was
	 * refused, and the registrar could not even correct the wrong date one field at a
	 * time.
	 */
	static void checkDates(Correction c, DocumentMetadata after) {
		boolean term = c.expiryDate() != null || c.effectiveDate() != null;
		if (term && after.expiryDate() != null && after.effectiveDate() != null
				&& after.expiryDate().isBefore(after.effectiveDate())) {
			throw new InvalidRequestException((c.expiryDate() != null) ? "expiryDate" : "effectiveDate",
					"有效期截止日期 " + after.expiryDate() + " 早于施行日期 " + after.effectiveDate() + "，请核对");
		}
		boolean start = c.signedDate() != null || c.effectiveDate() != null;
		if (start && after.signedDate() != null && after.effectiveDate() != null
				&& after.effectiveDate().isBefore(after.signedDate().minusYears(1))) {
			throw new InvalidRequestException((c.effectiveDate() != null) ? "effectiveDate" : "signedDate",
					"施行日期 " + after.effectiveDate() + " 比成文日期 " + after.signedDate() + " 早一年以上，请核对年份");
		}
	}

	/**
	 * Writes the 统一登记号 the registry assigned (registration feature) into the document's
	 * record, so that its stable address, search and exports know it by that number as
	 * they know a number printed on the document. The assignment itself is audited by the
	 * caller.
	 */
	@Transactional
	public void assignRegistrationNumber(long id, String number) {
		String json = this.store.metadataJson(id).orElseThrow(() -> new DocumentNotFoundException(Long.toString(id)));
		DocumentMetadata before = DocumentJson.fromJson(DocumentJson.mapper().readTree(json));
		if (number.equals(before.registrationNumber())) {
			return;
		}
		DocumentMetadata after = before.toBuilder().registrationNumber(number).build();
		this.store.updateMetadata(id, after, DocumentJson.toJsonString(after, null), this.clock.instant());
	}

	/**
	 * Adds a version the registry made by applying an amendment to the document's text
	 * (整合文本); it applies from the amendment's effective day. No file stands behind it.
	 * Returns its number.
	 */
	@Transactional
	public int addConsolidatedVersion(long documentId, String text, LocalDate validFrom, String label) {
		if (this.store.summary(documentId).isEmpty()) {
			throw new DocumentNotFoundException(Long.toString(documentId));
		}
		long versionId = this.store.insertVersion(documentId, this.store.versionCount(documentId) + 1000, label,
				validFrom, text, TextFingerprint.of(text), null, null, this.clock.instant());
		return this.store.renumberVersions(documentId, versionId);
	}

	/**
	 * Removes a version the registry made from an amendment (its amendment was
	 * withdrawn); versions read from files are never removed this way.
	 */
	@Transactional
	public boolean removeConsolidatedVersion(long documentId, int versionNo) {
		return this.store.deleteVersionWithoutSource(documentId, versionNo);
	}

	/**
	 * Removes a document from the registry (a file ingested by mistake): its record,
	 * versions and links to its original files, and its index entries. What other
	 * documents said of it stays, unlinked. Audited with what was removed.
	 */
	@Transactional
	public void remove(long id, @Nullable String reason, String actor) {
		if (reason == null || reason.isBlank()) {
			throw new InvalidRequestException("reason", "请说明删除理由");
		}
		DocumentSummary removed = this.store.summary(id)
			.orElseThrow(() -> new DocumentNotFoundException(Long.toString(id)));
		List<String> files = this.store.sources(id).stream().map(Documents.Source::fileName).toList();
		this.store.delete(id);
		Map<String, Object> detail = new LinkedHashMap<>();
		detail.put("title", removed.title());
		detail.put("docNumber", removed.docNumber());
		detail.put("files", files);
		this.audit.record(actor, "REMOVE_DOCUMENT", id, detail, reason.strip());
	}

	private static @Nullable Disclosure parseDisclosure(String text) {
		if (text.isBlank()) {
			return null;
		}
		for (Disclosure d : Disclosure.values()) {
			if (d.name().equalsIgnoreCase(text.strip()) || d.label().equals(text.strip())) {
				return d;
			}
		}
		throw new InvalidRequestException("disclosure", "公开属性“" + text + "”无法识别，应为 主动公开、依申请公开 或 不予公开");
	}

	private static void checkLength(String field, String label, @Nullable String value, int max) {
		if (value != null && value.strip().length() > max) {
			throw new InvalidRequestException(field, label + "过长（" + value.strip().length() + " 字），不能超过 " + max + " 字");
		}
	}

	private static void change(Map<String, Object> changes, String field, @Nullable Object before,
			@Nullable Object after) {
		if (!Objects.equals(before, after)) {
			Map<String, Object> values = new LinkedHashMap<>();
			values.put("before", (before != null) ? before.toString() : null);
			values.put("after", (after != null) ? after.toString() : null);
			changes.put(field, values);
		}
	}

}
