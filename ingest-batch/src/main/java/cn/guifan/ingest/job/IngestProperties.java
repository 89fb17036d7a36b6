package cn.guifan.ingest.job;

import java.nio.file.Path;

import cn.guifan.ingest.text.OcrSettings;
import cn.guifan.ingest.text.ReadLimits;

/**
 * How an ingest run works.
 *
 * @param chunkSize files per transaction
 * @param threads files parsed at once
 * @param limits limits on a single file and on archives
 * @param ocr how scans and images are read
 * @param workDirectory where archives are expanded during a run (a folder per run,
 * deleted at its end)
 */
public record IngestProperties(int chunkSize, int threads, ReadLimits limits, OcrSettings ocr, Path workDirectory) {

	public static final IngestProperties DEFAULT = new IngestProperties(50,
			Math.max(2, Runtime.getRuntime().availableProcessors()), ReadLimits.DEFAULT);

	public IngestProperties {
		if (chunkSize < 1 || threads < 1) {
			throw new IllegalArgumentException("chunk size and threads must be at least 1");
		}
	}

	/** Default OCR, archives expanded under the system's temporary folder. */
	public IngestProperties(int chunkSize, int threads, ReadLimits limits) {
		this(chunkSize, threads, limits, OcrSettings.DEFAULT,
				Path.of(System.getProperty("java.io.tmpdir"), "guifan-ingest"));
	}

}
