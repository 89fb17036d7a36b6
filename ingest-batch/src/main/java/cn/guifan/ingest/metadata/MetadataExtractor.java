package cn.guifan.ingest.metadata;

import java.util.List;

import cn.guifan.schemas.document.DocumentMetadata;

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

	public DocumentMetadata extract(String text, String fileName) {
		DocumentText document = new DocumentText(text, fileName);
		DocumentMetadata.Builder metadata = DocumentMetadata.builder("");
		for (ExtractionStage stage : this.stages) {
			stage.apply(document, metadata);
		}
		if (metadata.title().isBlank()) {
			metadata.title(fallbackTitle(fileName));
		}
		return metadata.build();
	}

	/** The file name without folders and extension, when the text gives no title. */
	static String fallbackTitle(String fileName) {
		String name = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('!')) + 1);
		int dot = name.lastIndexOf('.');
		return (dot > 0) ? name.substring(0, dot) : name;
	}

}
