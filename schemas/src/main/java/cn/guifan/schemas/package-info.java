/**
 * The canonical model of Guifan: what a regulatory document is, independent of any
 * framework, storage or transport. Records and enums here are shared by ingest, the
 * registry and the search index.
 */
@NullMarked
package cn.guifan.schemas;

import org.jspecify.annotations.NullMarked;
