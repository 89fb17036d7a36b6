package cn.guifan.schemas.document;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A unit of a document's body: 编, 章, 节, 条, 款 or 项, with its children.
 *
 * @param level which unit
 * @param label the number as printed, e.g. 第三章, 第十二条, （二）; a 款 has none and is counted
 * @param number the unit's ordinal within its kind (第十二条 → 12, the second 款 → 2)
 * @param heading the heading after the number (总则 for 第一章 总则), if any
 * @param span where the unit is in the text, children included
 * @param children the units it contains
 */
public record Provision(Level level, String label, int number, @Nullable String heading, TextSpan span,
		List<Provision> children) {

	public Provision {
		children = List.copyOf(children);
	}

	/** The levels of a GB/T-style body, outermost first. */
	public enum Level {

		/** 编. */
		PART,

		/** 章. */
		CHAPTER,

		/** 节. */
		SECTION,

		/** 条: an article. */
		ARTICLE,

		/** 款: a paragraph of an article. */
		PARAGRAPH,

		/** 项: an item, （一）. */
		ITEM

	}

}
