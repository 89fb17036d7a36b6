package cn.guifan.registry.indexing;

import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.guifan.search.index.PreparedEntry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PreparedBatchTest {

	@Test
	void halvesKeepEachDocumentsEntriesTogether() {
		// Document 1 changed twice (two outbox entries, two versions), 2 once, 3 removed.
		OutboxIndexer.PreparedBatch batch = new OutboxIndexer.PreparedBatch(
				List.of(entry(10, 1, IndexOutbox.Operation.UPSERT), entry(11, 2, IndexOutbox.Operation.UPSERT),
						entry(12, 1, IndexOutbox.Operation.UPSERT), entry(13, 3, IndexOutbox.Operation.DELETE)),
				List.of(prepared("1-1", "1"), prepared("1-2", "1"), prepared("2-1", "2")), Set.of("3"));

		List<OutboxIndexer.PreparedBatch> halves = batch.halves();

		assertThat(halves).hasSize(2);
		assertThat(halves.get(0).documents()).containsExactly("1");
		assertThat(halves.get(0).entries()).extracting(IndexOutbox.Entry::id).containsExactly(10L, 12L);
		assertThat(halves.get(0).prepared()).extracting(PreparedEntry::entryId).containsExactly("1-1", "1-2");
		assertThat(halves.get(0).deletes()).isEmpty();
		assertThat(halves.get(1).documents()).containsExactlyInAnyOrder("2", "3");
		assertThat(halves.get(1).entries()).extracting(IndexOutbox.Entry::id).containsExactly(11L, 13L);
		assertThat(halves.get(1).prepared()).extracting(PreparedEntry::entryId).containsExactly("2-1");
		assertThat(halves.get(1).deletes()).containsExactly("3");
	}

	@Test
	void aBatchOfOneDocumentStaysWhole() {
		OutboxIndexer.PreparedBatch batch = new OutboxIndexer.PreparedBatch(
				List.of(entry(10, 1, IndexOutbox.Operation.UPSERT), entry(11, 1, IndexOutbox.Operation.UPSERT)),
				List.of(prepared("1-1", "1")), Set.of());

		assertThat(batch.halves()).containsExactly(batch);
	}

	private static IndexOutbox.Entry entry(long id, long document, IndexOutbox.Operation operation) {
		return new IndexOutbox.Entry(id, document, operation, 0, "claim");
	}

	private static PreparedEntry prepared(String entryId, String document) {
		return new PreparedEntry(entryId, document, Map.of());
	}

}
