package cn.guifan.registry.statistics;

import java.util.List;

/**
 * A bar chart over the years as inline SVG (no script, prints as drawn): per year the
 * documents made, repealed and in force at the year's end, 规章 and 行政规范性文件 together.
 */
final class StatisticsChart {

	private static final int HEIGHT = 220;

	private static final int BAR = 8;

	private static final int GAP = 14;

	private static final String[] COLOURS = { "#1e6b34", "#8f1d1d", "#2b4c7e" };

	private StatisticsChart() {
	}

	static String svg(List<YearFigures> series) {
		int max = Math.max(1,
				series.stream()
					.mapToInt((y) -> Math.max(y.inForce(), Math.max(y.made(), y.repealed())))
					.max()
					.orElse(1));
		int width = 50 + series.size() * (3 * BAR + GAP) + 10;
		StringBuilder svg = new StringBuilder();
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-label=\"历年制发、废止和现行有效件数\" width=\"")
			.append(width)
			.append("\" height=\"")
			.append(HEIGHT + 60)
			.append("\" viewBox=\"0 0 ")
			.append(width)
			.append(' ')
			.append(HEIGHT + 60)
			.append("\" font-size=\"11\">");
		svg.append("<line x1=\"40\" y1=\"10\" x2=\"40\" y2=\"").append(HEIGHT + 10).append("\" stroke=\"#999\"/>");
		svg.append("<text x=\"36\" y=\"16\" text-anchor=\"end\">").append(max).append("</text>");
		svg.append("<text x=\"36\" y=\"").append(HEIGHT + 10).append("\" text-anchor=\"end\">0</text>");
		int x = 50;
		for (YearFigures y : series) {
			int[] values = { y.made(), y.repealed(), y.inForce() };
			for (int i = 0; i < 3; i++) {
				int h = (int) Math.round((double) values[i] * HEIGHT / max);
				svg.append("<rect x=\"")
					.append(x + i * BAR)
					.append("\" y=\"")
					.append(HEIGHT + 10 - h)
					.append("\" width=\"")
					.append(BAR - 1)
					.append("\" height=\"")
					.append(h)
					.append("\" fill=\"")
					.append(COLOURS[i])
					.append("\"><title>")
					.append(y.year())
					.append("年 ")
					.append(new String[] { "制发", "废止", "现行有效" }[i])
					.append(' ')
					.append(values[i])
					.append("件</title></rect>");
			}
			svg.append("<text x=\"")
				.append(x + BAR)
				.append("\" y=\"")
				.append(HEIGHT + 24)
				.append("\" text-anchor=\"middle\" transform=\"rotate(45 ")
				.append(x + BAR)
				.append(' ')
				.append(HEIGHT + 24)
				.append(")\">")
				.append(y.year())
				.append("</text>");
			x += 3 * BAR + GAP;
		}
		int ly = HEIGHT + 52;
		String[] legend = { "本年制发", "本年废止", "现行有效" };
		for (int i = 0; i < 3; i++) {
			svg.append("<rect x=\"")
				.append(50 + i * 90)
				.append("\" y=\"")
				.append(ly - 9)
				.append("\" width=\"10\" height=\"10\" fill=\"")
				.append(COLOURS[i])
				.append("\"/><text x=\"")
				.append(64 + i * 90)
				.append("\" y=\"")
				.append(ly)
				.append("\">")
				.append(legend[i])
				.append("</text>");
		}
		return svg.append("</svg>").toString();
	}

}
