package cn.guifan.schemas.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

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

	/** For each first character, the length of the longest phrase starting with it. */
	private static final byte[] LONGEST = new byte[Character.MAX_VALUE + 1];

	private static final Map<String, String> PHRASES = new HashMap<>();

	static {
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
					PHRASES.put(from, to);
					char first = from.charAt(0);
					LONGEST[first] = (byte) Math.max(LONGEST[first], Math.min(from.length(), Byte.MAX_VALUE));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
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
			int longest = LONGEST[c];
			String phrase = null;
			for (int n = Math.min(longest, text.length() - i); n >= 2 && phrase == null; n--) {
				phrase = PHRASES.get(text.substring(i, i + n));
			}
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

	private static int firstToConvert(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (CHARS[c] != 0 || LONGEST[c] != 0) {
				return i;
			}
		}
		return -1;
	}

}
