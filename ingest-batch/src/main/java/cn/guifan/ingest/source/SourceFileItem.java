package cn.guifan.ingest.source;

import java.nio.file.Path;

/**
 * One file to ingest.
 *
 * @param path where the file is on disk
 * @param name how reports name it: the path relative to the directory ingested, with /
 */
public record SourceFileItem(Path path, String name) {
}
