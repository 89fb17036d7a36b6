package cn.guifan.registry.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import cn.guifan.registry.GuifanApplication;
import cn.guifan.registry.ingest.IngestReport;
import cn.guifan.registry.ingest.IngestService;
import cn.guifan.registry.support.Corpus;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Ingest as the registry grows: for each size N, a fresh registry is filled with N
 * perturbed copies of corpus documents, inserted directly in JDBC batches (a title and
 * doc number of their own, the head of the law's text with a line of their own, an alias,
 * an issuer, a source file, two lifecycle events, a citation of another copy and one of a
 * document the registry does not hold), analysed, and then the corpus files are ingested
 * into it by the ingest job. Prints docs/s and the peak heap of each size: a registry
 * that is larger must not make a document cost more.
 * <p>
 * Measures the ingest job (reading, parsing, metadata, de-duplication, storing,
 * lifecycle, reference resolution, outbox rows): what depends on the registry's size. The
 * index is left out (no Elasticsearch): indexing a document does not read the rest of the
 * registry, and {@code scripts/benchmark ingest} measures it.
 * <p>
 * Run with {@code scripts/benchmark ingest-scale [--sizes 0,10000,100000] [--files N]
 * [--warmup W | --no-warmup] [--repeat R] [--set PROPERTY=VALUE]...}: W warm-up ingests
 * of the files (by default the whole corpus) into an empty registry first, by default as
 * many as make 27,000 documents; each size measured R times (6 by default; the order
 * rotated by one on every pass) and compared by its median.
 */
public final class IngestScaleBenchmark {

	private static final String[] REGIONS = { "青禾县", "白石市", "临川区", "东平县", "南湖市", "西岭县", "北塘区", "云溪县", "石门市", "安澜县",
			"丰乐区", "长宁县", "清河市", "金山县", "平阳区", "永和县", "兴安市", "桃源县", "龙泉区", "松江县" };

	/** Settings of Guifan's side ({@code --set PROPERTY=VALUE}, repeatable). */
	private static final List<String> settings = new ArrayList<>();

	private IngestScaleBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		String sizes = Options.stringOption(args, "--sizes", "0,10000,100000");
		// The whole corpus, each size six times: a job over 1,500 files took 2-3 s
		// once the benchmark stopped deleting registries between runs, too short to
		// tell 15 % from the machine's noise, and passes of one size still differ by
		// 15-40 %: with three, a size's median moved by more than the sizes differ.
		int files = Options.intOption(args, "--files", Integer.MAX_VALUE);
		int repeat = Math.max(1, Options.intOption(args, "--repeat", 6));
		settings.addAll(Options.properties(args, "--set"));
		Path work = Path.of("target", "bench", "ingest-scale-" + System.currentTimeMillis()).toAbsolutePath();
		Files.createDirectories(work);
		List<Path> corpus = Corpus.lawFiles();
		List<Path> ingested = corpus.subList(0, Math.min(files, corpus.size()));
		Path input = work.resolve("input");
		Corpus.linkInto(ingested, input);
		System.out.printf(Locale.ROOT,
				"Ingest scale benchmark: %d files ingested into registries of %s copies, %d cores%n", ingested.size(),
				sizes, Runtime.getRuntime().availableProcessors());
		try {
			List<Copy> originals = originals(corpus);
			// The JIT and the page cache warm, so that the first size is not the
			// slowest for that alone: Guifan's per-document code reaches the JIT's
			// last tier only after 20,000-30,000 documents (IngestBenchmark's
			// WARM_DOCUMENTS); with 15,000 the first pass was still slower for every
			// size (433, 549 and 637 docs/s against 700-800 in the later passes).
			int warmups = Options.flag(args, "--no-warmup") ? 0
					: Options.intOption(args, "--warmup", (int) Math.ceil(27_000.0 / Math.max(1, ingested.size())));
			for (int w = 1; w <= warmups; w++) {
				run(0, originals, input, work.resolve("warm-" + w), "warm-up " + w);
			}
			// Each size measured `repeat` times, the order of the sizes rotated by one on
			// every pass so that each size takes each place in turn: a job over the
			// corpus takes 10-20 s, and one run of it moves by 15 % on this machine for
			// reasons that have nothing to do with the registry.
			List<Integer> order = new ArrayList<>();
			for (String size : sizes.split(",")) {
				order.add(Integer.parseInt(size.strip()));
			}
			Map<Integer, List<Double>> rates = new LinkedHashMap<>();
			order.forEach((n) -> rates.put(n, new ArrayList<>()));
			List<String> rows = new ArrayList<>();
			for (int pass = 1; pass <= repeat; pass++) {
				List<Integer> sequence = new ArrayList<>(order);
				Collections.rotate(sequence, -(pass - 1));
				for (int n : sequence) {
					Result result = run(n, originals, input, work.resolve("n" + n + "-" + pass), "n=" + n);
					rates.get(n).add(result.docsPerSecond());
					rows.add(result.row());
				}
			}
			System.out.println();
			System.out.println(
					"| registry before | filled in (s) | files | stored | job (s) | docs/s | peak heap (MB) | heap after (MB) |");
			System.out.println("|---|---|---|---|---|---|---|---|");
			rows.forEach(System.out::println);
			Map<Integer, Double> medians = new LinkedHashMap<>();
			rates.forEach((n, r) -> medians.put(n, median(r)));
			if (repeat > 1) {
				System.out.println();
				System.out.println("| registry before | docs/s (median of " + repeat + ") | runs |");
				System.out.println("|---|---|---|");
				rates.forEach((n, r) -> System.out.printf(Locale.ROOT, "| %,d | %.1f | %s |%n", n, medians.get(n),
						String.join(", ", r.stream().map((v) -> String.format(Locale.ROOT, "%.1f", v)).toList())));
			}
			double max = medians.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
			double min = medians.values().stream().mapToDouble(Double::doubleValue).min().orElse(0);
			System.out.printf(Locale.ROOT, "slowest / fastest%s = %.2f (target ≥ 0.85)%n",
					(repeat > 1) ? " (medians)" : "", (max == 0) ? 0 : min / max);
		}
		finally {
			Options.deleteTree(work);
		}
	}

	private static double median(List<Double> values) {
		List<Double> sorted = values.stream().sorted().toList();
		int n = sorted.size();
		return (n % 2 == 1) ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
	}

	private static Result run(int n, List<Copy> originals, Path input, Path data, String label) throws Exception {
		SpringApplication application = new SpringApplication(GuifanApplication.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		List<String> arguments = new ArrayList<>(List.of("--guifan.data-dir=" + data,
				"--guifan.elasticsearch.enabled=false", "--guifan.indexer.enabled=false", "--logging.level.root=WARN",
				"--logging.level.cn.guifan=WARN"));
		arguments.addAll(settings);
		try (ConfigurableApplicationContext context = application.run(arguments.toArray(String[]::new))) {
			JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
			long fillStart = System.nanoTime();
			fill(jdbc, n, originals);
			double fillSeconds = (System.nanoTime() - fillStart) / 1e9;
			IngestService ingest = context.getBean(IngestService.class);
			System.gc();
			List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans()
				.stream()
				.filter((p) -> p.getType() == MemoryType.HEAP)
				.toList();
			heap.forEach(MemoryPoolMXBean::resetPeakUsage);
			H2Stores h2Before = H2Stores.read(jdbc);
			StageTimes stages = StageTimes.start();
			ProcessCpu cpu = ProcessCpu.mark(-1);
			long start = System.nanoTime();
			IngestReport report = ingest.ingest(input, Duration.ZERO);
			double seconds = (System.nanoTime() - start) / 1e9;
			Map<String, StageTimes.Stage> stageTimes = stages.stop();
			// The sum of the pools' peaks: an upper bound of the heap in use at any
			// moment.
			long peak = heap.stream().mapToLong((p) -> p.getPeakUsage().getUsed()).sum();
			System.gc();
			long after = heap.stream().mapToLong((p) -> p.getUsage().getUsed()).sum();
			long read = report.counts().read();
			double rate = read / seconds;
			System.out.printf(Locale.ROOT,
					"  %-8s %,7d copies filled in %5.1f s; %d files, %d stored, %d skipped in %.1f s: %.1f docs/s, "
							+ "peak heap %d MB (%s)%n",
					label, n, fillSeconds, read, report.counts().stored(), report.counts().skipped(), seconds, rate,
					peak >> 20, report.status());
			// Where a larger registry's extra time goes: the stages that read or write
			// the registry (de-duplication, lifecycle, references, the commit), the
			// pages H2 read back because its cache no longer held them, and the
			// machine's work outside this JVM (the fill's writeback).
			StageTimes.print(label, stageTimes, (int) read, false);
			cpu.print(label);
			H2Stores h2After = H2Stores.read(jdbc);
			if (h2Before != null && h2After != null) {
				System.out.printf(Locale.ROOT, "               %s%n", h2After.since(h2Before));
			}
			String row = String.format(Locale.ROOT, "| %,d | %.1f | %d | %d | %.1f | %.1f | %d | %d |", n, fillSeconds,
					read, report.counts().stored(), seconds, rate, peak >> 20, after >> 20);
			return new Result(rate, row);
		}
		// The run's registry (a registry of 100,000 copies is gigabytes) stays on disk
		// until the whole benchmark ends: see Options.deleteTree.
	}

	/**
	 * N copies, a thousand per batch: each a corpus document with a title, doc number and
	 * text line of its own, so none is the same document as a file ingested later.
	 */
	private static void fill(JdbcTemplate jdbc, int n, List<Copy> originals) throws Exception {
		if (n == 0) {
			return;
		}
		Timestamp now = Timestamp.from(Instant.now());
		MessageDigest sha = MessageDigest.getInstance("SHA-256");
		int batch = 1000;
		for (int from = 0; from < n; from += batch) {
			int to = Math.min(n, from + batch);
			List<Object[]> documents = new ArrayList<>();
			List<Object[]> issuers = new ArrayList<>();
			List<Object[]> files = new ArrayList<>();
			List<Object[]> versions = new ArrayList<>();
			List<Object[]> sources = new ArrayList<>();
			List<Object[]> events = new ArrayList<>();
			List<Object[]> aliases = new ArrayList<>();
			List<Object[]> relations = new ArrayList<>();
			for (int k = from; k < to; k++) {
				long id = k + 1L;
				Copy original = originals.get(k % originals.size());
				String title = title(k, original, originals.size());
				String number = number(k);
				LocalDate signed = LocalDate.of(2000 + k % 25, 1 + k % 12, 1 + k % 28);
				documents.add(new Object[] { id, title, number, number, "NORMATIVE_DOCUMENT", "基准测试",
						Date.valueOf(signed), Date.valueOf(signed.plusMonths(1)),
						"{\"title\":\"" + title.replace("\"", "") + "\"}", now, now });
				issuers.add(new Object[] { id, REGIONS[k % REGIONS.length] + "人民政府" });
				String text = title + "\n（" + number + "）\n" + original.head();
				String fileSha = hex(sha.digest(("copy-" + k).getBytes(StandardCharsets.UTF_8)));
				files.add(new Object[] { fileSha, now });
				versions.add(new Object[] { id, Date.valueOf(signed.plusMonths(1)), text,
						hex(sha.digest(text.getBytes(StandardCharsets.UTF_8))), fileSha, now });
				sources.add(new Object[] { id, fileSha, "copies/" + k + ".md", now });
				events.add(new Object[] { id, "PUBLISHED", Date.valueOf(signed), now });
				events.add(new Object[] { id, "EFFECTIVE", Date.valueOf(signed.plusMonths(1)), now });
				aliases.add(new Object[] { id, title });
				if (k > 0) {
					int cited = (int) ((k * 7919L) % k);
					relations.add(new Object[] { id, (long) cited + 1,
							title(cited, originals.get(cited % originals.size()), originals.size()), null, now, null });
				}
				// Unresolved: found by its name while it is (LifecycleStore, V83).
				String unregistered = "未登记的规定" + (k % 5000);
				relations.add(new Object[] { id, null, unregistered, null, now, unregistered });
			}
			jdbc.batchUpdate("""
					INSERT INTO document (id, title, doc_number, doc_number_normalized, kind, kind_reason, signed_date,
					       effective_date, metadata_json, created_at, updated_at)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
					""", documents);
			jdbc.batchUpdate("INSERT INTO document_issuer (document_id, ordinal, name) VALUES (?, 0, ?)", issuers);
			jdbc.batchUpdate(
					"INSERT INTO source_file (sha256, media_type, size_bytes, stored_at) VALUES (?, 'text/markdown', 1000, ?)",
					files);
			jdbc.batchUpdate("""
					INSERT INTO document_version (document_id, version_no, valid_from, text_content, text_sha256,
					       source_sha256, created_at)
					VALUES (?, 1, ?, ?, ?, ?, ?)
					""", versions);
			jdbc.batchUpdate(
					"INSERT INTO document_source (document_id, sha256, file_name, added_at) VALUES (?, ?, ?, ?)",
					sources);
			jdbc.batchUpdate("""
					INSERT INTO lifecycle_event (document_id, event_type, event_date, origin, recorded_by, reason,
					       recorded_at)
					VALUES (?, ?, ?, 'BENCH', 'bench', 'benchmark', ?)
					""", events);
			jdbc.batchUpdate("INSERT INTO document_alias (document_id, alias) VALUES (?, ?)", aliases);
			jdbc.batchUpdate("""
					INSERT INTO document_relation (from_document_id, relation_type, to_document_id, target_title,
					       target_doc_number_normalized, created_at, pending_title)
					VALUES (?, 'CITES', ?, ?, ?, ?, ?)
					""", relations);
		}
		jdbc.execute("ALTER TABLE document ALTER COLUMN id RESTART WITH " + (n + 1));
		// As a registry that grew would have them: H2 chooses its plans by its
		// statistics.
		jdbc.execute("ANALYZE");
	}

	/** Another region's rules on the same matter as the original. */
	private static String title(int k, Copy original, int originals) {
		int round = k / originals;
		String region = REGIONS[round % REGIONS.length] + ((round >= REGIONS.length) ? round / REGIONS.length : "");
		return region + "关于执行" + original.title() + "的规定";
	}

	private static String number(int k) {
		return REGIONS[k % REGIONS.length].substring(0, 2) + "政规〔" + (2000 + k % 25) + "〕" + (k / 25 + 1) + "号";
	}

	/** Title and the head of each corpus law (its first 3,000 characters). */
	private static List<Copy> originals(List<Path> corpus) throws Exception {
		List<Copy> copies = new ArrayList<>();
		for (Path file : corpus) {
			String text = Files.readString(file);
			String title = text.lines().findFirst().orElse("").replaceFirst("^#\\s*", "").strip();
			copies.add(new Copy(title.isEmpty() ? file.getFileName().toString() : title,
					text.substring(0, Math.min(3000, text.length()))));
		}
		return copies;
	}

	private static String hex(byte[] bytes) {
		return HexFormat.of().formatHex(bytes);
	}

	private record Copy(String title, String head) {
	}

	private record Result(double docsPerSecond, String row) {
	}

}
