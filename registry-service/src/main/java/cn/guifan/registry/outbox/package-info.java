/**
 * The outbox of changes the search index must follow: written in the transaction of each
 * change, drained by the indexer.
 */
@NullMarked
package cn.guifan.registry.outbox;

import org.jspecify.annotations.NullMarked;
