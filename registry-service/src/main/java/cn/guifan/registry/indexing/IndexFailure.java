package cn.guifan.registry.indexing;

/**
 * A document that could not be indexed.
 *
 * @param documentId the document
 * @param attempts how often it was tried
 * @param lastError what Elasticsearch said last
 */
public record IndexFailure(long documentId, int attempts, String lastError) {
}
