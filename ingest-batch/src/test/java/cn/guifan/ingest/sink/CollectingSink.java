package cn.guifan.ingest.sink;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.dao.DataAccessResourceFailureException;

/**
 * A {@link DocumentSink} that keeps what it is given in memory, as the registry would
 * keep it in its tables: the same bytes twice are a duplicate. It can be told to fail the
 * next store, as a database that goes away in the middle of a run, or every store of one
 * file, as a registry that refuses one document.
 */
public class CollectingSink implements DocumentSink {

	private final Map<String, IngestedDocument> bySha = Collections.synchronizedMap(new LinkedHashMap<>());

	private final List<SkippedFile> skipped = Collections.synchronizedList(new ArrayList<>());

	private final List<String> missingContent = Collections.synchronizedList(new ArrayList<>());

	private final AtomicInteger storesUntilFailure = new AtomicInteger(-1);

	private final Map<String, RuntimeException> refused = new ConcurrentHashMap<>();

	@Override
	public boolean hasSource(String sha256) {
		return this.bySha.containsKey(sha256);
	}

	@Override
	public List<StoreOutcome> store(List<IngestedDocument> documents) {
		if (this.storesUntilFailure.getAndDecrement() == 0) {
			throw new DataAccessResourceFailureException("database unavailable");
		}
		for (IngestedDocument d : documents) {
			RuntimeException refusal = this.refused.get(d.record().source().fileName());
			if (refusal != null) {
				throw refusal;
			}
		}
		List<StoreOutcome> outcomes = new ArrayList<>();
		for (IngestedDocument d : documents) {
			if (!java.nio.file.Files.isRegularFile(d.content())) {
				this.missingContent.add(d.record().source().fileName());
			}
			String sha = d.record().source().sha256();
			StoreOutcome.Kind kind = (this.bySha.putIfAbsent(sha, d) == null) ? StoreOutcome.Kind.STORED
					: StoreOutcome.Kind.DUPLICATE;
			outcomes.add(new StoreOutcome(kind, sha, d.record().source().fileName()));
		}
		return outcomes;
	}

	@Override
	public void reportSkipped(SkippedFile file) {
		this.skipped.add(file);
	}

	public void clear() {
		this.bySha.clear();
		this.skipped.clear();
		this.missingContent.clear();
		this.storesUntilFailure.set(-1);
		this.refused.clear();
	}

	/** Fails every store of a chunk holding this file, with this exception. */
	public void refuse(String file, RuntimeException failure) {
		this.refused.put(file, failure);
	}

	/** Documents whose file was not on disk when they were stored (it must be). */
	public List<String> missingContent() {
		return List.copyOf(this.missingContent);
	}

	/** Lets {@code successfulStores} stores through, then fails one. */
	public void failAfter(int successfulStores) {
		this.storesUntilFailure.set(successfulStores);
	}

	public List<IngestedDocument> stored() {
		synchronized (this.bySha) {
			return List.copyOf(this.bySha.values());
		}
	}

	public List<SkippedFile> skipped() {
		synchronized (this.skipped) {
			return List.copyOf(this.skipped);
		}
	}

}
