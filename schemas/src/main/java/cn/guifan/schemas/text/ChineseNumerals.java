package cn.guifan.schemas.text;

import java.util.OptionalInt;

/**
 * Reads numbers written in Chinese numerals, as they appear in signature dates
 * (二〇二〇年七月十六日), article numbers (第一百零五条) and order numbers (第七百二十二号).
 */
public final class ChineseNumerals {

	private ChineseNumerals() {
	}

	/**
	 * The value of a single digit character, or -1. Accepts 〇/○/O/0/零 for zero and 两 for
	 * two.
	 */
	public static int digit(char c) {
		return switch (c) {
			case '〇', '○', 'O', 'o', '0', '零', '０', 'Ｏ', '◯' -> 0;
			case '一', '壹', '1', '１' -> 1;
			case '二', '两', '贰', '2', '２' -> 2;
			case '三', '叁', '3', '３' -> 3;
			case '四', '肆', '4', '４' -> 4;
			case '五', '伍', '5', '５' -> 5;
			case '六', '陆', '6', '６' -> 6;
			case '七', '柒', '7', '７' -> 7;
			case '八', '捌', '8', '８' -> 8;
			case '九', '玖', '9', '９' -> 9;
			default -> -1;
		};
	}

	private static int unit(char c) {
		return switch (c) {
			case '十', '拾' -> 10;
			case '百', '佰' -> 100;
			case '千', '仟' -> 1000;
			case '万' -> 10_000;
			default -> -1;
		};
	}

	/** True if every character is a digit or a unit this class reads. */
	public static boolean isNumeral(CharSequence text) {
		if (text.isEmpty()) {
			return false;
		}
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (digit(c) < 0 && unit(c) < 0) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Parses a number: positional digit strings (二〇二〇, 2020, 二0二0) and numbers with units
	 * (十六, 二十, 一百零五, 三千). Empty when the text is not a number.
	 */
	public static OptionalInt parse(CharSequence text) {
		String s = text.toString().strip();
		if (!isNumeral(s)) {
			return OptionalInt.empty();
		}
		boolean hasUnit = false;
		for (int i = 0; i < s.length(); i++) {
			if (unit(s.charAt(i)) > 0) {
				hasUnit = true;
				break;
			}
		}
		if (!hasUnit) {
			long value = 0;
			for (int i = 0; i < s.length(); i++) {
				value = value * 10 + digit(s.charAt(i));
				if (value > Integer.MAX_VALUE) {
					return OptionalInt.empty();
				}
			}
			return OptionalInt.of((int) value);
		}
		long total = 0;
		long section = 0;
		int pendingDigit = -1;
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			int d = digit(c);
			if (d >= 0) {
				pendingDigit = d;
				continue;
			}
			int u = unit(c);
			if (u == 10_000) {
				section += Math.max(pendingDigit, 0);
				total += section * 10_000;
				section = 0;
			}
			else {
				// 十 alone (十六) means one ten.
				section += (long) ((pendingDigit < 0) ? 1 : pendingDigit) * u;
			}
			pendingDigit = -1;
		}
		total += section + Math.max(pendingDigit, 0);
		return (total > Integer.MAX_VALUE) ? OptionalInt.empty() : OptionalInt.of((int) total);
	}

}
