package cn.guifan.ingest.sink;

import cn.guifan.ingest.text.ReadError;

/**
 * A file an ingest run could not read, for the run's report.
 *
 * @param runId the job execution that met it
 * @param file the file, as named in the run
 * @param error the reason's code
 * @param message the reason, for a person
 */
public record SkippedFile(long runId, String file, ReadError error, String message) {
}
