package cn.guifan.registry.export;

import java.time.Instant;

/**
 * The fixed parts of a DOCX package: content types, relationships, styles, settings, the
 * footer with its page number field, and the document properties.
 */
final class DocxParts {

	private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

	private static final String W_NS = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";

	static final String CONTENT_TYPES = HEAD
			+ "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
			+ "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
			+ "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
			+ "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
			+ "<Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>"
			+ "<Override PartName=\"/word/settings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml\"/>"
			+ "<Override PartName=\"/word/fontTable.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml\"/>"
			+ "<Override PartName=\"/word/footer1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml\"/>"
			+ "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
			+ "<Override PartName=\"/docProps/app.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>"
			+ "</Types>";

	static final String PACKAGE_RELATIONSHIPS = HEAD
			+ "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
			+ "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
			+ "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
			+ "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties\" Target=\"docProps/app.xml\"/>"
			+ "</Relationships>";

	static final String DOCUMENT_RELATIONSHIPS = HEAD
			+ "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
			+ "<Relationship Id=\"rIdStyles\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
			+ "<Relationship Id=\"rIdSettings\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings\" Target=\"settings.xml\"/>"
			+ "<Relationship Id=\"rIdFonts\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable\" Target=\"fontTable.xml\"/>"
			+ "<Relationship Id=\"rIdFooter1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer\" Target=\"footer1.xml\"/>"
			+ "</Relationships>";

	static final String APP = HEAD
			+ "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
			+ "<Application>Guifan</Application></Properties>";

	static final String FONT_TABLE = HEAD + "<w:fonts " + W_NS + ">"
			+ "<w:font w:name=\"宋体\"><w:altName w:val=\"SimSun\"/><w:charset w:val=\"86\"/><w:family w:val=\"auto\"/></w:font>"
			+ "<w:font w:name=\"黑体\"><w:altName w:val=\"SimHei\"/><w:charset w:val=\"86\"/><w:family w:val=\"modern\"/></w:font>"
			+ "<w:font w:name=\"Times New Roman\"><w:family w:val=\"roman\"/></w:font>" + "</w:fonts>";

	/** Centred page number: — PAGE —. */
	static final String FOOTER = HEAD + "<w:ftr " + W_NS + "><w:p><w:pPr><w:pStyle w:val=\"Footer\"/></w:pPr>"
			+ "<w:r><w:t xml:space=\"preserve\">— </w:t></w:r>" + "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
			+ "<w:r><w:instrText xml:space=\"preserve\"> PAGE </w:instrText></w:r>"
			+ "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>1</w:t></w:r>"
			+ "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>" + "<w:r><w:t xml:space=\"preserve\"> —</w:t></w:r>"
			+ "</w:p></w:ftr>";

	private static final String SONG = "<w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\" w:eastAsia=\"宋体\" w:cs=\"Times New Roman\"/>";

	private static final String HEI = "<w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\" w:eastAsia=\"黑体\" w:cs=\"Times New Roman\"/>";

	/**
	 * Built-in heading styles keep their English names (heading 1, heading 2, toc 1 …):
	 * Word shows them as 标题 1 and lists their paragraphs in the navigation pane by their
	 * outline level.
	 */
	static final String STYLES = HEAD + "<w:styles " + W_NS + ">" + "<w:docDefaults><w:rPrDefault><w:rPr>" + SONG
			+ "<w:sz w:val=\"24\"/><w:szCs w:val=\"24\"/><w:lang w:val=\"en-US\" w:eastAsia=\"zh-CN\"/></w:rPr></w:rPrDefault>"
			+ "<w:pPrDefault><w:pPr><w:spacing w:after=\"0\" w:line=\"420\" w:lineRule=\"auto\"/></w:pPr></w:pPrDefault></w:docDefaults>"
			+ "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/>"
			+ "<w:pPr><w:ind w:firstLineChars=\"200\" w:firstLine=\"480\"/><w:jc w:val=\"both\"/></w:pPr></w:style>"
			+ style("Title", "Title", HEI + "<w:b/><w:sz w:val=\"44\"/><w:szCs w:val=\"44\"/>",
					"<w:spacing w:before=\"3600\" w:after=\"600\" w:line=\"600\" w:lineRule=\"auto\"/><w:ind w:firstLineChars=\"0\" w:firstLine=\"0\"/><w:jc w:val=\"center\"/>")
			+ style("Subtitle", "Subtitle", "<w:sz w:val=\"28\"/>",
					"<w:spacing w:after=\"120\"/><w:ind w:firstLineChars=\"0\" w:firstLine=\"0\"/><w:jc w:val=\"center\"/>")
			+ heading("Heading1", "heading 1", 0, 36) + heading("Heading2", "heading 2", 1, 32)
			+ style("FrontHeading", "编辑说明标题", HEI + "<w:b/><w:sz w:val=\"36\"/>",
					"<w:spacing w:after=\"360\"/><w:ind w:firstLineChars=\"0\" w:firstLine=\"0\"/><w:jc w:val=\"center\"/>")
			+ style("TOCHeading", "TOC Heading", HEI + "<w:b/><w:sz w:val=\"36\"/>",
					"<w:spacing w:after=\"360\"/><w:ind w:firstLineChars=\"0\" w:firstLine=\"0\"/><w:jc w:val=\"center\"/>")
			+ toc("TOC1", "toc 1", 0) + toc("TOC2", "toc 2", 420)
			+ style("Division", "章节标题", HEI,
					"<w:spacing w:before=\"120\" w:after=\"120\"/><w:ind w:firstLineChars=\"0\" w:firstLine=\"0\"/><w:jc w:val=\"center\"/>")
			+ style("Note", "文本说明", "<w:i/><w:sz w:val=\"21\"/>",
					"<w:spacing w:after=\"120\"/><w:ind w:firstLineChars=\"0\" w:firstLine=\"0\"/>")
			+ style("MetaLabel", "要素名称", HEI + "<w:sz w:val=\"21\"/>",
					"<w:spacing w:line=\"300\" w:lineRule=\"auto\"/><w:ind w:firstLineChars=\"0\" w:firstLine=\"0\"/><w:jc w:val=\"left\"/>")
			+ style("MetaValue", "要素内容", "<w:sz w:val=\"21\"/>",
					"<w:spacing w:line=\"300\" w:lineRule=\"auto\"/><w:ind w:firstLineChars=\"0\" w:firstLine=\"0\"/><w:jc w:val=\"left\"/>")
			+ style("StatusHeader", "状态说明", HEI + "<w:sz w:val=\"22\"/>",
					"<w:pBdr><w:top w:val=\"single\" w:sz=\"4\" w:space=\"4\" w:color=\"999999\"/><w:left w:val=\"single\" w:sz=\"4\" w:space=\"4\" w:color=\"999999\"/><w:right w:val=\"single\" w:sz=\"4\" w:space=\"4\" w:color=\"999999\"/></w:pBdr><w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"F4F1EA\"/><w:ind w:firstLineChars=\"0\" w:firstLine=\"0\"/>")
			+ style("StatusHeaderLine", "状态说明续行", "<w:sz w:val=\"21\"/>",
					"<w:pBdr><w:left w:val=\"single\" w:sz=\"4\" w:space=\"4\" w:color=\"999999\"/><w:right w:val=\"single\" w:sz=\"4\" w:space=\"4\" w:color=\"999999\"/><w:bottom w:val=\"single\" w:sz=\"4\" w:space=\"4\" w:color=\"999999\"/></w:pBdr><w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"F4F1EA\"/><w:spacing w:after=\"240\"/><w:ind w:firstLineChars=\"0\" w:firstLine=\"0\"/>")
			+ style("Footer", "footer", "<w:sz w:val=\"21\"/>",
					"<w:ind w:firstLineChars=\"0\" w:firstLine=\"0\"/><w:jc w:val=\"center\"/>")
			+ "<w:style w:type=\"table\" w:styleId=\"MetaTable\"><w:name w:val=\"要素表\"/><w:tblPr><w:tblBorders>"
			+ "<w:top w:val=\"single\" w:sz=\"4\" w:color=\"BBBBBB\"/><w:left w:val=\"single\" w:sz=\"4\" w:color=\"BBBBBB\"/>"
			+ "<w:bottom w:val=\"single\" w:sz=\"4\" w:color=\"BBBBBB\"/><w:right w:val=\"single\" w:sz=\"4\" w:color=\"BBBBBB\"/>"
			+ "<w:insideH w:val=\"single\" w:sz=\"4\" w:color=\"BBBBBB\"/><w:insideV w:val=\"single\" w:sz=\"4\" w:color=\"BBBBBB\"/>"
			+ "</w:tblBorders><w:tblCellMar><w:left w:w=\"80\" w:type=\"dxa\"/><w:right w:w=\"80\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr></w:style>"
			+ "</w:styles>";

	private DocxParts() {
	}

	private static String style(String id, String name, String rPr, String pPr) {
		return "<w:style w:type=\"paragraph\" w:customStyle=\"" + (isBuiltIn(name) ? "0" : "1") + "\" w:styleId=\"" + id
				+ "\"><w:name w:val=\"" + name + "\"/><w:basedOn w:val=\"Normal\"/><w:qFormat/><w:pPr>" + pPr
				+ "</w:pPr><w:rPr>" + rPr + "</w:rPr></w:style>";
	}

	private static boolean isBuiltIn(String name) {
		return name.equals("Title") || name.equals("Subtitle") || name.equals("TOC Heading") || name.equals("footer");
	}

	private static String heading(String id, String name, int outlineLevel, int halfPoints) {
		return "<w:style w:type=\"paragraph\" w:styleId=\"" + id + "\"><w:name w:val=\"" + name
				+ "\"/><w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:qFormat/>"
				+ "<w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before=\"240\" w:after=\"240\" w:line=\"360\" w:lineRule=\"auto\"/>"
				+ "<w:ind w:firstLineChars=\"0\" w:firstLine=\"0\"/><w:jc w:val=\"center\"/><w:outlineLvl w:val=\""
				+ outlineLevel + "\"/></w:pPr><w:rPr>" + HEI + "<w:b/><w:sz w:val=\"" + halfPoints
				+ "\"/><w:szCs w:val=\"" + halfPoints + "\"/></w:rPr></w:style>";
	}

	private static String toc(String id, String name, int indent) {
		return "<w:style w:type=\"paragraph\" w:styleId=\"" + id + "\"><w:name w:val=\"" + name
				+ "\"/><w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:uiPriority w:val=\"39\"/>"
				+ "<w:pPr><w:tabs><w:tab w:val=\"right\" w:leader=\"dot\" w:pos=\"9016\"/></w:tabs>"
				+ "<w:spacing w:after=\"60\"/><w:ind w:left=\"" + indent
				+ "\" w:firstLineChars=\"0\" w:firstLine=\"0\"/><w:jc w:val=\"left\"/></w:pPr></w:style>";
	}

	/**
	 * Settings; with a table of contents Word is asked to update fields on opening, so
	 * its page numbers are Word's own.
	 */
	static String settings(boolean updateFields) {
		return HEAD + "<w:settings " + W_NS + ">" + (updateFields ? "<w:updateFields w:val=\"true\"/>" : "")
				+ "<w:defaultTabStop w:val=\"420\"/><w:characterSpacingControl w:val=\"compressPunctuation\"/>"
				+ "<w:compat><w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat>"
				+ "</w:settings>";
	}

	static String core(String title, String creator, Instant created) {
		return HEAD
				+ "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
				+ " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\""
				+ " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">" + "<dc:title>" + escape(title)
				+ "</dc:title><dc:creator>" + escape(creator) + "</dc:creator><dc:language>zh-CN</dc:language>"
				+ "<dcterms:created xsi:type=\"dcterms:W3CDTF\">" + created + "</dcterms:created>"
				+ "</cp:coreProperties>";
	}

	static String escape(String text) {
		return TextLines.clean(text)
			.replace("&", "&amp;")
			.replace("<", "&lt;")
			.replace(">", "&gt;")
			.replace("\"", "&quot;");
	}

}
