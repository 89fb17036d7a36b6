package cn.guifan.ingest.job;

import cn.guifan.ingest.metadata.MetadataExtractor;
import cn.guifan.ingest.sink.DocumentSink;
import cn.guifan.ingest.sink.IngestedDocument;
import cn.guifan.ingest.source.SourceFileItem;
import cn.guifan.ingest.text.ExtractedText;
import cn.guifan.ingest.text.TextExtractor;
import cn.guifan.ingest.text.UnreadableFileException;
import cn.guifan.schemas.document.DocumentMetadata;
import cn.guifan.schemas.document.DocumentRecord;
import org.jspecify.annotations.Nullable;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Turns one file into a document: text with Tika, then metadata. A file the registry
 * already holds (same bytes) is filtered out before it is parsed; a file that cannot be
 * read throws {@link UnreadableFileException}, which the step skips and reports. Runs on
 * several threads.
 */
final class FileToDocumentProcessor implements ItemProcessor<SourceFileItem, IngestedDocument> {

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
		String sha256 = TextExtractor.sha256(item.path(), item.name());
		if (this.sink.hasSource(sha256)) {
			this.monitor.duplicates(1);
			return null;
		}
		ExtractedText extracted = this.textExtractor.extract(item.path(), item.name(), sha256);
		DocumentMetadata metadata = this.metadataExtractor.extract(extracted.text(), item.name());
		return new IngestedDocument(new DocumentRecord(metadata, extracted.text(), extracted.source()), item.path());
	}

}
