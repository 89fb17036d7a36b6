package cn.guifan.registry.diff;

import java.util.ArrayList;
import java.util.List;

/**
 * What changed inside an article, character by character (longest common subsequence),
 * merged into runs of kept, deleted and inserted text.
 */
final class InlineDiff {

	/** Longer texts are shown as replaced whole: the table would cost too much memory. */
	static final int MAX_CHARS = 6_000;

	private InlineDiff() {
	}

	static List<VersionDiff.Segment> diff(String a, String b) {
		if (a.length() > MAX_CHARS || b.length() > MAX_CHARS) {
			return List.of(new VersionDiff.Segment("DELETE", a), new VersionDiff.Segment("INSERT", b));
		}
		int n = a.length();
		int m = b.length();
		int[][] lcs = new int[n + 1][m + 1];
		for (int i = n - 1; i >= 0; i--) {
			for (int j = m - 1; j >= 0; j--) {
				lcs[i][j] = (a.charAt(i) == b.charAt(j)) ? lcs[i + 1][j + 1] + 1
						: Math.max(lcs[i + 1][j], lcs[i][j + 1]);
			}
		}
		List<VersionDiff.Segment> segments = new ArrayList<>();
		StringBuilder run = new StringBuilder();
		String op = null;
		int i = 0;
		int j = 0;
		while (i < n || j < m) {
			String next;
			char c;
			if (i < n && j < m && a.charAt(i) == b.charAt(j)) {
				next = "EQUAL";
				c = a.charAt(i);
				i++;
				j++;
			}
			else if (j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j])) {
				next = "INSERT";
				c = b.charAt(j++);
			}
			else {
				next = "DELETE";
				c = a.charAt(i++);
			}
			if (!next.equals(op) && op != null) {
				segments.add(new VersionDiff.Segment(op, run.toString()));
				run.setLength(0);
			}
			op = next;
			run.append(c);
		}
		if (op != null) {
			segments.add(new VersionDiff.Segment(op, run.toString()));
		}
		return segments;
	}

}
