package cn.guifan.ingest.metadata;

import cn.guifan.schemas.document.DocumentMetadata;

/**
 * One step of reading metadata out of a text: it looks for one thing and records it on
 * the builder. Stages run in order, so a later stage can use what an earlier one found.
 */
@FunctionalInterface
public interface ExtractionStage {

	void apply(DocumentText text, DocumentMetadata.Builder metadata);

}
