package cn.guifan.registry.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfDestination;
import com.lowagie.text.pdf.PdfOutline;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfPageLabels;
import com.lowagie.text.pdf.PdfWriter;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A book as PDF (OpenPDF): a title page, the 编辑说明 and the table of contents numbered i,
 * ii, …; the documents numbered from 1, each starting on a new page with a bookmark; page
 * numbers in the footer, and page labels so that a viewer shows the same numbers. Pages
 * are written to the output as they fill. The table of contents is written after the
 * documents, when their pages are known, and moved in front of them.
 */
final class PdfBookWriter implements BookWriter {

	/** One PDF at a time writes the shared fonts' subsets out. */
	private static final Object FONT_LOCK = new Object();

	private static final Logger logger = LoggerFactory.getLogger(PdfBookWriter.class);

	private static final float TEXT_SIZE = 12f;

	private final Book book;

	private final Document document;

	private final PdfWriter writer;

	private final Fonts fonts;

	/** Sets text in the faces that can embed it; counts what it set apart. */
	private final PdfText text;

	private final Pages pages = new Pages();

	/** Headings not yet placed on a page: their level and title, by key. */
	private final Map<String, Entry> pending = new HashMap<>();

	/** Headings placed, in order, with their body page numbers. */
	private final List<Placed> placed = new ArrayList<>();

	private @Nullable PdfOutline currentPart;

	private boolean inParts;

	private boolean pageFresh;

	private boolean finished;

	PdfBookWriter(OutputStream out, Book book, CjkFonts.Faces faces) throws IOException {
		this.book = book;
		this.fonts = new Fonts(faces);
		this.text = new PdfText(faces);
		this.document = new Document(PageSize.A4, 72, 72, 72, 72);
		try {
			this.writer = PdfWriter.getInstance(this.document, out);
		}
		catch (DocumentException ex) {
			throw new IOException(ex);
		}
		this.writer.setCloseStream(false);
		this.writer.setPageEvent(this.pages);
		this.writer.setViewerPreferences(PdfWriter.PageModeUseOutlines);
		this.document.addTitle(book.title());
		this.document.addCreator(book.creator());
		this.pages.phase = book.hasTitlePage() ? Phase.FRONT : Phase.BODY;
		this.document.open();
		this.writer.setLinearPageMode();
		try {
			front();
		}
		catch (DocumentException ex) {
			throw new IOException(ex);
		}
	}

	private void front() throws DocumentException {
		if (!this.book.hasTitlePage()) {
			header();
			this.pageFresh = true;
			return;
		}
		this.pages.titlePage = true;
		Paragraph spacer = new Paragraph(" ", this.fonts.text);
		spacer.setSpacingBefore(180);
		this.document.add(spacer);
		Paragraph title = paragraph(this.book.title(), this.fonts.title);
		title.setAlignment(Element.ALIGN_CENTER);
		title.setLeading(40);
		title.setSpacingAfter(36);
		this.document.add(title);
		for (String line : this.book.subtitle()) {
			Paragraph p = paragraph(line, this.fonts.subtitle);
			p.setAlignment(Element.ALIGN_CENTER);
			p.setSpacingAfter(8);
			this.document.add(p);
		}
		if (this.book.noteTitle() != null) {
			this.document.newPage();
			Paragraph heading = paragraph(this.book.noteTitle(), this.fonts.heading1);
			heading.setAlignment(Element.ALIGN_CENTER);
			heading.setSpacingAfter(18);
			this.document.add(heading);
			new PdfOutline(this.writer.getRootOutline(), new PdfDestination(PdfDestination.FIT), this.book.noteTitle());
			for (String line : this.book.note()) {
				this.document.add(bodyParagraph(line));
			}
		}
		header();
		// The documents start on a page of their own, numbered 1.
		this.pages.phase = Phase.BODY;
		this.document.newPage();
		this.pages.startedOnThisPage(this.writer.getPageNumber());
		this.pageFresh = true;
	}

	private void header() throws DocumentException {
		if (this.book.header().isEmpty()) {
			return;
		}
		PdfPTable box = new PdfPTable(1);
		box.setWidthPercentage(100);
		box.setSpacingAfter(16);
		Paragraph lines = new Paragraph();
		for (int i = 0; i < this.book.header().size(); i++) {
			lines.addAll(this.text.chunks(TextLines.clean(this.book.header().get(i)),
					(i == 0) ? this.fonts.label : this.fonts.small));
			if (i + 1 < this.book.header().size()) {
				lines.add(Chunk.NEWLINE);
			}
		}
		PdfPCell cell = new PdfPCell(lines);
		cell.setPadding(8);
		cell.setBackgroundColor(new java.awt.Color(0xF4, 0xF1, 0xEA));
		cell.setBorderColor(new java.awt.Color(0x99, 0x99, 0x99));
		box.addCell(cell);
		this.document.add(box);
	}

	@Override
	public void part(String key, String title) throws IOException {
		this.inParts = true;
		newPage();
		this.pending.put(key, new Entry(1, title));
		Paragraph heading = new Paragraph(tagged(key, title, this.fonts.heading1));
		heading.setAlignment(Element.ALIGN_CENTER);
		heading.setSpacingAfter(18);
		add(heading);
		this.pageFresh = true;
	}

	@Override
	public void document(ExportedDocument d) throws IOException {
		newPage();
		this.pageFresh = false;
		// The document's new characters are tried at once, before its parts are set.
		StringBuilder all = new StringBuilder(d.markedTitle());
		for (ExportedDocument.Field field : d.metadata()) {
			all.append(field.label()).append(field.value());
		}
		this.text.learn(all.append(d.text()).toString());
		String key = Book.documentKey(d.id());
		String title = d.markedTitle();
		this.pending.put(key, new Entry(this.inParts ? 2 : 1, title));
		Paragraph heading = new Paragraph(tagged(key, title, this.fonts.heading2));
		heading.setAlignment(Element.ALIGN_CENTER);
		heading.setLeading(26);
		heading.setSpacingAfter(12);
		add(heading);
		add(metadata(d));
		if (d.textNote() != null) {
			Paragraph note = paragraph(d.textNote(), this.fonts.small);
			note.setSpacingAfter(8);
			add(note);
		}
		for (TextLines.Line line : TextLines.of(d.text())) {
			if (line.division()) {
				Paragraph p = paragraph(line.text(), this.fonts.label);
				p.setAlignment(Element.ALIGN_CENTER);
				p.setSpacingBefore(6);
				p.setSpacingAfter(6);
				add(p);
			}
			else {
				add(bodyParagraph(line.text()));
			}
		}
	}

	private PdfPTable metadata(ExportedDocument d) {
		PdfPTable table = new PdfPTable(new float[] { 22, 78 });
		table.setWidthPercentage(100);
		table.setSpacingAfter(14);
		for (ExportedDocument.Field field : d.metadata()) {
			PdfPCell label = new PdfPCell(this.text.phrase(field.label(), this.fonts.label));
			label.setBackgroundColor(new java.awt.Color(0xF4, 0xF1, 0xEA));
			label.setPadding(4);
			label.setBorderColor(new java.awt.Color(0xBB, 0xBB, 0xBB));
			PdfPCell value = new PdfPCell(this.text.phrase(TextLines.clean(field.value()), this.fonts.small));
			value.setPadding(4);
			value.setBorderColor(new java.awt.Color(0xBB, 0xBB, 0xBB));
			table.addCell(label);
			table.addCell(value);
		}
		return table;
	}

	private Paragraph bodyParagraph(String line) {
		Paragraph p = paragraph(TextLines.clean(line).strip(), this.fonts.text);
		p.setLeading(TEXT_SIZE * 1.75f);
		p.setFirstLineIndent(TEXT_SIZE * 2);
		p.setAlignment(Element.ALIGN_JUSTIFIED);
		return p;
	}

	/**
	 * A paragraph of text (cleaned) in a font, or in another where that cannot embed it.
	 */
	private Paragraph paragraph(String line, Font font) {
		Paragraph p = new Paragraph("", font);
		p.addAll(this.text.chunks(TextLines.clean(line), font));
		return p;
	}

	/**
	 * A heading that, when placed on a page, records its page (for the table of
	 * contents), gets a bookmark and becomes a link target (its first run: a title may be
	 * set in two faces).
	 */
	private Phrase tagged(String key, String title, Font font) {
		List<Chunk> chunks = this.text.chunks(TextLines.clean(title), font);
		chunks.get(0).setGenericTag(key);
		chunks.get(0).setLocalDestination(key);
		Phrase phrase = new Phrase("", font);
		phrase.addAll(chunks);
		return phrase;
	}

	@Override
	public void finish() throws IOException {
		if (!this.book.tableOfContents()) {
			substitutionNote();
		}
		if (this.book.tableOfContents()) {
			try {
				contents();
			}
			catch (DocumentException ex) {
				throw new IOException(ex);
			}
		}
		this.finished = true;
		close();
	}

	/**
	 * Writes the table of contents after the documents, then moves its pages in front of
	 * them (the page tree is reordered; the pages themselves are already written).
	 */
	private void contents() throws DocumentException {
		this.pages.phase = Phase.CONTENTS;
		this.document.newPage();
		this.pages.startedOnThisPage(this.writer.getPageNumber());
		int bodyStart = this.pages.bodyStart;
		if (bodyStart == 0) {
			// Nothing in the body: the contents follow the front pages.
			bodyStart = this.writer.getPageNumber();
		}
		Paragraph heading = paragraph("目　录", this.fonts.heading1);
		heading.setAlignment(Element.ALIGN_CENTER);
		heading.setSpacingAfter(18);
		this.document.add(heading);
		new PdfOutline(this.writer.getRootOutline(), new PdfDestination(PdfDestination.FIT), "目录");
		PdfPTable table = contentsTable();
		for (Placed p : this.placed) {
			Paragraph left = new Paragraph("", this.fonts.text);
			for (Chunk title : this.text.chunks(TextLines.clean(p.title()),
					(p.level() == 1 && this.inParts) ? this.fonts.label : this.fonts.text)) {
				title.setLocalGoto(p.key());
				left.add(title);
			}
			PdfPCell titleCell = new PdfPCell(left);
			titleCell.setBorder(Rectangle.NO_BORDER);
			titleCell.setPaddingLeft((p.level() == 2) ? 18 : 0);
			titleCell.setPaddingBottom(4);
			Chunk number = new Chunk(Integer.toString(p.page()), this.fonts.text);
			number.setLocalGoto(p.key());
			PdfPCell numberCell = new PdfPCell(new Phrase(number));
			numberCell.setBorder(Rectangle.NO_BORDER);
			numberCell.setHorizontalAlignment(Element.ALIGN_RIGHT);
			numberCell.setVerticalAlignment(Element.ALIGN_BOTTOM);
			numberCell.setPaddingBottom(4);
			table.addCell(titleCell);
			table.addCell(numberCell);
			if (table.getRows().size() >= 40) {
				this.document.add(table);
				table = contentsTable();
			}
		}
		this.document.add(table);
		try {
			substitutionNote();
		}
		catch (IOException ex) {
			throw new DocumentException(ex);
		}
		this.document.newPage();
		int contentsStart = this.pages.contentsStart;
		int total = this.writer.reorderPages(null);
		if (contentsStart == 0 || contentsStart > total) {
			return;
		}
		int[] order = new int[total];
		int i = 0;
		for (int page = 1; page < bodyStart; page++) {
			order[i++] = page;
		}
		for (int page = contentsStart; page <= total; page++) {
			order[i++] = page;
		}
		for (int page = bodyStart; page < contentsStart; page++) {
			order[i++] = page;
		}
		this.writer.reorderPages(order);
		int frontPages = (bodyStart - 1) + (total - contentsStart + 1);
		PdfPageLabels labels = new PdfPageLabels();
		labels.addPageLabel(1, PdfPageLabels.LOWERCASE_ROMAN_NUMERALS);
		if (frontPages < total) {
			labels.addPageLabel(frontPages + 1, PdfPageLabels.DECIMAL_ARABIC_NUMERALS);
		}
		this.writer.setPageLabels(labels);
	}

	/**
	 * Tells the reader which characters were set in the other face or replaced by 〓
	 * (after the table of contents, else at the end), and the log.
	 */
	private void substitutionNote() throws IOException {
		String note = this.text.note();
		if (note == null) {
			return;
		}
		logger.warn("PDF《{}》: {}", this.book.title(), note);
		Paragraph p = paragraph(note, this.fonts.small);
		p.setSpacingBefore(18);
		add(p);
	}

	/** Characters set in the other face, with how often. */
	Map<Integer, Integer> fallbackCharacters() {
		return this.text.fallback();
	}

	/** Characters replaced by 〓, with how often. */
	Map<Integer, Integer> missingCharacters() {
		return this.text.missing();
	}

	private static PdfPTable contentsTable() {
		PdfPTable table = new PdfPTable(new float[] { 88, 12 });
		table.setWidthPercentage(100);
		return table;
	}

	private void newPage() {
		if (!this.pageFresh) {
			this.document.newPage();
		}
	}

	private void add(Element element) throws IOException {
		try {
			this.document.add(element);
		}
		catch (DocumentException ex) {
			throw new IOException(ex);
		}
	}

	@Override
	public void close() throws IOException {
		if (!this.document.isOpen()) {
			return;
		}
		synchronized (FONT_LOCK) {
			try {
				this.document.close();
			}
			catch (RuntimeException ex) {
				if (this.finished) {
					throw new IOException("PDF 写出失败：" + ex.getMessage(), ex);
				}
			}
		}
	}

	/** The body page on which each heading was placed, in order. */
	List<Placed> placed() {
		return List.copyOf(this.placed);
	}

	private enum Phase {

		FRONT, BODY, CONTENTS

	}

	private record Entry(int level, String title) {
	}

	/**
	 * A heading as placed.
	 *
	 * @param level 1 or 2
	 * @param title as printed
	 * @param key its key
	 * @param page its page, counted from the first page of the documents
	 */
	record Placed(int level, String title, String key, int page) {
	}

	/**
	 * Numbers pages as they end, records where each phase and each heading begins, and
	 * adds each heading's bookmark on the page it is placed on.
	 */
	private final class Pages extends PdfPageEventHelper {

		private Phase phase = Phase.FRONT;

		private Phase pagePhase = Phase.FRONT;

		private boolean titlePage;

		private int bodyStart;

		private int contentsStart;

		@Override
		public void onStartPage(PdfWriter writer, Document document) {
			startedOnThisPage(writer.getPageNumber());
		}

		/**
		 * The phase just set starts on the current page. When the page was started before
		 * (the text before filled the last page to its foot, so a blank page was begun),
		 * {@code newPage()} reuses it and no start event comes; the page is relabelled.
		 */
		void startedOnThisPage(int page) {
			this.pagePhase = this.phase;
			if (this.phase == Phase.BODY && this.bodyStart == 0) {
				this.bodyStart = page;
			}
			if (this.phase == Phase.CONTENTS && this.contentsStart == 0) {
				this.contentsStart = page;
			}
		}

		@Override
		public void onEndPage(PdfWriter writer, Document document) {
			int page = writer.getPageNumber();
			String label;
			switch (this.pagePhase) {
				case FRONT -> label = (this.titlePage && page == 1) ? null : roman(page);
				case CONTENTS -> label = roman((Math.max(this.bodyStart, 1) - 1) + (page - this.contentsStart) + 1);
				default -> label = "— " + (page - Math.max(this.bodyStart, 1) + 1) + " —";
			}
			if (label != null) {
				ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_CENTER,
						new Phrase(label, PdfBookWriter.this.fonts.footer), (document.left() + document.right()) / 2,
						document.bottom() - 28, 0);
			}
		}

		@Override
		public void onGenericTag(PdfWriter writer, Document document, Rectangle rect, String key) {
			Entry entry = PdfBookWriter.this.pending.remove(key);
			if (entry == null) {
				return;
			}
			int page = writer.getPageNumber() - Math.max(this.bodyStart, 1) + 1;
			PdfBookWriter.this.placed.add(new Placed(entry.level(), entry.title(), key, page));
			PdfOutline parent = (entry.level() == 2 && PdfBookWriter.this.currentPart != null)
					? PdfBookWriter.this.currentPart : writer.getRootOutline();
			PdfOutline outline = new PdfOutline(parent,
					new PdfDestination(PdfDestination.XYZ, document.left(), rect.getTop() + 20, 0), entry.title(),
					false);
			if (entry.level() == 1 && PdfBookWriter.this.inParts) {
				PdfBookWriter.this.currentPart = outline;
			}
		}

	}

	static String roman(int n) {
		int[] values = { 1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1 };
		String[] symbols = { "m", "cm", "d", "cd", "c", "xc", "l", "xl", "x", "ix", "v", "iv", "i" };
		StringBuilder out = new StringBuilder();
		int rest = Math.max(n, 1);
		for (int i = 0; i < values.length; i++) {
			while (rest >= values[i]) {
				out.append(symbols[i]);
				rest -= values[i];
			}
		}
		return out.toString();
	}

	/** The fonts of one PDF: sizes and faces. */
	private static final class Fonts {

		final Font title;

		final Font subtitle;

		final Font heading1;

		final Font heading2;

		final Font label;

		final Font text;

		final Font small;

		final Font footer;

		Fonts(CjkFonts.Faces faces) {
			BaseFont text = faces.text().font();
			BaseFont heading = faces.heading().font();
			this.title = new Font(heading, 24);
			this.subtitle = new Font(text, 14);
			this.heading1 = new Font(heading, 18);
			this.heading2 = new Font(heading, 16);
			this.label = new Font(heading, 10.5f);
			this.text = new Font(text, TEXT_SIZE);
			this.small = new Font(text, 10.5f);
			this.footer = new Font(text, 10.5f);
		}

	}

}
