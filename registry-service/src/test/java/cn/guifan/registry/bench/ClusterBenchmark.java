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
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import cn.guifan.managed.TestCluster;
import cn.guifan.registry.elasticsearch.SearchBackend;
import cn.guifan.registry.indexing.OutboxIndexer;
import cn.guifan.registry.support.TestDatabase;
import cn.guifan.registry.support.TestPostgres;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The cluster benchmark: a 3-node Elasticsearch cluster on loopback from the managed
 * node's own distribution, Guifan against it (every node in
 * {@code guifan.elasticsearch.uris}; the index keeps one replica on a cluster), searches
 * from several clients, and, midway, the node holding the index's primary shard killed
 * with SIGKILL. It counts the searches that failed before and after the kill, and how
 * long after the kill the last one failed: the goal is none beyond a short window in
 * which the cluster notices the loss and promotes the replica.
 * <p>
 * With {@code --instances 2}, two Guifan instances share one PostgreSQL database (the
 * test server the build installs) and the cluster, the clients spread over both, and a
 * share of the requests are registrar corrections through either: afterwards every
 * document in the index must be as the database has it (no write lost across the kill),
 * with the outbox empty.
 * <p>
 * {@code scripts/benchmark cluster [--nodes 3] [--heap-mb 384] [--laws 200] [--clients 4]
 * [--before 30] [--after 60] [--instances 1] [--writes-percent 10]
 * [--data target/bench/cluster]} (seconds of load before and after the kill).
 */
public final class ClusterBenchmark {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private ClusterBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int size = Options.intOption(args, "--nodes", 3);
		int heapMb = Options.intOption(args, "--heap-mb", 384);
		int laws = Options.intOption(args, "--laws", 200);
		int clients = Options.intOption(args, "--clients", 4);
		int before = Options.intOption(args, "--before", 30);
		int after = Options.intOption(args, "--after", 60);
		int instances = Options.intOption(args, "--instances", 1);
		int writesPercent = Options.intOption(args, "--writes-percent", 10);
		Path data = Path.of(Options.stringOption(args, "--data", "target/bench/cluster")).toAbsolutePath();
		System.out.printf(
				"Cluster benchmark: %d nodes (%d MB heap each), %d Guifan instance(s), %d laws, %d clients "
						+ "(%d%% registrar writes), %d s before and %d s after killing a node, %d cores, load %.1f%n",
				size, heapMb, instances, laws, clients, writesPercent, before, after,
				Runtime.getRuntime().availableProcessors(),
				java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
		try (TestCluster cluster = TestCluster.start(data.resolve("es"), size, heapMb, Duration.ofMinutes(5))) {
			System.out.printf("Cluster of %d nodes: %s%n", size, cluster.httpUris());
			// Several instances share one PostgreSQL database and one data folder, as a
			// deployment behind a load balancer does.
			List<String> database = (instances > 1) ? postgres() : List.of();
			List<GuifanUnderTest> guifans = new ArrayList<>();
			try {
				guifans.add(GuifanUnderTest.start(data.resolve("guifan"), cluster.httpUris(), laws, database));
				for (int i = 1; i < instances; i++) {
					guifans.add(GuifanUnderTest.join(data.resolve("guifan"), cluster.httpUris(), database));
				}
				GuifanUnderTest guifan = guifans.get(0);
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
				List<Long> ids = guifan.documentIds();
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
							GuifanUnderTest target = guifans.get(client % guifans.size());
							Random own = new Random(client * 1_000_003L + n);
							// Each client corrects its own documents, so that the last
							// correction of each is well defined.
							List<Long> mine = ids.stream().filter((id) -> id % clients == client).toList();
							if (!mine.isEmpty() && own.nextInt(100) < writesPercent) {
								long id = mine.get(own.nextInt(mine.size()));
								return Map.entry("write", target.correction(id, "集群测试" + client + "-" + n));
							}
							String term;
							synchronized (random) {
								term = terms.get(random.nextInt(terms.size()));
							}
							return Map.entry("search", HttpRequest
								.newBuilder(target
									.uri("/api/v1/documents?q=" + URLEncoder.encode(term, StandardCharsets.UTF_8)))
								.GET()
								.build());
						});
				killer.join();
				report(samples, killAt);
				for (GuifanUnderTest instance : guifans) {
					instance.bean(OutboxIndexer.class).awaitIdle(Duration.ofMinutes(5));
				}
				compareIndexWithDatabase(cluster, alias, guifan);
				System.out.println("Cluster health after: " + cluster.health());
				System.out.print(
						"Shards after:\n" + cat(cluster, "/_cat/shards/" + alias + "?h=index,shard,prirep,state,node"));
			}
			finally {
				for (int i = guifans.size() - 1; i >= 0; i--) {
					guifans.get(i).close();
				}
			}
		}
	}

	/** A new database on the test PostgreSQL server, as settings. */
	private static List<String> postgres() {
		return List.of("--spring.datasource.url=" + TestDatabase.newPostgresDatabase(),
				"--spring.datasource.username=" + TestPostgres.USER,
				// Trust authentication ignores it, but Guifan refuses PostgreSQL without
				// one.
				"--spring.datasource.password=unused-with-trust-auth");
	}

	/**
	 * Every document of the database in the index with its current topic (the field the
	 * corrections changed): a write lost across the kill shows as a stale entry.
	 */
	private static void compareIndexWithDatabase(TestCluster cluster, String alias, GuifanUnderTest guifan)
			throws Exception {
		Map<String, String> topics = new HashMap<>();
		guifan.bean(JdbcClient.class)
			.sql("SELECT id, topic FROM document")
			.query((rs, row) -> Map.entry(rs.getString(1), String.valueOf(rs.getString(2))))
			.list()
			.forEach((e) -> topics.put(e.getKey(), e.getValue()));
		long outbox = guifan.bean(OutboxIndexer.class).pending();
		post(cluster, "/" + alias + "/_refresh", "");
		JsonNode hits = JSON
			.readTree(post(cluster, "/" + alias + "/_search",
					"{\"size\":10000,\"_source\":[\"documentId\",\"topic\"],\"query\":{\"match_all\":{}}}"))
			.get("hits")
			.get("hits");
		Set<String> seen = new HashSet<>();
		int stale = 0;
		for (JsonNode hit : hits) {
			JsonNode source = hit.get("_source");
			String id = source.get("documentId").asString();
			seen.add(id);
			String indexed = source.has("topic") && !source.get("topic").isNull() ? source.get("topic").asString()
					: "null";
			if (!indexed.equals(topics.get(id))) {
				stale++;
				if (stale <= 5) {
					System.out.printf("  stale: document %s topic %s in the index, %s in the database%n", id, indexed,
							topics.get(id));
				}
			}
		}
		Set<String> missing = new HashSet<>(topics.keySet());
		missing.removeAll(seen);
		long corrected = topics.values().stream().filter((t) -> t.startsWith("集群测试")).count();
		System.out.printf(
				"Index against the database after the load: %d documents (%d corrected during it), %d missing from "
						+ "the index, %d index entries stale, outbox pending %d%n",
				topics.size(), corrected, missing.size(), stale, outbox);
	}

	private static String post(TestCluster cluster, String path, String body) throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		for (TestCluster.Node node : cluster.nodes()) {
			if (node.isAlive()) {
				return http
					.send(HttpRequest.newBuilder(URI.create(node.httpUri() + path))
						.header("Content-Type", "application/json")
						.POST(HttpRequest.BodyPublishers.ofString(body))
						.build(), HttpResponse.BodyHandlers.ofString())
					.body();
			}
		}
		throw new IllegalStateException("no node alive");
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
