package cn.guifan.registry.export;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDPageLabels;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * What a test reads back from a generated PDF with PDFBox: each page's text, its page
 * label, the fonts and whether they are embedded, the bookmarks, and the table of
 * contents' entries with their page numbers.
 */
public final class PdfInspection {

	private static final Pattern FOOTER = Pattern.compile("—\\s*(\\d+)\\s*—\\s*$");

	public final List<String> pages = new ArrayList<>();

	public final List<String> labels = new ArrayList<>();

	public final Map<String, Boolean> fonts = new LinkedHashMap<>();

	public final List<String> bookmarks = new ArrayList<>();

	private PdfInspection() {
	}

	public static PdfInspection of(byte[] pdf) throws IOException {
		PdfInspection inspection = new PdfInspection();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDFTextStripper stripper = new PDFTextStripper();
			PDPageLabels pageLabels = document.getDocumentCatalog().getPageLabels();
			String[] labels = (pageLabels != null) ? pageLabels.getLabelsByPageIndices() : new String[0];
			for (int i = 1; i <= document.getNumberOfPages(); i++) {
				stripper.setStartPage(i);
				stripper.setEndPage(i);
				inspection.pages.add(stripper.getText(document));
				inspection.labels.add((i - 1 < labels.length) ? labels[i - 1] : Integer.toString(i));
			}
			for (PDPage page : document.getPages()) {
				PDResources resources = page.getResources();
				for (var name : resources.getFontNames()) {
					PDFont font = resources.getFont(name);
					inspection.fonts.merge(font.getName(), font.isEmbedded(), Boolean::logicalAnd);
				}
			}
			var outline = document.getDocumentCatalog().getDocumentOutline();
			if (outline != null) {
				for (PDOutlineItem item : outline.children()) {
					collect(item, inspection.bookmarks);
				}
			}
		}
		return inspection;
	}

	private static void collect(PDOutlineItem item, List<String> into) {
		into.add(item.getTitle());
		for (PDOutlineItem child : item.children()) {
			collect(child, into);
		}
	}

	/** The page number printed in a page's footer (— N —), or -1. */
	public int footerNumber(int pageIndex) {
		Matcher m = FOOTER.matcher(this.pages.get(pageIndex).strip());
		return m.find() ? Integer.parseInt(m.group(1)) : -1;
	}

	/**
	 * The first page (index) that begins with the title (after a part heading, if the
	 * page opens a part): where a document starts, since each starts on a page of its
	 * own. A title cited in another document's text does not count.
	 */
	public int pageStartingWith(String title, int fromIndex) {
		String wanted = squeeze(title);
		for (int i = fromIndex; i < this.pages.size(); i++) {
			String text = this.pages.get(i).strip();
			if (text.matches("(?s)^[一二三四五六七八九十]+、[^\n]*\n.*")) {
				text = text.substring(text.indexOf('\n') + 1);
			}
			if (squeeze(text).startsWith(wanted)) {
				return i;
			}
		}
		return -1;
	}

	/** The first page (index) whose text, spaces removed, contains the title. */
	public int firstPageWith(String title, int fromIndex) {
		String wanted = squeeze(title);
		for (int i = fromIndex; i < this.pages.size(); i++) {
			if (squeeze(this.pages.get(i)).contains(wanted)) {
				return i;
			}
		}
		return -1;
	}

	/**
	 * The page number the table of contents gives a title: the number right after it on
	 * the contents pages (spaces and line breaks removed).
	 */
	public int contentsNumber(String title) {
		int contents = firstPageWith("目录", 0);
		StringBuilder text = new StringBuilder();
		for (int i = contents; i >= 0 && i < this.pages.size() && !this.labels.get(i).matches("\\d+"); i++) {
			text.append(squeeze(this.pages.get(i)));
		}
		Matcher m = Pattern.compile(Pattern.quote(squeeze(title)) + "(\\d+)").matcher(text);
		return m.find() ? Integer.parseInt(m.group(1)) : -1;
	}

	/** The index of the first page labelled with an arabic number (the body). */
	public int bodyStart() {
		for (int i = 0; i < this.labels.size(); i++) {
			if (this.labels.get(i).matches("\\d+")) {
				return i;
			}
		}
		return -1;
	}

	public static String squeeze(String text) {
		return text.replaceAll("[\\s\\u3000]+", "");
	}

}
