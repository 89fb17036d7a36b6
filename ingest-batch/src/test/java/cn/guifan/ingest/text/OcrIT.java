package cn.guifan.ingest.text;

import java.nio.file.Path;
import java.util.List;

import cn.guifan.ingest.testing.Formats;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Scans and images read by the real Tesseract with Simplified Chinese data (Debian's
 * tesseract-ocr and tesseract-ocr-chi-sim, installed by scripts/install-test-deps). The
 * images are Chinese text rendered with Java2D; OCR is imperfect, so the assertions are
 * on what it reads reliably: the doc number's digits and a few common words.
 */
class OcrIT {

	private static final List<String> PAGE = List.of("青禾县人民政府办公室文件", "青政办〔2021〕12号", "关于印发城区占道经营管理办法的通知",
			"各乡镇人民政府，县政府各部门：");

	private static TextExtractor extractor;

	@TempDir
	Path dir;

	@BeforeAll
	static void tesseractIsInstalled() {
		extractor = new TextExtractor(ReadLimits.DEFAULT, OcrSettings.DEFAULT);
		assertThat(extractor.ocrAvailable()).as("Tesseract with chi_sim (scripts/install-test-deps)").isTrue();
	}

	@Test
	void imagesInTheFormatsScannersWrite() throws Exception {
		for (String format : List.of("png", "jpg", "tiff")) {
			Path image = Formats.image(this.dir, "scan." + format, format, PAGE);
			ExtractedText text = extractor.extract(image, "scan." + format);
			assertReadable(text.text());
			assertThat(text.source().mediaType()).startsWith("image/");
		}
	}

	@Test
	void aPdfWithoutATextLayerIsOcred() throws Exception {
		Path scan = Formats.scannedPdf(this.dir, "scan.pdf", PAGE);
		ExtractedText text = extractor.extract(scan, "scan.pdf");
		assertReadable(text.text());
		assertThat(text.source().mediaType()).isEqualTo("application/pdf");
	}

	@Test
	void withoutTesseractAScanNeedsOcrAndIsNeverSilentlyEmpty() throws Exception {
		// A folder without the program, as on a machine where the package is not
		// installed.
		Path empty = java.nio.file.Files.createDirectories(this.dir.resolve("bin"));
		TextExtractor noTesseract = new TextExtractor(ReadLimits.DEFAULT, new OcrSettings(true, "chi_sim", empty, 300));
		assertThat(noTesseract.ocrAvailable()).isFalse();
		Path scan = Formats.scannedPdf(this.dir, "scan.pdf", PAGE);
		Path image = Formats.image(this.dir, "scan.png", "png", PAGE);
		for (Path file : List.of(scan, image)) {
			assertThatExceptionOfType(UnreadableFileException.class)
				.isThrownBy(() -> noTesseract.extract(file, file.getFileName().toString()))
				.satisfies((ex) -> assertThat(ex.error()).isEqualTo(ReadError.NEEDS_OCR))
				.withMessageContaining("未安装 Tesseract");
		}
	}

	@Test
	void aMissingLanguageIsReportedAsNeedingOcr() throws Exception {
		TextExtractor klingon = new TextExtractor(ReadLimits.DEFAULT, new OcrSettings(true, "tlh", null, 300));
		assertThat(klingon.ocrAvailable()).isFalse();
		Path image = Formats.image(this.dir, "scan.png", "png", PAGE);
		assertThatExceptionOfType(UnreadableFileException.class).isThrownBy(() -> klingon.extract(image, "scan.png"))
			.satisfies((ex) -> assertThat(ex.error()).isEqualTo(ReadError.NEEDS_OCR))
			.withMessageContaining("tlh");
	}

	private static void assertReadable(String text) {
		String compact = text.replaceAll("\\s+", "");
		assertThat(compact).as(text).contains("2021", "12号", "人民政府").containsAnyOf("通知", "办公室", "管理办法");
	}

}
