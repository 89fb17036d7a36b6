package cn.guifan.schemas.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Traditional characters to simplified ones, the one conversion the project uses: ingest
 * reads a mirror's 某府辦〔2011〕7號 as 某府办〔2011〕7号, search folds 國辦發 to 国办发 on both sides.
 * <p>
 * The table ({@code t2s.txt} beside this class) holds single characters and the phrases
 * whose conversion differs from converting their characters one by one (乾坤 stays 乾坤 while
 * 乾燥 becomes 干燥; 著 stays in 著作). Phrases match longest first, left to right. Every entry
 * keeps the length of the text, so an offset found in the converted text is the same
 * offset in the original. Simplified text comes back unchanged (the same string).
 * Thread-safe.
 */
public final class SimplifiedChinese {

	private static final String TABLE = "t2s.txt";

	/** Simplified form of each BMP character; 0 where it has none. */
	private static final char[] CHARS = new char[Character.MAX_VALUE + 1];

	/**
	 * The phrases by their first character, longest first, each as {from, to}: looked up
	 * by comparing in place, since building a key string at every character that may
	 * start one was most of the conversion's time on simplified text.
	 */
	private static final String[][][] PHRASES = new String[Character.MAX_VALUE + 1][][];

	static {
		Map<Character, List<String[]>> phrases = new HashMap<>();
		try (InputStream in = SimplifiedChinese.class.getResourceAsStream(TABLE)) {
			if (in == null) {
				throw new IllegalStateException("missing resource " + TABLE);
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			String line;
			while ((line = reader.readLine()) != null) {
				int eq = line.indexOf('=');
				if (line.startsWith("#") || eq <= 0 || line.length() - eq - 1 != eq) {
					continue;
				}
				String from = line.substring(0, eq);
				String to = line.substring(eq + 1);
				if (from.length() == 1) {
					CHARS[from.charAt(0)] = to.charAt(0);
				}
				else {
					phrases.computeIfAbsent(from.charAt(0), (k) -> new ArrayList<>()).add(new String[] { from, to });
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		phrases.forEach((first, list) -> {
			list.sort(Comparator.comparingInt((String[] phrase) -> phrase[0].length()).reversed());
			PHRASES[first] = list.toArray(String[][]::new);
		});
	}

	private SimplifiedChinese() {
	}

	/** True when this character has a simplified form other than itself. */
	public static boolean isTraditional(char c) {
		return CHARS[c] != 0;
	}

	/**
	 * The text in simplified characters, of the same length; the same instance when
	 * nothing changes.
	 */
	public static String of(String text) {
		int i = firstToConvert(text);
		if (i < 0) {
			return text;
		}
		StringBuilder out = new StringBuilder(text.length());
		out.append(text, 0, i);
		while (i < text.length()) {
			char c = text.charAt(i);
			String phrase = phraseAt(text, i);
			if (phrase != null) {
				out.append(phrase);
				i += phrase.length();
			}
			else {
				char simplified = CHARS[c];
				out.append((simplified != 0) ? simplified : c);
				i++;
			}
		}
		String converted = out.toString();
		return converted.equals(text) ? text : converted;
	}

	/** True when {@link #of} would change the text. */
	public static boolean hasTraditional(String text) {
		return !of(text).equals(text);
	}

	/** The simplified form of the longest phrase that starts at {@code i}, if any. */
	private static @Nullable String phraseAt(String text, int i) {
		String[][] candidates = PHRASES[text.charAt(i)];
		if (candidates != null) {
			for (String[] phrase : candidates) {
				if (text.startsWith(phrase[0], i)) {
					return phrase[1];
				}
			}
		}
		return null;
	}

	private static int firstToConvert(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (CHARS[c] != 0 || PHRASES[c] != null) {
				return i;
			}
		}
		return -1;
	}

}
