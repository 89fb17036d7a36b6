package cn.guifan.ingest.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import cn.guifan.ingest.sink.IngestedDocument;
import cn.guifan.ingest.source.SourceFileItem;
import cn.guifan.ingest.text.ReadError;
import cn.guifan.ingest.text.UnreadableFileException;
import cn.guifan.schemas.document.DocumentMetadata;
import cn.guifan.schemas.document.DocumentRecord;
import cn.guifan.schemas.document.SourceFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The reader that parses ahead of the step: files are handed on in order, each with its
 * own result or failure; parsing runs ahead by at most its depth while the step has not
 * taken the results; the checkpoint is that of the last file handed on, never of one read
 * ahead.
 */
class ParseAheadTest {

	@TempDir
	Path dir;

	private final ExecutorService threads = Executors.newFixedThreadPool(2);

	private final Set<String> started = ConcurrentHashMap.newKeySet();

	@BeforeEach
	void files() throws Exception {
		for (int i = 0; i < 10; i++) {
			Files.writeString(this.dir.resolve("f" + i + ".txt"), "文件" + i);
		}
	}

	@AfterEach
	void stop() {
		this.threads.shutdownNow();
	}

	@Test
	void filesAreHandedOnInOrderEachWithItsOwnResultOrFailure() throws Exception {
		ParseAhead reader = open(named(), 3, new ExecutionContext());
		List<String> read = new ArrayList<>();
		List<String> results = new ArrayList<>();
		for (SourceFileItem item = reader.read(); item != null; item = reader.read()) {
			read.add(item.name());
			try {
				IngestedDocument document = reader.take(item);
				results.add((document != null) ? document.record().text() : "filtered");
			}
			catch (UnreadableFileException ex) {
				results.add("skipped " + ex.file());
			}
		}
		reader.close();

		assertThat(read).containsExactly("f0.txt", "f1.txt", "f2.txt", "f3.txt", "f4.txt", "f5.txt", "f6.txt", "f7.txt",
				"f8.txt", "f9.txt");
		assertThat(results).containsExactly("f0.txt", "f1.txt", "f2.txt", "skipped f3.txt", "f4.txt", "filtered",
				"f6.txt", "f7.txt", "f8.txt", "f9.txt");
	}

	@Test
	void filesAreParsedAheadOfTheStepButNoMoreThanTheDepth() throws Exception {
		CountDownLatch released = new CountDownLatch(1);
		ItemProcessor<SourceFileItem, IngestedDocument> slow = (item) -> {
			this.started.add(item.name());
			released.await(10, TimeUnit.SECONDS);
			return document(item.name());
		};
		ParseAhead reader = open(slow, 4, new ExecutionContext());

		SourceFileItem first = reader.read();
		// The first file handed on and four behind it were read; two threads parse.
		awaitStarted(2);
		assertThat(first).isNotNull();
		assertThat(this.started).hasSize(2);
		released.countDown();
		assertThat(reader.take(first)).isNotNull();
		awaitStarted(5);
		Thread.sleep(100);
		assertThat(this.started).as("one handed on, four ahead, none further")
			.containsExactlyInAnyOrder("f0.txt", "f1.txt", "f2.txt", "f3.txt", "f4.txt");
		reader.close();
	}

	@Test
	void theCheckpointIsTheLastFileHandedOnNotTheFilesReadAhead() throws Exception {
		ExecutionContext context = new ExecutionContext();
		ParseAhead reader = open(named(), 5, context);
		for (int i = 0; i < 3; i++) {
			SourceFileItem item = reader.read();
			assertThat(item).isNotNull();
			reader.take(item);
		}
		reader.update(context);
		reader.close();

		ParseAhead resumed = open(named(), 5, context);
		SourceFileItem next = resumed.read();
		resumed.close();

		assertThat(next).isNotNull();
		assertThat(next.name()).as("the run resumes after the third file, not after the eighth").isEqualTo("f3.txt");
	}

	@Test
	void anErrorOfTheRunIsThrownAsItIs() throws Exception {
		IllegalStateException failure = new IllegalStateException("database gone");
		ParseAhead reader = open((item) -> {
			throw failure;
		}, 2, new ExecutionContext());
		SourceFileItem item = reader.read();
		assertThat(item).isNotNull();

		assertThatExceptionOfType(IllegalStateException.class).isThrownBy(() -> reader.take(item)).isSameAs(failure);
		reader.close();
	}

	@Test
	void anItemNotReadAheadIsParsedWhenTaken() throws Exception {
		ParseAhead reader = open(named(), 2, new ExecutionContext());
		SourceFileItem elsewhere = new SourceFileItem(this.dir.resolve("f9.txt"), "again/f9.txt");

		IngestedDocument document = reader.take(elsewhere);

		assertThat(document).isNotNull();
		assertThat(document.record().text()).isEqualTo("again/f9.txt");
		reader.close();
	}

	private void awaitStarted(int count) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
		while (this.started.size() < count && System.nanoTime() < deadline) {
			Thread.sleep(5);
		}
	}

	private ParseAhead open(ItemProcessor<SourceFileItem, IngestedDocument> parser, int depth,
			ExecutionContext context) {
		IngestProperties properties = new IngestProperties(2, 2, cn.guifan.ingest.text.ReadLimits.DEFAULT,
				cn.guifan.ingest.text.OcrSettings.DEFAULT, this.dir.resolve("work"));
		ParseAhead reader = new ParseAhead(new SourceFileReader(this.dir, new IngestMonitor(), properties), parser,
				this.threads, depth);
		reader.open(context);
		return reader;
	}

	/**
	 * A document whose text is its file's name; f3 cannot be read, f5 is filtered out (as
	 * a file the registry holds).
	 */
	private static ItemProcessor<SourceFileItem, IngestedDocument> named() {
		return (item) -> {
			if (item.name().endsWith("f3.txt")) {
				throw new UnreadableFileException(ReadError.CORRUPT_FILE, item.name(), "坏文件");
			}
			return item.name().equals("f5.txt") ? null : document(item.name());
		};
	}

	private static IngestedDocument document(String name) {
		return new IngestedDocument(new DocumentRecord(DocumentMetadata.builder(name).build(), name,
				new SourceFile("0".repeat(64), name, "text/plain", name.length())), Path.of(name));
	}

}
