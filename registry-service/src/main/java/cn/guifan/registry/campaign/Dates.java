package cn.guifan.registry.campaign;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** Dates as Chinese documents print them: 2026年12月31日. */
final class Dates {

	private Dates() {
	}

	static String chinese(LocalDate date) {
		return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
	}

	static String chineseOrBlank(@Nullable LocalDate date) {
		return (date != null) ? chinese(date) : "";
	}

}
