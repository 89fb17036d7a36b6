package cn.guifan.registry.diff;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.guifan.schemas.text.ChineseText;

/**
 * Aligns the articles of two versions: identical text first (wherever it moved), then the
 * closest remaining article by shared content, so an article renumbered after an
 * insertion is matched to itself, not to whatever now carries its old number. What is
 * left is added or removed.
 */
public final class ArticleAligner {

	/**
	 * Share of character 2-grams two articles must have in common to be the same article
	 * changed.
	 */
	static final double MIN_SIMILARITY = 0.4;

	private ArticleAligner() {
	}

	public static List<VersionDiff.Row> align(List<Article> older, List<Article> newer) {
		VersionDiff.Row[] byNew = new VersionDiff.Row[newer.size()];
		boolean[] oldUsed = new boolean[older.size()];
		// Identical content, nearest position first.
		for (int j = 0; j < newer.size(); j++) {
			String content = normalize(newer.get(j).content());
			int best = -1;
			for (int i = 0; i < older.size(); i++) {
				if (!oldUsed[i] && normalize(older.get(i).content()).equals(content)
						&& (best < 0 || Math.abs(i - j) < Math.abs(best - j))) {
					best = i;
				}
			}
			if (best >= 0) {
				oldUsed[best] = true;
				Article o = older.get(best);
				Article n = newer.get(j);
				VersionDiff.Change change = (o.number() == n.number()) ? VersionDiff.Change.UNCHANGED
						: VersionDiff.Change.RENUMBERED;
				byNew[j] = new VersionDiff.Row(change, change.label(), o, n, 1.0,
						List.of(new VersionDiff.Segment("EQUAL", n.text())));
			}
		}
		// Closest remaining pairs, best first.
		List<double[]> pairs = new ArrayList<>();
		for (int j = 0; j < newer.size(); j++) {
			if (byNew[j] != null) {
				continue;
			}
			for (int i = 0; i < older.size(); i++) {
				if (!oldUsed[i]) {
					double s = similarity(older.get(i).content(), newer.get(j).content());
					if (s >= MIN_SIMILARITY) {
						pairs.add(new double[] { s, i, j });
					}
				}
			}
		}
		pairs.sort((a, b) -> Double.compare(b[0], a[0]));
		for (double[] pair : pairs) {
			int i = (int) pair[1];
			int j = (int) pair[2];
			if (oldUsed[i] || byNew[j] != null) {
				continue;
			}
			oldUsed[i] = true;
			Article o = older.get(i);
			Article n = newer.get(j);
			byNew[j] = new VersionDiff.Row(VersionDiff.Change.CHANGED, VersionDiff.Change.CHANGED.label(), o, n,
					pair[0], InlineDiff.diff(o.text(), n.text()));
		}
		// Rows in the newer order, removed articles placed after the article that
		// preceded them.
		List<VersionDiff.Row> rows = new ArrayList<>();
		Set<Integer> placed = new HashSet<>();
		for (int j = 0; j < newer.size(); j++) {
			VersionDiff.Row row = byNew[j];
			if (row == null) {
				row = new VersionDiff.Row(VersionDiff.Change.ADDED, VersionDiff.Change.ADDED.label(), null,
						newer.get(j), 0, List.of(new VersionDiff.Segment("INSERT", newer.get(j).text())));
			}
			if (row.oldArticle() != null) {
				int oldIndex = older.indexOf(row.oldArticle());
				insertRemovedBefore(rows, older, oldUsed, placed, oldIndex);
				placed.add(oldIndex);
			}
			rows.add(row);
		}
		insertRemovedBefore(rows, older, oldUsed, placed, older.size());
		return rows;
	}

	/**
	 * Removed articles that came before {@code oldIndex} in the older version and are not
	 * placed yet.
	 */
	private static void insertRemovedBefore(List<VersionDiff.Row> rows, List<Article> older, boolean[] oldUsed,
			Set<Integer> placed, int oldIndex) {
		for (int i = 0; i < oldIndex; i++) {
			if (!oldUsed[i] && !placed.contains(i)) {
				placed.add(i);
				Article o = older.get(i);
				rows.add(new VersionDiff.Row(VersionDiff.Change.REMOVED, VersionDiff.Change.REMOVED.label(), o, null, 0,
						List.of(new VersionDiff.Segment("DELETE", o.text()))));
			}
		}
	}

	public static Map<VersionDiff.Change, Long> summary(List<VersionDiff.Row> rows) {
		Map<VersionDiff.Change, Long> summary = new EnumMap<>(VersionDiff.Change.class);
		rows.forEach((r) -> summary.merge(r.change(), 1L, Long::sum));
		return summary;
	}

	/** Dice coefficient of character 2-grams. */
	static double similarity(String a, String b) {
		Set<String> ga = bigrams(normalize(a));
		Set<String> gb = bigrams(normalize(b));
		if (ga.isEmpty() || gb.isEmpty()) {
			return 0;
		}
		long shared = ga.stream().filter(gb::contains).count();
		return 2.0 * shared / (ga.size() + gb.size());
	}

	private static Set<String> bigrams(String s) {
		Set<String> grams = new HashSet<>();
		for (int i = 0; i + 2 <= s.length(); i++) {
			grams.add(s.substring(i, i + 2));
		}
		return grams;
	}

	private static String normalize(String s) {
		return ChineseText.removeSpaces(ChineseText.foldWidth(s));
	}

}
