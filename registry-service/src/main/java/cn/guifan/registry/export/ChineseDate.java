package cn.guifan.registry.export;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** Dates as Chinese documents print them: 2025年1月1日. */
public final class ChineseDate {

	private ChineseDate() {
	}

	public static @Nullable String of(@Nullable LocalDate date) {
		return (date != null) ? format(date) : null;
	}

	public static String format(LocalDate date) {
		return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
	}

}
