package cn.guifan.registry.collection;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.guifan.registry.export.Book;
import cn.guifan.registry.export.BookWriter;
import cn.guifan.registry.export.BookWriters;
import cn.guifan.registry.export.DocumentTexts;
import cn.guifan.registry.export.ExportFormat;
import cn.guifan.registry.export.ExportedDocument;
import org.jspecify.annotations.Nullable;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * The writing step's writer: opens the PDF and the DOCX before the first chunk, writes
 * each chunk's documents (read as of the collection's date, a chunk at a time) to both,
 * and on success completes them, moves them into place and records the digest of what was
 * written. One build at a time per process ({@link CollectionBuilds} runs them in turn).
 */
class CollectionWriter implements ItemWriter<CompiledCollection.Item>, StepExecutionListener {

	private final CollectionStore store;

	private final CollectionFiles files;

	private final DocumentTexts texts;

	private final BookWriters writers;

	private final Clock clock;

	private @Nullable Run run;

	CollectionWriter(CollectionStore store, CollectionFiles files, DocumentTexts texts, BookWriters writers,
			Clock clock) {
		this.store = store;
		this.files = files;
		this.texts = texts;
		this.writers = writers;
		this.clock = clock;
	}

	@Override
	public void beforeStep(StepExecution stepExecution) {
		long id = collectionId(stepExecution);
		CompiledCollection collection = this.store.find(id).orElseThrow(() -> new CollectionNotFoundException("" + id));
		try {
			this.run = new Run(collection, book(collection));
		}
		catch (IOException ex) {
			throw new IllegalStateException("汇编文件无法创建：" + ex.getMessage(), ex);
		}
	}

	static long collectionId(StepExecution stepExecution) {
		Long id = stepExecution.getJobParameters().getLong(CollectionJobConfiguration.COLLECTION_ID);
		if (id == null) {
			throw new IllegalStateException("job parameter collectionId missing");
		}
		return id;
	}

	private Book book(CompiledCollection c) {
		CollectionDefinition d = c.definition();
		List<Book.Entry> contents = new ArrayList<>();
		Map<String, Integer> partCounts = new LinkedHashMap<>();
		int lastPart = -1;
		int after = 0;
		List<CompiledCollection.Item> page;
		while (!(page = this.store.items(c.id(), after, 1000)).isEmpty()) {
			for (CompiledCollection.Item item : page) {
				if (item.partNo() != lastPart && item.partNo() > 0) {
					contents.add(new Book.Entry(1, item.partTitle(), Book.partKey(item.partNo())));
					lastPart = item.partNo();
				}
				partCounts.merge(item.partTitle(), 1, Integer::sum);
				contents.add(
						new Book.Entry((item.partNo() > 0) ? 2 : 1, item.title(), Book.documentKey(item.documentId())));
				after = item.position();
			}
		}
		LocalDate today = LocalDate.now(this.clock);
		List<String> subtitle = List.of("（截至" + cn.guifan.registry.export.ChineseDate.format(d.asOf()) + "）",
				"共" + c.total() + "件", "规范登记库编印");
		return new Book(d.title(), subtitle, "编辑说明", EditorialNote.paragraphs(d, partCounts, c.total(), today), true,
				contents, List.of(), Book.CREATOR);
	}

	@Override
	public void write(Chunk<? extends CompiledCollection.Item> chunk) throws Exception {
		Run r = this.run;
		if (r == null) {
			throw new IllegalStateException("the collection's files are not open");
		}
		List<Long> ids = chunk.getItems().stream().map(CompiledCollection.Item::documentId).toList();
		Map<Long, ExportedDocument> read = new LinkedHashMap<>();
		for (ExportedDocument d : this.texts.asOf(ids, r.collection.asOf())) {
			read.put(d.id(), d);
		}
		for (CompiledCollection.Item item : chunk.getItems()) {
			ExportedDocument d = read.get(item.documentId());
			if (d == null) {
				// Removed from the registry since the scope was resolved.
				continue;
			}
			r.write(item, d);
		}
		this.store.progress(r.collection.id(), r.written);
	}

	@Override
	public ExitStatus afterStep(StepExecution stepExecution) {
		Run r = this.run;
		this.run = null;
		if (r == null) {
			return stepExecution.getExitStatus();
		}
		boolean ok = !stepExecution.getStatus().isUnsuccessful() && stepExecution.getFailureExceptions().isEmpty();
		try {
			if (ok) {
				r.finish();
				for (ExportFormat f : Run.FORMATS) {
					this.files.publish(r.collection.id(), f);
				}
				this.store.done(r.collection.id(), r.written, r.digest(), this.clock.instant());
				return stepExecution.getExitStatus();
			}
			r.abandon();
		}
		catch (IOException | RuntimeException ex) {
			r.abandon();
			stepExecution.addFailureException(ex);
			// The step (and so the job) fails: with only its exit status failed, the job
			// ended COMPLETED and the collection stayed "正在生成文件" with no reason.
			stepExecution.setStatus(BatchStatus.FAILED);
			return ExitStatus.FAILED.addExitDescription(ex);
		}
		finally {
			for (ExportFormat f : Run.FORMATS) {
				this.files.discard(r.collection.id(), f);
			}
		}
		return stepExecution.getExitStatus();
	}

	/** One build's open files and running digest. */
	private final class Run {

		static final List<ExportFormat> FORMATS = List.of(ExportFormat.PDF, ExportFormat.DOCX);

		final CompiledCollection collection;

		final List<OutputStream> streams = new ArrayList<>();

		final List<BookWriter> writers = new ArrayList<>();

		final MessageDigest digest;

		int lastPart = -1;

		int written;

		Run(CompiledCollection collection, Book book) throws IOException {
			this.collection = collection;
			try {
				this.digest = MessageDigest.getInstance("SHA-256");
			}
			catch (NoSuchAlgorithmException ex) {
				throw new IllegalStateException(ex);
			}
			CollectionWriter.this.files.prepare(collection.id());
			try {
				for (ExportFormat f : FORMATS) {
					OutputStream out = new BufferedOutputStream(
							Files.newOutputStream(CollectionWriter.this.files.building(collection.id(), f)), 1 << 16);
					this.streams.add(out);
					this.writers.add(CollectionWriter.this.writers.open(f, out, book));
				}
			}
			catch (IOException | RuntimeException ex) {
				abandon();
				throw ex;
			}
		}

		void write(CompiledCollection.Item item, ExportedDocument d) throws IOException {
			if (item.partNo() != this.lastPart && item.partNo() > 0) {
				for (BookWriter w : this.writers) {
					w.part(Book.partKey(item.partNo()), item.partTitle());
				}
				update("part", item.partTitle());
				this.lastPart = item.partNo();
			}
			for (BookWriter w : this.writers) {
				w.document(d);
			}
			update("title", d.markedTitle());
			for (ExportedDocument.Field f : d.metadata()) {
				update(f.label(), f.value());
			}
			update("text", d.text());
			this.written++;
		}

		private void update(String label, String value) {
			this.digest.update(label.getBytes(StandardCharsets.UTF_8));
			this.digest.update((byte) 0);
			this.digest.update(value.getBytes(StandardCharsets.UTF_8));
			this.digest.update((byte) 0);
		}

		String digest() {
			return HexFormat.of().formatHex(this.digest.digest());
		}

		void finish() throws IOException {
			for (BookWriter w : this.writers) {
				w.finish();
			}
			closeAll();
		}

		void abandon() {
			try {
				closeAll();
			}
			catch (IOException | RuntimeException ex) {
				// The build failed already; its files are discarded.
			}
		}

		private void closeAll() throws IOException {
			IOException first = null;
			for (BookWriter w : this.writers) {
				try {
					w.close();
				}
				catch (IOException ex) {
					first = (first != null) ? first : ex;
				}
			}
			for (OutputStream s : this.streams) {
				try {
					s.close();
				}
				catch (IOException ex) {
					first = (first != null) ? first : ex;
				}
			}
			this.writers.clear();
			this.streams.clear();
			if (first != null) {
				throw first;
			}
		}

	}

}
