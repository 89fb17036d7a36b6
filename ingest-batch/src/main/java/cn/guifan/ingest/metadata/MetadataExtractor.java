package cn.guifan.ingest.metadata;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.guifan.ingest.timing.StageEvent;
import cn.guifan.schemas.document.DocumentMetadata;
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
			Map.entry("KindStage", "效力级别"));

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

	public DocumentMetadata extract(String text, String fileName) {
		StageEvent reading = StageEvent.start(StageEvent.METADATA + "DocumentText");
		DocumentText document = new DocumentText(text, fileName);
		reading.finish();
		DocumentMetadata.Builder metadata = DocumentMetadata.builder("");
		List<ExtractionError> errors = new ArrayList<>();
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
		}
		return metadata.extractionErrors(errors).build();
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

	/** The file name without folders and extension, when the text gives no title. */
	static String fallbackTitle(String fileName) {
		String name = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('!')) + 1);
		int dot = name.lastIndexOf('.');
		return (dot > 0) ? name.substring(0, dot) : name;
	}

}
