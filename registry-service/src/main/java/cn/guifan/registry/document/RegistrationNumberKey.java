package cn.guifan.registry.document;

import java.util.Locale;

import cn.guifan.schemas.text.ChineseText;

/**
 * 统一登记号 (the registration number of the 三统一 rule, e.g. QHGF—2022—02, HFGS-2017-9,
 * 杨管规〔2012〕001) as a key: printings differ in dashes, widths, brackets and spaces, and a
 * user types them differently again, so all of them fold to one key.
 */
public final class RegistrationNumberKey {

	private RegistrationNumberKey() {
	}

	/**
	 * The key of a printed or typed registration number: half-width, upper case, every
	 * dash one hyphen, every year bracket 〔〕, no spaces.
	 */
	public static String of(String printed) {
		String folded = ChineseText.removeSpaces(ChineseText.foldWidth(printed)).toUpperCase(Locale.ROOT);
		StringBuilder key = new StringBuilder(folded.length());
		for (int i = 0; i < folded.length(); i++) {
			char c = folded.charAt(i);
			switch (c) {
				case '—', '–', '―', '─', '‐', '‑', '‒', '－', '_', '━' -> key.append('-');
				case '[', '(', '【', '（', '［', '〖' -> key.append('〔');
				case ']', ')', '】', '）', '］', '〗' -> key.append('〕');
				default -> key.append(c);
			}
		}
		// Two dashes printed as one long rule (QHGF——2022——02) are still one.
		return key.toString().replaceAll("-{2,}", "-");
	}

}
