package cn.guifan.registry.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import cn.guifan.registry.elasticsearch.SearchBackend;
import cn.guifan.registry.search.RegistrySearch;
import cn.guifan.search.query.DocumentQuery;
import cn.guifan.search.client.ClusterSettings;
import cn.guifan.search.client.SearchClient;
import cn.guifan.search.index.DocumentIndex;
import cn.guifan.search.query.SearchPlan;
import tools.jackson.databind.json.JsonMapper;

/**
 * The latency benchmark: p50 and p99 of {@code GET /api/v1/documents} against the raw
 * Elasticsearch request it sends for the same searches (taken from
 * {@link RegistrySearch#plan}, so it is byte for byte the same query, filters, facets and
 * highlighting), with 1 and 8 concurrent clients, on the corpus and on a 100,000-entry
 * index (the corpus and perturbed copies, see {@link ScaledIndex}).
 * <p>
 * Each client loops over the same queries (the relevance benchmark's known-item queries,
 * all types) for a fixed time after a warm-up; API and raw runs alternate. Run with
 * {@code scripts/benchmark latency [--sizes corpus,100000] [--clients 1,8] [--seconds S]
 * [--warmup S] [--per-type N] [--fresh]}: a size is {@code corpus} (the registry's own
 * index) or a number of entries (a scaled index, kept on the benchmark's node for the
 * next run, rebuilt when its size differs).
 */
public final class LatencyBenchmark {

	private static final String SCALED_SUFFIX = "-bench-scaled-";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private LatencyBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int seconds = Options.intOption(args, "--seconds", 30);
		int warmup = Options.intOption(args, "--warmup", 5);
		int perType = Options.intOption(args, "--per-type", 60);
		List<String> sizes = List.of(Options.stringOption(args, "--sizes", "corpus,100000").split(","));
		int[] clients = Arrays.stream(Options.stringOption(args, "--clients", "1,8").split(","))
			.mapToInt(Integer::parseInt)
			.toArray();
		Path data = Path.of(Options.stringOption(args, "--data", "target/bench/latency")).toAbsolutePath();
		if (Options.flag(args, "--fresh")) {
			Options.deleteTree(data);
		}
		System.out.printf("Latency benchmark: sizes %s, clients %s, %d s per run after %d s warm-up, %d cores%n", sizes,
				Arrays.toString(clients), seconds, warmup, Runtime.getRuntime().availableProcessors());
		try (BenchRegistry registry = BenchRegistry.open(data, true, 1024);
				SearchClient client = SearchClient.connect(ClusterSettings.local(registry.node().httpUri()))) {
			List<String> queries = KnownItemQueries
				.generate(KnownItemQueries.works(), perType, RelevanceBenchmark.DEFAULT_SEED)
				.stream()
				.map(KnownItemQueries.KnownItem::query)
				.toList();
			System.out.printf(
					"%d queries (the relevance benchmark's, all types), API on port %d, Elasticsearch at %s%n",
					queries.size(), registry.port(), registry.node().httpUri());
			DocumentIndex index = registry.bean(SearchBackend.class).index();
			String corpusIndex = index.indicesBehindAlias().iterator().next();
			List<Row> rows = new ArrayList<>();
			for (String size : sizes) {
				if (size.strip().equals("corpus")) {
					long docs = index.count();
					for (int c : clients) {
						rows.add(measure(docs, c, queries, registry, seconds, warmup));
					}
					continue;
				}
				int wanted = Integer.parseInt(size.strip());
				String scaled = index.alias() + SCALED_SUFFIX + wanted;
				boolean exists = client.client().indices().exists((e) -> e.index(scaled)).value();
				long docs = exists ? client.client().count((c) -> c.index(scaled)).count() : 0;
				if (docs != wanted) {
					System.out.printf("Building %s with %d entries%n", scaled, wanted);
					docs = ScaledIndex.build(client.client(), registry, scaled, wanted,
							RelevanceBenchmark.DEFAULT_SEED);
				}
				else {
					System.out.printf("Reusing %s (%d entries; --fresh rebuilds it)%n", scaled, docs);
				}
				index.switchAlias(scaled);
				try {
					for (int c : clients) {
						rows.add(measure(docs, c, queries, registry, seconds, warmup));
					}
				}
				finally {
					index.switchAlias(corpusIndex);
				}
			}
			print(rows);
		}
	}

	private static Row measure(long docs, int clients, List<String> queries, BenchRegistry registry, int seconds,
			int warmup) throws Exception {
		RegistrySearch search = registry.bean(RegistrySearch.class);
		URI api = URI.create("http://127.0.0.1:" + registry.port());
		URI es = registry.node().httpUri();
		List<HttpRequest> apiRequests = new ArrayList<>();
		List<HttpRequest> rawRequests = new ArrayList<>();
		for (String q : queries) {
			apiRequests.add(HttpRequest
				.newBuilder(api.resolve("/api/v1/documents?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8)))
				.GET()
				.build());
			SearchPlan plan = search.plan(DocumentQuery.of(q));
			rawRequests.add(HttpRequest.newBuilder(es.resolve(plan.path() + query(plan.parameters())))
				.method(plan.method(), HttpRequest.BodyPublishers.ofString(plan.body()))
				.header("Content-Type", "application/json")
				.build());
		}
		System.out.printf("%d entries, %d client%s: warming up%n", docs, clients, (clients > 1) ? "s" : "");
		if (clients == 1) {
			helped(apiRequests);
		}
		run(apiRequests, clients, warmup);
		run(rawRequests, clients, warmup);
		// Alternate halves so that neither side always runs on a warmer or quieter
		// machine.
		Result api1 = run(apiRequests, clients, seconds / 2);
		Result raw1 = run(rawRequests, clients, seconds / 2);
		Result raw2 = run(rawRequests, clients, seconds - seconds / 2);
		Result api2 = run(apiRequests, clients, seconds - seconds / 2);
		Result apiResult = api1.plus(api2);
		Result rawResult = raw1.plus(raw2);
		Row row = new Row(docs, clients, apiResult, rawResult);
		System.out.printf(Locale.ROOT,
				"  API p50 %.1f ms p99 %.1f ms (%d requests) | raw p50 %.1f ms p99 %.1f ms (%d)%n",
				apiResult.percentile(50), apiResult.percentile(99), apiResult.count(), rawResult.percentile(50),
				rawResult.percentile(99), rawResult.count());
		return row;
	}

	/**
	 * Prints how many of the searches also ran the no-results help (a search that finds
	 * nothing, or not the document of the number typed, asks Elasticsearch again for
	 * did-you-mean and counts): requests the raw run does not make, counted in the API's
	 * time.
	 */
	private static void helped(List<HttpRequest> apiRequests) throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		int helped = 0;
		int failed = 0;
		for (HttpRequest request : apiRequests) {
			HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 200) {
				failed++;
			}
			else if (!JSON.readTree(response.body()).path("help").isNull()
					&& !JSON.readTree(response.body()).path("help").isMissingNode()) {
				helped++;
			}
		}
		System.out.printf("  %d of %d searches also ran the no-results help (extra requests to Elasticsearch); "
				+ "%d did not answer 200%n", helped, apiRequests.size(), failed);
	}

	/** Runs closed-loop clients over the requests for a while; latencies in ms. */
	private static Result run(List<HttpRequest> requests, int clients, int seconds) throws Exception {
		HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
		long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
		AtomicLong errors = new AtomicLong();
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		try {
			List<Future<List<Double>>> futures = new ArrayList<>();
			for (int c = 0; c < clients; c++) {
				int first = c * (requests.size() / clients);
				futures.add(pool.submit(() -> {
					List<Double> latencies = new ArrayList<>();
					int i = first;
					while (System.nanoTime() < end) {
						HttpRequest request = requests.get(i++ % requests.size());
						long start = System.nanoTime();
						HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
						latencies.add((System.nanoTime() - start) / 1e6);
						if (response.statusCode() != 200) {
							errors.incrementAndGet();
						}
					}
					return latencies;
				}));
			}
			List<Double> all = new ArrayList<>();
			for (Future<List<Double>> f : futures) {
				all.addAll(f.get());
			}
			return new Result(all, errors.get(), seconds);
		}
		finally {
			pool.shutdownNow();
		}
	}

	private static String query(Map<String, String> parameters) {
		if (parameters.isEmpty()) {
			return "";
		}
		StringJoiner joiner = new StringJoiner("&", "?", "");
		parameters.forEach((k, v) -> joiner.add(k + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8)));
		return joiner.toString();
	}

	/**
	 * The table: per size and number of clients, p50 and p99 of both, the API's share at
	 * p50, and how p99 grew from the smallest size with the same clients, beside how the
	 * number of entries grew.
	 */
	private static void print(List<Row> rows) {
		System.out.println();
		System.out.println("| entries | clients | API p50 ms | API p99 ms | raw p50 ms | raw p99 ms | API/raw p50 "
				+ "| entries × | API p99 × | raw p99 × | API req/s | raw req/s |");
		System.out.println("|---|---|---|---|---|---|---|---|---|---|---|---|");
		for (Row r : rows) {
			Row smallest = rows.stream()
				.filter((o) -> o.clients() == r.clients())
				.min(java.util.Comparator.comparingLong(Row::docs))
				.orElse(r);
			System.out.printf(Locale.ROOT,
					"| %,d | %d | %.1f | %.1f | %.1f | %.1f | %.2f | %.1f | %.2f | %.2f | %.0f | %.0f |%n", r.docs(),
					r.clients(), r.api().percentile(50), r.api().percentile(99), r.raw().percentile(50),
					r.raw().percentile(99), r.api().percentile(50) / r.raw().percentile(50),
					r.docs() / (double) smallest.docs(), r.api().percentile(99) / smallest.api().percentile(99),
					r.raw().percentile(99) / smallest.raw().percentile(99), r.api().perSecond(), r.raw().perSecond());
		}
		System.out.println();
		for (Row r : rows) {
			if (r.api().errors() + r.raw().errors() > 0) {
				System.out.printf("%,d entries, %d client(s): %d API and %d raw requests did not answer 200%n",
						r.docs(), r.clients(), r.api().errors(), r.raw().errors());
			}
			System.out.printf(Locale.ROOT,
					"%,d entries, %d client(s): the API adds %+.0f%% to the raw query at p50 (target ≤ +30%%)%n",
					r.docs(), r.clients(), 100 * (r.api().percentile(50) / r.raw().percentile(50) - 1));
		}
		System.out.println("p99 grows sub-linearly with the index when its growth (API p99 ×, raw p99 ×) "
				+ "stays well below the entries' (entries ×).");
	}

	private record Row(long docs, int clients, Result api, Result raw) {
	}

	/**
	 * @param latencies per request, ms
	 * @param errors requests not answered 200
	 * @param seconds wall time of the runs
	 */
	private record Result(List<Double> latencies, long errors, double seconds) {

		Result plus(Result other) {
			List<Double> all = new ArrayList<>(this.latencies);
			all.addAll(other.latencies);
			return new Result(all, this.errors + other.errors, this.seconds + other.seconds);
		}

		long count() {
			return this.latencies.size();
		}

		double percentile(int p) {
			double[] sorted = this.latencies.stream().mapToDouble(Double::doubleValue).sorted().toArray();
			if (sorted.length == 0) {
				return Double.NaN;
			}
			int rank = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
			return sorted[Math.max(0, Math.min(sorted.length - 1, rank))];
		}

		/** Requests per second of wall time, the clients together. */
		double perSecond() {
			return this.latencies.size() / this.seconds;
		}

	}

}
