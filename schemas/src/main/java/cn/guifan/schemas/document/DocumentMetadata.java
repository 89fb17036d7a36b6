package cn.guifan.schemas.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import cn.guifan.schemas.docnumber.DocNumber;
import org.jspecify.annotations.Nullable;

/**
 * What a registrar would otherwise type in by hand from a file: the GB/T 9704 elements,
 * the effect clauses and the document's references. A field is null (or empty) when the
 * text does not say: never a guess dressed as a fact.
 *
 * @param title 标题
 * @param docNumber 发文字号
 * @param issuers 发文机关, every issuer of a joint document
 * @param addressees 主送机关
 * @param signedDate 成文日期
 * @param publishedDate 发布日期
 * @param commencement 施行
 * @param effectiveDate the resolved effective date
 * @param validity 有效期
 * @param expiryDate the last day of validity, from the validity and the effective date
 * @param trial 试行 or 暂行
 * @param disclosure 公开属性
 * @param kind 效力级别
 * @param kindReason why the kind was decided, in words a registrar can check
 * @param history a law's history block
 * @param repeals documents this one repeals
 * @param citations documents this one cites
 * @param structure 编/章/节/条 of the body
 * @param issuedLine the 印发 line
 * @param attachments titles of 附件
 * @param indexNumber 索引号 from a disclosure page
 * @param topic 主题分类 from a disclosure page
 * @param registrationNumber 统一登记号 of a normative document (统一登记、统一编号、统一发布), e.g.
 * QHGF—2022—02, printed beside the 发文字号
 * @param provenance where each field's value comes from (the document, a site's table,
 * the file name, an inference with its confidence); a field without an entry is empty
 * @param siteFields what the metadata table of the web page or law database that
 * published the document says, label by label, as printed
 * @param disagreements the fields on which the document and its site's table differ: the
 * document's value is kept and the site's recorded here
 * @param extractionErrors extraction steps that failed on this text: their fields are
 * missing, the rest was read
 */
public record DocumentMetadata(String title, @Nullable DocNumber docNumber, List<String> issuers,
		List<String> addressees, @Nullable LocalDate signedDate, @Nullable LocalDate publishedDate,
		@Nullable Commencement commencement, @Nullable LocalDate effectiveDate, @Nullable Validity validity,
		@Nullable LocalDate expiryDate, boolean trial, @Nullable Disclosure disclosure, DocumentKind kind,
		String kindReason, List<HistoryEvent> history, List<RepealClause> repeals, List<Citation> citations,
		List<Provision> structure, @Nullable IssuedLine issuedLine, List<String> attachments,
		@Nullable String indexNumber, @Nullable String topic, @Nullable String registrationNumber,
		Map<MetadataField, FieldProvenance> provenance, List<SiteField> siteFields, List<Disagreement> disagreements,
		List<ExtractionError> extractionErrors) {

	public DocumentMetadata {
		Objects.requireNonNull(title, "title");
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(kindReason, "kindReason");
		issuers = List.copyOf(issuers);
		addressees = List.copyOf(addressees);
		history = List.copyOf(history);
		repeals = List.copyOf(repeals);
		citations = List.copyOf(citations);
		structure = List.copyOf(structure);
		attachments = List.copyOf(attachments);
		provenance = Collections
			.unmodifiableMap(provenance.isEmpty() ? new EnumMap<>(MetadataField.class) : new EnumMap<>(provenance));
		siteFields = List.copyOf(siteFields);
		disagreements = List.copyOf(disagreements);
		extractionErrors = List.copyOf(extractionErrors);
	}

	/** Where this field's value comes from, or null when the field is empty. */
	public @Nullable FieldProvenance provenanceOf(MetadataField field) {
		return this.provenance.get(field);
	}

	/** The first value the site's table gives under one of these labels, or null. */
	public @Nullable String siteField(String... labels) {
		for (String label : labels) {
			for (SiteField f : this.siteFields) {
				if (f.label().equals(label)) {
					return f.value();
				}
			}
		}
		return null;
	}

	/**
	 * Starts a builder with the given title; everything else empty, kind
	 * {@link DocumentKind#OTHER}.
	 */
	public static Builder builder(String title) {
		return new Builder(title);
	}

	public Builder toBuilder() {
		return new Builder(this.title).docNumber(this.docNumber)
			.issuers(this.issuers)
			.addressees(this.addressees)
			.signedDate(this.signedDate)
			.publishedDate(this.publishedDate)
			.commencement(this.commencement)
			.effectiveDate(this.effectiveDate)
			.validity(this.validity)
			.expiryDate(this.expiryDate)
			.trial(this.trial)
			.disclosure(this.disclosure)
			.kind(this.kind, this.kindReason)
			.history(this.history)
			.repeals(this.repeals)
			.citations(this.citations)
			.structure(this.structure)
			.issuedLine(this.issuedLine)
			.attachments(this.attachments)
			.indexNumber(this.indexNumber)
			.topic(this.topic)
			.registrationNumber(this.registrationNumber)
			.provenance(this.provenance)
			.siteFields(this.siteFields)
			.disagreements(this.disagreements)
			.extractionErrors(this.extractionErrors);
	}

	/** Builds metadata field by field, as extraction stages find them. */
	public static final class Builder {

		private String title;

		private @Nullable DocNumber docNumber;

		private List<String> issuers = List.of();

		private List<String> addressees = List.of();

		private @Nullable LocalDate signedDate;

		private @Nullable LocalDate publishedDate;

		private @Nullable Commencement commencement;

		private @Nullable LocalDate effectiveDate;

		private @Nullable Validity validity;

		private @Nullable LocalDate expiryDate;

		private boolean trial;

		private @Nullable Disclosure disclosure;

		private DocumentKind kind = DocumentKind.OTHER;

		private String kindReason = "未识别出法规或规范性文件的特征";

		private List<HistoryEvent> history = List.of();

		private List<RepealClause> repeals = List.of();

		private List<Citation> citations = List.of();

		private List<Provision> structure = List.of();

		private @Nullable IssuedLine issuedLine;

		private List<String> attachments = List.of();

		private @Nullable String indexNumber;

		private @Nullable String topic;

		private @Nullable String registrationNumber;

		private final Map<MetadataField, FieldProvenance> provenance = new EnumMap<>(MetadataField.class);

		private List<SiteField> siteFields = List.of();

		private final List<Disagreement> disagreements = new ArrayList<>();

		private List<ExtractionError> extractionErrors = List.of();

		private Builder(String title) {
			this.title = title;
		}

		/**
		 * A builder holding what this one holds now, independent of it from here on: what
		 * to go back to when a step that writes to this one fails halfway.
		 */
		public Builder copy() {
			Builder b = new Builder(this.title);
			b.docNumber = this.docNumber;
			b.issuers = this.issuers;
			b.addressees = this.addressees;
			b.signedDate = this.signedDate;
			b.publishedDate = this.publishedDate;
			b.commencement = this.commencement;
			b.effectiveDate = this.effectiveDate;
			b.validity = this.validity;
			b.expiryDate = this.expiryDate;
			b.trial = this.trial;
			b.disclosure = this.disclosure;
			b.kind = this.kind;
			b.kindReason = this.kindReason;
			b.history = this.history;
			b.repeals = this.repeals;
			b.citations = this.citations;
			b.structure = this.structure;
			b.issuedLine = this.issuedLine;
			b.attachments = this.attachments;
			b.indexNumber = this.indexNumber;
			b.topic = this.topic;
			b.registrationNumber = this.registrationNumber;
			b.extractionErrors = this.extractionErrors;
			b.provenance.putAll(this.provenance);
			b.siteFields = this.siteFields;
			b.disagreements.addAll(this.disagreements);
			return b;
		}

		public Builder title(String title) {
			this.title = title;
			return this;
		}

		public Builder docNumber(@Nullable DocNumber docNumber) {
			this.docNumber = docNumber;
			return this;
		}

		public Builder issuers(List<String> issuers) {
			this.issuers = issuers;
			return this;
		}

		public Builder addressees(List<String> addressees) {
			this.addressees = addressees;
			return this;
		}

		public Builder signedDate(@Nullable LocalDate signedDate) {
			this.signedDate = signedDate;
			return this;
		}

		public Builder publishedDate(@Nullable LocalDate publishedDate) {
			this.publishedDate = publishedDate;
			return this;
		}

		public Builder commencement(@Nullable Commencement commencement) {
			this.commencement = commencement;
			return this;
		}

		public Builder effectiveDate(@Nullable LocalDate effectiveDate) {
			this.effectiveDate = effectiveDate;
			return this;
		}

		public Builder validity(@Nullable Validity validity) {
			this.validity = validity;
			return this;
		}

		public Builder expiryDate(@Nullable LocalDate expiryDate) {
			this.expiryDate = expiryDate;
			return this;
		}

		public Builder trial(boolean trial) {
			this.trial = trial;
			return this;
		}

		public Builder disclosure(@Nullable Disclosure disclosure) {
			this.disclosure = disclosure;
			return this;
		}

		public Builder kind(DocumentKind kind, String reason) {
			this.kind = kind;
			this.kindReason = reason;
			return this;
		}

		public Builder history(List<HistoryEvent> history) {
			this.history = history;
			return this;
		}

		public Builder repeals(List<RepealClause> repeals) {
			this.repeals = repeals;
			return this;
		}

		public Builder citations(List<Citation> citations) {
			this.citations = citations;
			return this;
		}

		public Builder structure(List<Provision> structure) {
			this.structure = structure;
			return this;
		}

		public Builder issuedLine(@Nullable IssuedLine issuedLine) {
			this.issuedLine = issuedLine;
			return this;
		}

		public Builder attachments(List<String> attachments) {
			this.attachments = attachments;
			return this;
		}

		public Builder indexNumber(@Nullable String indexNumber) {
			this.indexNumber = indexNumber;
			return this;
		}

		public Builder topic(@Nullable String topic) {
			this.topic = topic;
			return this;
		}

		public Builder registrationNumber(@Nullable String registrationNumber) {
			this.registrationNumber = registrationNumber;
			return this;
		}

		/** Records where a field's value comes from. */
		public Builder provenance(MetadataField field, FieldProvenance provenance) {
			this.provenance.put(field, provenance);
			return this;
		}

		/** Replaces all provenance entries. */
		public Builder provenance(Map<MetadataField, FieldProvenance> provenance) {
			this.provenance.clear();
			this.provenance.putAll(provenance);
			return this;
		}

		/** Forgets where a field came from (it was emptied). */
		public Builder clearProvenance(MetadataField field) {
			this.provenance.remove(field);
			return this;
		}

		public Builder siteFields(List<SiteField> siteFields) {
			this.siteFields = siteFields;
			return this;
		}

		/** Records that the document and its site's table differ on a field. */
		public Builder disagreement(Disagreement disagreement) {
			this.disagreements.removeIf((d) -> d.field() == disagreement.field());
			this.disagreements.add(disagreement);
			return this;
		}

		/** Replaces all disagreements. */
		public Builder disagreements(List<Disagreement> disagreements) {
			this.disagreements.clear();
			this.disagreements.addAll(disagreements);
			return this;
		}

		public Map<MetadataField, FieldProvenance> provenance() {
			return this.provenance;
		}

		public @Nullable FieldProvenance provenanceOf(MetadataField field) {
			return this.provenance.get(field);
		}

		public List<SiteField> siteFields() {
			return this.siteFields;
		}

		public List<Disagreement> disagreements() {
			return this.disagreements;
		}

		public Builder extractionErrors(List<ExtractionError> extractionErrors) {
			this.extractionErrors = extractionErrors;
			return this;
		}

		public String title() {
			return this.title;
		}

		public @Nullable DocNumber docNumber() {
			return this.docNumber;
		}

		public List<String> issuers() {
			return this.issuers;
		}

		public @Nullable LocalDate signedDate() {
			return this.signedDate;
		}

		public @Nullable LocalDate publishedDate() {
			return this.publishedDate;
		}

		public @Nullable Commencement commencement() {
			return this.commencement;
		}

		public @Nullable LocalDate effectiveDate() {
			return this.effectiveDate;
		}

		public @Nullable Validity validity() {
			return this.validity;
		}

		public DocumentKind kind() {
			return this.kind;
		}

		public List<String> addressees() {
			return this.addressees;
		}

		public @Nullable LocalDate expiryDate() {
			return this.expiryDate;
		}

		public boolean trial() {
			return this.trial;
		}

		public @Nullable Disclosure disclosure() {
			return this.disclosure;
		}

		public String kindReason() {
			return this.kindReason;
		}

		public List<RepealClause> repeals() {
			return this.repeals;
		}

		public List<Citation> citations() {
			return this.citations;
		}

		public List<Provision> structure() {
			return this.structure;
		}

		public @Nullable IssuedLine issuedLine() {
			return this.issuedLine;
		}

		public List<String> attachments() {
			return this.attachments;
		}

		public @Nullable String indexNumber() {
			return this.indexNumber;
		}

		public @Nullable String topic() {
			return this.topic;
		}

		public @Nullable String registrationNumber() {
			return this.registrationNumber;
		}

		public List<HistoryEvent> history() {
			return this.history;
		}

		public List<ExtractionError> extractionErrors() {
			return this.extractionErrors;
		}

		public DocumentMetadata build() {
			return new DocumentMetadata(this.title, this.docNumber, this.issuers, this.addressees, this.signedDate,
					this.publishedDate, this.commencement, this.effectiveDate, this.validity, this.expiryDate,
					this.trial, this.disclosure, this.kind, this.kindReason, this.history, this.repeals, this.citations,
					this.structure, this.issuedLine, this.attachments, this.indexNumber, this.topic,
					this.registrationNumber, this.provenance, this.siteFields, this.disagreements,
					this.extractionErrors);
		}

	}

}
