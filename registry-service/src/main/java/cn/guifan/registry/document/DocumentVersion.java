package cn.guifan.registry.document;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A version of a document's text, without the text.
 *
 * @param documentId the document
 * @param versionNo its number, from 1 in order of time
 * @param label what made it (e.g. 2024年6月28日第三次修正)
 * @param validFrom the first day this text applies (null: from the document's start)
 * @param sourceSha256 the file it was read from
 */
public record DocumentVersion(long documentId, int versionNo, @Nullable String label, @Nullable LocalDate validFrom,
		@Nullable String sourceSha256) {
}
