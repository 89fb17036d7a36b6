package cn.guifan.registry.export;

import java.io.IOException;

/**
 * Writes a {@link Book} out document by document, in one format. Whatever is written goes
 * to the output as it is done, so memory does not grow with the number of documents (only
 * the table of contents is kept).
 */
public interface BookWriter extends AutoCloseable {

	/** Starts a part (a group: a kind, an issuer, a year): a level-1 heading. */
	void part(String key, String title) throws IOException;

	/**
	 * Writes a document: its heading (level 2 within a part, else level 1), its metadata
	 * block and its text.
	 */
	void document(ExportedDocument document) throws IOException;

	/** Writes what comes last (the PDF's table of contents) and completes the file. */
	void finish() throws IOException;

	/** Releases what the writer holds; an unfinished file is left incomplete. */
	@Override
	void close() throws IOException;

}
