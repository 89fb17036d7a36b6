package cn.guifan.registry.bench;

import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import cn.guifan.ingest.timing.StageEvent;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import org.jspecify.annotations.Nullable;
import cn.guifan.registry.GuifanApplication;
import cn.guifan.registry.ingest.IngestReport;
import cn.guifan.registry.ingest.IngestService;
import cn.guifan.registry.support.Corpus;
import cn.guifan.schemas.document.DocumentKind;
import cn.guifan.search.index.IndexDefinition;
import cn.guifan.search.analysis.ChineseAnalyzer;
import cn.guifan.search.client.ClusterSettings;
import cn.guifan.search.client.SearchClient;
import cn.guifan.search.index.IndexEntry;
import cn.guifan.search.index.IndexSourceBuilder;
import cn.guifan.managed.ManagedElasticsearch;
import cn.guifan.managed.ManagedNodeSettings;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FlushStats;
import co.elastic.clients.elasticsearch._types.IndexingStats;
import co.elastic.clients.elasticsearch._types.MergesStats;
import co.elastic.clients.elasticsearch._types.RefreshStats;
import co.elastic.clients.elasticsearch._types.SearchStats;
import co.elastic.clients.elasticsearch.indices.stats.IndexStats;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkIngester;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkListener;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The ingest benchmark: on the same files, against the same real Elasticsearch node, in
 * one run, (a) Guifan's whole ingest (Batch job, registry database, outbox, indexer)
 * until the documents are searchable, and (b) a bare pipeline of Tika → HanLP → bulk
 * index with no database, built the way a team would in a day (two worker threads feeding
 * an asynchronous bulk ingester). Prints both in documents per second and their ratio.
 * <p>
 * Run with
 * {@code scripts/benchmark ingest [--files N] [--rounds R] [--warmup W] [--only guifan|bare]
 * [--stages] [--timeline] [--jfr FILE] [--chunk-size N] [--set PROPERTY=VALUE]... [--versus PROPERTY=VALUE]...}.
 */
public final class IngestBenchmark {

	/**
	 * Files per transaction of Guifan's job: {@code --chunk-size N}, else its default.
	 */
	private static int chunkSize;

	/**
	 * Settings of Guifan's side, to compare two in one run:
	 * {@code --set guifan.indexer.linger=0s}, repeatable.
	 */
	private static final List<String> settings = new ArrayList<>();

	/**
	 * Settings of a second variant of Guifan's side ({@code --versus PROPERTY=VALUE},
	 * repeatable, with {@code --only guifan}): the measured rounds alternate between the
	 * first variant ({@code --set}) and this one in the same warmed JVM, so that the
	 * machine's drift and the JIT's state fall on both alike.
	 */
	private static final List<String> versus = new ArrayList<>();

	/**
	 * Whether Guifan's rounds print the cores busy over time ({@code --timeline}): where
	 * a round leaves a core idle.
	 */
	private static boolean timeline;

	/** Whether the run being made is the second variant's. */
	private static boolean versusRound;

	/**
	 * Documents each side ingests before the measured rounds: by then the JIT has
	 * compiled Guifan's per-document code. Its C2 compiler threads took 10.6, 6.8, 6.2,
	 * 5.0, 4.3, 4.5, 2.9 and 0.6 CPU-s in eight rounds of the corpus in one run
	 * (2026-12-07; the bare pipeline's 7.0, 2.3 and then 0.2 or less): five rounds left
	 * the first two measured ones compiling, a backlog of 10^4-10^5 documents runs past
	 * that. Eight rounds (27,000 documents); a round loads no new classes.
	 */
	private static final int WARM_DOCUMENTS = 27_000;

	private IngestBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int files = Options.intOption(args, "--files", Integer.MAX_VALUE);
		int rounds = Options.intOption(args, "--rounds", 3);
		// For profiling one side alone: --only guifan | --only bare.
		String only = Options.stringOption(args, "--only", "");
		// Each metadata stage on its own line of the table of where the time went.
		boolean detail = List.of(args).contains("--stages");
		// A flight recording (JFR's profile settings) of Guifan's runs, for finding
		// where the CPU goes: --jfr FILE. Written by the benchmark itself: exec:java
		// ends the JVM without the recorder's dump on exit.
		String jfr = Options.stringOption(args, "--jfr", "");
		chunkSize = Options.intOption(args, "--chunk-size", 0);
		timeline = List.of(args).contains("--timeline");
		settings.addAll(Options.properties(args, "--set"));
		versus.addAll(Options.properties(args, "--versus"));
		if (!settings.isEmpty()) {
			System.out.println("Guifan's settings: " + settings);
		}
		if (!versus.isEmpty()) {
			if (!only.equals("guifan")) {
				throw new IllegalArgumentException("--versus compares two variants of Guifan: give --only guifan");
			}
			if (rounds < 2) {
				throw new IllegalArgumentException("--versus needs two rounds at least (--rounds 4: A, B, B, A)");
			}
			System.out.println("Measured rounds alternate: A " + settings + ", B " + settings + " + " + versus);
		}
		// Warm-up rounds of each side before the measured ones: by default as many as
		// make 15,000 documents (five of the whole corpus).
		int warmupOption = Options.intOption(args, "--warmup", 0);
		Recording profile = jfr.isEmpty() ? null : new Recording(Configuration.getConfiguration("profile"));
		if (profile != null) {
			profile.setToDisk(true);
			profile.start();
		}
		Path work = Path.of("target", "bench", "ingest-" + System.currentTimeMillis()).toAbsolutePath();
		Files.createDirectories(work);
		List<Path> corpus = Corpus.lawFiles();
		corpus = corpus.subList(0, Math.min(files, corpus.size()));
		Path input = work.resolve("input");
		Corpus.linkInto(corpus, input);
		int warmups = (warmupOption > 0) ? warmupOption
				: Math.max(1, Math.min(20, (int) Math.ceil(WARM_DOCUMENTS / (double) Math.max(1, corpus.size()))));
		System.out.printf("Ingest benchmark: %d files (%.1f MB) from %s, %d cores, %d warm-up round(s) each%n",
				corpus.size(), corpus.stream().mapToLong(IngestBenchmark::size).sum() / 1e6, Corpus.laws(),
				Runtime.getRuntime().availableProcessors(), warmups);

		try {
			try (ManagedElasticsearch node = ManagedElasticsearch
				.startOrAttach(ManagedNodeSettings.defaults(work.resolve("node")));
					SearchClient client = SearchClient.connect(ClusterSettings.local(node.httpUri()))) {
				System.out.println("Elasticsearch: " + node.httpUri());
				List<Double> bare = new ArrayList<>();
				List<Double> guifan = new ArrayList<>();
				// Warm up both on the same files until the JIT has compiled what each
				// runs per document, so that the rounds measure the steady state a
				// long ingest runs in (a backlog of 10^4 to 10^5 documents) and not
				// the compiler: Guifan's per-document code (metadata stages, the
				// registry, H2) reaches C2 only after about 15,000 documents; measured
				// after one round, its compiler threads took a third of its CPU. Each
				// run's table shows what the compiler still took (C2 CompilerThre).
				for (int w = 1; w <= warmups; w++) {
					String suffix = (warmups == 1) ? "" : "-" + w;
					if (!only.equals("guifan")) {
						runBare(client.client(), node.pid(), input, "warm-bare" + suffix);
					}
					if (!only.equals("bare")) {
						runGuifan(node, client.client(), work.resolve("warm-guifan" + suffix), input,
								"warm-guifan" + suffix, detail);
					}
				}
				if (!only.isEmpty()) {
					List<Double> variantA = new ArrayList<>();
					List<Double> variantB = new ArrayList<>();
					for (int round = 1; round <= rounds; round++) {
						if (only.equals("bare")) {
							runBare(client.client(), node.pid(), input, "bare-" + round);
						}
						else {
							// A, B, B, A, A, B, …: each variant runs first and second of
							// a pair alike.
							versusRound = !versus.isEmpty() && ((round % 4 == 2) || (round % 4 == 3));
							String label = (versus.isEmpty() ? "guifan-" : versusRound ? "guifan-b" : "guifan-a")
									+ round;
							double docsPerSecond = runGuifan(node, client.client(), work.resolve("guifan-" + round),
									input, label, detail);
							(versusRound ? variantB : variantA).add(docsPerSecond);
						}
					}
					versusRound = false;
					if (!versus.isEmpty()) {
						System.out.println();
						System.out.println("| variant | docs/s (median) | rounds |");
						System.out.println("|---|---|---|");
						System.out.printf(Locale.ROOT, "| A %s | %.1f | %s |%n", settings, median(variantA),
								format(variantA));
						System.out.printf(Locale.ROOT, "| B %s + %s | %.1f | %s |%n", settings, versus,
								median(variantB), format(variantB));
						System.out.printf(Locale.ROOT, "ratio B/A = %.2f%n", median(variantB) / median(variantA));
					}
					dump(profile, jfr);
					return;
				}
				for (int round = 1; round <= rounds; round++) {
					// Alternate the order so neither side always runs on a warmer
					// machine.
					if (round % 2 == 1) {
						bare.add(runBare(client.client(), node.pid(), input, "bare-" + round));
						guifan.add(runGuifan(node, client.client(), work.resolve("guifan-" + round), input,
								"guifan-" + round, detail));
					}
					else {
						guifan.add(runGuifan(node, client.client(), work.resolve("guifan-" + round), input,
								"guifan-" + round, detail));
						bare.add(runBare(client.client(), node.pid(), input, "bare-" + round));
					}
				}
				double a = median(guifan);
				double b = median(bare);
				System.out.println();
				System.out.println("| pipeline | docs/s (median of " + rounds + ") | rounds |");
				System.out.println("|---|---|---|");
				System.out.printf(Locale.ROOT, "| (a) Guifan ingest: job + registry + outbox + index | %.1f | %s |%n",
						a, format(guifan));
				System.out.printf(Locale.ROOT, "| (b) bare Tika → HanLP → bulk | %.1f | %s |%n", b, format(bare));
				System.out.printf(Locale.ROOT, "ratio (a)/(b) = %.2f (target ≥ 0.90)%n", a / b);
				dump(profile, jfr);
			}
		}
		finally {
			// The registries, the input links and the node's data: gigabytes a run, kept
			// until now (Options.deleteTree).
			Options.deleteTree(work);
		}
	}

	private static void dump(@Nullable Recording profile, String file) throws Exception {
		if (profile != null) {
			profile.stop();
			profile.dump(Path.of(file));
			profile.close();
			System.out.println("Flight recording: " + Path.of(file).toAbsolutePath());
		}
	}

	/**
	 * (b): parse and segment on two threads, bulk asynchronously, until all is
	 * searchable.
	 */
	static double runBare(ElasticsearchClient client, long nodePid, Path input, String label) throws Exception {
		String index = "bench-" + label;
		client.indices().delete((d) -> d.index(index).ignoreUnavailable(true));
		client.indices().create((c) -> c.index(index).withJson(new StringReader(IndexDefinition.documentsIndexJson())));
		List<Path> files = listFiles(input);
		AutoDetectParser parser = new AutoDetectParser();
		IndexSourceBuilder builder = new IndexSourceBuilder(new ChineseAnalyzer());
		AtomicLong failures = new AtomicLong();
		StageTimes stages = StageTimes.start();
		CpuTime.mark();
		ProcessCpu cpu = ProcessCpu.mark(nodePid);
		long start = System.nanoTime();
		ExecutorService workers = Executors.newFixedThreadPool(2);
		try (BulkIngester<String> ingester = BulkIngester.of((b) -> b.client(client)
			.maxOperations(200)
			.maxConcurrentRequests(2)
			.listener(new FailureCounter(failures)))) {
			List<Future<?>> tasks = new ArrayList<>();
			for (Path file : files) {
				tasks.add(workers.submit(() -> {
					StageEvent parsing = StageEvent.start(StageEvent.PARSE);
					String text = parse(parser, file);
					parsing.finish();
					String title = text.lines().findFirst().orElse("").replaceFirst("^#\\s*", "");
					IndexEntry entry = new IndexEntry(input.relativize(file).toString(), 1, true, title, List.of(),
							null, null, List.of(), DocumentKind.LAW, null, true, null, null, null, null, null, null,
							LocalDate.of(2000, 1, 1), null, "IN_FORCE", null, null, text, null);
					StageEvent segmenting = StageEvent.start(StageEvent.SEGMENT);
					var source = builder.build(entry);
					segmenting.finish();
					ingester.add((op) -> op.index((i) -> i.index(index).id(entry.entryId()).document(source)));
					return null;
				}));
			}
			for (Future<?> task : tasks) {
				task.get();
			}
		}
		finally {
			workers.shutdown();
		}
		client.indices().refresh((r) -> r.index(index));
		double seconds = (System.nanoTime() - start) / 1e9;
		long count = client.count((c) -> c.index(index)).count();
		report(label, files.size(), count, seconds, failures.get());
		StageTimes.print(label, stages.stop(), files.size(), false);
		cpu.print(label);
		printIndexStats(client, index, label);
		client.indices().delete((d) -> d.index(index));
		return files.size() / seconds;
	}

	/**
	 * (a): Guifan's own ingest into a fresh registry, until the outbox is drained and
	 * refreshed.
	 */
	static double runGuifan(ManagedElasticsearch node, ElasticsearchClient client, Path data, Path input, String label,
			boolean detail) throws Exception {
		SpringApplication application = new SpringApplication(GuifanApplication.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		String alias = "bench-" + label + "-documents";
		List<String> arguments = new ArrayList<>(List.of("--guifan.data-dir=" + data,
				"--guifan.elasticsearch.uris=" + node.httpUri(), "--guifan.elasticsearch.alias=" + alias,
				"--logging.level.root=WARN", "--logging.level.cn.guifan=WARN"));
		if (chunkSize > 0) {
			arguments.add("--guifan.ingest.chunk-size=" + chunkSize);
		}
		arguments.addAll(settings);
		if (versusRound) {
			arguments.addAll(versus);
		}
		try (ConfigurableApplicationContext context = application.run(arguments.toArray(String[]::new))) {
			IngestService ingest = context.getBean(IngestService.class);
			JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
			H2Stores h2Before = H2Stores.read(jdbc);
			StageTimes stages = StageTimes.start();
			CpuTime.mark();
			ProcessCpu cpu = ProcessCpu.mark(node.pid());
			BusyTimeline busy = timeline ? BusyTimeline.start(node.pid(), 500) : null;
			long start = System.nanoTime();
			IngestReport report = ingest.ingest(input, Duration.ofMinutes(30));
			double seconds = (System.nanoTime() - start) / 1e9;
			if (busy != null) {
				busy.close();
			}
			var backend = context.getBean(cn.guifan.registry.elasticsearch.SearchBackend.class);
			long count = backend.index().count();
			report(label, (int) report.counts().read(), count, seconds, report.counts().skipped());
			System.out.printf(Locale.ROOT,
					"               of which the Batch job took %.1f s, the index caught up %.1f s later; "
							+ "%d documents rejected by the index%n",
					report.elapsed().toMillis() / 1000.0, seconds - report.elapsed().toMillis() / 1000.0,
					report.indexPending());
			StageTimes.print(label, stages.stop(), (int) report.counts().read(), detail);
			cpu.print(label);
			if (busy != null) {
				busy.print(label, report.elapsed().toMillis() / 1000.0);
			}
			H2Stores h2After = H2Stores.read(jdbc);
			if (h2Before != null && h2After != null) {
				System.out.printf(Locale.ROOT, "               %s%n", h2After.since(h2Before));
			}
			printIndexStats(client, alias, label);
			backend.index().drop();
			return report.counts().read() / seconds;
		}
		// The round's registry stays on disk until the run ends (the caller deletes the
		// run's directory): see Options.deleteTree.
	}

	/**
	 * What the node did for the run's index: index operations and their time, refreshes,
	 * merges, flushes and searches (a difference in the node's CPU between the two sides
	 * shows here).
	 */
	private static void printIndexStats(ElasticsearchClient client, String index, String label) throws Exception {
		IndexStats total = client.indices().stats((s) -> s.index(index)).all().total();
		if (total == null) {
			return;
		}
		IndexingStats indexing = total.indexing();
		RefreshStats refresh = total.refresh();
		MergesStats merges = total.merges();
		FlushStats flush = total.flush();
		SearchStats search = total.search();
		System.out.printf(Locale.ROOT,
				"               index %s: %d indexed in %.1f s · %d refreshes %.1f s · %d merges %.1f s · "
						+ "%d flushes · %d searches%n",
				label, (indexing != null) ? indexing.indexTotal() : -1,
				(indexing != null) ? indexing.indexTimeInMillis() / 1000.0 : -1,
				(refresh != null) ? refresh.total() : -1, (refresh != null) ? refresh.totalTimeInMillis() / 1000.0 : -1,
				(merges != null) ? merges.total() : -1, (merges != null) ? merges.totalTimeInMillis() / 1000.0 : -1,
				(flush != null) ? flush.total() : -1, (search != null) ? search.queryTotal() : -1);
	}

	private static void report(String label, int files, long indexed, double seconds, long problems) {
		double busy = CpuTime.busyShareSinceMark();
		System.out.printf(Locale.ROOT, "  %-12s %5d files, %5d indexed, %6.1f s, %6.1f docs/s, CPU %3.0f%% busy%s%n",
				label, files, indexed, seconds, files / seconds, busy * 100,
				(problems > 0) ? ", " + problems + " failed/skipped" : "");
	}

	/**
	 * Machine-wide CPU time from /proc/stat, to tell a CPU-bound run from one that waits.
	 */
	static final class CpuTime {

		private static long[] mark = read();

		static void mark() {
			mark = read();
		}

		static double busyShareSinceMark() {
			long[] now = read();
			long total = now[1] - mark[1];
			return (total == 0) ? 0 : 1 - (double) (now[0] - mark[0]) / total;
		}

		private static long[] read() {
			try {
				String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
				long idle = Long.parseLong(f[4]) + Long.parseLong(f[5]);
				long total = 0;
				for (int i = 1; i < f.length; i++) {
					total += Long.parseLong(f[i]);
				}
				return new long[] { idle, total };
			}
			catch (Exception ex) {
				return new long[] { 0, 0 };
			}
		}

	}

	private static String parse(AutoDetectParser parser, Path file) {
		BodyContentHandler handler = new BodyContentHandler(-1);
		try (InputStream in = Files.newInputStream(file)) {
			parser.parse(in, handler, new Metadata(), new ParseContext());
		}
		catch (Exception ex) {
			throw new IllegalStateException("cannot parse " + file, ex);
		}
		return handler.toString();
	}

	private static List<Path> listFiles(Path dir) throws Exception {
		try (var walk = Files.walk(dir)) {
			return walk.filter((p) -> p.toString().endsWith(".md")).sorted().toList();
		}
	}

	private static long size(Path file) {
		try {
			return Files.size(file);
		}
		catch (Exception ex) {
			return 0;
		}
	}

	private static double median(List<Double> values) {
		List<Double> sorted = values.stream().sorted().toList();
		int n = sorted.size();
		return (n % 2 == 1) ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
	}

	private static String format(List<Double> values) {
		return String.join(", ", values.stream().map((v) -> String.format(Locale.ROOT, "%.1f", v)).toList());
	}

	/**
	 * Counts items Elasticsearch rejected, so a fast but lossy run does not pass
	 * unnoticed.
	 */
	private record FailureCounter(AtomicLong failures) implements BulkListener<String> {

		@Override
		public void beforeBulk(long executionId, BulkRequest request, List<String> contexts) {
		}

		@Override
		public void afterBulk(long executionId, BulkRequest request, List<String> contexts, BulkResponse response) {
			response.items().stream().filter((i) -> i.error() != null).forEach((i) -> this.failures.incrementAndGet());
		}

		@Override
		public void afterBulk(long executionId, BulkRequest request, List<String> contexts, Throwable failure) {
			this.failures.addAndGet(contexts.size());
		}

	}

}
