package cn.guifan.ingest.text;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import cn.guifan.ingest.testing.Formats;
import cn.guifan.ingest.testing.TestFiles;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Every format government sites publish, as a real file of that format read by the real
 * Tika, and every kind of bad input with its code. OCR is in {@code OcrIT}.
 */
class FormatsTest {

	private static final TextExtractor extractor = new TextExtractor(ReadLimits.DEFAULT, OcrSettings.DISABLED);

	@TempDir
	Path dir;

	// --- plain text in the encodings Chinese sites use

	@Test
	void utf8WithAndWithoutByteOrderMark() throws Exception {
		Path plain = TestFiles.text(this.dir, "a.txt", TestFiles.NOTICE);
		Path bom = this.dir.resolve("bom.txt");
		Files.write(bom, concat(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF },
				TestFiles.NOTICE.getBytes(StandardCharsets.UTF_8)));
		assertThat(extractor.extract(plain, "a.txt").text()).startsWith("青禾县人民政府办公室文件");
		assertThat(extractor.extract(bom, "bom.txt").text()).startsWith("青禾县人民政府办公室文件");
	}

	@Test
	void utf16WithByteOrderMark() throws Exception {
		Path file = this.dir.resolve("utf16.txt");
		Files.write(file,
				concat(new byte[] { (byte) 0xFF, (byte) 0xFE }, "青政办〔2021〕12号 通知".getBytes(StandardCharsets.UTF_16LE)));
		assertThat(extractor.extract(file, "utf16.txt").text()).isEqualTo("青政办〔2021〕12号 通知");
	}

	@Test
	void shortGbkTextIsNotMistakenForAnotherEncoding() throws Exception {
		// Two to a dozen characters are too few for statistical detectors.
		for (String text : new String[] { "通知", "关于印发办法的通知", "青政办〔2021〕12号" }) {
			Path file = TestFiles.text(this.dir, "gbk.txt", text, Charset.forName("GBK"));
			assertThat(extractor.extract(file, "gbk.txt").text()).isEqualTo(text);
		}
	}

	@Test
	void gb18030WithFourByteCharacters() throws Exception {
		// 䶮 (U+4DAE) and 𠀀 (U+20000) are outside GBK: GB18030 writes them in four bytes.
		String text = "龑䶮𠀀 第一条 本办法自公布之日起施行。";
		Path file = TestFiles.text(this.dir, "gb18030.md", text, Charset.forName("GB18030"));
		assertThat(extractor.extract(file, "gb18030.md").text()).isEqualTo(text);
	}

	@Test
	void longGbkText() throws Exception {
		Path file = TestFiles.text(this.dir, "long.txt", TestFiles.NOTICE.repeat(200), Charset.forName("GBK"));
		assertThat(extractor.extract(file, "long.txt").text()).contains("青禾县城区占道经营管理办法");
	}

	// --- html disclosure pages

	@Test
	void htmlTableCellsStayApartOneRowPerLine() throws Exception {
		String page = """
				<html><head><meta charset="utf-8"><title>盘锦市政务公开</title></head><body>
				<div class="nav">当前位置: 首页 &gt; 政务公开</div>
				<table class="xxgk">
				<tr><td>索 引 号：</td><td>pjsrmzf-2020-003120</td><td>主题分类：</td><td><p>市政府信息公开制度</p></td></tr>
				<tr><th>发文机关：</th><td>盘锦市政府</td><th>成文日期：</th><td>2020-09-08</td></tr>
				<tr><td>标  题：</td><td colspan="3">盘锦市政务公开领导小组关于印发2020年政务公开工作安排的通知</td></tr>
				<tr><td>发文字号：</td><td>盘政公领发〔2020〕2号</td><td>发布日期：</td><td>2020-09-08<br>浏览次数：1239</td></tr>
				</table>
				<p>各县、区人民政府：</p><p>现将《盘锦市2020年政务公开工作安排》印发给你们。</p>
				</body></html>
				""";
		Path file = TestFiles.text(this.dir, "page.html", page);
		String text = extractor.extract(file, "page.html").text();
		assertThat(text.lines()).contains("索 引 号：\tpjsrmzf-2020-003120\t主题分类：\t市政府信息公开制度",
				"发文机关：\t盘锦市政府\t成文日期：\t2020-09-08", "标  题：\t盘锦市政务公开领导小组关于印发2020年政务公开工作安排的通知",
				"发文字号：\t盘政公领发〔2020〕2号\t发布日期：\t2020-09-08 浏览次数：1239", "各县、区人民政府：");
	}

	@Test
	void aDocumentInALayoutTableKeepsItsLines() throws Exception {
		// How sites were built before about 2012: a menu in one cell, the whole document
		// in another.
		String page = """
				<html><head><meta charset="utf-8"></head><body>
				<table><tr><td><table><tr><td><a href="#">政府信息公开</a></td></tr><tr><td><a href="#">办事指南</a></td></tr></table></td>
				<td><table><tr><td align="center"><b>青禾县人民政府关于加强森林防火工作的通告</b></td></tr>
				<tr><td>发布时间：2008-10-20<br>来源：县林业局</td></tr>
				<tr><td>
				<p>青政通〔2008〕7号</p>
				<p>为切实做好森林防火工作，根据《森林防火条例》，现通告如下：</p>
				<p>一、每年10月1日至次年4月30日为森林防火期。</p>
				<p>二、本通告自发布之日起施行。</p>
				<p align="right">青禾县人民政府</p>
				<p align="right">二○○八年十月十六日</p>
				</td></tr></table></td></tr></table>
				</body></html>
				""";
		Path file = TestFiles.text(this.dir, "layout.html", page);
		String text = extractor.extract(file, "layout.html").text();
		assertThat(text.lines().map(String::strip)).contains("青禾县人民政府关于加强森林防火工作的通告", "发布时间：2008-10-20 来源：县林业局",
				"一、每年10月1日至次年4月30日为森林防火期。", "二、本通告自发布之日起施行。", "青禾县人民政府", "二○○八年十月十六日");
	}

	@Test
	void htmlThatDeclaresGbkButIsUtf8AndHtmlInGbkThatDeclaresGb2312() throws Exception {
		Path misdeclared = TestFiles.text(this.dir, "a.html",
				"<html><head><meta charset=\"gbk\"></head><body><p>朱镕基签发</p></body></html>");
		// 镕 is in GBK but not in GB2312: the declared charset is too narrow.
		Path gbk = TestFiles.text(this.dir, "b.htm",
				"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"></head>"
						+ "<body><p>朱镕基签发</p></body></html>",
				Charset.forName("GBK"));
		assertThat(extractor.extract(misdeclared, "a.html").text()).isEqualTo("朱镕基签发");
		assertThat(extractor.extract(gbk, "b.htm").text()).isEqualTo("朱镕基签发");
	}

	// --- office and fixed-layout formats

	@Test
	void docAndWpsFromLibreOffice() throws Exception {
		Path doc = Formats.fixture(this.dir, "notice.doc", "notice.doc");
		Path wps = Formats.fixture(this.dir, "notice.wps", "通知.wps");
		ExtractedText fromDoc = extractor.extract(doc, "notice.doc");
		ExtractedText fromWps = extractor.extract(wps, "通知.wps");
		assertThat(fromDoc.text()).contains("青政办〔2021〕12号", "第二条 本办法自2021年5月1日起施行");
		assertThat(fromDoc.source().mediaType()).isEqualTo("application/msword");
		assertThat(fromWps.text()).isEqualTo(fromDoc.text());
		assertThat(fromWps.source().mediaType()).isEqualTo("application/msword");
	}

	@Test
	void wpsFilesThatAreNotWordBinaryFilesAreRefusedWithAHint() throws Exception {
		// An OLE2 compound file without a WordDocument stream, as early Kingsoft formats
		// are.
		Path ole2 = this.dir.resolve("old.wps");
		try (var fs = new org.apache.poi.poifs.filesystem.POIFSFileSystem(); var out = Files.newOutputStream(ole2)) {
			fs.createDocument(new java.io.ByteArrayInputStream(new byte[4096]), "WpsContent");
			fs.writeFilesystem(out);
		}
		assertRefused(ole2, ReadError.UNSUPPORTED_TYPE, "另存为 doc 或 docx");
		// Not OLE2 at all (Microsoft Works, WPS for DOS): Tika goes by the .wps name.
		Path dos = this.dir.resolve("dos.wps");
		byte[] bytes = new byte[2048];
		new java.util.Random(3).nextBytes(bytes);
		Files.write(dos, bytes);
		assertRefused(dos, ReadError.UNSUPPORTED_TYPE, "早期金山 WPS");
	}

	@Test
	void pdfWithATextLayer() throws Exception {
		Path pdf = Formats.pdf(this.dir, "notice.pdf", TestFiles.NOTICE);
		ExtractedText text = extractor.extract(pdf, "notice.pdf");
		assertThat(text.text()).contains("青政办〔2021〕12号", "青禾县人民政府办公室关于印发《青禾县城区占道经营管理办法》的通知");
		assertThat(text.source().mediaType()).isEqualTo("application/pdf");
	}

	@Test
	void ofdThroughOfdrw() throws Exception {
		Path ofd = Formats.ofd(this.dir, "notice.ofd", TestFiles.NOTICE);
		ExtractedText text = extractor.extract(ofd, "notice.ofd");
		assertThat(text.text()).contains("青政办〔2021〕12号", "第一条 为了规范城区占道经营行为");
		assertThat(text.source().mediaType()).isEqualTo("application/ofd");
	}

	@Test
	void ofdUnderAnotherNameIsStillOfd() throws Exception {
		Path ofd = Formats.ofd(this.dir, "notice.zip", TestFiles.NOTICE);
		assertThat(extractor.extract(ofd, "notice.zip").source().mediaType()).isEqualTo("application/ofd");
	}

	@Test
	void aDocxNamedPdfIsReadByItsContent() throws Exception {
		Path docx = TestFiles.docx(this.dir, "really-a-docx.pdf", TestFiles.NOTICE);
		ExtractedText text = extractor.extract(docx, "really-a-docx.pdf");
		assertThat(text.text()).contains("青政办〔2021〕12号");
		assertThat(text.source().mediaType()).endsWith("wordprocessingml.document");
	}

	// --- bad input

	@Test
	void aBinaryNamedTxtIsRefused() throws Exception {
		byte[] bytes = new byte[2048];
		new java.util.Random(7).nextBytes(bytes);
		Path file = this.dir.resolve("data.txt");
		Files.write(file, bytes);
		assertRefused(file, ReadError.UNSUPPORTED_TYPE, "二进制");
	}

	@Test
	void encryptedPdfAndDocx() throws Exception {
		assertRefused(Formats.encryptedPdf(this.dir, "secret.pdf", TestFiles.NOTICE), ReadError.ENCRYPTED, "密码");
		assertRefused(Formats.encryptedDocx(this.dir, "secret.docx", TestFiles.NOTICE), ReadError.ENCRYPTED, "密码");
	}

	@Test
	void corruptPdfOfdAndDoc() throws Exception {
		assertRefused(truncate(Formats.pdf(this.dir, "cut.pdf", TestFiles.NOTICE)), ReadError.CORRUPT_FILE,
				"application/pdf");
		assertRefused(truncate(Formats.ofd(this.dir, "cut.ofd", TestFiles.NOTICE)), ReadError.CORRUPT_FILE, "");
		assertRefused(truncate(Formats.fixture(this.dir, "notice.doc", "cut.doc")), ReadError.CORRUPT_FILE, "");
	}

	@Test
	void unsupportedTypesAndArchivesGivenAsOneFile() throws Exception {
		Path xlsx = this.dir.resolve("table.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(); var out = Files.newOutputStream(xlsx)) {
			workbook.createSheet("表").createRow(0).createCell(0).setCellValue("统计");
			workbook.write(out);
		}
		assertRefused(xlsx, ReadError.UNSUPPORTED_TYPE, "spreadsheetml");
		Path zip;
		try (var builder = Formats.zip(this.dir, "a.zip")) {
			zip = builder.add("a.txt", "通知").path();
		}
		assertRefused(zip, ReadError.UNSUPPORTED_TYPE, "压缩包");
	}

	@Test
	void emptyAndTextless() throws Exception {
		assertRefused(TestFiles.empty(this.dir, "empty.pdf"), ReadError.EMPTY_FILE, "0 字节");
		assertRefused(TestFiles.docx(this.dir, "blank.docx", " \n \n"), ReadError.NO_TEXT, "没有文字");
	}

	@Test
	void aScanWithoutOcrNeedsOcr() throws Exception {
		Path scan = Formats.scannedPdf(this.dir, "scan.pdf", java.util.List.of("青政办〔2021〕12号"));
		Path png = Formats.image(this.dir, "scan.png", "png", java.util.List.of("青政办〔2021〕12号"));
		assertRefused(scan, ReadError.NEEDS_OCR, "扫描件");
		assertRefused(png, ReadError.NEEDS_OCR, "文字识别已关闭");
	}

	@Test
	void tooLongText() throws Exception {
		TextExtractor strict = new TextExtractor(new ReadLimits(1L << 20, 100), OcrSettings.DISABLED);
		Path file = TestFiles.docx(this.dir, "long.docx", TestFiles.NOTICE);
		assertThatExceptionOfType(UnreadableFileException.class).isThrownBy(() -> strict.extract(file, "long.docx"))
			.satisfies((ex) -> assertThat(ex.error()).isEqualTo(ReadError.TOO_LARGE))
			.withMessageContaining("100 字");
	}

	@Test
	void aParseOverItsTimeLimitIsAbandonedAndTheNextFileIsRead() throws Exception {
		TextExtractor hasty = new TextExtractor(ReadLimits.DEFAULT.withParseTimeout(Duration.ofMillis(1)),
				OcrSettings.DISABLED);
		// Thousands of lines: tens of milliseconds to parse, even warm.
		Path big = Formats.pdf(this.dir, "big.pdf", (TestFiles.NOTICE + "\n").repeat(300));
		assertThatExceptionOfType(UnreadableFileException.class).isThrownBy(() -> hasty.extract(big, "big.pdf"))
			.satisfies((ex) -> assertThat(ex.error()).isEqualTo(ReadError.TIMEOUT))
			.withMessageContaining("解析超过");
		// The abandoned parse ends (its file was closed under it) and reading goes on.
		Path small = TestFiles.text(this.dir, "small.txt", "通知");
		TextExtractor patient = new TextExtractor(ReadLimits.DEFAULT, OcrSettings.DISABLED);
		assertThat(patient.extract(small, "small.txt").text()).isEqualTo("通知");
	}

	private static void assertRefused(Path file, ReadError error, String detail) {
		String name = file.getFileName().toString();
		assertThatExceptionOfType(UnreadableFileException.class).isThrownBy(() -> extractor.extract(file, name))
			.satisfies((ex) -> {
				assertThat(ex.error()).as(ex.getMessage()).isEqualTo(error);
				assertThat(ex.file()).isEqualTo(name);
				assertThat(ex.getMessage()).startsWith(error.label() + "：").contains(detail);
			});
	}

	private static Path truncate(Path file) throws Exception {
		byte[] bytes = Files.readAllBytes(file);
		Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 2));
		return file;
	}

	private static byte[] concat(byte[] a, byte[] b) {
		byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
		System.arraycopy(b, 0, out, a.length, b.length);
		return out;
	}

}
