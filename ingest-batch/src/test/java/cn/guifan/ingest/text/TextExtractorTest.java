package cn.guifan.ingest.text;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;

import cn.guifan.ingest.testing.TestFiles;
import org.apache.tika.parser.CompositeParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class TextExtractorTest {

	private final TextExtractor extractor = new TextExtractor();

	@TempDir
	Path dir;

	@Test
	void readsUtf8TextWithItsDigestAndType() throws Exception {
		Path file = TestFiles.text(this.dir, "notice.txt", TestFiles.NOTICE);
		ExtractedText text = this.extractor.extract(file, "notice.txt");
		assertThat(text.text()).contains("青政办〔2021〕12号").contains("第二条 本办法自2021年5月1日起施行");
		assertThat(text.source().mediaType()).isEqualTo("text/plain");
		assertThat(text.source().sha256()).isEqualTo(TextExtractor.sha256(file, "notice.txt"));
		assertThat(text.source().size()).isEqualTo(Files.size(file));
	}

	@Test
	void readsGbkText() throws Exception {
		Path file = TestFiles.text(this.dir, "gbk.txt", TestFiles.NOTICE, Charset.forName("GBK"));
		assertThat(this.extractor.extract(file, "gbk.txt").text()).contains("青禾县城区占道经营管理办法");
	}

	@Test
	void readsMarkdownHtmlAndDocx() throws Exception {
		Path md = TestFiles.text(this.dir, "law.md", "# 中华人民共和国测试法\n\n第一条 为了测试，制定本法。\n");
		Path html = TestFiles.html(this.dir, "page.html", "占道经营", TestFiles.NOTICE);
		Path docx = TestFiles.docx(this.dir, "notice.docx", TestFiles.NOTICE);
		assertThat(this.extractor.extract(md, "law.md").text()).contains("中华人民共和国测试法");
		ExtractedText fromHtml = this.extractor.extract(html, "page.html");
		assertThat(fromHtml.text()).contains("青政办〔2021〕12号").doesNotContain("<p>");
		assertThat(fromHtml.source().mediaType()).isEqualTo("text/html");
		ExtractedText fromDocx = this.extractor.extract(docx, "notice.docx");
		assertThat(fromDocx.text()).contains("各乡镇人民政府，县政府各部门：");
		assertThat(fromDocx.source().mediaType())
			.isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
	}

	@Test
	void textTypesAreReadByTheirOwnParsersNotThroughEveryParserOfTika() {
		// Each a parser that reads, not a composite that asks all of Tika's parsers for
		// their types on every file.
		assertThat(this.extractor.textParsers()).extracting((p) -> p.getClass().getSimpleName())
			.containsExactlyInAnyOrder("TextAndCSVParser", "JSoupParser", "RTFParser");
		assertThat(this.extractor.textParsers()).noneMatch(CompositeParser.class::isInstance);
	}

	@Test
	void anEmptyFileIsReportedAsEmpty() throws Exception {
		Path file = TestFiles.empty(this.dir, "empty.txt");
		assertThatExceptionOfType(UnreadableFileException.class)
			.isThrownBy(() -> this.extractor.extract(file, "empty.txt"))
			.satisfies((ex) -> {
				assertThat(ex.error()).isEqualTo(ReadError.EMPTY_FILE);
				assertThat(ex.file()).isEqualTo("empty.txt");
			});
	}

	@Test
	void aCorruptDocxIsReportedAsCorrupt() throws Exception {
		Path file = TestFiles.corruptDocx(this.dir, "broken.docx");
		assertThatExceptionOfType(UnreadableFileException.class)
			.isThrownBy(() -> this.extractor.extract(file, "broken.docx"))
			.satisfies((ex) -> assertThat(ex.error()).isEqualTo(ReadError.CORRUPT_FILE));
	}

	@Test
	void aBinaryNamedPdfIsRefusedWithAReason() throws Exception {
		Path file = TestFiles.binaryNamedPdf(this.dir, "scan.pdf");
		assertThatExceptionOfType(UnreadableFileException.class)
			.isThrownBy(() -> this.extractor.extract(file, "scan.pdf"))
			.satisfies((ex) -> assertThat(ex.error()).isIn(ReadError.CORRUPT_FILE, ReadError.UNSUPPORTED_TYPE))
			.satisfies((ex) -> assertThat(ex.getMessage()).isNotBlank());
	}

	@Test
	void aFileOverTheSizeLimitIsRefusedBeforeItIsRead() throws Exception {
		Path file = TestFiles.text(this.dir, "big.txt", "规".repeat(1000));
		TextExtractor strict = new TextExtractor(new ReadLimits(100, 1000));
		assertThatExceptionOfType(UnreadableFileException.class).isThrownBy(() -> strict.extract(file, "big.txt"))
			.satisfies((ex) -> assertThat(ex.error()).isEqualTo(ReadError.TOO_LARGE))
			.withMessageContaining("100");
	}

	@Test
	void aCallerWithALowerTextLimitStopsTheParseThere() throws Exception {
		Path text = TestFiles.text(this.dir, "draft.txt", "规".repeat(5000));
		Path docx = TestFiles.docx(this.dir, "draft.docx", "规".repeat(5000));
		assertThat(this.extractor.extractUpTo(text, "draft.txt", 6000).text()).hasSize(5000);
		for (Path file : new Path[] { text, docx }) {
			assertThatExceptionOfType(UnreadableFileException.class)
				.isThrownBy(() -> this.extractor.extractUpTo(file, file.getFileName().toString(), 1000))
				.satisfies((ex) -> assertThat(ex.error()).isEqualTo(ReadError.TOO_LARGE))
				.withMessageContaining("1000 字");
		}
	}

	@Test
	void textCleanerKeepsOneBlankLineAndDropsTrailingSpaces() {
		assertThat(TextCleaner.clean("\uFEFF标题  \r\n\r\n\r\n\u3000正文\u3000\r\n")).isEqualTo("标题\n\n\u3000正文");
	}

}
