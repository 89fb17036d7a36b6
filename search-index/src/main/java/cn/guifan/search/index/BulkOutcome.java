package cn.guifan.search.index;

import java.util.Map;
import java.util.Set;

/**
 * What a bulk write did, per document: Elasticsearch answers item by item, and one
 * rejected item must not hide behind the others' success.
 *
 * @param succeeded documents all of whose entries were written
 * @param failed documents with at least one entry rejected, with the reason Elasticsearch
 * gave
 */
public record BulkOutcome(Set<String> succeeded, Map<String, String> failed) {

	public BulkOutcome {
		succeeded = Set.copyOf(succeeded);
		failed = Map.copyOf(failed);
	}

	public boolean hasFailures() {
		return !this.failed.isEmpty();
	}

}
