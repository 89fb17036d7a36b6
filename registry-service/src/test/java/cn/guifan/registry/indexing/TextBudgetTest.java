package cn.guifan.registry.indexing;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextBudgetTest {

	@Test
	void partsHoldAtMostTheBudgetInOrder() {
		Map<String, Long> chars = Map.of("a", 1_500_000L, "b", 1_500_000L, "c", 1_000_000L, "d", 10L);
		assertThat(TextBudget.split(List.of("a", "b", "c", "d"), chars::get, 3_000_000))
			.containsExactly(List.of("a", "b"), List.of("c", "d"));
	}

	@Test
	void anItemOverTheBudgetGoesAlone() {
		Map<String, Long> chars = Map.of("a", 10L, "big", 5_000_000L, "b", 10L);
		assertThat(TextBudget.split(List.of("a", "big", "b"), chars::get, 1_000)).containsExactly(List.of("a"),
				List.of("big"), List.of("b"));
	}

	@Test
	void shortTextsStayOneBatch() {
		assertThat(TextBudget.split(List.of(1L, 2L, 3L), (id) -> 1_000L, 4_000_000))
			.containsExactly(List.of(1L, 2L, 3L));
		assertThat(TextBudget.split(List.<Long>of(), (id) -> 1L, 10)).isEmpty();
	}

}
