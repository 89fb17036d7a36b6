/**
 * 解读 (policy interpretations) and the documents they explain: the relation
 * {@code INTERPRETS} from a 解读 to its document (read at ingest from the 解读's title and
 * text, or linked by a registrar), and the report the 政务公开 plans ask for: documents
 * published without a 解读, and 解读 published more than 3 working days after their document.
 */
@NullMarked
package cn.guifan.registry.interpretation;

import org.jspecify.annotations.NullMarked;
