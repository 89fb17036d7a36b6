package cn.guifan.registry.document;

/**
 * Something a document's index entries are made of changed: its metadata, versions,
 * names, timeline, or its status turned with the date. Published, inside the transaction
 * of the change, by the stores that write it (and by the expiry sweep for a status that
 * turned by itself); the indexing feature queues the document in the same transaction.
 *
 * @param documentId the document
 */
public record DocumentChanged(long documentId) {
}
