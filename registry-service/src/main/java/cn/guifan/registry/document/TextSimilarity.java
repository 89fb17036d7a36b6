package cn.guifan.registry.document;

import java.util.HashSet;
import java.util.Set;

import cn.guifan.schemas.text.ChineseText;

/**
 * How much of one text is in another, on character 4-grams of the texts without spaces,
 * punctuation and width differences. Containment (shared grams over the smaller text's
 * grams) rather than Jaccard, so a disclosure page (navigation + table + notice) still
 * contains the notice it publishes as an attachment.
 */
final class TextSimilarity {

	private static final int GRAM = 4;

	private TextSimilarity() {
	}

	/** Shared grams over the grams of the smaller text, from 0 to 1. */
	static double containment(String a, String b) {
		Set<Long> gramsA = grams(a);
		Set<Long> gramsB = grams(b);
		if (gramsA.isEmpty() || gramsB.isEmpty()) {
			return 0;
		}
		Set<Long> smaller = (gramsA.size() <= gramsB.size()) ? gramsA : gramsB;
		Set<Long> larger = (smaller == gramsA) ? gramsB : gramsA;
		long shared = smaller.stream().filter(larger::contains).count();
		return (double) shared / smaller.size();
	}

	static Set<Long> grams(String text) {
		String letters = lettersAndDigits(text);
		Set<Long> grams = new HashSet<>(Math.max(16, letters.length()));
		for (int i = 0; i + GRAM <= letters.length(); i++) {
			long gram = 0;
			for (int j = 0; j < GRAM; j++) {
				gram = (gram << 16) | letters.charAt(i + j);
			}
			grams.add(gram);
		}
		return grams;
	}

	private static String lettersAndDigits(String text) {
		String folded = ChineseText.foldWidth(text);
		StringBuilder out = new StringBuilder(folded.length());
		for (int i = 0; i < folded.length(); i++) {
			char c = folded.charAt(i);
			if (Character.isLetterOrDigit(c)) {
				out.append(c);
			}
		}
		return out.toString();
	}

}
