package cn.guifan.registry.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.guifan.registry.support.Corpus;
import com.hankcs.hanlp.HanLP;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Known-item queries for the relevance benchmark, generated from the corpus with a fixed
 * seed: each query names the files of the one work (all versions of one title) it should
 * find. Ground truth comes from the files and the sample labels, never from Guifan's own
 * metadata extraction.
 * <ul>
 * <li>{@code title_fragment}: 4–12 consecutive characters of a title, cut anywhere, that
 * no other work's title contains; three in ten are instead a few words of the title (two
 * runs of whole words by HanLP's default segmentation, in order, with a gap, separated by
 * a space) that no other title contains in that order;</li>
 * <li>{@code short_name}: a national law without 中华人民共和国 (会计法), the instrument a sample
 * notice publishes (its label's instrumentTitle), a title without a trailing （试行）/（暂行）;
 * only names that are no other work's title;</li>
 * <li>{@code doc_number}: the samples' labelled numbers and the 令 numbers that
 * promulgated regulations (the last 公布/发布 line of a history block), each typed in one of
 * the ways people type them: other brackets, none, full-width digits, spaces, a missing
 * 号, 第N号令;</li>
 * <li>{@code sentence}: a clause of 10–40 characters from the body (between punctuation
 * marks, without an article number) that occurs nowhere in any other work's text, as a
 * user remembers a sentence;</li>
 * <li>{@code traditional}: title fragments, short names and sentences of other works,
 * converted to traditional characters.</li>
 * </ul>
 */
final class KnownItemQueries {

	static final List<String> TYPES = List.of("title_fragment", "short_name", "doc_number", "sentence", "traditional");

	private static final String NATIONAL = "中华人民共和国";

	private static final Pattern PROMULGATION = Pattern
		.compile("^\\s*\\d{4}年\\d{1,2}月\\d{1,2}日\\s*(.{2,40}?)令\\s*第\\s*(\\d+)\\s*号\\s*(?:公布|发布)");

	private static final Pattern TRIAL = Pattern.compile("^(.+)[（(](试行|暂行)[）)]$");

	private static final Pattern CLAUSE_SPLIT = Pattern.compile("[，。；：！？、\\n（）()“”《》]");

	private KnownItemQueries() {
	}

	/** A document of the corpus with what the generator knows of it. */
	record Work(String key, List<String> files, String title, String body, String text, Set<String> docNumbers,
			Set<String> shortNames) {
	}

	/** A query and the files of the work it should find first. */
	record KnownItem(String id, String type, String query, List<String> targets) {
	}

	/** Reads laws and samples (the targets) from the corpus and the project. */
	static List<Work> works() {
		Map<String, WorkBuilder> byTitle = new LinkedHashMap<>();
		for (Path file : Corpus.lawFiles()) {
			String text = read(file);
			String title = text.lines().findFirst().orElse("").replaceFirst("^#\\s*", "").strip();
			int end = text.indexOf("<!-- INFO END -->");
			String head = (end > 0) ? text.substring(0, end) : "";
			String body = (end > 0) ? text.substring(end + "<!-- INFO END -->".length()) : text;
			WorkBuilder work = byTitle.computeIfAbsent(key(title), (k) -> new WorkBuilder(title));
			work.files.add(Corpus.laws().relativize(file).toString());
			work.body += "\n" + body;
			work.text += "\n" + text;
			String number = promulgation(head);
			if (number != null) {
				work.docNumbers.add(number);
			}
			if (title.startsWith(NATIONAL) && title.length() > NATIONAL.length() + 1) {
				work.shortNames.add(title.substring(NATIONAL.length()));
			}
			Matcher trial = TRIAL.matcher(title);
			if (trial.matches()) {
				work.shortNames.add(trial.group(1));
			}
		}
		JsonMapper json = JsonMapper.builder().build();
		for (String line : read(BenchRegistry.samplesLabels()).split("\n")) {
			if (line.isBlank()) {
				continue;
			}
			JsonNode label = json.readTree(line);
			String title = label.get("title").asString();
			String file = label.get("file").asString();
			WorkBuilder work = byTitle.computeIfAbsent(key(title), (k) -> new WorkBuilder(title));
			work.files.add(BenchRegistry.SAMPLES + file);
			String text = read(BenchRegistry.samplesFolder().resolve(file), file.contains("gbk"));
			work.body += "\n" + text;
			work.text += "\n" + text;
			if (!label.get("docNumberNormalized").isNull()) {
				work.docNumbers.add(label.get("docNumberNormalized").asString());
			}
			String instrument = label.path("instrumentTitle").asString("");
			if (!instrument.isBlank() && !instrument.equals(title)) {
				work.shortNames.add(instrument);
			}
			work.publicDocument = !List.of("依申请公开", "不予公开").contains(label.path("disclosure").asString(""));
		}
		List<Work> works = new ArrayList<>();
		byTitle.forEach((k, w) -> {
			if (w.publicDocument) {
				works.add(new Work(k, List.copyOf(w.files), w.title, w.body, w.text, Set.copyOf(w.docNumbers),
						Set.copyOf(w.shortNames)));
			}
		});
		return works;
	}

	/** Generates {@code perType} queries of each type, the same for the same seed. */
	static List<KnownItem> generate(List<Work> works, int perType, long seed) {
		Random random = new Random(seed);
		Lookup corpus = new Lookup(works);
		List<KnownItem> queries = new ArrayList<>();
		List<KnownItem> forTraditional = new ArrayList<>();
		queries.addAll(titleFragments(corpus, perType, random));
		queries.addAll(shortNames(corpus, perType, random));
		queries.addAll(docNumbers(corpus, perType, random));
		queries.addAll(sentences(corpus, perType, random));
		forTraditional.addAll(titleFragments(corpus, perType, random));
		forTraditional.addAll(shortNames(corpus, perType, random));
		forTraditional.addAll(sentences(corpus, perType, random));
		Collections.shuffle(forTraditional, random);
		int n = 0;
		for (KnownItem item : forTraditional) {
			String traditional = HanLP.convertToTraditionalChinese(item.query());
			if (n < perType && !traditional.equals(item.query())) {
				queries.add(new KnownItem("traditional-" + (++n), "traditional", traditional, item.targets()));
			}
		}
		return queries;
	}

	private static List<KnownItem> titleFragments(Lookup corpus, int count, Random random) {
		List<KnownItem> items = new ArrayList<>();
		List<Work> shuffled = corpus.shuffled(random);
		for (Work work : shuffled) {
			if (items.size() >= count) {
				break;
			}
			String title = work.title().replaceAll("\\s+", "");
			if (title.length() < 6) {
				continue;
			}
			boolean twoPieces = random.nextInt(10) < 3 && title.length() >= 10;
			for (int attempt = 0; attempt < 20; attempt++) {
				String query;
				List<String> pieces;
				if (twoPieces) {
					// A few words of the title, as someone remembers them: two runs of
					// whole words (HanLP's default segmentation), in order, with a gap
					// between.
					List<String> words = HanLP.segment(title).stream().map((t) -> t.word).toList();
					if (words.size() < 4) {
						twoPieces = false;
						continue;
					}
					int i = random.nextInt(words.size() - 3);
					int j = i + 2 + random.nextInt(words.size() - i - 2);
					pieces = List.of(String.join("", words.subList(i, i + 1 + ((j - i > 2) ? random.nextInt(2) : 0))),
							String.join("", words.subList(j, Math.min(words.size(), j + 1 + random.nextInt(2)))));
					if (pieces.stream().anyMatch((p) -> p.length() < 2)) {
						continue;
					}
					query = pieces.get(0) + " " + pieces.get(1);
				}
				else {
					int length = 4 + random.nextInt(Math.min(9, title.length() - 4));
					int start = random.nextInt(title.length() - length + 1);
					query = title.substring(start, start + length);
					pieces = List.of(query);
				}
				if (pieces.stream().anyMatch(KnownItemQueries::edgePunctuation) || query.equals(NATIONAL)) {
					continue;
				}
				if (corpus.titlesContainingAll(pieces).equals(Set.of(work.key()))) {
					items.add(new KnownItem("title_fragment-" + (items.size() + 1), "title_fragment", query,
							work.files()));
					break;
				}
			}
		}
		return items;
	}

	private static List<KnownItem> shortNames(Lookup corpus, int count, Random random) {
		List<KnownItem> items = new ArrayList<>();
		for (Work work : corpus.shuffled(random)) {
			if (items.size() >= count) {
				break;
			}
			for (String name : work.shortNames()) {
				if (!corpus.isTitleOfAnotherWork(name, work)) {
					items.add(new KnownItem("short_name-" + (items.size() + 1), "short_name", name, work.files()));
					break;
				}
			}
		}
		return items;
	}

	private static List<KnownItem> docNumbers(Lookup corpus, int count, Random random) {
		List<KnownItem> items = new ArrayList<>();
		// The samples first: few, and the only ones with bracketed numbers.
		List<Work> ordered = new ArrayList<>();
		List<Work> shuffled = corpus.shuffled(random);
		shuffled.stream().filter((w) -> w.files().get(0).startsWith(BenchRegistry.SAMPLES)).forEach(ordered::add);
		shuffled.stream().filter((w) -> !w.files().get(0).startsWith(BenchRegistry.SAMPLES)).forEach(ordered::add);
		Map<String, Integer> owners = new HashMap<>();
		corpus.works().forEach((w) -> w.docNumbers().forEach((n) -> owners.merge(n, 1, Integer::sum)));
		for (Work work : ordered) {
			if (items.size() >= count) {
				break;
			}
			for (String number : work.docNumbers()) {
				if (owners.get(number) != 1) {
					continue;
				}
				boolean sample = work.files().get(0).startsWith(BenchRegistry.SAMPLES);
				int variants = sample ? 3 : 1;
				for (int v = 0; v < variants && items.size() < count; v++) {
					items.add(new KnownItem("doc_number-" + (items.size() + 1), "doc_number",
							typedAnyWay(number, random), work.files()));
				}
				break;
			}
		}
		return items;
	}

	/** A number as someone might type it. */
	static String typedAnyWay(String normalized, Random random) {
		Matcher bracketed = Pattern.compile("^(.+?)〔(\\d{4})〕(\\d+)号$").matcher(normalized);
		if (bracketed.matches()) {
			String agency = bracketed.group(1);
			String year = bracketed.group(2);
			String serial = bracketed.group(3);
			return switch (random.nextInt(9)) {
				case 0 -> agency + "〔" + year + "〕" + serial + "号";
				case 1 -> agency + "[" + year + "]" + serial + "号";
				case 2 -> agency + "(" + year + ")" + serial + "号";
				case 3 -> agency + "（" + year + "）" + serial + "号";
				case 4 -> agency + "【" + year + "】" + serial + "号";
				case 5 -> agency + year + " " + serial + "号";
				case 6 -> agency + "〔" + year + "〕" + serial;
				case 7 -> agency + "〔" + fullWidth(year) + "〕" + fullWidth(serial) + "号";
				default -> agency + " 〔" + year + "〕 " + serial + " 号";
			};
		}
		Matcher order = Pattern.compile("^(.+?)令第(\\d+)号$").matcher(normalized);
		if (order.matches()) {
			String organ = order.group(1);
			String serial = order.group(2);
			return switch (random.nextInt(7)) {
				case 0 -> organ + "令第" + serial + "号";
				case 1 -> NATIONAL + organ + "令第" + serial + "号";
				case 2 -> organ + "令" + serial + "号";
				case 3 -> organ + "第" + serial + "号令";
				case 4 -> organ + "令 第" + serial + "号";
				case 5 -> organ + "令第" + serial;
				default -> organ + "令第" + fullWidth(serial) + "号";
			};
		}
		return normalized;
	}

	private static List<KnownItem> sentences(Lookup corpus, int count, Random random) {
		List<KnownItem> items = new ArrayList<>();
		for (Work work : corpus.shuffled(random)) {
			if (items.size() >= count) {
				break;
			}
			List<String> clauses = new ArrayList<>();
			for (String clause : CLAUSE_SPLIT.split(work.body())) {
				String c = clause.strip().replaceFirst("^第[一二三四五六七八九十百零〇]+[条章节]\\s*", "").replaceAll("\\s+", "");
				if (c.length() >= 10 && c.length() <= 40 && !c.contains("#") && !c.contains("<")) {
					clauses.add(c);
				}
			}
			if (clauses.isEmpty()) {
				continue;
			}
			for (int attempt = 0; attempt < 5; attempt++) {
				String clause = clauses.get(random.nextInt(clauses.size()));
				if (corpus.worksContainingText(clause).equals(Set.of(work.key()))) {
					items.add(new KnownItem("sentence-" + (items.size() + 1), "sentence", clause, work.files()));
					break;
				}
			}
		}
		return items;
	}

	/** Writes the queries as TSV: id, type, query, target files (comma-separated). */
	static void write(List<KnownItem> items, Path file) {
		StringBuilder out = new StringBuilder("# id\ttype\tquery\ttargets\n");
		for (KnownItem item : items) {
			out.append(item.id())
				.append('\t')
				.append(item.type())
				.append('\t')
				.append(item.query())
				.append('\t')
				.append(String.join(",", item.targets()))
				.append('\n');
		}
		try {
			Files.createDirectories(file.getParent());
			Files.writeString(file, out, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Reads queries written by {@link #write} (or by hand, in the same columns; a line
	 * may leave out the id: type, query, targets).
	 */
	static List<KnownItem> readQueries(Path file) {
		List<KnownItem> items = new ArrayList<>();
		int n = 0;
		for (String line : read(file).split("\n")) {
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			String[] f = line.split("\t");
			n++;
			if (f.length == 3) {
				items.add(new KnownItem(f[0] + "-" + n, f[0], f[1], List.of(f[2].split(","))));
			}
			else if (f.length >= 4) {
				items.add(new KnownItem(f[0], f[1], f[2], List.of(f[3].split(","))));
			}
			else {
				throw new IllegalArgumentException("line " + n + " of " + file + " needs type, query and targets");
			}
		}
		return items;
	}

	private static String promulgation(String head) {
		String found = null;
		for (String line : head.split("\n")) {
			Matcher m = PROMULGATION.matcher(line);
			if (m.find()) {
				String organ = m.group(1).replace(NATIONAL, "").strip();
				if (organ.endsWith("令")) {
					organ = organ.substring(0, organ.length() - 1);
				}
				if (organ.isEmpty() || organ.contains("、") || organ.contains("，")) {
					continue;
				}
				found = organ + "令第" + Integer.parseInt(m.group(2)) + "号";
			}
		}
		return found;
	}

	private static boolean edgePunctuation(String s) {
		return !Character.isLetterOrDigit(s.charAt(0)) || !Character.isLetterOrDigit(s.charAt(s.length() - 1));
	}

	private static String fullWidth(String digits) {
		StringBuilder out = new StringBuilder();
		for (char c : digits.toCharArray()) {
			out.append((char) (c - '0' + '０'));
		}
		return out.toString();
	}

	static String key(String title) {
		return title.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
	}

	private static String read(Path file) {
		return read(file, false);
	}

	private static String read(Path file, boolean gbk) {
		try {
			return Files.readString(file, gbk ? java.nio.charset.Charset.forName("GBK") : StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static final class WorkBuilder {

		private final String title;

		private final List<String> files = new ArrayList<>();

		private final Set<String> docNumbers = new LinkedHashSet<>();

		private final Set<String> shortNames = new LinkedHashSet<>();

		private String body = "";

		private String text = "";

		private boolean publicDocument = true;

		WorkBuilder(String title) {
			this.title = title;
		}

	}

	/** Lookups over all works, for the uniqueness checks. */
	private static final class Lookup {

		private final List<Work> works;

		private final Map<String, String> textByWork = new LinkedHashMap<>();

		private final Set<String> titleKeys = new LinkedHashSet<>();

		Lookup(List<Work> works) {
			this.works = works;
			for (Work w : works) {
				// The whole text, history block included: the index holds all of it.
				this.textByWork.put(w.key(), w.text().replaceAll("\\s+", ""));
				this.titleKeys.add(w.key());
			}
			// The seeds are no targets, but a sentence they share is not distinctive.
			try (var seeds = Files.list(Corpus.seeds())) {
				seeds.sorted()
					.forEach((f) -> this.textByWork.put(BenchRegistry.SEEDS + f.getFileName(),
							read(f).replaceAll("\\s+", "")));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		List<Work> works() {
			return this.works;
		}

		List<Work> shuffled(Random random) {
			List<Work> copy = new ArrayList<>(this.works);
			Collections.shuffle(copy, random);
			return copy;
		}

		Set<String> titlesContainingAll(List<String> pieces) {
			Set<String> found = new LinkedHashSet<>();
			for (Work w : this.works) {
				String title = w.key();
				int from = 0;
				boolean all = true;
				for (String piece : pieces) {
					int at = title.indexOf(key(piece), from);
					if (at < 0) {
						all = false;
						break;
					}
					from = at + piece.length();
				}
				if (all) {
					found.add(w.key());
				}
			}
			return found;
		}

		boolean isTitleOfAnotherWork(String name, Work work) {
			String k = key(name);
			if (this.titleKeys.contains(k) && !k.equals(work.key())) {
				return true;
			}
			for (Work other : this.works) {
				if (other != work && other.shortNames().contains(name)) {
					return true;
				}
			}
			return false;
		}

		Set<String> worksContainingText(String text) {
			Set<String> found = new LinkedHashSet<>();
			this.textByWork.forEach((k, body) -> {
				if (body.contains(text)) {
					found.add(k);
				}
			});
			return found;
		}

	}

}
