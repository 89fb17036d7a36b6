package cn.guifan.registry.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.guifan.schemas.document.DocumentKind;
import cn.guifan.schemas.lifecycle.DocumentStatus;
import org.jspecify.annotations.Nullable;

/**
 * One document as it stood on a date, ready to be written out: its metadata, its status
 * then and why, and the text that applied.
 *
 * @param id registry id
 * @param title 标题
 * @param docNumber 发文字号 (normalized when known)
 * @param registrationNumber 统一登记号
 * @param issuers 制定机关, lead first
 * @param kind 效力级别
 * @param signedDate 成文日期
 * @param publishedDate 发布日期
 * @param effectiveDate 施行日期
 * @param expiryDate 有效期至
 * @param disclosure 公开属性 in Chinese, null when the document does not say
 * @param publicDocument whether anonymous users may see it
 * @param asOf the date the status and the text are for
 * @param status the status on {@code asOf}
 * @param statusReason why, in words
 * @param versionNo the version whose text is given, null when the registry holds none
 * @param versionLabel what made that version (修订, 修正…)
 * @param textNote a note on the text when it is not simply the text in force on
 * {@code asOf} (not yet effective, not held), else null
 * @param text the text
 */
public record ExportedDocument(long id, String title, @Nullable String docNumber, @Nullable String registrationNumber,
		List<String> issuers, DocumentKind kind, @Nullable LocalDate signedDate, @Nullable LocalDate publishedDate,
		@Nullable LocalDate effectiveDate, @Nullable LocalDate expiryDate, @Nullable String disclosure,
		boolean publicDocument, LocalDate asOf, DocumentStatus status, String statusReason, @Nullable Integer versionNo,
		@Nullable String versionLabel, @Nullable String textNote, String text) {

	public ExportedDocument {
		issuers = List.copyOf(issuers);
	}

	/**
	 * The metadata block printed above the text, as label and value, leaving out what the
	 * registry does not know.
	 */
	public List<Field> metadata() {
		List<Field> fields = new ArrayList<>();
		add(fields, "发文字号", this.docNumber);
		add(fields, "统一登记号", this.registrationNumber);
		add(fields, "制定机关", this.issuers.isEmpty() ? null : String.join("、", this.issuers));
		add(fields, "效力级别", this.kind.label());
		add(fields, "成文日期", ChineseDate.of(this.signedDate));
		add(fields, "发布日期", ChineseDate.of(this.publishedDate));
		add(fields, "施行日期", ChineseDate.of(this.effectiveDate));
		add(fields, "有效期至", ChineseDate.of(this.expiryDate));
		add(fields, "时效性", this.status.label() + "（截至" + ChineseDate.of(this.asOf) + "；" + this.statusReason + "）");
		add(fields, "公开属性", this.disclosure);
		if (this.versionNo != null && this.versionLabel != null && !this.versionLabel.isBlank()) {
			add(fields, "文本版本", this.versionLabel);
		}
		return fields;
	}

	/** The title as a collection lists it: marked when the document is not in force. */
	public String markedTitle() {
		return inForce() ? this.title : this.title + "【" + this.status.label() + "】";
	}

	/** Whether it was in force (wholly or partly) on {@code asOf}. */
	public boolean inForce() {
		return this.status == DocumentStatus.IN_FORCE || this.status == DocumentStatus.PARTIALLY_INVALID;
	}

	private static void add(List<Field> fields, String label, @Nullable String value) {
		if (value != null && !value.isBlank()) {
			fields.add(new Field(label, value));
		}
	}

	/**
	 * A line of the metadata block.
	 *
	 * @param label 发文字号, 制定机关…
	 * @param value its value
	 */
	public record Field(String label, String value) {
	}

}
