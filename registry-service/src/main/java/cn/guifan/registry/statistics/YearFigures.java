package cn.guifan.registry.statistics;

/**
 * One year's numbers, for the chart and the series.
 *
 * @param year the year
 * @param rulesMade 规章 made
 * @param rulesRepealed 规章 repealed
 * @param rulesInForce 规章 in force at the end of the year
 * @param normativeMade 行政规范性文件 made
 * @param normativeRepealed 行政规范性文件 repealed
 * @param normativeInForce 行政规范性文件 in force at the end of the year
 */
public record YearFigures(int year, int rulesMade, int rulesRepealed, int rulesInForce, int normativeMade,
		int normativeRepealed, int normativeInForce) {

	public int made() {
		return this.rulesMade + this.normativeMade;
	}

	public int repealed() {
		return this.rulesRepealed + this.normativeRepealed;
	}

	public int inForce() {
		return this.rulesInForce + this.normativeInForce;
	}

}
