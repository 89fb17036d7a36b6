package cn.guifan.ingest.job;

import cn.guifan.ingest.text.ReadLimits;

/**
 * How an ingest run works.
 *
 * @param chunkSize files per transaction
 * @param threads files parsed at once
 * @param limits limits on a single file
 */
public record IngestProperties(int chunkSize, int threads, ReadLimits limits) {

	public static final IngestProperties DEFAULT = new IngestProperties(50,
			Math.max(2, Runtime.getRuntime().availableProcessors()), ReadLimits.DEFAULT);

	public IngestProperties {
		if (chunkSize < 1 || threads < 1) {
			throw new IllegalArgumentException("chunk size and threads must be at least 1");
		}
	}

}
