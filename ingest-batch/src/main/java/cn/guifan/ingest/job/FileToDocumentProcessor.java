package cn.guifan.ingest.job;

import cn.guifan.ingest.metadata.MetadataExtractor;
import cn.guifan.ingest.sink.DocumentSink;
import cn.guifan.ingest.sink.IngestedDocument;
import cn.guifan.ingest.source.SourceFileItem;
import cn.guifan.ingest.text.ExtractedText;
import cn.guifan.ingest.text.ReadError;
import cn.guifan.ingest.text.TextExtractor;
import cn.guifan.ingest.text.UnreadableFileException;
import cn.guifan.ingest.timing.StageEvent;
import cn.guifan.schemas.document.DocumentMetadata;
import cn.guifan.schemas.document.DocumentRecord;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Turns one file into a document: text with Tika, then metadata. A file the registry
 * already holds (same bytes) is filtered out before it is parsed; a file that cannot be
 * read throws {@link UnreadableFileException}, which the step skips and reports. Runs on
 * several threads.
 * <p>
 * No single file can fail the run: an unexpected error while reading one (a bug meeting
 * its bytes or its text) skips that file as {@link ReadError#INTERNAL_ERROR}, naming the
 * file and the error. A failure of what the run stands on (the registry's database, the
 * parser threads, memory) still fails the run, which then resumes where it stopped.
 */
final class FileToDocumentProcessor implements ItemProcessor<SourceFileItem, IngestedDocument> {

	private static final Logger logger = LoggerFactory.getLogger(FileToDocumentProcessor.class);

	private final TextExtractor textExtractor;

	private final MetadataExtractor metadataExtractor;

	private final DocumentSink sink;

	private final IngestMonitor monitor;

	FileToDocumentProcessor(TextExtractor textExtractor, MetadataExtractor metadataExtractor, DocumentSink sink,
			IngestMonitor monitor) {
		this.textExtractor = textExtractor;
		this.metadataExtractor = metadataExtractor;
		this.sink = sink;
		this.monitor = monitor;
	}

	@Override
	public @Nullable IngestedDocument process(SourceFileItem item) throws UnreadableFileException {
		UnreadableFileException refusal = item.refusal();
		if (refusal != null) {
			throw refusal;
		}
		StageEvent reading = StageEvent.start(StageEvent.READ);
		String sha256 = TextExtractor.sha256(item.path(), item.name());
		reading.finish();
		StageEvent lookup = StageEvent.start(StageEvent.LOOKUP);
		boolean known = this.sink.hasSource(sha256);
		lookup.finish();
		if (known) {
			this.monitor.duplicates(1);
			return null;
		}
		try {
			ExtractedText extracted = this.textExtractor.extract(item.path(), item.name(), sha256);
			DocumentMetadata metadata = this.metadataExtractor.extract(extracted.text(), item.name());
			return new IngestedDocument(new DocumentRecord(metadata, extracted.text(), extracted.source()),
					item.path());
		}
		catch (RuntimeException | StackOverflowError ex) {
			if (Failures.ofTheRun(ex)) {
				throw ex;
			}
			logger.warn("Skipped {}: unexpected error while reading it", item.name(), ex);
			throw new UnreadableFileException(ReadError.INTERNAL_ERROR, item.name(),
					"读取“" + item.name() + "”时出错：" + Failures.describe(ex), ex);
		}
	}

}
