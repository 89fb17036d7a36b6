package cn.guifan.registry.export;

import java.io.IOException;
import java.io.OutputStream;

import org.springframework.stereotype.Component;

/** Opens a {@link BookWriter} for a format. */
@Component
public class BookWriters {

	private final CjkFonts fonts;

	BookWriters(CjkFonts fonts) {
		this.fonts = fonts;
	}

	/**
	 * A writer of the book to {@code out}, which the caller closes after the writer.
	 * @throws ExportUnavailableException for a PDF when no CJK font can be found
	 */
	public BookWriter open(ExportFormat format, OutputStream out, Book book) throws IOException {
		return switch (format) {
			case PDF -> new PdfBookWriter(out, book, this.fonts.faces());
			case DOCX -> new DocxBookWriter(out, book);
			case TXT -> new TextBookWriter(out, book);
		};
	}

}
