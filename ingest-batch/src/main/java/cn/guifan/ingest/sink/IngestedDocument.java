package cn.guifan.ingest.sink;

import java.nio.file.Path;

import cn.guifan.schemas.document.DocumentRecord;

/**
 * A document read from a file, on its way to the registry.
 *
 * @param record what was read
 * @param content the file's bytes on disk, for the registry's file store
 */
public record IngestedDocument(DocumentRecord record, Path content) {
}
