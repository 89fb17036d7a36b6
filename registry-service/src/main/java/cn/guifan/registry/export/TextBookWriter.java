package cn.guifan.registry.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;

/**
 * A book as plain UTF-8 text: the header, each document's title, metadata lines and text,
 * separated by rules. Opens in any editor; what a user pastes into a draft.
 */
final class TextBookWriter implements BookWriter {

	private static final String RULE = "—".repeat(30);

	private final BufferedWriter out;

	private final Book book;

	private boolean first = true;

	TextBookWriter(OutputStream out, Book book) throws IOException {
		this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
		this.book = book;
		if (book.hasTitlePage()) {
			line(book.title());
			for (String s : book.subtitle()) {
				line(s);
			}
			if (book.noteTitle() != null) {
				line("");
				line(book.noteTitle());
				for (String s : book.note()) {
					line("　　" + s);
				}
			}
			line("");
		}
		for (String s : book.header()) {
			line("【" + s + "】");
		}
		if (!book.header().isEmpty()) {
			line("");
		}
	}

	@Override
	public void part(String key, String title) throws IOException {
		line("");
		line(RULE);
		line(title);
		line(RULE);
		this.first = true;
	}

	@Override
	public void document(ExportedDocument d) throws IOException {
		if (!this.first || this.book.hasTitlePage()) {
			line("");
			line(RULE);
		}
		this.first = false;
		line(d.markedTitle());
		line("");
		for (ExportedDocument.Field f : d.metadata()) {
			line(f.label() + "：" + f.value());
		}
		line("");
		if (d.textNote() != null) {
			line("（" + d.textNote() + "）");
		}
		for (TextLines.Line l : TextLines.of(d.text())) {
			line(l.division() ? l.text() : "　　" + l.text());
		}
	}

	private void line(String text) throws IOException {
		this.out.write(TextLines.clean(text));
		this.out.write('\n');
	}

	@Override
	public void finish() throws IOException {
		this.out.flush();
	}

	@Override
	public void close() throws IOException {
		this.out.flush();
	}

}
