package cn.guifan.registry.diff;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Two versions of a document aligned article by article (新旧对照).
 *
 * @param documentId the document
 * @param title its title
 * @param from the older version
 * @param to the newer version
 * @param summary how many rows of each change
 * @param rows the aligned articles, in the newer version's order
 */
public record VersionDiff(long documentId, String title, Side from, Side to, Map<Change, Long> summary,
		List<Row> rows) {

	/**
	 * A version compared.
	 *
	 * @param versionNo its number
	 * @param validFrom when it took effect
	 * @param label what made it
	 */
	public record Side(int versionNo, @Nullable LocalDate validFrom, @Nullable String label) {
	}

	/** What happened to an article between the versions. */
	public enum Change {

		/** Same text, same number. */
		UNCHANGED("未修改"),

		/** Same text under another number. */
		RENUMBERED("条序变动"),

		/** Changed text (perhaps also renumbered). */
		CHANGED("修改"),

		/** New in the newer version. */
		ADDED("新增"),

		/** Gone from the newer version. */
		REMOVED("删除");

		private final String label;

		Change(String label) {
			this.label = label;
		}

		public String label() {
			return this.label;
		}

	}

	/**
	 * One aligned pair.
	 *
	 * @param change what happened
	 * @param changeLabel the same in Chinese
	 * @param oldArticle the article in the older version (null when added)
	 * @param newArticle the article in the newer version (null when removed)
	 * @param similarity how much of the text is shared (0–1)
	 * @param segments the changed text marked as kept, deleted and inserted pieces
	 */
	public record Row(Change change, String changeLabel, @Nullable Article oldArticle, @Nullable Article newArticle,
			double similarity, List<Segment> segments) {
	}

	/**
	 * A piece of an inline diff.
	 *
	 * @param op EQUAL, DELETE or INSERT
	 * @param text the piece
	 */
	public record Segment(String op, String text) {
	}

}
