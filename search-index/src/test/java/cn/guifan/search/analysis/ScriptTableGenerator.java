package cn.guifan.search.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import com.hankcs.hanlp.HanLP;

/**
 * Writes the traditional → simplified table of
 * {@code cn.guifan.schemas.text.SimplifiedChinese}
 * ({@code schemas/src/main/resources/cn/guifan/schemas/text/t2s.txt}) from HanLP's own
 * conversion, so that ingest (which must not depend on HanLP) and search convert alike.
 * <p>
 * Single characters: every BMP Han character and CJK punctuation HanLP converts to one
 * other character. Phrases: every traditional word of HanLP's dictionaries whose
 * conversion differs from converting its characters one by one (乾坤 stays 乾坤). Entries
 * that would change the length of the text are left out (a handful of rare characters
 * whose simplified form lies outside the BMP, and two regional words).
 * <p>
 * {@code ./mvnw -q -pl search-index exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=cn.guifan.search.analysis.ScriptTableGenerator -Dexec.args=PATH}
 */
public final class ScriptTableGenerator {

	private static final int[][] RANGES = { { 0x2000, 0x206F }, { 0x3000, 0x303F }, { 0xFE30, 0xFE4F },
			{ 0xFF00, 0xFFEF }, { 0x3400, 0x4DBF }, { 0x4E00, 0x9FFF }, { 0xF900, 0xFAFF } };

	private static final String HEADER = """
			# Traditional -> simplified Chinese, one 'traditional=simplified' entry a line: single characters, then
			# the phrases whose conversion differs from converting their characters one by one (乾坤 stays 乾坤).
			# Every entry keeps the length of the text (UTF-16 units), so offsets found in the converted text hold
			# in the original. Generated from HanLP portable 1.8.6's conversion (data/dictionary/tc, Apache License
			# 2.0) by cn.guifan.search.analysis.ScriptTableGenerator (search-index tests); do not edit by hand.
			""";

	private ScriptTableGenerator() {
	}

	public static void main(String[] args) throws IOException {
		Path out = Path.of(args[0]);
		try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
			w.write(HEADER);
			table().forEach((from, to) -> {
				try {
					w.write(from + "=" + to + "\n");
				}
				catch (IOException ex) {
					throw new java.io.UncheckedIOException(ex);
				}
			});
		}
	}

	/** Characters first, then phrases, each sorted. */
	static Map<String, String> table() throws IOException {
		Map<String, String> chars = new TreeMap<>();
		Map<Character, Character> byChar = new HashMap<>();
		for (int[] range : RANGES) {
			for (int c = range[0]; c <= range[1]; c++) {
				String s = String.valueOf((char) c);
				String t = HanLP.convertToSimplifiedChinese(s);
				if (!t.equals(s) && t.length() == 1) {
					chars.put(s, t);
					byChar.put(s.charAt(0), t.charAt(0));
				}
			}
		}
		Map<String, String> phrases = new TreeMap<>();
		for (String phrase : candidates()) {
			if (phrase.codePoints().count() != phrase.length()) {
				continue;
			}
			String converted = HanLP.convertToSimplifiedChinese(phrase);
			if (converted.length() != phrase.length()) {
				continue;
			}
			StringBuilder oneByOne = new StringBuilder();
			for (int i = 0; i < phrase.length(); i++) {
				oneByOne.append(byChar.getOrDefault(phrase.charAt(i), phrase.charAt(i)));
			}
			if (!converted.equals(oneByOne.toString())) {
				phrases.put(phrase, converted);
			}
		}
		Map<String, String> table = new java.util.LinkedHashMap<>(chars);
		table.putAll(phrases);
		return table;
	}

	/** The traditional words of HanLP's conversion dictionaries. */
	static Set<String> candidates() throws IOException {
		Set<String> words = new TreeSet<>();
		for (String line : lines("data/dictionary/tc/t2s.txt")) {
			int eq = line.indexOf('=');
			if (eq > 1) {
				words.add(line.substring(0, eq));
			}
		}
		for (String line : lines("data/dictionary/tc/s2t.txt")) {
			int eq = line.indexOf('=');
			if (eq > 0) {
				for (String word : line.substring(eq + 1).split(" ")) {
					if (word.length() > 1) {
						words.add(word);
					}
				}
			}
		}
		return words;
	}

	private static java.util.List<String> lines(String resource) throws IOException {
		try (InputStream in = HanLP.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IOException("HanLP's " + resource + " is missing");
			}
			return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
		}
	}

}
