package cn.guifan.ingest.metadata;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.guifan.ingest.timing.StageEvent;
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
import cn.guifan.schemas.document.ExtractionError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the metadata a registrar would type in by hand out of a document's text, as a
 * pipeline of small stages. Thread-safe when its stages are.
 * <p>
 * A stage that fails costs only what it reads: what it wrote before failing is undone,
 * the failure is kept on the record ({@link DocumentMetadata#extractionErrors()}) and
 * logged, and the later stages run. A registry that loads fifteen years of a government's
 * files meets wordings no stage was written for; one of them must never cost a document
 * or a run.
 */
public final class MetadataExtractor {

	private static final Logger logger = LoggerFactory.getLogger(MetadataExtractor.class);

	/** Longest message of a failure kept on a record. */
	private static final int MAX_MESSAGE = 300;

	/** What each stage reads, as a registrar calls it, for the message of its failure. */
	private static final Map<String, String> FIELDS = Map.ofEntries(Map.entry("PageIndexStage", "索引号和主题分类"),
			Map.entry("TitleStage", "标题"), Map.entry("HistoryStage", "制定和修改经过（题注）"),
			Map.entry("DocNumberStage", "发文字号"), Map.entry("RegistrationNumberStage", "统一登记号"),
			Map.entry("IssuerStage", "发文机关"), Map.entry("AddresseeStage", "主送机关"), Map.entry("SignedDateStage", "成文日期"),
			Map.entry("PublishedDateStage", "发布日期"), Map.entry("CommencementStage", "施行日期"),
			Map.entry("ValidityStage", "有效期"), Map.entry("TrialStage", "试行或暂行"), Map.entry("DisclosureStage", "公开属性"),
			Map.entry("AttachmentStage", "附件"), Map.entry("RepealStage", "废止条款"), Map.entry("CitationStage", "引用的文件"),
			Map.entry("StructureStage", "章节条款结构"), Map.entry("IssuedLineStage", "印发机关和印发日期"),
			Map.entry("KindStage", "效力级别"), Map.entry("AsFound", "繁体字和拼音的原文写法"));

	/**
	 * Reading the text in simplified script and giving printed values back as found: no
	 * stage, named like one when it fails.
	 */
	private static final ExtractionStage AS_FOUND = new AsFound();

	private final List<ExtractionStage> stages;

	/** Each stage's name for its timing events, made once. */
	private final List<String> timingNames;

	public MetadataExtractor(List<ExtractionStage> stages) {
		this.stages = List.copyOf(stages);
		this.timingNames = this.stages.stream().map((s) -> StageEvent.METADATA + stageName(s)).toList();
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
		List<ExtractionError> errors = new ArrayList<>();
		StageEvent readingTime = StageEvent.start(StageEvent.METADATA + "DocumentText");
		ReadingText reading = reading(text, fileName, errors);
		DocumentText document = new DocumentText(reading.text(), fileName);
		readingTime.finish();
		DocumentMetadata.Builder metadata = DocumentMetadata.builder("");
		for (int i = 0; i < this.stages.size(); i++) {
			ExtractionStage stage = this.stages.get(i);
			DocumentMetadata.Builder before = metadata.copy();
			StageEvent timing = StageEvent.start(this.timingNames.get(i));
			try {
				stage.apply(document, metadata);
				timing.finish();
			}
			// A regular expression on an unforeseen text overflows the stack as readily
			// as an index goes out of bounds: both cost this stage, not the document.
			catch (RuntimeException | StackOverflowError ex) {
				metadata = before;
				ExtractionError error = failure(stage, ex);
				errors.add(error);
				logger.warn("Metadata stage {} failed on {}: {}", error.stage(), fileName, ex.toString());
				logger.debug("Metadata stage {} failed on {}", error.stage(), fileName, ex);
			}
		}
		if (metadata.title().isBlank()) {
			metadata.title(fallbackTitle(fileName));
			metadata.provenance(MetadataField.TITLE,
					new FieldProvenance(FieldSource.FILE_NAME, 0.3, "正文中未找到标题，以文件名代替"));
		}
		if (reading.differs()) {
			DocumentMetadata.Builder before = metadata.copy();
			try {
				asFound(reading, metadata);
			}
			catch (RuntimeException | StackOverflowError ex) {
				metadata = before;
				errors.add(failure(AS_FOUND, ex));
				logger.warn("Giving back the text as found failed on {}: {}", fileName, ex.toString());
			}
		}
		defaultProvenance(metadata);
		return metadata.extractionErrors(errors).build();
	}

	/**
	 * A text's structure (编/章/节 headings, articles, paragraphs, items) with spans in the
	 * text as found: what {@link #extract} gives for it, the structure needing no other
	 * stage. For a registry that keeps the text and not the structure, which is as long
	 * as a third of the text.
	 */
	public static List<Provision> structure(String text) {
		ReadingText reading = reading(text, "", new ArrayList<>());
		DocumentMetadata.Builder metadata = DocumentMetadata.builder("");
		try {
			new StructureStage().apply(new DocumentText(reading.text(), ""), metadata);
			return reading.differs() ? provisions(reading, metadata.structure()) : metadata.structure();
		}
		// As in extract: a text the stage cannot read has no structure, and costs nothing
		// else.
		catch (RuntimeException | StackOverflowError ex) {
			logger.warn("Reading the structure of a text failed: {}", ex.toString());
			return List.of();
		}
	}

	/**
	 * The text the stages read; the text as found when making the reading fails (it is no
	 * stage, but must not cost the document either).
	 */
	private static ReadingText reading(String text, String fileName, List<ExtractionError> errors) {
		try {
			return ReadingText.of(text);
		}
		catch (RuntimeException | StackOverflowError ex) {
			errors.add(failure(AS_FOUND, ex));
			logger.warn("Reading {} in simplified script failed: {}", fileName, ex.toString());
			return ReadingText.asIs(text);
		}
	}

	/** The failure of a stage, named for the record. */
	static ExtractionError failure(ExtractionStage stage, Throwable ex) {
		String name = stageName(stage);
		String field = FIELDS.getOrDefault(name, "部分元数据");
		String cause = ex.getClass().getSimpleName() + ((ex.getMessage() != null) ? ": " + ex.getMessage() : "");
		String message = "读取" + field + "时出错，此项未识别，请核对原文：" + cause;
		if (message.length() > MAX_MESSAGE) {
			message = message.substring(0, MAX_MESSAGE - 1) + "…";
		}
		return new ExtractionError(name, message);
	}

	/** A stage's name: its class's simple name, or the full one for a lambda. */
	private static String stageName(ExtractionStage stage) {
		String name = stage.getClass().getSimpleName();
		if (name.isEmpty() || name.contains("$$Lambda")) {
			name = stage.getClass().getName();
		}
		return name;
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

	/** Stands for the reading and its giving back in the failures they cause. */
	private static final class AsFound implements ExtractionStage {

		@Override
		public void apply(DocumentText text, DocumentMetadata.Builder metadata) {
		}

	}

}
