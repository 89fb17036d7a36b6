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
 */
final class TableCellHandler extends ContentHandlerDecorator {

	private static final char[] TAB = { '\t' };

	private static final char[] NEWLINE = { '\n' };

	private static final char[] SPACE = { ' ' };

	/** Cells seen so far in each open row, innermost last. */
	private final Deque<int[]> rows = new ArrayDeque<>();

	private int tables;

	private int cells;

	TableCellHandler(ContentHandler handler) {
		super(handler);
	}

	@Override
	public void startElement(String uri, String localName, String name, Attributes attributes) throws SAXException {
		switch (element(localName, name)) {
			case "table" -> this.tables++;
			case "tr" -> this.rows.push(new int[1]);
			case "td", "th" -> {
				int[] row = this.rows.peek();
				if (row != null && row[0]++ > 0) {
					super.characters(TAB, 0, 1);
				}
				this.cells++;
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
			case "td", "th" -> this.cells--;
			case "p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6" -> {
				if (this.tables > 0) {
					super.characters((this.cells > 0) ? SPACE : NEWLINE, 0, 1);
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
			// A line break Tika adds inside a cell (for <br>, say): a space keeps the row
			// whole.
			super.characters(SPACE, 0, 1);
		}
	}

	@Override
	public void characters(char[] ch, int start, int length) throws SAXException {
		if (this.tables > 0 && this.cells == 0 && isBlank(ch, start, length)) {
			// Source formatting between rows and cells.
			return;
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
