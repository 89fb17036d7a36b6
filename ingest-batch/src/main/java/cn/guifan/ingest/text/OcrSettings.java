package cn.guifan.ingest.text;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;

/**
 * How scans and images are read: Tesseract through Tika.
 *
 * @param enabled whether to OCR at all; when off (or Tesseract is missing) scans and
 * images are reported as {@link ReadError#NEEDS_OCR}
 * @param language Tesseract's language data, {@code chi_sim} (Simplified Chinese) by
 * default; {@code chi_sim+eng} also reads Latin text better
 * @param tesseractPath the folder holding the {@code tesseract} program; {@code null}
 * searches the {@code PATH}
 * @param dpi resolution at which PDF pages without a text layer are rendered for OCR
 */
public record OcrSettings(boolean enabled, String language, @Nullable Path tesseractPath, int dpi) {

	public static final OcrSettings DEFAULT = new OcrSettings(true, "chi_sim", null, 300);

	/** OCR switched off: scans are reported, never read. */
	public static final OcrSettings DISABLED = new OcrSettings(false, "chi_sim", null, 300);

	public OcrSettings {
		if (language.isBlank() || dpi < 72) {
			throw new IllegalArgumentException("OCR needs a language and at least 72 dpi");
		}
	}

}
