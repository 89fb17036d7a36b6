package cn.guifan.registry.document;

/**
 * A document was removed from the registry (a wrongly ingested file): its index entries
 * must go too. Published inside the transaction of the removal.
 *
 * @param documentId the removed document
 */
public record DocumentRemoved(long documentId) {
}
