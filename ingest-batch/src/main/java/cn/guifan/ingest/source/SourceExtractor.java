package cn.guifan.ingest.source;

import java.nio.file.Path;
import java.util.function.Consumer;

import cn.guifan.ingest.text.TextExtractor;
import cn.guifan.ingest.text.UnreadableFileException;
import org.jspecify.annotations.Nullable;

/**
 * Reads the text of everything a path holds: a file, each member of a zip archive (nested
 * archives included), or each file of a directory, in a stable order, with a result per
 * item. This is what {@code guifan extract FILE...} needs; ingest does the same through
 * {@link SourceItems} and its Batch reader and processor.
 * <p>
 * Results are handed over one at a time as they are read and nothing is kept, so memory
 * does not grow with the number of files; an archive's expanded members are deleted as
 * soon as the cursor leaves the archive. Only {@link UnreadableFileException}s become
 * {@link ExtractionResult.Refused} results: anything else (a full disk,
 * {@code ParsersExhaustedException}) is thrown.
 */
public final class SourceExtractor {

	private final TextExtractor text;

	private final ArchiveExpander archives;

	public SourceExtractor(TextExtractor text, ArchiveExpander archives) {
		this.text = text;
		this.archives = archives;
	}

	/**
	 * Reads every item of {@code path}, handing each result to {@code each} in order.
	 * @param path a file, an archive or a directory
	 * @param each receives one result per item
	 * @return the number of items
	 */
	public int extract(Path path, Consumer<ExtractionResult> each) {
		int count = 0;
		try (SourceItems items = new SourceItems(path, this.archives, false)) {
			for (SourceFileItem item = items.next(); item != null; item = items.next()) {
				each.accept(read(item));
				count++;
			}
		}
		return count;
	}

	/** Reads one item: its refusal, or its text. */
	public ExtractionResult read(SourceFileItem item) {
		@Nullable UnreadableFileException refusal = item.refusal();
		if (refusal != null) {
			return new ExtractionResult.Refused(item.name(), refusal);
		}
		try {
			return new ExtractionResult.Read(item.name(), this.text.extract(item.path(), item.name()));
		}
		catch (UnreadableFileException ex) {
			return new ExtractionResult.Refused(item.name(), ex);
		}
	}

}
