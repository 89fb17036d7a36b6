package cn.guifan.ingest.sink;

import java.util.List;

/**
 * Where ingest hands documents over: the registry, which is the system of record. Ingest
 * knows nothing of the registry's tables; the registry implements this port.
 */
public interface DocumentSink {

	/**
	 * Whether a file with this SHA-256 is already stored, so that ingest need not parse
	 * it again.
	 */
	boolean hasSource(String sha256);

	/**
	 * Stores a chunk of documents, all or nothing (the caller's transaction), and says
	 * per document what was done, in the order given.
	 */
	List<StoreOutcome> store(List<IngestedDocument> documents);

	/**
	 * Records a file that could not be read; kept even if the chunk it was in is rolled
	 * back.
	 */
	void reportSkipped(SkippedFile skipped);

}
