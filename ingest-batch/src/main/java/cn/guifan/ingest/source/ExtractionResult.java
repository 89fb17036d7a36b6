package cn.guifan.ingest.source;

import cn.guifan.ingest.text.ExtractedText;
import cn.guifan.ingest.text.UnreadableFileException;

/** What reading one item (a file, or a member of an archive) gave. */
public sealed interface ExtractionResult {

	/** The item, as named in the run: {@code dir/a.pdf}, {@code a.zip!/folder/b.docx}. */
	String name();

	/**
	 * Text was read.
	 *
	 * @param name the item
	 * @param text its text, digest, type and size
	 */
	record Read(String name, ExtractedText text) implements ExtractionResult {
	}

	/**
	 * The item could not be read.
	 *
	 * @param name the item
	 * @param reason why, with its stable code ({@link UnreadableFileException#error()})
	 */
	record Refused(String name, UnreadableFileException reason) implements ExtractionResult {
	}

}
