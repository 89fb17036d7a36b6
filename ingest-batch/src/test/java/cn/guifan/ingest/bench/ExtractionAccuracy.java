package cn.guifan.ingest.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

import cn.guifan.ingest.metadata.ExtractionStage;
import cn.guifan.ingest.metadata.MetadataExtractor;
import cn.guifan.ingest.testing.TestFiles;
import cn.guifan.ingest.text.TextExtractor;
import cn.guifan.schemas.document.DocumentMetadata;
import cn.guifan.schemas.text.ChineseDates;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Per-field accuracy of the metadata extraction against labelled documents, and its cost.
 * <p>
 * {@code scripts/benchmark accuracy [--misses N] [--laws N] [--field NAME] [--docx N]}
 * <ul>
 * <li>the 3,423 corpus laws, labelled from their files and manifest
 * ({@link LawLabels});</li>
 * <li>the 24 samples of 青禾县 with their hand labels (qinghe-labels.jsonl);</li>
 * <li>the five seeds with hand labels (seed-labels.jsonl in this package's
 * resources);</li>
 * <li>the documents found on the web ({@link WildSet}), tune and each held-out part
 * apart; {@code --set wild} runs only these.</li>
 * </ul>
 * Texts are read with the ingest's {@link TextExtractor} (Tika), as ingest reads them. A
 * value matches when it is exactly the label (lists in order; citations and repeals as
 * sets of title and normalized number). The cost is the extractor's time per document,
 * warm, beside Tika's for the same files, and on laws written out as .docx.
 */
public final class ExtractionAccuracy {

	private static final ObjectMapper JSON = JsonMapper.builder().build();

	private final TextExtractor tika = new TextExtractor();

	private final MetadataExtractor extractor = MetadataExtractor.standard();

	private final List<Doc> docs = new ArrayList<>();

	private ExtractionAccuracy() {
	}

	/** A labelled document, its text and what was extracted. */
	private static final class Doc {

		final Labels.Expected expected;

		final Path path;

		String text;

		DocumentMetadata got;

		Doc(Labels.Expected expected, Path path) {
			this.expected = expected;
			this.path = path;
		}

		boolean isVariant() {
			return this.expected.source == Labels.Source.AS_DOCX
					|| this.expected.source == Labels.Source.NO_BLANK_LINES;
		}

	}

	public static void main(String[] args) throws Exception {
		Map<String, String> options = options(args);
		int misses = Integer.parseInt(options.getOrDefault("misses", "10"));
		int laws = Integer.parseInt(options.getOrDefault("laws", "0"));
		int docx = Integer.parseInt(options.getOrDefault("docx", "200"));
		String only = options.get("field");
		String set = options.getOrDefault("set", "all");
		ExtractionAccuracy bench = new ExtractionAccuracy();
		if (set.equals("wild") || options.containsKey("perturb")) {
			bench.wild(misses, options, only);
			return;
		}
		bench.load(corpus(), samples(), laws);
		if (options.containsKey("dump")) {
			bench.dumpLabels(Integer.parseInt(options.get("dump")));
			return;
		}
		long[] cold = bench.readAll();
		long[] warm = bench.readAll();
		long metadataWarm = bench.extractAll();
		bench.report(misses, only);
		bench.wild(misses, options, only);
		bench.cost(cold, warm, metadataWarm, docx);
		if (options.containsKey("stages")) {
			bench.stageCosts();
		}
	}

	/**
	 * The wild set: tune and each held-out part apart, misses of tune only (see
	 * {@link WildSet}).
	 */
	private void wild(int misses, Map<String, String> options, String only) throws Exception {
		if (options.containsKey("perturb")) {
			// tune only: the held-out pages are not read at all
			WildSet.load(WildSet.directory(), this.tika, this.extractor, (part) -> !part.heldOut())
				.perturbReport(this.extractor, misses, only);
			return;
		}
		boolean holdoutMisses = "yes".equals(options.get("holdout-misses"));
		WildSet.load(WildSet.directory(), this.tika, this.extractor).report(misses, holdoutMisses, only);
	}

	private void load(Path corpus, Path samples, int lawLimit) throws IOException {
		Path laws = corpus.resolve("laws");
		Map<String, String> corrections = new HashMap<>();
		try (InputStream in = resource("law-label-corrections.jsonl")) {
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				if (!line.isBlank()) {
					JsonNode c = JSON.readTree(line);
					corrections.put(c.path("path").asString(), c.path("kind").asString());
				}
			}
		}
		List<String> manifest = Files.readAllLines(laws.resolve("manifest.jsonl"));
		if (lawLimit > 0) {
			Collections.shuffle(manifest, new Random(7));
			manifest = manifest.subList(0, Math.min(lawLimit, manifest.size()));
		}
		for (String line : manifest) {
			JsonNode row = JSON.readTree(line);
			String path = row.path("path").asString();
			Path file = laws.resolve(path);
			String raw = Files.readString(file);
			Labels.Expected expected = LawLabels.of(path, raw, row, corrections);
			this.docs.add(new Doc(expected, file));
		}
		for (String line : Files.readAllLines(samples.resolve("qinghe-labels.jsonl"))) {
			if (!line.isBlank()) {
				Labels.Expected e = Labels.fromJson(Labels.Source.SAMPLES, JSON.readTree(line));
				this.docs.add(new Doc(e, samples.resolve("qinghe").resolve(e.name)));
			}
		}
		try (InputStream in = resource("seed-labels.jsonl")) {
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				if (!line.isBlank()) {
					Labels.Expected e = Labels.fromJson(Labels.Source.SEEDS, JSON.readTree(line));
					this.docs.add(new Doc(e, corpus.resolve("seeds").resolve(e.name)));
				}
			}
		}
		addVariants();
	}

	/**
	 * The hand-labelled documents again in the shapes other formats give their text: as
	 * .docx read back by Tika, and without blank lines.
	 */
	private void addVariants() throws IOException {
		Path dir = Files.createTempDirectory("guifan-accuracy-variants");
		dir.toFile().deleteOnExit();
		List<Doc> labelled = this.docs.stream()
			.filter((d) -> d.expected.source == Labels.Source.SAMPLES || d.expected.source == Labels.Source.SEEDS)
			.toList();
		for (Doc d : labelled) {
			String text;
			try {
				text = this.tika.extract(d.path, d.path.getFileName().toString()).text();
			}
			catch (Exception ex) {
				throw new IOException(ex);
			}
			String base = d.path.getFileName().toString().replaceAll("\\.[a-z]+$", "");
			Path docx = TestFiles.docx(dir, base + ".docx", text);
			docx.toFile().deleteOnExit();
			this.docs.add(new Doc(d.expected.as(Labels.Source.AS_DOCX), docx));
			this.docs.add(new Doc(d.expected.as(Labels.Source.NO_BLANK_LINES), d.path));
		}
	}

	/**
	 * Prints the head of some laws picked at random with their derived labels, to check
	 * the labelling rules by eye.
	 */
	private void dumpLabels(int count) throws IOException {
		List<Doc> laws = new ArrayList<>(
				this.docs.stream().filter((d) -> d.expected.source == Labels.Source.CORPUS).toList());
		Collections.shuffle(laws, new Random(23));
		for (Doc d : laws.subList(0, Math.min(count, laws.size()))) {
			System.out.println("== " + d.expected.name);
			String text = Files.readString(d.path);
			int end = text.indexOf("<!-- INFO END -->");
			System.out.println(text.substring(0, (end < 0) ? Math.min(300, text.length()) : end).strip());
			d.expected.values.forEach((field, value) -> System.out.println("  " + field.label + " = " + show(value)));
		}
	}

	/**
	 * Reads every file with Tika and extracts; returns [tika ns, metadata ns] for laws.
	 */
	private long[] readAll() throws Exception {
		long tika = 0;
		long metadata = 0;
		for (Doc d : this.docs) {
			long t0 = cpu();
			d.text = this.tika.extract(d.path, d.path.getFileName().toString()).text();
			if (d.expected.source == Labels.Source.NO_BLANK_LINES) {
				d.text = d.text.replaceAll("\n[\\s\u3000]*\n", "\n");
			}
			long t1 = cpu();
			d.got = this.extractor.extract(d.text, d.path.getFileName().toString());
			long t2 = cpu();
			if (d.expected.source == Labels.Source.CORPUS) {
				tika += t1 - t0;
				metadata += t2 - t1;
			}
		}
		return new long[] { tika, metadata };
	}

	/** Extracts metadata again from every law's text; the time for all. */
	private long extractAll() {
		long total = 0;
		for (Doc d : this.docs) {
			if (d.expected.source == Labels.Source.CORPUS) {
				long t0 = cpu();
				this.extractor.extract(d.text, d.path.getFileName().toString());
				total += cpu() - t0;
			}
		}
		return total;
	}

	private void report(int missesPerField, String onlyField) {
		for (Doc d : this.docs) {
			if (d.expected.source == Labels.Source.CORPUS) {
				addPrintedDateLabels(d);
			}
		}
		Map<Labels.Field, Map<Labels.Source, int[]>> scores = new EnumMap<>(Labels.Field.class);
		Map<Labels.Field, List<String>> misses = new EnumMap<>(Labels.Field.class);
		for (Doc d : this.docs) {
			for (Map.Entry<Labels.Field, String> label : d.expected.values.entrySet()) {
				Labels.Field field = label.getKey();
				String want = label.getValue();
				String got = field.read(d.got);
				boolean hit = (want == null) ? (got == null || got.isEmpty()) : want.equals(got);
				int[] score = scores.computeIfAbsent(field, (f) -> new EnumMap<>(Labels.Source.class))
					.computeIfAbsent(d.expected.source, (s) -> new int[2]);
				score[0]++;
				if (hit) {
					score[1]++;
				}
				else if (field == Labels.Field.CITATIONS || field == Labels.Field.REPEALS) {
					misses.computeIfAbsent(field, (f) -> new ArrayList<>())
						.add(String.format("  [%s] %s%n      missing: %s%n      extra:   %s", d.expected.source.label,
								d.expected.name, difference(want, got), difference(got, want)));
				}
				else {
					misses.computeIfAbsent(field, (f) -> new ArrayList<>())
						.add(String.format("  [%s] %s%n      label: %s%n      got:   %s", d.expected.source.label,
								d.expected.name, show(want), show(got)));
				}
			}
		}
		long laws = this.docs.stream().filter((d) -> d.expected.source == Labels.Source.CORPUS).count();
		System.out.printf("%nExtraction accuracy (exact match): %d corpus laws, %d samples, %d seeds%n%n", laws,
				count(Labels.Source.SAMPLES), count(Labels.Source.SEEDS));
		System.out.println("| field | corpus | samples | seeds | all |");
		System.out.println("|---|---|---|---|---|");
		printRows(scores, List.of(Labels.Source.CORPUS, Labels.Source.SAMPLES, Labels.Source.SEEDS), true);
		System.out.println();
		System.out.println("Cells: exact matches / documents labelled = accuracy.");
		System.out.printf("%nThe same %d hand-labelled documents in other shapes:%n%n",
				count(Labels.Source.SAMPLES) + count(Labels.Source.SEEDS));
		System.out.println("| field | as .docx (Tika) | without blank lines |");
		System.out.println("|---|---|---|");
		printRows(scores, List.of(Labels.Source.AS_DOCX, Labels.Source.NO_BLANK_LINES), false);
		if (missesPerField > 0) {
			System.out.printf("%nMisses (first %d per field):%n", missesPerField);
			for (Map.Entry<Labels.Field, List<String>> e : misses.entrySet()) {
				if (onlyField != null && !e.getKey().name().equalsIgnoreCase(onlyField)
						&& !e.getKey().label.equalsIgnoreCase(onlyField)) {
					continue;
				}
				System.out.printf("%n%s: %d misses%n", e.getKey().label, e.getValue().size());
				e.getValue().stream().limit(missesPerField).forEach(System.out::println);
			}
		}
	}

	private static void printRows(Map<Labels.Field, Map<Labels.Source, int[]>> scores, List<Labels.Source> sources,
			boolean total) {
		for (Labels.Field field : Labels.Field.values()) {
			Map<Labels.Source, int[]> bySource = scores.get(field);
			if (bySource == null || sources.stream().noneMatch(bySource::containsKey)) {
				continue;
			}
			StringBuilder row = new StringBuilder("| " + field.label + " |");
			int[] all = new int[2];
			for (Labels.Source source : sources) {
				int[] s = bySource.get(source);
				row.append(' ').append(cell(s)).append(" |");
				if (s != null) {
					all[0] += s[0];
					all[1] += s[1];
				}
			}
			if (total) {
				row.append(' ').append(cell(all)).append(" |");
			}
			System.out.println(row);
		}
	}

	/**
	 * The manifest's dates, counted again over the laws whose text prints them: a law's
	 * text often lacks the date of its latest version.
	 */
	private static void addPrintedDateLabels(Doc d) {
		Set<String> printed = new HashSet<>();
		ChineseDates.findAll(d.text).forEach((m) -> printed.add(m.date().toString()));
		String published = d.expected.values.get(Labels.Field.PUBLISHED_DATE);
		if (published != null && printed.contains(published)) {
			d.expected.put(Labels.Field.PUBLISHED_DATE_PRINTED, published);
		}
		String effective = d.expected.values.get(Labels.Field.EFFECTIVE_DATE);
		if (effective != null && printed.contains(effective)) {
			d.expected.put(Labels.Field.EFFECTIVE_DATE_PRINTED, effective);
		}
	}

	private void cost(long[] cold, long[] warm, long metadataWarm, int docxCount) throws Exception {
		long laws = this.docs.stream().filter((d) -> d.expected.source == Labels.Source.CORPUS).count();
		if (laws == 0) {
			return;
		}
		System.out.printf("%nCost per law (%d .md files, CPU time of one thread):%n", laws);
		System.out.printf("  Tika text:  %.3f ms cold, %.3f ms warm%n", ms(cold[0], laws), ms(warm[0], laws));
		System.out.printf("  metadata:   %.3f ms cold, %.3f ms warm (%.0f%% of Tika on the same .md files)%n",
				ms(cold[1], laws), ms(metadataWarm, laws), 100.0 * metadataWarm / warm[0]);
		if (docxCount <= 0) {
			return;
		}
		List<Doc> picked = new ArrayList<>(
				this.docs.stream().filter((d) -> d.expected.source == Labels.Source.CORPUS).toList());
		Collections.shuffle(picked, new Random(11));
		picked = picked.subList(0, Math.min(docxCount, picked.size()));
		Path dir = Files.createTempDirectory("guifan-accuracy-docx");
		try {
			List<Path> files = new ArrayList<>();
			for (int i = 0; i < picked.size(); i++) {
				files.add(TestFiles.docx(dir, i + ".docx", picked.get(i).text));
			}
			long tika = 0;
			long metadata = 0;
			for (int round = 0; round < 2; round++) {
				tika = 0;
				metadata = 0;
				for (Path f : files) {
					long t0 = cpu();
					String text = this.tika.extract(f, f.getFileName().toString()).text();
					long t1 = cpu();
					this.extractor.extract(text, f.getFileName().toString());
					long t2 = cpu();
					tika += t1 - t0;
					metadata += t2 - t1;
				}
			}
			System.out.printf(
					"  as .docx (%d laws written with POI, warm): Tika %.3f ms, metadata %.3f ms = %.1f%% of Tika%n",
					files.size(), ms(tika, files.size()), ms(metadata, files.size()), 100.0 * metadata / tika);
		}
		finally {
			try (Stream<Path> walk = Files.walk(dir)) {
				walk.sorted(Collections.reverseOrder()).forEach((p) -> p.toFile().delete());
			}
		}
	}

	/** Elements of one " | "-joined set missing from another. */
	private static String difference(String a, String b) {
		Set<String> other = new HashSet<>(List.of(((b != null) ? b : "").split(" \\| ")));
		List<String> out = new ArrayList<>();
		for (String e : ((a != null) ? a : "").split(" \\| ")) {
			if (!e.isEmpty() && !other.contains(e)) {
				out.add(e);
			}
		}
		return out.isEmpty() ? "—" : String.join(" | ", out);
	}

	/** Time per law of each stage, warm. */
	private void stageCosts() {
		List<ExtractionStage> stages = this.extractor.stages();
		long[] nanos = new long[stages.size()];
		List<ExtractionStage> timed = new ArrayList<>();
		for (int i = 0; i < stages.size(); i++) {
			int index = i;
			ExtractionStage stage = stages.get(i);
			timed.add((text, metadata) -> {
				long t0 = cpu();
				stage.apply(text, metadata);
				nanos[index] += cpu() - t0;
			});
		}
		MetadataExtractor timing = new MetadataExtractor(timed);
		List<Doc> laws = this.docs.stream().filter((d) -> d.expected.source == Labels.Source.CORPUS).toList();
		for (int round = 0; round < 2; round++) {
			java.util.Arrays.fill(nanos, 0);
			long t0 = cpu();
			for (Doc d : laws) {
				timing.extract(d.text, d.path.getFileName().toString());
			}
			if (round == 1) {
				System.out.printf("%nStage costs (µs per law, warm; whole extraction %.1f µs):%n",
						(cpu() - t0) / 1e3 / laws.size());
				for (int i = 0; i < stages.size(); i++) {
					System.out.printf("  %-24s %7.1f%n", stages.get(i).getClass().getSimpleName(),
							nanos[i] / 1e3 / laws.size());
				}
			}
		}
	}

	private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory
		.getThreadMXBean();

	/**
	 * This thread's CPU time: figures stay comparable on a machine that others load (the
	 * wall clock would count the time the thread waits for a core).
	 */
	private static long cpu() {
		return THREADS.getCurrentThreadCpuTime();
	}

	private long count(Labels.Source source) {
		return this.docs.stream().filter((d) -> d.expected.source == source).count();
	}

	private static String cell(int[] s) {
		if (s == null || s[0] == 0) {
			return "—";
		}
		return String.format(Locale.ROOT, "%d/%d = %.1f%%", s[1], s[0], 100.0 * s[1] / s[0]);
	}

	private static String show(String value) {
		if (value == null) {
			return "∅";
		}
		return value.length() > 300 ? value.substring(0, 300) + "…" : "«" + value + "»";
	}

	private static double ms(long nanos, long n) {
		return nanos / 1e6 / n;
	}

	private static InputStream resource(String name) {
		InputStream in = ExtractionAccuracy.class.getResourceAsStream(name);
		if (in == null) {
			throw new IllegalStateException("missing resource " + name);
		}
		return in;
	}

	private static Map<String, String> options(String[] args) {
		Map<String, String> options = new HashMap<>();
		for (int i = 0; i < args.length; i++) {
			if (args[i].equals("--perturb")) {
				options.put("perturb", "yes");
			}
			else if (args[i].startsWith("--") && i + 1 < args.length) {
				options.put(args[i].substring(2), args[++i]);
			}
			else {
				throw new IllegalArgumentException(
						"usage: scripts/benchmark accuracy [--set all|wild] [--misses N] [--laws N] [--field NAME] [--docx N] [--stages yes] [--perturb]");
			}
		}
		return options;
	}

	/**
	 * The shared corpus: the guifan.corpus property, else ../shared/corpus beside the
	 * checkout.
	 */
	static Path corpus() {
		String configured = System.getProperty("guifan.corpus");
		if (configured != null) {
			return Path.of(configured);
		}
		for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
			Path candidate = dir.resolve("shared").resolve("corpus");
			if (Files.isDirectory(candidate.resolve("laws"))) {
				return candidate;
			}
		}
		throw new IllegalStateException(
				"the test corpus is missing: set -Dguifan.corpus or put it in ../shared/corpus");
	}

	/** The samples of 青禾县 in registry-service, found from the working directory. */
	static Path samples() {
		String configured = System.getProperty("guifan.samples");
		if (configured != null) {
			return Path.of(configured);
		}
		for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
			Path candidate = dir.resolve("registry-service/src/main/resources/samples");
			if (Files.isDirectory(candidate)) {
				return candidate;
			}
		}
		throw new IllegalStateException("registry-service/src/main/resources/samples not found");
	}

}
