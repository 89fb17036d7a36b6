package cn.guifan.search.index;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentIndexTest {

	@Test
	void longTextsAreSentInSeveralBulkRequestsEachUnderTheLimit() {
		List<PreparedEntry> entries = List.of(entry("1", 600), entry("2", 600), entry("3", 10), entry("4", 2_000),
				entry("5", 10));
		List<List<PreparedEntry>> parts = DocumentIndex.bySize(entries, 1_000);
		assertThat(parts).extracting((p) -> p.stream().map(PreparedEntry::entryId).toList())
			.containsExactly(List.of("1"), List.of("2", "3"), List.of("4"), List.of("5"));
	}

	@Test
	void shortTextsGoInOneRequest() {
		assertThat(DocumentIndex.bySize(List.of(entry("1", 10), entry("2", 10)), DocumentIndex.MAX_BULK_CHARS))
			.hasSize(1);
		assertThat(DocumentIndex.bySize(List.of(), DocumentIndex.MAX_BULK_CHARS)).isEmpty();
	}

	private static PreparedEntry entry(String id, int bodyChars) {
		return new PreparedEntry(id, id,
				Map.of("body",
						Map.of("words", "规".repeat(bodyChars / 2), "chars", "规".repeat(bodyChars - bodyChars / 2)),
						"issuers", List.of()));
	}

}
