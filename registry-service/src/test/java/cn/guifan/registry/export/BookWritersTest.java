package cn.guifan.registry.export;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.guifan.schemas.document.DocumentKind;
import cn.guifan.schemas.lifecycle.DocumentStatus;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The book writers on a small book of two parts: the PDF embeds its fonts, has a bookmark
 * per heading, numbers its front pages i, ii… and its documents from 1, and its table of
 * contents gives each document the page it starts on; the DOCX uses Word's heading styles
 * and a TOC field with a PAGEREF per heading; the text has the metadata and the text.
 */
class BookWritersTest {

	static final LocalDate AS_OF = LocalDate.of(2025, 1, 1);

	final BookWriters writers = new BookWriters(new CjkFonts(new ExportProperties(null, null, defaults())));

	static List<Path> defaults() {
		return List.of(Path.of("/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc"),
				Path.of("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"));
	}

	static ExportedDocument document(long id, String title, int articles) {
		StringBuilder text = new StringBuilder(title).append("\n第一章　总　　则\n");
		for (int i = 1; i <= articles; i++) {
			text.append("第").append(i).append("条　为了规范城区占道经营行为，维护市容环境秩序，根据有关法律法规，结合本县实际，制定本办法。\n\n");
		}
		return new ExportedDocument(id, title, "青政办规〔2022〕" + id + "号", null, List.of("青禾县人民政府办公室"),
				DocumentKind.NORMATIVE_DOCUMENT, LocalDate.of(2022, 2, 10), null, LocalDate.of(2022, 3, 1),
				LocalDate.of(2027, 2, 28), "主动公开", true, AS_OF, DocumentStatus.IN_FORCE, "自2022-03-01起施行", 1, null,
				null, text.toString());
	}

	static List<ExportedDocument> documents() {
		return List.of(document(1, "青禾县城区占道经营管理办法", 3), document(2, "青禾县城镇老年人养老服务补贴办法", 120),
				document(3, "青禾县农作物秸秆综合利用管理办法", 10));
	}

	static Book book() {
		List<Book.Entry> contents = new ArrayList<>();
		contents.add(new Book.Entry(1, "一、规章", Book.partKey(1)));
		contents.add(new Book.Entry(2, "青禾县城区占道经营管理办法", Book.documentKey(1)));
		contents.add(new Book.Entry(1, "二、行政规范性文件", Book.partKey(2)));
		contents.add(new Book.Entry(2, "青禾县城镇老年人养老服务补贴办法", Book.documentKey(2)));
		contents.add(new Book.Entry(2, "青禾县农作物秸秆综合利用管理办法", Book.documentKey(3)));
		return new Book("青禾县现行有效规范性文件汇编", List.of("截至2025年1月1日"), "编辑说明",
				List.of("本汇编收录青禾县截至2025年1月1日现行有效的规章和行政规范性文件。", "按效力级别分编，编内按发布日期排列。"), true, contents, List.of(),
				Book.CREATOR);
	}

	static void write(BookWriter writer, List<ExportedDocument> documents) throws Exception {
		writer.part(Book.partKey(1), "一、规章");
		writer.document(documents.get(0));
		writer.part(Book.partKey(2), "二、行政规范性文件");
		writer.document(documents.get(1));
		writer.document(documents.get(2));
		writer.finish();
	}

	@Test
	void thePdfEmbedsItsFontsBookmarksEveryHeadingAndItsContentsGiveThePagesTheDocumentsStartOn() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (BookWriter writer = this.writers.open(ExportFormat.PDF, out, book())) {
			write(writer, documents());
		}
		java.nio.file.Files.write(Path.of("target/book-test.pdf"), out.toByteArray());
		PdfInspection pdf = PdfInspection.of(out.toByteArray());

		assertThat(pdf.fonts).isNotEmpty().allSatisfy((name, embedded) -> assertThat(embedded).as(name).isTrue());
		assertThat(pdf.fonts.keySet()).as("the Simplified Chinese face of the collection")
			.allMatch((n) -> n.contains("sc"));
		assertThat(pdf.bookmarks).contains("编辑说明", "目录", "一、规章", "二、行政规范性文件", "青禾县城区占道经营管理办法", "青禾县城镇老年人养老服务补贴办法",
				"青禾县农作物秸秆综合利用管理办法");
		assertThat(pdf.labels.get(0)).isEqualTo("i");
		int body = pdf.bodyStart();
		assertThat(body).as("the front matter: title page, note, contents").isGreaterThanOrEqualTo(3);
		assertThat(pdf.labels.get(body)).isEqualTo("1");
		assertThat(pdf.footerNumber(body)).isEqualTo(1);
		for (ExportedDocument d : documents()) {
			int page = pdf.pageStartingWith(d.title(), body);
			assertThat(page).as(d.title()).isGreaterThanOrEqualTo(body);
			int number = pdf.contentsNumber(d.title());
			assertThat(number).as("contents entry of " + d.title()).isEqualTo(page - body + 1);
			assertThat(pdf.footerNumber(page)).isEqualTo(number);
			assertThat(pdf.labels.get(page)).isEqualTo(Integer.toString(number));
		}
		assertThat(pdf.contentsNumber("青禾县农作物秸秆综合利用管理办法")).as("the long document takes several pages")
			.isGreaterThan(pdf.contentsNumber("青禾县城镇老年人养老服务补贴办法") + 1);
		assertThat(PdfInspection.squeeze(String.join("", pdf.pages))).contains("第120条").doesNotContain("第121条");
	}

	@Test
	void theDocxUsesWordsHeadingStylesAndATableOfContentsField() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (BookWriter writer = this.writers.open(ExportFormat.DOCX, out, book())) {
			write(writer, documents());
		}
		try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
			assertThat(docx.getStyles().getStyle("Heading1").getName()).isEqualTo("heading 1");
			assertThat(docx.getStyles().getStyle("Heading2").getName()).isEqualTo("heading 2");
			List<String> level1 = new ArrayList<>();
			List<String> level2 = new ArrayList<>();
			for (XWPFParagraph p : docx.getParagraphs()) {
				if ("Heading1".equals(p.getStyle())) {
					level1.add(p.getText());
				}
				if ("Heading2".equals(p.getStyle())) {
					level2.add(p.getText());
				}
			}
			assertThat(level1).containsExactly("一、规章", "二、行政规范性文件");
			assertThat(level2).containsExactly("青禾县城区占道经营管理办法", "青禾县城镇老年人养老服务补贴办法", "青禾县农作物秸秆综合利用管理办法");
			String xml = docx.getDocument().xmlText();
			assertThat(xml).contains("TOC \\o \"1-2\"").contains("PAGEREF _Toc_doc2");
			assertThat(xml).contains("w:name=\"_Toc_doc2\"");
			assertThat(docx.getParagraphs().stream().map(XWPFParagraph::getText)).contains("编辑说明",
					"第120条　为了规范城区占道经营行为，维护市容环境秩序，根据有关法律法规，结合本县实际，制定本办法。");
			assertThat(docx.getTables()).hasSize(3);
			assertThat(docx.getTables().get(0).getRow(0).getCell(0).getText()).isEqualTo("发文字号");
		}
	}

	@Test
	void theTextHasTheTitleTheMetadataAndTheText() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ExportedDocument d = document(7, "青禾县城区占道经营管理办法", 2);
		try (BookWriter writer = this.writers.open(ExportFormat.TXT, out,
				Book.single(d.title(), DocumentExports.header(d, LocalDate.of(2026, 1, 5))))) {
			writer.document(d);
			writer.finish();
		}
		String text = out.toString(StandardCharsets.UTF_8);
		assertThat(text).startsWith("【截至2025年1月1日：现行有效（自2022-03-01起施行）】")
			.contains("发文字号：青政办规〔2022〕7号")
			.contains("时效性：现行有效（截至2025年1月1日；自2022-03-01起施行）")
			.contains("　　第2条　为了规范");
	}

	@Test
	void aMissingFontIsAClearErrorNamingThePackage() {
		BookWriters none = new BookWriters(
				new CjkFonts(new ExportProperties(null, null, List.of(Path.of("/nonexistent/font.ttc")))));
		assertThatThrownBy(() -> none.open(ExportFormat.PDF, new ByteArrayOutputStream(), book()))
			.isInstanceOf(ExportUnavailableException.class)
			.hasMessageContaining("fonts-noto-cjk")
			.hasMessageContaining("guifan.export.font");
	}

	/**
	 * The whole-corpus collection failed when its PDF was closed ("PDF 写出失败：Index 65845
	 * out of bounds for length 3242"): 鲈 (U+9C88, in 长江保护法's 松江鲈) is a glyph of Noto
	 * Serif CJK SC Regular that OpenPDF's CFF subsetter cannot copy. A document with it,
	 * a private-use character no face has and a character of plane 2 now closes; 鲈 is set
	 * in the bold face, the private-use character becomes 〓, and the PDF says so.
	 */
	@Test
	void aCharacterTheTextFaceCannotEmbedIsSetInTheOtherFaceOrMarkedAndCountedAndThePdfCloses() throws Exception {
		ExportedDocument d = document(8, "上海市松江鲈鱼保护办法", 1);
		d = new ExportedDocument(d.id(), d.title(), d.docNumber(), d.registrationNumber(), d.issuers(), d.kind(),
				d.signedDate(), d.publishedDate(), d.effectiveDate(), d.expiryDate(), d.disclosure(),
				d.publicDocument(), d.asOf(), d.status(), d.statusReason(), d.versionNo(), d.versionLabel(),
				d.textNote(), d.text() + "\n第二条　保护松江鲈、中华鲟和胭脂鱼；\uE003号附图从略；𠀀字保留。\n");
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		PdfBookWriter pdf;
		try (BookWriter writer = this.writers.open(ExportFormat.PDF, out,
				Book.single(d.title(), DocumentExports.header(d, LocalDate.of(2026, 1, 5))))) {
			pdf = (PdfBookWriter) writer;
			writer.document(d);
			writer.finish();
		}
		PdfInspection inspection = PdfInspection.of(out.toByteArray());
		String text = PdfInspection.squeeze(String.join("", inspection.pages));

		assertThat(pdf.missingCharacters()).containsEntry(0xE003, 1);
		assertThat(text).contains("〓号附图从略").contains("胭脂鱼");
		assertThat(text).contains("字形说明").contains("U+E003");
		assertThat(inspection.fonts).isNotEmpty()
			.allSatisfy((name, embedded) -> assertThat(embedded).as(name).isTrue());
		if (!pdf.fallbackCharacters().isEmpty()) {
			// This build of Noto Serif CJK: 鲈 comes from the bold face.
			assertThat(pdf.fallbackCharacters()).containsKey(0x9C88);
			assertThat(text).contains("松江鲈").contains("U+9C88");
		}
	}

	@Test
	void charactersAFaceCannotSubsetAreFoundAmongManyNewOnesByHalving() throws Exception {
		CjkFonts.Face face = new CjkFonts(new ExportProperties(null, null, defaults())).faces().text();
		java.util.List<java.util.List<Integer>> tried = new ArrayList<>();
		EmbeddableGlyphs glyphs = new EmbeddableGlyphs(face.font(), (codePoints) -> {
			tried.add(java.util.List.copyOf(codePoints));
			return !codePoints.contains((int) '鲈') && !codePoints.contains((int) '鳜');
		});
		String text = "长江流域禁止捕捞中华鲟、长江鲟、长江江豚、鳤、鯮、鲥、松江鲈、鳜鱼等";
		glyphs.learn(text);

		assertThat(glyphs.embeds('鲈')).isFalse();
		assertThat(glyphs.embeds('鳜')).isFalse();
		assertThat(text.codePoints().filter((cp) -> cp != '鲈' && cp != '鳜')).allMatch(glyphs::embeds);
		assertThat(glyphs.embeds('\uE003')).as("a character the face has no glyph for").isFalse();
		int probes = tried.size();
		assertThat(probes).as("halving, not one try per character").isLessThan(20);
		glyphs.learn(text + "中华人民共和国");
		assertThat(tried).hasSize(probes + 1);
		assertThat(tried.get(probes)).containsExactlyInAnyOrder((int) '人', (int) '民', (int) '共', (int) '和', (int) '国');
	}

	@Test
	void charactersAFileCannotHoldAreDropped() {
		assertThat(TextLines.clean("a\u0001b\uD800c\uD83D\uDE00d")).isEqualTo("abc\uD83D\uDE00d");
		assertThat(TextLines.of("第一章　总则\n\n　第一条　x\n")).extracting(TextLines.Line::division)
			.containsExactly(true, false);
	}

}
