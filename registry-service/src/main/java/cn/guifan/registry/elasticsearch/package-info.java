/**
 * The connection to Elasticsearch for the whole application: the configured cluster, or a
 * real local node that Guifan starts and stops itself (the {@code managed-elasticsearch}
 * module). Searching and indexing both go through it.
 */
@NullMarked
package cn.guifan.registry.elasticsearch;

import org.jspecify.annotations.NullMarked;
