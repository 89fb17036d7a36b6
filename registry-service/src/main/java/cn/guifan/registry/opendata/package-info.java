/**
 * Bulk open data: every public document as JSON lines in the shape of
 * {@code document.schema.json} (streamed, any size), as an API download and
 * {@code guifan export}, and dated snapshots with a manifest of counts and checksums.
 */
@NullMarked
package cn.guifan.registry.opendata;

import org.jspecify.annotations.NullMarked;
