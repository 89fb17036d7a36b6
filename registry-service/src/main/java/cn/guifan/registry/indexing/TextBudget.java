package cn.guifan.registry.indexing;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * Splits work for the index by the characters of text it brings into memory, not only by
 * count: a hundred documents of two million indexed characters each, segmented and
 * serialized at once, take gigabytes. Each part holds at most {@code budget} characters,
 * except a single item larger than that, which goes alone (it has to be indexed too).
 */
final class TextBudget {

	private TextBudget() {
	}

	/** The items in order, in consecutive parts of at most {@code budget} characters. */
	static <T> List<List<T>> split(List<T> items, ToLongFunction<T> chars, long budget) {
		List<List<T>> parts = new ArrayList<>();
		List<T> current = new ArrayList<>();
		long total = 0;
		for (T item : items) {
			long size = Math.max(0, chars.applyAsLong(item));
			if (!current.isEmpty() && total + size > budget) {
				parts.add(current);
				current = new ArrayList<>();
				total = 0;
			}
			current.add(item);
			total += size;
		}
		if (!current.isEmpty()) {
			parts.add(current);
		}
		return parts;
	}

}
