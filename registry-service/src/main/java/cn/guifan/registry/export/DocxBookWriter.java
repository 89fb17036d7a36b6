package cn.guifan.registry.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.jspecify.annotations.Nullable;

/**
 * A book as DOCX (WordprocessingML), written as a stream: the package parts are small and
 * fixed, and {@code word/document.xml} is written element by element as documents come,
 * so a book of thousands of documents never sits in memory (a DOM-based writer would hold
 * the whole book). Headings use Word's built-in 标题 1 / 标题 2 styles (outline levels), so
 * Word's navigation pane lists them; the table of contents is a TOC field whose entries
 * are written ahead, each with a PAGEREF to its heading's bookmark, so Word and
 * LibreOffice show the pages where the documents start (Word updates the field on open).
 */
final class DocxBookWriter implements BookWriter {

	private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

	private static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

	private final ZipOutputStream zip;

	private final XMLStreamWriter xml;

	private final Book book;

	private int bookmarkId;

	private boolean inParts;

	private boolean pageFresh = true;

	private boolean finished;

	DocxBookWriter(OutputStream out, Book book) throws IOException {
		this.book = book;
		this.zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
		packagePart("[Content_Types].xml", DocxParts.CONTENT_TYPES);
		packagePart("_rels/.rels", DocxParts.PACKAGE_RELATIONSHIPS);
		packagePart("docProps/core.xml",
				DocxParts.core(book.title(), book.creator(), Instant.now().truncatedTo(ChronoUnit.SECONDS)));
		packagePart("docProps/app.xml", DocxParts.APP);
		packagePart("word/_rels/document.xml.rels", DocxParts.DOCUMENT_RELATIONSHIPS);
		packagePart("word/styles.xml", DocxParts.STYLES);
		packagePart("word/settings.xml", DocxParts.settings(book.tableOfContents()));
		packagePart("word/fontTable.xml", DocxParts.FONT_TABLE);
		packagePart("word/footer1.xml", DocxParts.FOOTER);
		this.zip.putNextEntry(new ZipEntry("word/document.xml"));
		try {
			this.xml = XMLOutputFactory.newInstance().createXMLStreamWriter(new NonClosing(this.zip), "UTF-8");
			this.xml.writeStartDocument("UTF-8", "1.0");
			this.xml.setPrefix("w", W);
			this.xml.setPrefix("r", R);
			this.xml.writeStartElement(W, "document");
			this.xml.writeNamespace("w", W);
			this.xml.writeNamespace("r", R);
			this.xml.writeStartElement(W, "body");
			front();
		}
		catch (XMLStreamException ex) {
			throw new IOException(ex);
		}
	}

	private void packagePart(String name, String content) throws IOException {
		this.zip.putNextEntry(new ZipEntry(name));
		this.zip.write(content.getBytes(StandardCharsets.UTF_8));
		this.zip.closeEntry();
	}

	private void front() throws XMLStreamException {
		if (this.book.hasTitlePage()) {
			paragraph("Title", this.book.title(), false, null);
			for (String line : this.book.subtitle()) {
				paragraph("Subtitle", line, false, null);
			}
			if (this.book.noteTitle() != null) {
				paragraph("FrontHeading", this.book.noteTitle(), true, null);
				for (String line : this.book.note()) {
					paragraph(null, line, false, null);
				}
			}
			if (this.book.tableOfContents()) {
				contents();
			}
			this.pageFresh = false;
		}
		if (!this.book.header().isEmpty()) {
			for (int i = 0; i < this.book.header().size(); i++) {
				paragraph((i == 0) ? "StatusHeader" : "StatusHeaderLine", this.book.header().get(i), false, null);
			}
		}
	}

	/**
	 * The TOC field with its entries written ahead: title, a dotted tab and a PAGEREF to
	 * the heading's bookmark.
	 */
	private void contents() throws XMLStreamException {
		paragraph("TOCHeading", "目　录", true, null);
		List<Book.Entry> entries = this.book.contents();
		if (entries.isEmpty()) {
			fieldParagraph("TOC1", " TOC \\o \"1-2\" \\h \\z \\u ", true, true);
			return;
		}
		for (int i = 0; i < entries.size(); i++) {
			Book.Entry e = entries.get(i);
			this.xml.writeStartElement(W, "p");
			this.xml.writeStartElement(W, "pPr");
			element("pStyle", "TOC" + e.level());
			this.xml.writeEndElement();
			if (i == 0) {
				fieldBegin(" TOC \\o \"1-2\" \\h \\z \\u ");
			}
			this.xml.writeStartElement(W, "hyperlink");
			this.xml.writeAttribute(W, "anchor", bookmarkName(e.key()));
			this.xml.writeAttribute(W, "history", "1");
			run(e.title(), false);
			this.xml.writeStartElement(W, "r");
			this.xml.writeEmptyElement(W, "tab");
			this.xml.writeEndElement();
			fieldBegin(" PAGEREF " + bookmarkName(e.key()) + " \\h ");
			run("1", false);
			fieldEnd();
			this.xml.writeEndElement();
			if (i == entries.size() - 1) {
				fieldEnd();
			}
			this.xml.writeEndElement();
		}
	}

	@Override
	public void part(String key, String title) throws IOException {
		this.inParts = true;
		try {
			paragraph("Heading1", title, !this.pageFresh, key);
		}
		catch (XMLStreamException ex) {
			throw new IOException(ex);
		}
		this.pageFresh = true;
	}

	@Override
	public void document(ExportedDocument d) throws IOException {
		try {
			paragraph(this.inParts ? "Heading2" : "Heading1", d.markedTitle(), !this.pageFresh,
					Book.documentKey(d.id()));
			this.pageFresh = false;
			metadata(d);
			if (d.textNote() != null) {
				paragraph("Note", d.textNote(), false, null);
			}
			for (TextLines.Line line : TextLines.of(d.text())) {
				paragraph(line.division() ? "Division" : null, line.text(), false, null);
			}
		}
		catch (XMLStreamException ex) {
			throw new IOException(ex);
		}
	}

	private void metadata(ExportedDocument d) throws XMLStreamException {
		this.xml.writeStartElement(W, "tbl");
		this.xml.writeStartElement(W, "tblPr");
		element("tblStyle", "MetaTable");
		this.xml.writeEmptyElement(W, "tblW");
		this.xml.writeAttribute(W, "w", "5000");
		this.xml.writeAttribute(W, "type", "pct");
		this.xml.writeEndElement();
		this.xml.writeStartElement(W, "tblGrid");
		this.xml.writeEmptyElement(W, "gridCol");
		this.xml.writeAttribute(W, "w", "1900");
		this.xml.writeEmptyElement(W, "gridCol");
		this.xml.writeAttribute(W, "w", "7100");
		this.xml.writeEndElement();
		for (ExportedDocument.Field field : d.metadata()) {
			this.xml.writeStartElement(W, "tr");
			cell(1900, field.label(), "MetaLabel");
			cell(7100, field.value(), "MetaValue");
			this.xml.writeEndElement();
		}
		this.xml.writeEndElement();
		paragraph("MetaValue", "", false, null);
	}

	private void cell(int width, String text, String style) throws XMLStreamException {
		this.xml.writeStartElement(W, "tc");
		this.xml.writeStartElement(W, "tcPr");
		this.xml.writeEmptyElement(W, "tcW");
		this.xml.writeAttribute(W, "w", Integer.toString(width));
		this.xml.writeAttribute(W, "type", "dxa");
		this.xml.writeEndElement();
		paragraph(style, text, false, null);
		this.xml.writeEndElement();
	}

	private void paragraph(@Nullable String style, String text, boolean pageBreakBefore, @Nullable String bookmark)
			throws XMLStreamException {
		this.xml.writeStartElement(W, "p");
		if (style != null || pageBreakBefore) {
			this.xml.writeStartElement(W, "pPr");
			if (style != null) {
				element("pStyle", style);
			}
			if (pageBreakBefore) {
				this.xml.writeEmptyElement(W, "pageBreakBefore");
			}
			this.xml.writeEndElement();
		}
		String name = (bookmark != null) ? bookmarkName(bookmark) : null;
		int id = this.bookmarkId++;
		if (name != null) {
			this.xml.writeEmptyElement(W, "bookmarkStart");
			this.xml.writeAttribute(W, "id", Integer.toString(id));
			this.xml.writeAttribute(W, "name", name);
		}
		if (!text.isEmpty()) {
			run(text, false);
		}
		if (name != null) {
			this.xml.writeEmptyElement(W, "bookmarkEnd");
			this.xml.writeAttribute(W, "id", Integer.toString(id));
		}
		this.xml.writeEndElement();
	}

	private void fieldParagraph(String style, String instruction, boolean begin, boolean end)
			throws XMLStreamException {
		this.xml.writeStartElement(W, "p");
		this.xml.writeStartElement(W, "pPr");
		element("pStyle", style);
		this.xml.writeEndElement();
		if (begin) {
			fieldBegin(instruction);
		}
		if (end) {
			fieldEnd();
		}
		this.xml.writeEndElement();
	}

	private void fieldBegin(String instruction) throws XMLStreamException {
		fieldChar("begin");
		this.xml.writeStartElement(W, "r");
		this.xml.writeStartElement(W, "instrText");
		this.xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "space", "preserve");
		this.xml.writeCharacters(instruction);
		this.xml.writeEndElement();
		this.xml.writeEndElement();
		fieldChar("separate");
	}

	private void fieldEnd() throws XMLStreamException {
		fieldChar("end");
	}

	private void fieldChar(String type) throws XMLStreamException {
		this.xml.writeStartElement(W, "r");
		this.xml.writeEmptyElement(W, "fldChar");
		this.xml.writeAttribute(W, "fldCharType", type);
		this.xml.writeEndElement();
	}

	private void run(String text, boolean bold) throws XMLStreamException {
		this.xml.writeStartElement(W, "r");
		if (bold) {
			this.xml.writeStartElement(W, "rPr");
			this.xml.writeEmptyElement(W, "b");
			this.xml.writeEndElement();
		}
		this.xml.writeStartElement(W, "t");
		this.xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "space", "preserve");
		this.xml.writeCharacters(TextLines.clean(text));
		this.xml.writeEndElement();
		this.xml.writeEndElement();
	}

	private void element(String name, String value) throws XMLStreamException {
		this.xml.writeEmptyElement(W, name);
		this.xml.writeAttribute(W, "val", value);
	}

	/** Word's bookmark names: a letter first, at most 40 characters; _Toc hides them. */
	static String bookmarkName(String key) {
		return "_Toc_" + key;
	}

	@Override
	public void finish() throws IOException {
		try {
			this.xml.writeStartElement(W, "sectPr");
			this.xml.writeEmptyElement(W, "footerReference");
			this.xml.writeAttribute(W, "type", "default");
			this.xml.writeAttribute(R, "id", "rIdFooter1");
			this.xml.writeEmptyElement(W, "pgSz");
			this.xml.writeAttribute(W, "w", "11906");
			this.xml.writeAttribute(W, "h", "16838");
			this.xml.writeEmptyElement(W, "pgMar");
			for (String[] a : new String[][] { { "top", "1440" }, { "right", "1440" }, { "bottom", "1440" },
					{ "left", "1440" }, { "header", "851" }, { "footer", "850" }, { "gutter", "0" } }) {
				this.xml.writeAttribute(W, a[0], a[1]);
			}
			this.xml.writeEndElement();
			this.xml.writeEndElement();
			this.xml.writeEndElement();
			this.xml.writeEndDocument();
			this.xml.flush();
			this.zip.closeEntry();
			this.zip.finish();
			this.finished = true;
		}
		catch (XMLStreamException ex) {
			throw new IOException(ex);
		}
	}

	@Override
	public void close() throws IOException {
		try {
			this.xml.close();
		}
		catch (XMLStreamException ex) {
			if (this.finished) {
				throw new IOException(ex);
			}
		}
		if (!this.finished) {
			this.zip.finish();
		}
	}

	/** Keeps the XML writer from closing the zip entry's stream. */
	private static final class NonClosing extends java.io.FilterOutputStream {

		NonClosing(OutputStream out) {
			super(out);
		}

		@Override
		public void write(byte[] b, int off, int len) throws IOException {
			this.out.write(b, off, len);
		}

		@Override
		public void close() throws IOException {
			flush();
		}

	}

}
