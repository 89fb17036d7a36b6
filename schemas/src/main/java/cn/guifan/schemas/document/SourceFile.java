package cn.guifan.schemas.document;

import java.util.Objects;

/**
 * One original file a document was read from. Files are stored content-addressed and
 * never modified, so the sha256 identifies the bytes for good.
 *
 * @param sha256 lower-case hex digest of the file's bytes
 * @param fileName the file's name as it arrived (for a member of an archive,
 * archive!/member)
 * @param mediaType the detected media type, e.g. application/pdf
 * @param size length in bytes
 */
public record SourceFile(String sha256, String fileName, String mediaType, long size) {

	public SourceFile {
		Objects.requireNonNull(sha256, "sha256");
		Objects.requireNonNull(fileName, "fileName");
		Objects.requireNonNull(mediaType, "mediaType");
		if (!sha256.matches("[0-9a-f]{64}")) {
			throw new IllegalArgumentException("not a sha256 hex digest: " + sha256);
		}
	}

}
