package cn.guifan.registry.document;

/**
 * A document is about to be removed from the registry, inside the transaction of the
 * removal: what other features keep about it that the database would not undo by itself
 * is theirs to undo now, while the rows that point at it still do.
 *
 * @param documentId the document being removed
 */
public record DocumentRemoving(long documentId) {
}
