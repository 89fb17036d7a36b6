package cn.guifan.registry.bench;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import cn.guifan.managed.ManagedElasticsearch;
import cn.guifan.managed.ManagedNodeSettings;
import cn.guifan.registry.indexing.OutboxIndexer;

/**
 * The soak benchmark: several clients for minutes of mixed reads (searches through the
 * API and the search page, documents through the API and their pages, title suggestions)
 * and registrar writes (metadata corrections, each re-indexing its document), against
 * Guifan on its managed Elasticsearch node. It reports errors, p50 and p99 per kind of
 * request, and the heap in use after a full collection at the start and at the end (the
 * clients run in the same JVM and keep only their samples), and whether the outbox
 * drained after the load.
 * <p>
 * {@code scripts/benchmark soak [--clients 8] [--minutes 5] [--laws 300] [--writes-percent 10]
 * [--data target/bench/soak]}.
 */
public final class SoakBenchmark {

	private SoakBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int clients = Options.intOption(args, "--clients", 8);
		int minutes = Options.intOption(args, "--minutes", 5);
		int laws = Options.intOption(args, "--laws", 300);
		int writesPercent = Options.intOption(args, "--writes-percent", 10);
		Path data = Path.of(Options.stringOption(args, "--data", "target/bench/soak")).toAbsolutePath();
		System.out.printf(Locale.ROOT,
				"Soak benchmark: %d clients × %d min, %d%% registrar writes, %d laws, %d cores, load %.1f, max heap %d MB%n",
				clients, minutes, writesPercent, laws, Runtime.getRuntime().availableProcessors(),
				java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
				Runtime.getRuntime().maxMemory() / (1024 * 1024));
		try (ManagedElasticsearch node = ManagedElasticsearch
			.startOrAttach(ManagedNodeSettings.defaults(data.resolve("node")).withHeapMb(512));
				GuifanUnderTest guifan = GuifanUnderTest.start(data.resolve("guifan"), List.of(node.httpUri()), laws)) {
			List<Long> ids = guifan.documentIds();
			List<String> titles = guifan.titles();
			// A short warm-up, not counted.
			LoadClients.run(clients, System.nanoTime() + Duration.ofSeconds(20).toNanos(), Duration.ofSeconds(30),
					(client, n) -> read(guifan, ids, titles, new Random(client * 31L + n)));
			long heapStart = GuifanUnderTest.heapAfterGcMb();
			System.out.printf("Heap in use after a full GC at the start: %d MB%n", heapStart);
			long end = System.nanoTime() + Duration.ofMinutes(minutes).toNanos();
			List<LoadClients.Sample> samples = LoadClients.run(clients, end, Duration.ofSeconds(30), (client, n) -> {
				Random random = new Random(client * 1_000_003L + n);
				if (random.nextInt(100) < writesPercent) {
					long id = ids.get(random.nextInt(ids.size()));
					return Map.entry("write", guifan.correction(id, "浸泡测试" + client + "-" + n));
				}
				return read(guifan, ids, titles, random);
			});
			long heapEnd = GuifanUnderTest.heapAfterGcMb();
			boolean drained = guifan.bean(OutboxIndexer.class).awaitIdle(Duration.ofMinutes(5));
			System.out.print(LoadClients.table(samples));
			long seconds = Duration.ofMinutes(minutes).toSeconds();
			System.out.printf(Locale.ROOT,
					"Throughput %.1f requests/s; heap after a full GC: start %d MB, end %d MB; "
							+ "outbox drained after the load: %s (%d pending)%n",
					samples.size() / (double) seconds, heapStart, heapEnd, drained,
					guifan.bean(OutboxIndexer.class).pending());
			List<Integer> statuses = samples.stream()
				.filter(LoadClients.Sample::failed)
				.map(LoadClients.Sample::status)
				.distinct()
				.toList();
			if (!statuses.isEmpty()) {
				System.out.println("Statuses of the failures: " + statuses);
				System.out.print(LoadClients.failures(samples));
			}
		}
	}

	private static Map.Entry<String, HttpRequest> read(GuifanUnderTest guifan, List<Long> ids, List<String> titles,
			Random random) {
		int pick = random.nextInt(100);
		String title = titles.get(random.nextInt(titles.size()));
		String term = title.length() > 6 ? title.substring(0, 2 + random.nextInt(5)) : title;
		String q = URLEncoder.encode(term, StandardCharsets.UTF_8);
		long id = ids.get(random.nextInt(ids.size()));
		if (pick < 40) {
			return Map.entry("search api", HttpRequest.newBuilder(guifan.uri("/api/v1/documents?q=" + q)).build());
		}
		if (pick < 55) {
			return Map.entry("search page", HttpRequest.newBuilder(guifan.uri("/?q=" + q)).build());
		}
		if (pick < 75) {
			return Map.entry("document api", HttpRequest.newBuilder(guifan.uri("/api/v1/documents/" + id)).build());
		}
		if (pick < 90) {
			return Map.entry("document page", HttpRequest.newBuilder(guifan.uri("/documents/" + id)).build());
		}
		return Map.entry("suggestions",
				HttpRequest.newBuilder(guifan.uri("/api/v1/documents/suggestions?q=" + q)).build());
	}

}
