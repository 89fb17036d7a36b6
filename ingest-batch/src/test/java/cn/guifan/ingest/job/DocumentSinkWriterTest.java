package cn.guifan.ingest.job;

import java.nio.file.Path;
import java.util.List;

import cn.guifan.ingest.sink.DocumentSink;
import cn.guifan.ingest.sink.IngestedDocument;
import cn.guifan.ingest.sink.SkippedFile;
import cn.guifan.ingest.sink.StoreOutcome;
import cn.guifan.schemas.document.DocumentMetadata;
import cn.guifan.schemas.document.DocumentRecord;
import cn.guifan.schemas.document.SourceFile;
import org.junit.jupiter.api.Test;
import org.springframework.batch.infrastructure.item.Chunk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** A chunk whose storing fails names its files, whatever failed. */
class DocumentSinkWriterTest {

	@Test
	void aChunkThatRanTheHeapOutNamesItsFileAndFailsTheRun() {
		DocumentSinkWriter writer = new DocumentSinkWriter(new DocumentSink() {

			@Override
			public boolean hasSource(String sha256) {
				return false;
			}

			@Override
			public List<StoreOutcome> store(List<IngestedDocument> documents) {
				throw new OutOfMemoryError("Java heap space");
			}

			@Override
			public void reportSkipped(SkippedFile skipped) {
			}

		}, new IngestMonitor());

		Throwable failure = catchThrowable(() -> writer.write(new Chunk<>(List.of(document("资料汇集.txt")))));

		assertThat(failure).isInstanceOf(DocumentWriteException.class)
			.hasMessageStartingWith("写入登记库失败（资料汇集.txt）：OutOfMemoryError: Java heap space")
			.hasCauseInstanceOf(OutOfMemoryError.class);
		assertThat(new IngestSkipPolicy().shouldSkip(failure, 0)).isFalse();
	}

	private static IngestedDocument document(String name) {
		SourceFile source = new SourceFile("0".repeat(64), name, "text/plain", 10);
		return new IngestedDocument(new DocumentRecord(DocumentMetadata.builder("汇集").build(), "正文", source),
				Path.of(name));
	}

}
