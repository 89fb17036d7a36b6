package cn.guifan.registry.export;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What a written-out file holds besides its documents: a title page, an 编辑说明 and a table
 * of contents for a collection; a header stating status and date for a single document.
 *
 * @param title the title (of the collection, or of the document)
 * @param subtitle lines under the title on the title page
 * @param noteTitle heading of the front note (编辑说明), null for none
 * @param note paragraphs of the front note
 * @param tableOfContents whether to write a table of contents
 * @param contents the headings in order, known before the documents are written (the DOCX
 * table of contents is written ahead of them); may be empty when {@code tableOfContents}
 * is false
 * @param header lines printed in a box before the first document (a single document's
 * status on the date), empty for none
 * @param creator who made it, for the file's properties
 */
public record Book(String title, List<String> subtitle, @Nullable String noteTitle, List<String> note,
		boolean tableOfContents, List<Entry> contents, List<String> header, String creator) {

	public static final String CREATOR = "规范 Guifan 登记库";

	public Book {
		subtitle = List.copyOf(subtitle);
		note = List.copyOf(note);
		contents = List.copyOf(contents);
		header = List.copyOf(header);
	}

	/** A single document with a header, no title page and no table of contents. */
	public static Book single(String title, List<String> header) {
		return new Book(title, List.of(), null, List.of(), false, List.of(), header, CREATOR);
	}

	/** Whether it opens with a title page (collections do). */
	public boolean hasTitlePage() {
		return !this.subtitle.isEmpty() || this.noteTitle != null || this.tableOfContents;
	}

	/**
	 * A heading of the table of contents.
	 *
	 * @param level 1 for a part (a group), 2 for a document within a part; 1 for a
	 * document when there are no parts
	 * @param title the heading as printed
	 * @param key a name unique in the book, the target of links and bookmarks
	 */
	public record Entry(int level, String title, String key) {
	}

	/** The key of a document's heading. */
	public static String documentKey(long id) {
		return "doc" + id;
	}

	/** The key of the n-th part's heading. */
	public static String partKey(int n) {
		return "part" + n;
	}

}
