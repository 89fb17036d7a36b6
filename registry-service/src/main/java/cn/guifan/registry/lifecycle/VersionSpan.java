package cn.guifan.registry.lifecycle;

import org.jspecify.annotations.Nullable;

/**
 * A version of a document's text, as the timeline knows it.
 *
 * @param versionNo its number, from 1 in order of time
 * @param validFrom the first day this text applies (null: from the document's start)
 * @param label what made it (e.g. 2024年6月28日第三次修正)
 */
public record VersionSpan(int versionNo, java.time.@Nullable LocalDate validFrom, @Nullable String label) {
}
