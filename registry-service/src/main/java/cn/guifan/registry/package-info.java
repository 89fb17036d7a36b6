/**
 * The Guifan registry: the system of record for rules and normative documents, the
 * indexer that feeds the search index, the API, the pages and the command line. Packaged
 * by feature.
 */
@NullMarked
package cn.guifan.registry;

import org.jspecify.annotations.NullMarked;
