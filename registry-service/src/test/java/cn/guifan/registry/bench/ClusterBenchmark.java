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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import cn.guifan.managed.TestCluster;
import cn.guifan.registry.elasticsearch.SearchBackend;

/**
 * The cluster benchmark: a 3-node Elasticsearch cluster on loopback from the managed
 * node's own distribution, Guifan against it (every node in
 * {@code guifan.elasticsearch.uris}; the index keeps one replica on a cluster), searches
 * from several clients, and, midway, the node holding the index's primary shard killed
 * with SIGKILL. It counts the searches that failed before and after the kill, and how
 * long after the kill the last one failed: the goal is none beyond a short window in
 * which the cluster notices the loss and promotes the replica.
 * <p>
 * {@code scripts/benchmark cluster [--nodes 3] [--heap-mb 384] [--laws 200] [--clients 4]
 * [--before 30] [--after 60] [--data target/bench/cluster]} (seconds of load before and
 * after the kill).
 */
public final class ClusterBenchmark {

	private ClusterBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int size = Options.intOption(args, "--nodes", 3);
		int heapMb = Options.intOption(args, "--heap-mb", 384);
		int laws = Options.intOption(args, "--laws", 200);
		int clients = Options.intOption(args, "--clients", 4);
		int before = Options.intOption(args, "--before", 30);
		int after = Options.intOption(args, "--after", 60);
		Path data = Path.of(Options.stringOption(args, "--data", "target/bench/cluster")).toAbsolutePath();
		System.out.printf(
				"Cluster benchmark: %d nodes (%d MB heap each), %d laws, %d clients, %d s before and %d s "
						+ "after killing a node, %d cores, load %.1f%n",
				size, heapMb, laws, clients, before, after, Runtime.getRuntime().availableProcessors(),
				java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
		try (TestCluster cluster = TestCluster.start(data.resolve("es"), size, heapMb, Duration.ofMinutes(5))) {
			System.out.printf("Cluster of %d nodes: %s%n", size, cluster.httpUris());
			try (GuifanUnderTest guifan = GuifanUnderTest.start(data.resolve("guifan"), cluster.httpUris(), laws)) {
				cluster.awaitStatus("green", Duration.ofMinutes(3));
				String alias = guifan.bean(SearchBackend.class).alias();
				String shards = cat(cluster, "/_cat/shards/" + alias + "?h=index,shard,prirep,state,node");
				System.out.print("Shards:\n" + shards);
				String primaryNode = primaryNode(shards);
				TestCluster.Node victim = cluster.nodes()
					.stream()
					.filter((n) -> n.name().equals(primaryNode))
					.findFirst()
					.orElseThrow();

				List<String> terms = terms(guifan.titles());
				Random random = new Random(42);
				long start = System.nanoTime();
				long killAt = start + Duration.ofSeconds(before).toNanos();
				long end = killAt + Duration.ofSeconds(after).toNanos();
				Thread killer = new Thread(() -> {
					long wait = killAt - System.nanoTime();
					if (wait > 0) {
						try {
							Thread.sleep(wait / 1_000_000);
						}
						catch (InterruptedException ex) {
							return;
						}
					}
					System.out.printf("Killing %s (pid group %d), which holds the primary shard%n", victim.name(),
							victim.processGroup());
					cluster.kill(victim);
				}, "kill-node");
				killer.start();
				List<LoadClients.Sample> samples = LoadClients.run(clients, end, Duration.ofSeconds(30),
						(client, n) -> {
							String term;
							synchronized (random) {
								term = terms.get(random.nextInt(terms.size()));
							}
							return Map.entry("search", HttpRequest
								.newBuilder(guifan
									.uri("/api/v1/documents?q=" + URLEncoder.encode(term, StandardCharsets.UTF_8)))
								.GET()
								.build());
						});
				killer.join();
				report(samples, killAt);
				System.out.println("Cluster health after: " + cluster.health());
				System.out.print(
						"Shards after:\n" + cat(cluster, "/_cat/shards/" + alias + "?h=index,shard,prirep,state,node"));
			}
		}
	}

	private static void report(List<LoadClients.Sample> samples, long killAt) {
		List<LoadClients.Sample> beforeKill = samples.stream().filter((s) -> s.startNanos() < killAt).toList();
		List<LoadClients.Sample> afterKill = samples.stream().filter((s) -> s.startNanos() >= killAt).toList();
		List<LoadClients.Sample> failedAfter = afterKill.stream().filter(LoadClients.Sample::failed).toList();
		System.out.println("Before the kill:");
		System.out.print(LoadClients.table(beforeKill));
		System.out.println("After the kill:");
		System.out.print(LoadClients.table(afterKill));
		if (failedAfter.isEmpty()) {
			System.out.println("No search failed after the kill.");
		}
		else {
			double first = (failedAfter.get(0).startNanos() - killAt) / 1e9;
			double last = failedAfter.stream().mapToLong(LoadClients.Sample::startNanos).max().orElse(killAt);
			System.out.printf(Locale.ROOT,
					"%d searches failed after the kill, from %.1f s to %.1f s after it " + "(statuses %s)%n",
					failedAfter.size(), first, (last - killAt) / 1e9,
					failedAfter.stream().map((s) -> Integer.toString(s.status())).distinct().toList());
		}
		System.out.print(LoadClients.failures(samples));
		List<LoadClients.Sample> slow = afterKill.stream().filter((s) -> s.millis() > 1000).toList();
		System.out.printf(Locale.ROOT, "Searches after the kill that took over 1 s: %d (the slowest %.0f ms)%n",
				slow.size(), afterKill.stream().mapToDouble(LoadClients.Sample::millis).max().orElse(0));
	}

	/** The node that holds the primary of shard 0 of the index behind the alias. */
	private static String primaryNode(String shards) {
		for (String line : shards.split("\n")) {
			String[] cols = line.trim().split("\\s+");
			if (cols.length >= 5 && cols[2].equals("p") && cols[3].equals("STARTED")) {
				return cols[4];
			}
		}
		throw new IllegalStateException("no started primary shard in:\n" + shards);
	}

	/** Search terms: a 2–6 character piece of each title, and a few whole titles. */
	private static List<String> terms(List<String> titles) {
		Random random = new Random(7);
		List<String> terms = new ArrayList<>();
		for (String title : titles) {
			String t = title.replaceAll("[\\s《》（）()]", "");
			if (t.length() < 4) {
				continue;
			}
			int len = 2 + random.nextInt(Math.min(5, t.length() - 1));
			int from = random.nextInt(t.length() - len + 1);
			terms.add(t.substring(from, from + len));
			if (random.nextInt(5) == 0) {
				terms.add(t);
			}
		}
		return terms;
	}

	private static String cat(TestCluster cluster, String path) throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		for (TestCluster.Node node : cluster.nodes()) {
			if (!node.isAlive()) {
				continue;
			}
			try {
				return http
					.send(HttpRequest.newBuilder(URI.create(node.httpUri() + path)).GET().build(),
							HttpResponse.BodyHandlers.ofString())
					.body();
			}
			catch (java.io.IOException ex) {
				// The next node.
			}
		}
		return "";
	}

}
