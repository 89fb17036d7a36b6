package cn.guifan.ingest.metadata;

import cn.guifan.schemas.document.DocumentKind;
import cn.guifan.schemas.document.DocumentMetadata;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every test of web-page shapes does: extract a made-up page with the standard
 * extractor, as a file saved from a site, and check the fields the wild set compares. One
 * base for the batches' test classes, so that a change to how a page is read (its file
 * name, the extractor) is made once.
 */
abstract class WildPageHarness {

	/** The metadata the standard extractor finds in a page saved as {@code page.html}. */
	static DocumentMetadata read(String text) {
		return MetadataExtractor.standard().extract(text, "page.html");
	}

	/** The page has a doc number, and it normalizes to {@code normalized}. */
	static void assertDocNumber(DocumentMetadata m, String normalized) {
		assertThat(m.docNumber()).isNotNull();
		assertThat(m.docNumber().normalized()).isEqualTo(normalized);
	}

	/** The page is no normative document, for a reason that names {@code reasonPart}. */
	static void assertOther(String text, String reasonPart) {
		DocumentMetadata m = read(text);
		assertThat(m.kind()).as(text).isEqualTo(DocumentKind.OTHER);
		assertThat(m.kindReason()).as(text).contains(reasonPart);
	}

	/** The page is a normative document, for a reason that names {@code reasonPart}. */
	static void assertNormative(String text, String reasonPart) {
		DocumentMetadata m = read(text);
		assertThat(m.kind()).as(text).isEqualTo(DocumentKind.NORMATIVE_DOCUMENT);
		assertThat(m.kindReason()).as(text).contains(reasonPart);
	}

}
