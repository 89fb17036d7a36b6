package cn.guifan.registry.indexing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * Which prepared batches may go to the index at once: at most {@code limit} bulk
 * requests, and never two that hold the same document, so that the index applies a
 * document's changes in the order they were prepared. Batches are admitted in the order
 * asked for (one dispatching thread asks); a batch that must wait holds up those behind
 * it.
 */
final class BulkAdmission {

	private final int limit;

	private final List<Set<String>> inFlight = new ArrayList<>();

	BulkAdmission(int limit) {
		this.limit = Math.max(1, limit);
	}

	/**
	 * Waits until fewer than the limit are in flight: the dispatcher takes the next batch
	 * only then, so that no more batches than that wait in memory.
	 * @throws InterruptedException if the indexer stops meanwhile
	 */
	synchronized void awaitRoom() throws InterruptedException {
		while (this.inFlight.size() >= this.limit) {
			wait();
		}
	}

	/**
	 * Waits until a bulk of these documents may go, and counts it in flight.
	 * @param documents the batch's documents
	 * @throws InterruptedException if the indexer stops meanwhile
	 */
	synchronized void admit(Set<String> documents) throws InterruptedException {
		while (this.inFlight.size() >= this.limit || overlaps(documents)) {
			wait();
		}
		this.inFlight.add(documents);
	}

	/**
	 * A bulk admitted with these documents has ended (written, failed or given back).
	 * @param documents the documents given to {@link #admit}
	 */
	synchronized void done(Set<String> documents) {
		// Two sets in flight never share a document, so an equal set is this one.
		this.inFlight.remove(documents);
		notifyAll();
	}

	/** Bulks in flight now. */
	synchronized int inFlight() {
		return this.inFlight.size();
	}

	private boolean overlaps(Set<String> documents) {
		for (Set<String> flying : this.inFlight) {
			if (!Collections.disjoint(flying, documents)) {
				return true;
			}
		}
		return false;
	}

}
