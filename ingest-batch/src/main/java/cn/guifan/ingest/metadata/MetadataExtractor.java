package cn.guifan.ingest.metadata;

import java.util.List;

import cn.guifan.schemas.docnumber.DocNumber;
import cn.guifan.schemas.document.Citation;
import cn.guifan.schemas.document.Commencement;
import cn.guifan.schemas.document.DocumentMetadata;
import cn.guifan.schemas.document.FieldProvenance;
import cn.guifan.schemas.document.FieldSource;
import cn.guifan.schemas.document.MetadataField;
import cn.guifan.schemas.document.Provision;
import cn.guifan.schemas.document.RepealClause;
import cn.guifan.schemas.document.TextSpan;

/**
 * Reads the metadata a registrar would type in by hand out of a document's text, as a
 * pipeline of small stages. Thread-safe when its stages are.
 */
public final class MetadataExtractor {

	private final List<ExtractionStage> stages;

	public MetadataExtractor(List<ExtractionStage> stages) {
		this.stages = List.copyOf(stages);
	}

	/**
	 * The standard pipeline. Order matters where a stage reads what an earlier one found:
	 * the number, issuers and dates of a law come from its history; the effective date
	 * resolves 自印发之日起 and 自发布之日起 with the dates; the expiry counts from the effective
	 * date; citations leave out what the document repeals; the kind weighs everything.
	 */
	public static MetadataExtractor standard() {
		return new MetadataExtractor(List.of(new PageIndexStage(), new TitleStage(), new HistoryStage(),
				new DocNumberStage(), new RegistrationNumberStage(), new IssuerStage(), new AddresseeStage(),
				new SignedDateStage(), new PublishedDateStage(), new CommencementStage(), new ValidityStage(),
				new TrialStage(), new DisclosureStage(), new AttachmentStage(), new RepealStage(), new CitationStage(),
				new StructureStage(), new IssuedLineStage(), new KindStage()));
	}

	/** The stages, in the order they run. */
	public List<ExtractionStage> stages() {
		return this.stages;
	}

	/**
	 * The metadata of a text. The stages read it in simplified script without injected
	 * pinyin ({@link ReadingText}); what is printed (the title, the number as printed)
	 * and the offsets of citations, repeals and articles are given back in the text as
	 * found.
	 */
	public DocumentMetadata extract(String text, String fileName) {
		ReadingText reading = ReadingText.of(text);
		DocumentText document = new DocumentText(reading.text(), fileName);
		DocumentMetadata.Builder metadata = DocumentMetadata.builder("");
		for (ExtractionStage stage : this.stages) {
			stage.apply(document, metadata);
		}
		if (metadata.title().isBlank()) {
			metadata.title(fallbackTitle(fileName));
			metadata.provenance(MetadataField.TITLE,
					new FieldProvenance(FieldSource.FILE_NAME, 0.3, "正文中未找到标题，以文件名代替"));
		}
		if (reading.differs()) {
			asFound(reading, metadata);
		}
		defaultProvenance(metadata);
		return metadata.build();
	}

	/**
	 * The provenance of the fields no stage gave one: printed in the document, except
	 * what is computed (an expiry from the validity, an effective date resolved from
	 * 自印发之日起).
	 */
	private static void defaultProvenance(DocumentMetadata.Builder m) {
		set(m, MetadataField.DOC_NUMBER, m.docNumber() != null, FieldProvenance.body());
		set(m, MetadataField.REGISTRATION_NUMBER, m.registrationNumber() != null, FieldProvenance.body());
		set(m, MetadataField.ISSUERS, !m.issuers().isEmpty(), FieldProvenance.body());
		set(m, MetadataField.ADDRESSEES, !m.addressees().isEmpty(), FieldProvenance.body());
		set(m, MetadataField.SIGNED_DATE, m.signedDate() != null, FieldProvenance.body());
		set(m, MetadataField.PUBLISHED_DATE, m.publishedDate() != null, FieldProvenance.body("法律的题注"));
		boolean resolved = m.commencement() != null && m.commencement().rule() != Commencement.Rule.ON_DATE;
		set(m, MetadataField.EFFECTIVE_DATE, m.effectiveDate() != null,
				resolved ? FieldProvenance.derived(0.9, "施行条款以印发或发布之日起算，按该日期推算") : FieldProvenance.body());
		set(m, MetadataField.VALIDITY, m.validity() != null, FieldProvenance.body());
		set(m, MetadataField.EXPIRY_DATE, m.expiryDate() != null, FieldProvenance.derived(0.9, "按有效期和施行日期推算"));
		set(m, MetadataField.DISCLOSURE, m.disclosure() != null, FieldProvenance.body("附注"));
		set(m, MetadataField.INDEX_NUMBER, m.indexNumber() != null, FieldProvenance.siteTable("索引号"));
		set(m, MetadataField.TOPIC, m.topic() != null, FieldProvenance.siteTable("主题分类"));
		set(m, MetadataField.TITLE, !m.title().isBlank(), FieldProvenance.body());
	}

	private static void set(DocumentMetadata.Builder m, MetadataField field, boolean present,
			FieldProvenance provenance) {
		if (present && m.provenanceOf(field) == null) {
			m.provenance(field, provenance);
		}
		else if (!present) {
			m.clearProvenance(field);
		}
	}

	/** Printed values and offsets in the text as found (see {@link ReadingText}). */
	private static void asFound(ReadingText reading, DocumentMetadata.Builder metadata) {
		metadata.title(reading.asFound(metadata.title()));
		DocNumber number = metadata.docNumber();
		if (number != null) {
			metadata.docNumber(new DocNumber(reading.asFound(number.printed()), number.normalized(), number.agency(),
					number.year(), number.serial(), number.form()));
		}
		metadata.citations(metadata.citations()
			.stream()
			.map((c) -> new Citation(c.title(), c.docNumber(), span(reading, c.span()), c.innerTitles()))
			.toList());
		metadata.repeals(metadata.repeals()
			.stream()
			.map((r) -> new RepealClause(r.title(), r.docNumber(), r.text(), span(reading, r.span())))
			.toList());
		metadata.structure(provisions(reading, metadata.structure()));
	}

	private static List<Provision> provisions(ReadingText reading, List<Provision> provisions) {
		return provisions.stream()
			.map((p) -> new Provision(p.level(), p.label(), p.number(), p.heading(), span(reading, p.span()),
					provisions(reading, p.children())))
			.toList();
	}

	private static TextSpan span(ReadingText reading, TextSpan span) {
		int start = reading.originalOffset(span.start());
		return new TextSpan(start, Math.max(start, reading.originalOffset(span.end())));
	}

	/** The file name without folders and extension, when the text gives no title. */
	static String fallbackTitle(String fileName) {
		String name = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('!')) + 1);
		int dot = name.lastIndexOf('.');
		return (dot > 0) ? name.substring(0, dot) : name;
	}

}
