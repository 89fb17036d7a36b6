package cn.guifan.schemas.document;

import java.util.Objects;

/**
 * A document as ingest hands it to the registry: what was read from one source file.
 *
 * @param metadata what the text says about itself
 * @param text the full text, normalized to LF line ends
 * @param source the file it was read from
 */
public record DocumentRecord(DocumentMetadata metadata, String text, SourceFile source) {

	public DocumentRecord {
		Objects.requireNonNull(metadata, "metadata");
		Objects.requireNonNull(text, "text");
		Objects.requireNonNull(source, "source");
	}

}
