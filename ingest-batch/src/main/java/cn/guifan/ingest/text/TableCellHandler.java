package cn.guifan.ingest.text;

import java.util.ArrayDeque;
import java.util.Deque;

import org.apache.tika.sax.ContentHandlerDecorator;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Lays tables out as text a person (or a regular expression) can read: one line per row,
 * a tab between its cells, nothing before the first cell. Tika's own layout puts a tab
 * before every cell and breaks the row wherever a cell holds a paragraph or a {@code <br>
 * }, so the label "发文机关：" and its value end up on different lines of a disclosure page's
 * metadata table; inside a cell those breaks become spaces here. Outside tables the
 * events pass through untouched. Nested tables (layout tables are common on government
 * sites) get their own rows.
 * <p>
 * A web page laid out in tables (most government sites before about 2012) puts the whole
 * document in one cell: there a paragraph break stays a line break once the cell holds
 * {@link #LONG_CELL} characters, so that its signature, date and articles keep their
 * lines (a label's value, a date and a view count stay on the label's row). A break is
 * written only when more text follows in the same cell, so a cell's last paragraph never
 * breaks its row.
 */
final class TableCellHandler extends ContentHandlerDecorator {

	private static final char[] TAB = { '\t' };

	private static final char[] NEWLINE = { '\n' };

	private static final char[] SPACE = { ' ' };

	/**
	 * Characters (not counting spaces) after which a cell of a web page is running text
	 * rather than a label or a value: a value runs to a title's length (~30) at most
	 * before its first break.
	 */
	static final int LONG_CELL = 40;

	/** Whether paragraphs of a long cell keep their line breaks: a web page's layout. */
	private final boolean layoutCells;

	/** Characters seen in each open cell, innermost first. */
	private final Deque<int[]> cellText = new ArrayDeque<>();

	/** A break inside a cell, written when (and if) the cell's text goes on. */
	private boolean pendingBreak;

	/** Cells seen so far in each open row, innermost last. */
	private final Deque<int[]> rows = new ArrayDeque<>();

	private int tables;

	private int cells;

	TableCellHandler(ContentHandler handler) {
		this(handler, false);
	}

	/**
	 * @param layoutCells whether a long cell keeps its paragraphs' line breaks (web
	 * pages, whose layout tables hold whole documents; not a Word table's cells)
	 */
	TableCellHandler(ContentHandler handler, boolean layoutCells) {
		super(handler);
		this.layoutCells = layoutCells;
	}

	@Override
	public void startElement(String uri, String localName, String name, Attributes attributes) throws SAXException {
		switch (element(localName, name)) {
			case "table" -> {
				this.tables++;
				this.pendingBreak = false;
			}
			case "tr" -> this.rows.push(new int[1]);
			case "td", "th" -> {
				int[] row = this.rows.peek();
				if (row != null && row[0]++ > 0) {
					super.characters(TAB, 0, 1);
				}
				this.cells++;
				this.cellText.push(new int[1]);
				this.pendingBreak = false;
			}
			default -> {
			}
		}
		super.startElement(uri, localName, name, attributes);
	}

	@Override
	public void endElement(String uri, String localName, String name) throws SAXException {
		super.endElement(uri, localName, name);
		switch (element(localName, name)) {
			case "table" -> {
				this.tables--;
				super.characters(NEWLINE, 0, 1);
			}
			case "tr" -> {
				this.rows.poll();
				super.characters(NEWLINE, 0, 1);
			}
			case "td", "th" -> {
				this.cells--;
				this.cellText.poll();
				this.pendingBreak = false;
			}
			case "p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6" -> {
				if (this.tables > 0 && this.cells > 0) {
					this.pendingBreak = true;
				}
				else if (this.tables > 0) {
					super.characters(NEWLINE, 0, 1);
				}
			}
			default -> {
			}
		}
	}

	@Override
	public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
		if (this.tables == 0) {
			super.ignorableWhitespace(ch, start, length);
		}
		else if (this.cells > 0) {
			// A line break Tika adds inside a cell (for <br>, say): written as the cell's
			// text goes on, a space that keeps the row whole.
			this.pendingBreak = true;
		}
	}

	@Override
	public void characters(char[] ch, int start, int length) throws SAXException {
		if (this.tables > 0 && this.cells == 0 && isBlank(ch, start, length)) {
			// Source formatting between rows and cells.
			return;
		}
		if (this.cells > 0 && !isBlank(ch, start, length)) {
			writePendingBreak();
			int[] seen = this.cellText.peek();
			if (seen != null) {
				seen[0] += length - whitespace(ch, start, length);
			}
		}
		if (this.cells > 0) {
			// Line breaks inside a cell's text would split its row.
			char[] copy = null;
			for (int i = start; i < start + length; i++) {
				if (ch[i] == '\n' || ch[i] == '\r') {
					if (copy == null) {
						copy = new char[length];
						System.arraycopy(ch, start, copy, 0, length);
					}
					copy[i - start] = ' ';
				}
			}
			if (copy != null) {
				super.characters(copy, 0, length);
				return;
			}
		}
		super.characters(ch, start, length);
	}

	/**
	 * A break inside a cell whose text goes on: a line break in a long cell of a web
	 * page, otherwise a space.
	 */
	private void writePendingBreak() throws SAXException {
		if (!this.pendingBreak) {
			return;
		}
		this.pendingBreak = false;
		int[] seen = this.cellText.peek();
		boolean longCell = this.layoutCells && seen != null && seen[0] >= LONG_CELL;
		super.characters(longCell ? NEWLINE : SPACE, 0, 1);
	}

	private static int whitespace(char[] ch, int start, int length) {
		int n = 0;
		for (int i = start; i < start + length; i++) {
			if (Character.isWhitespace(ch[i]) || ch[i] == '\u3000') {
				n++;
			}
		}
		return n;
	}

	private static boolean isBlank(char[] ch, int start, int length) {
		for (int i = start; i < start + length; i++) {
			if (!Character.isWhitespace(ch[i])) {
				return false;
			}
		}
		return true;
	}

	private static String element(String localName, String name) {
		return localName.isEmpty() ? name : localName;
	}

}
