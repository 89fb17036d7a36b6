package cn.guifan.search.query;

import org.jspecify.annotations.Nullable;

/**
 * A title suggested while typing.
 *
 * @param documentId the document
 * @param title its title
 * @param docNumber its 发文字号, if any
 */
public record TitleSuggestion(String documentId, String title, @Nullable String docNumber) {
}
